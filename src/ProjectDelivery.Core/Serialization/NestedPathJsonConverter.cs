using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ProjectDelivery.Serialization;

/// <summary>
/// Carries the path of an error inside a value read by a nested serializer call (a converter's own
/// <see cref="JsonSerializer"/> call reports paths from its own root): thrown without a path, so that the outer call
/// sets <see cref="JsonException.Path"/> to the value's path, to which <see cref="RelativePath"/> is then appended.
/// </summary>
internal sealed class NestedJsonException : JsonException
{
    private NestedJsonException(string relativePath, string message, JsonException inner)
        : base(message, inner)
    {
        RelativePath = relativePath;
    }

    /// <summary>Gets the path inside the nested value, from its root (<c>$.x</c>).</summary>
    public string RelativePath { get; }

    internal static NestedJsonException From(JsonException ex) => new(FullPath(ex), MessageOf(ex), ex);

    /// <summary>An error inside the value at <paramref name="prefix"/> (<c>$.key</c>) of a value read by hand.</summary>
    internal static NestedJsonException From(JsonException ex, string prefix) =>
        new(prefix + (ex.Path is null ? string.Empty : FullPath(ex).Substring(1)), MessageOf(ex), ex);

    /// <summary>The path of <paramref name="ex"/>, with the path inside a nested value appended.</summary>
    internal static string FullPath(JsonException ex)
    {
        string path = ex.Path ?? "$";
        return ex is NestedJsonException nested ? path + nested.RelativePath.Substring(1) : path;
    }

    /// <summary>The message without the serializer's path note and without a leading path of a converter's own (<c>$.a[1] (…).b: </c>).</summary>
    internal static string MessageOf(JsonException ex)
    {
        string message = ex is NestedJsonException ? ex.Message : ItemPath.FirstSentence(ex.Message);
        if (message.StartsWith("$", StringComparison.Ordinal))
        {
            int colon = message.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0)
            {
                message = message.Substring(colon + 2);
            }
        }

        return message;
    }
}

/// <summary>
/// Wraps the converter of a type read through a nested serializer call (the network, a calendar, the routing problem)
/// so that its errors keep their full path (<see cref="NestedJsonException"/>).
/// </summary>
/// <typeparam name="T">The type.</typeparam>
internal sealed class NestedPathJsonConverter<T> : System.Text.Json.Serialization.JsonConverter<T>
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var converter = (System.Text.Json.Serialization.JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
        try
        {
            return converter.Read(ref reader, typeToConvert, options);
        }
        catch (JsonException ex) when (ex.Path is not null)
        {
            throw NestedJsonException.From(ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
}

/// <summary>
/// A dictionary of values read through a nested serializer call (the named calendars), each error keeping its full path
/// (<c>$.calendars.1.hours.Mon</c>). Null values are kept for the caller to reject; a key given twice keeps the last value.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class NestedPathDictionaryJsonConverter<T> : System.Text.Json.Serialization.JsonConverter<System.Collections.Generic.Dictionary<string, T?>>
    where T : class
{
    public override System.Collections.Generic.Dictionary<string, T?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object of id: {typeof(T).Name}, got {reader.TokenType}.");
        }

        var converter = (System.Text.Json.Serialization.JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
        var result = new System.Collections.Generic.Dictionary<string, T?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string key = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                result[key] = null;
                continue;
            }

            try
            {
                result[key] = converter.Read(ref reader, typeof(T), options);
            }
            catch (JsonException ex)
            {
                throw NestedJsonException.From(ex, "$" + ItemPath.Segment(key));
            }
        }

        return result;
    }

    public override void Write(Utf8JsonWriter writer, System.Collections.Generic.Dictionary<string, T?> value, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartObject();
        foreach (System.Collections.Generic.KeyValuePair<string, T?> pair in value)
        {
            writer.WritePropertyName(pair.Key);
            if (pair.Value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(writer, pair.Value, info);
            }
        }

        writer.WriteEndObject();
    }
}
