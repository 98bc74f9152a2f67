using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ProjectDelivery.Delivery.Routing.Solutions;

namespace ProjectDelivery.Serialization.Delivery;

/// <summary>
/// <see cref="RoutingRunSummary"/> as <c>pdcore route --json</c> prints it: <c>{ "distance", "vehicles", "routes": [[ids]], "unassigned": [ids],
/// "unassignedReasons": [ { "id", "reason" } ], "cost", "seconds", "iterations" }</c>. Ids are JSON numbers when they are file numbers
/// (<see cref="RoutingRunSummary.NumericIds"/>), else strings. Reading checks that <c>vehicles</c> is the number of routes, that
/// <c>unassigned</c> and <c>unassignedReasons</c> list the same ids in the same order, and that ids are all numbers or all strings;
/// the constructor checks the rest (finite figures, each id once).
/// </summary>
internal sealed class RoutingRunSummaryJsonConverter : JsonConverter<RoutingRunSummary>
{
    public override RoutingRunSummary Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        JsonElement root = ElementReader.RequireObject(document.RootElement, "$");
        var ids = new IdReader();
        double distance = ElementReader.Number(ElementReader.RequireProperty(root, "distance", "$"), "$.distance", 0, 1e15);
        var routes = new List<List<string>>();
        foreach ((JsonElement route, string path) in ElementReader.Array(ElementReader.RequireProperty(root, "routes", "$"), "$.routes"))
        {
            routes.Add(ElementReader.Array(route, path).Select(item => ids.Read(item.Item, item.Path)).ToList());
        }

        long vehicles = ElementReader.Integer(ElementReader.RequireProperty(root, "vehicles", "$"), "$.vehicles", 0, int.MaxValue);
        if (vehicles != routes.Count)
        {
            throw ElementReader.Error("$.vehicles", $"{vehicles} but there are {routes.Count} routes; vehicles counts the routes");
        }

        List<string> unassigned = ElementReader.Array(ElementReader.RequireProperty(root, "unassigned", "$"), "$.unassigned")
            .Select(item => ids.Read(item.Item, item.Path)).ToList();
        var leftOut = new List<LeftOutJob>();
        foreach ((JsonElement item, string path) in ElementReader.Array(ElementReader.RequireProperty(root, "unassignedReasons", "$"), "$.unassignedReasons"))
        {
            ElementReader.RequireObject(item, path);
            string id = ids.Read(ElementReader.RequireProperty(item, "id", path), path + ".id");
            leftOut.Add(new LeftOutJob(id, ReadReason(ElementReader.RequireProperty(item, "reason", path), path + ".reason", options)));
        }

        if (!unassigned.SequenceEqual(leftOut.Select(l => l.Id), StringComparer.Ordinal))
        {
            throw ElementReader.Error("$.unassignedReasons", "must give a reason for each id of 'unassigned', in the same order");
        }

        double cost = ElementReader.Number(ElementReader.RequireProperty(root, "cost", "$"), "$.cost", -1e15, 1e15);
        double seconds = ElementReader.Number(ElementReader.RequireProperty(root, "seconds", "$"), "$.seconds", 0, 1e12);
        long iterations = ElementReader.Integer(ElementReader.RequireProperty(root, "iterations", "$"), "$.iterations", 0, long.MaxValue);
        return ElementReader.Build("$", () => new RoutingRunSummary(distance, routes, leftOut, cost, seconds, iterations, ids.Numeric));
    }

    public override void Write(Utf8JsonWriter writer, RoutingRunSummary value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("distance", value.Distance);
        writer.WriteNumber("vehicles", value.Vehicles);
        writer.WriteStartArray("routes");
        foreach (IReadOnlyList<string> route in value.Routes)
        {
            writer.WriteStartArray();
            foreach (string id in route)
            {
                WriteId(writer, id, value.NumericIds);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("unassigned");
        foreach (LeftOutJob job in value.LeftOut)
        {
            WriteId(writer, job.Id, value.NumericIds);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("unassignedReasons");
        foreach (LeftOutJob job in value.LeftOut)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("id");
            WriteId(writer, job.Id, value.NumericIds);
            WriteReason(writer, job.Reason, options);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("cost", value.Cost);
        writer.WriteNumber("seconds", value.Seconds);
        writer.WriteNumber("iterations", value.Iterations);
        writer.WriteEndObject();
    }

    /// <summary>Writes a reason as the contract writes <see cref="UnassignedReason"/> (camelCase).</summary>
    internal static void WriteReason(Utf8JsonWriter writer, UnassignedReason reason, JsonSerializerOptions options)
    {
        writer.WritePropertyName("reason");
        JsonSerializer.Serialize(writer, reason, ReasonInfo(options));
    }

    /// <summary>Reads a reason as the contract reads <see cref="UnassignedReason"/>; an unknown name is an error at <paramref name="path"/>.</summary>
    internal static UnassignedReason ReadReason(JsonElement element, string path, JsonSerializerOptions options)
    {
        string text = ElementReader.String(element, path);
        try
        {
            return element.Deserialize(ReasonInfo(options));
        }
        catch (JsonException ex)
        {
            throw new JsonException($"{path}: '{text}' is not an unassigned reason (camelCase, e.g. \"fleetExhausted\")", path, null, null, ex);
        }
    }

    private static JsonTypeInfo<UnassignedReason> ReasonInfo(JsonSerializerOptions options) => (JsonTypeInfo<UnassignedReason>)options.GetTypeInfo(typeof(UnassignedReason));

    private static void WriteId(Utf8JsonWriter writer, string id, bool numeric)
    {
        if (numeric)
        {
            writer.WriteNumberValue(long.Parse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteStringValue(id);
        }
    }

    /// <summary>Reads ids that are all JSON integers (file numbers) or all strings, and remembers which.</summary>
    private sealed class IdReader
    {
        private bool? _numeric;

        internal bool Numeric => _numeric ?? false;

        internal string Read(JsonElement element, string path)
        {
            bool numeric = element.ValueKind == JsonValueKind.Number;
            if (_numeric is { } known && known != numeric)
            {
                throw ElementReader.Error(path, $"ids are either all numbers (file numbers) or all strings; got {ElementReader.Describe(element)}");
            }

            _numeric = numeric;
            return numeric ? ElementReader.Integer(element, path, long.MinValue, long.MaxValue).ToString(CultureInfo.InvariantCulture) : ElementReader.String(element, path);
        }
    }
}

/// <summary><see cref="LeftOutJob"/> as <c>{ "id", "reason" }</c> (the reason in camelCase, e.g. <c>"fleetExhausted"</c>).</summary>
internal sealed class LeftOutJobJsonConverter : JsonConverter<LeftOutJob>
{
    public override LeftOutJob Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        JsonElement root = ElementReader.RequireObject(document.RootElement, "$");
        string id = ElementReader.String(ElementReader.RequireProperty(root, "id", "$"), "$.id");
        if (id.Length == 0)
        {
            throw ElementReader.Error("$.id", "a job id is required, got an empty string");
        }

        return new LeftOutJob(id, RoutingRunSummaryJsonConverter.ReadReason(ElementReader.RequireProperty(root, "reason", "$"), "$.reason", options));
    }

    public override void Write(Utf8JsonWriter writer, LeftOutJob value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        RoutingRunSummaryJsonConverter.WriteReason(writer, value.Reason, options);
        writer.WriteEndObject();
    }
}
