using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProjectDelivery.Planning.Risk.Simulation;

namespace ProjectDelivery.Serialization.Planning;

/// <summary>
/// <see cref="UncertainValue"/> as in the risk format: a number (fixed) or <c>{ "distribution": "triangular" | "pert" | "uniform" |
/// "normal" | "lognormal" | "fixed", parameters }</c>. Invalid parameters throw the distribution factory's own exception.
/// </summary>
internal sealed class UncertainValueJsonConverter : JsonConverter<UncertainValue>
{
    public override UncertainValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        return ScheduleRiskRequestJson.Distribution(document.RootElement, "$");
    }

    public override void Write(Utf8JsonWriter writer, UncertainValue value, JsonSerializerOptions options)
    {
        // The shared writer writes a named property; write the value alone here.
        if (value.IsFixed)
        {
            writer.WriteNumberValue(value.P1);
            return;
        }

        using var buffer = new System.IO.MemoryStream();
        using (var inner = new Utf8JsonWriter(buffer))
        {
            inner.WriteStartObject();
            ScheduleRiskRequestJson.WriteDistribution(inner, "d", value, asObject: true);
            inner.WriteEndObject();
        }

        using JsonDocument document = JsonDocument.Parse(buffer.ToArray());
        document.RootElement.GetProperty("d").WriteTo(writer);
    }
}
