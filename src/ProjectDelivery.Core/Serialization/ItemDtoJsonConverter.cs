using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ProjectDelivery.Serialization;

/// <summary>
/// A <see cref="DtoJsonConverter{T, TDto}"/> whose shape errors name the item as well as the field: when it reads a
/// whole document (the value at the top), a <see cref="JsonException"/> from the data-transfer object, e.g. at
/// <c>$.tasks[2].baselineCost</c>, is re-thrown as <c>$.tasks[2] (id 'C').baselineCost: …</c>, with the id of every
/// array item on the path (its <c>id</c>, <c>activityId</c>/<c>resourceId</c> or <c>name</c>). Nested values read as usual.
/// </summary>
/// <typeparam name="T">The domain type.</typeparam>
/// <typeparam name="TDto">Its JSON shape.</typeparam>
internal abstract class ItemDtoJsonConverter<T, TDto> : DtoJsonConverter<T, TDto>
    where TDto : class
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.CurrentDepth > 0)
        {
            try
            {
                return base.Read(ref reader, typeToConvert, options);
            }
            catch (JsonException ex) when (ex.Path is not null)
            {
                throw NestedJsonException.From(ex);
            }
        }

        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        TDto? dto;
        try
        {
            dto = document.RootElement.Deserialize((JsonTypeInfo<TDto>)options.GetTypeInfo(typeof(TDto)));
        }
        catch (JsonException ex) when (ex.Path is not null)
        {
            string path = NestedJsonException.FullPath(ex);
            throw new JsonException($"{ItemPath.Describe(document.RootElement, path)}: {NestedJsonException.MessageOf(ex)}", path, ex.LineNumber, ex.BytePositionInLine, ex);
        }

        return FromDto(dto ?? throw new JsonException($"Expected a {typeof(T).Name} object, found null."));
    }
}

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

/// <summary>Puts the ids of the items on a JSON path into it: <c>$.tasks[2].x</c> → <c>$.tasks[2] (id 'C').x</c>.</summary>
internal static class ItemPath
{
    internal static string Describe(JsonElement root, string path)
    {
        var result = new StringBuilder("$");
        JsonElement? current = root;
        if (root.ValueKind == JsonValueKind.Object && (Text(root, "id") ?? Text(root, "activityId")) is not null && Label(root) is { } rootLabel)
        {
            result.Append(" (").Append(rootLabel).Append(')');
        }

        int i = path.StartsWith("$", StringComparison.Ordinal) ? 1 : 0;
        while (i < path.Length)
        {
            int start = i;
            if (path[i] == '.')
            {
                i++;
                while (i < path.Length && path[i] != '.' && path[i] != '[')
                {
                    i++;
                }

                current = Property(current, path.Substring(start + 1, i - start - 1));
                result.Append(path, start, i - start);
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                int end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end + 2;
                current = Property(current, path.Substring(i + 2, Math.Max(0, end - i - 4)));
                result.Append(path, i, end - i);
                i = end;
            }
            else if (path[i] == '[')
            {
                int end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end + 1;
                result.Append(path, i, end - i);
                current = int.TryParse(path.Substring(i + 1, Math.Max(0, end - i - 2)), NumberStyles.None, CultureInfo.InvariantCulture, out int index)
                    && current is { ValueKind: JsonValueKind.Array } array && index < array.GetArrayLength() ? array[index] : null;
                if (current is { } item && Label(item) is { } label)
                {
                    result.Append(" (").Append(label).Append(')');
                }

                i = end;
            }
            else
            {
                result.Append(path, i, path.Length - i);
                break;
            }
        }

        return result.ToString();
    }

    /// <summary>The path segment of an object key: <c>.key</c>, or <c>['key']</c> when it holds other than letters, digits, <c>_</c> and <c>-</c>.</summary>
    internal static string Segment(string key)
    {
        foreach (char c in key)
        {
            if (!char.IsLetterOrDigit(c) && c != '_' && c != '-')
            {
                return "['" + key + "']";
            }
        }

        return key.Length == 0 ? "['']" : "." + key;
    }

    /// <summary>Checks that a number read is finite (some runtimes read <c>1e400</c> as infinity).</summary>
    /// <exception cref="JsonException">The number is infinite or NaN; the message names the item and field.</exception>
    internal static double Finite(double value, string item, string field) =>
        double.IsNaN(value) || double.IsInfinity(value)
            ? throw new JsonException(string.Format(CultureInfo.InvariantCulture, "{0}: '{1}' must be a finite number, got {2}.", item, field, value))
            : value;

    /// <inheritdoc cref="Finite(double, string, string)"/>
    internal static double? Finite(double? value, string item, string field) => value is { } v ? Finite(v, item, field) : null;

    /// <summary>The message without the serializer's trailing <c>Path: … | LineNumber: …</c> note.</summary>
    internal static string FirstSentence(string message)
    {
        int note = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return note > 0 ? message.Substring(0, note) : message;
    }

    private static JsonElement? Property(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(name, out JsonElement value) ? value : null;

    private static string? Label(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (Text(item, "id") is { } id)
        {
            return $"id '{id}'";
        }

        if (Text(item, "activityId") is { } activity)
        {
            return Text(item, "resourceId") is { } resource ? $"activity '{activity}', resource '{resource}'" : $"activity '{activity}'";
        }

        return Text(item, "name") is { } name ? $"'{name}'" : null;
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
