using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ProjectDelivery.Serialization;

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
