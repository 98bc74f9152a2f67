using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Serialization.Delivery;

/// <summary>
/// A routing window bound pair <c>[open, close]</c>: numbers, <c>"Infinity"</c> where unbounded, and a null close for an
/// open-ended window (read as +∞). Used for <see cref="TimeWindow"/>, a job's <c>window</c> and each of its <c>timeWindows</c>.
/// </summary>
internal static class WindowBounds
{
    /// <summary>Reads <c>[open, close]</c>; the array may have any length (the caller checks it and names the job).</summary>
    internal static double?[] ReadPair(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"A time window must be an array [open, close], found {reader.TokenType}.");
        }

        var values = new List<double?>(2);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(ReadBound(ref reader));
        }

        return values.ToArray();
    }

    internal static void WritePair(Utf8JsonWriter writer, double open, double close)
    {
        writer.WriteStartArray();
        WriteBound(writer, open);
        WriteBound(writer, close);
        writer.WriteEndArray();
    }

    private static double? ReadBound(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return reader.TryGetDouble(out double value) && !double.IsInfinity(value)
                    ? value
                    : throw new JsonException("A time window bound is not a representable number.");
            case JsonTokenType.String:
                return reader.GetString() switch
                {
                    "Infinity" => double.PositiveInfinity,
                    "-Infinity" => double.NegativeInfinity,
                    "NaN" => double.NaN,
                    string other => throw new JsonException($"A time window bound must be a number, null or \"Infinity\", got \"{other}\"."),
                    null => null,
                };
            default:
                throw new JsonException($"A time window bound must be a number, null or \"Infinity\", found {reader.TokenType}.");
        }
    }

    private static void WriteBound(Utf8JsonWriter writer, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            writer.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }
}

/// <summary>JSON of <see cref="TimeWindow"/>: <c>[open, close]</c>, the close <c>"Infinity"</c> (or null when reading) if open-ended.</summary>
internal sealed class TimeWindowJsonConverter : JsonConverter<TimeWindow>
{
    public override TimeWindow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        double?[] pair = WindowBounds.ReadPair(ref reader);
        if (pair.Length != 2 || pair[0] is not { } open)
        {
            throw new JsonException($"A time window must be [open, close] with a numeric opening, got {pair.Length} value(s).");
        }

        return new TimeWindow(open, pair[1] ?? double.PositiveInfinity);
    }

    public override void Write(Utf8JsonWriter writer, TimeWindow value, JsonSerializerOptions options) =>
        WindowBounds.WritePair(writer, value.Open, value.Close);
}

/// <summary>A job's <c>window</c>: one <c>[open, close]</c> pair kept as read, so that the job converter names the job in errors.</summary>
internal sealed class WindowPairJsonConverter : JsonConverter<double?[]>
{
    public override double?[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => WindowBounds.ReadPair(ref reader);

    public override void Write(Utf8JsonWriter writer, double?[] value, JsonSerializerOptions options) =>
        WindowBounds.WritePair(writer, value[0] ?? 0, value[1] ?? double.PositiveInfinity);
}

/// <summary>A job's <c>timeWindows</c>: <c>[[open, close], ...]</c>, pairs kept as read (null entries included) for the job converter to check.</summary>
internal sealed class WindowPairListJsonConverter : JsonConverter<double?[]?[]>
{
    public override double?[]?[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"timeWindows must be an array of [open, close] pairs, found {reader.TokenType}.");
        }

        var pairs = new List<double?[]?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            pairs.Add(reader.TokenType == JsonTokenType.Null ? null : WindowBounds.ReadPair(ref reader));
        }

        return pairs.ToArray();
    }

    public override void Write(Utf8JsonWriter writer, double?[]?[] value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (double?[]? pair in value)
        {
            WindowBounds.WritePair(writer, pair?[0] ?? 0, pair?[1] ?? double.PositiveInfinity);
        }

        writer.WriteEndArray();
    }
}
