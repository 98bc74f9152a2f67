using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace ProjectDelivery.Serialization;

/// <summary>
/// Position-aware reading of parsed JSON for the formats whose fields change meaning with other fields (plain or calendar
/// mode, a number or an ISO duration, a number or a distribution object). Every failure is a <see cref="JsonException"/>
/// whose message starts with the JSON path of the offending value (and the activity or risk id where there is one).
/// </summary>
internal static class ElementReader
{
    private static readonly LocalDateTimePattern[] DateTimePatterns =
    {
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss"),
        LocalDateTimePattern.ExtendedIso,
    };

    private static readonly LocalTimePattern HourMinutePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>A format error at <paramref name="path"/>; the path is kept so the serializer does not replace it.</summary>
    internal static JsonException Error(string path, string message) => new($"{path}: {message}", path, null, null);

    internal static JsonElement RequireObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, $"expected an object, got {Describe(element)}");
        }

        return element;
    }

    /// <summary>
    /// Checks that every field of <paramref name="obj"/> is one of <paramref name="known"/> and that no field is given twice:
    /// a misspelt field (<c>"predecesors"</c>) is an error naming its path, not a silently ignored value.
    /// </summary>
    /// <exception cref="JsonException">An unknown or repeated field; the message starts with the field's path.</exception>
    internal static void CheckFields(JsonElement obj, string path, ICollection<string> known)
    {
        HashSet<string>? seen = null;
        foreach (JsonProperty property in obj.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                throw Error(path + ItemPath.Segment(property.Name), $"unknown field (expected {KnownList(known)})");
            }

            seen ??= new HashSet<string>(StringComparer.Ordinal);
            if (!seen.Add(property.Name))
            {
                throw Error(path + ItemPath.Segment(property.Name), "the field is given twice");
            }
        }
    }

    /// <summary>The field names a message lists, sorted and at most twelve of them.</summary>
    private static string KnownList(ICollection<string> known)
    {
        var names = new List<string>(known);
        names.Sort(StringComparer.Ordinal);
        return names.Count <= 12
            ? "one of " + string.Join(", ", names)
            : "one of " + string.Join(", ", names.GetRange(0, 12)) + $" and {names.Count - 12} more";
    }

    /// <summary>A set of field names for <see cref="CheckFields"/>.</summary>
    internal static HashSet<string> Fields(params string[] names) => new(names, StringComparer.Ordinal);

    internal static bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        if (obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    internal static JsonElement RequireProperty(JsonElement obj, string name, string path)
    {
        if (!TryGet(obj, name, out JsonElement value))
        {
            throw Error(path, $"missing required field '{name}'");
        }

        return value;
    }

    internal static IEnumerable<(JsonElement Item, string Path)> Array(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw Error(path, $"expected an array, got {Describe(element)}");
        }

        return Items(element, path);
    }

    private static IEnumerable<(JsonElement Item, string Path)> Items(JsonElement element, string path)
    {
        int i = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            yield return (item, $"{path}[{i++}]");
        }
    }

    internal static string String(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw Error(path, $"expected a string, got {Describe(element)}");
        }

        return element.GetString()!;
    }

    internal static string? OptionalString(JsonElement obj, string name, string path) =>
        TryGet(obj, name, out JsonElement value) ? String(value, path + "." + name) : null;

    /// <summary>A finite number within [min, max] (by default ±10¹²).</summary>
    internal static double Number(JsonElement element, string path, double min = -1e12, double max = 1e12)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out double value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            throw Error(path, $"expected a finite number, got {Describe(element)}");
        }

        if (value < min || value > max)
        {
            throw Error(path, $"{value.ToString(CultureInfo.InvariantCulture)} is outside [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}]");
        }

        return value;
    }

    /// <summary>The largest magnitude of a number in an input document (10¹²).</summary>
    internal const double MaxMagnitude = 1e12;

    /// <summary>
    /// Checks a number a serializer has already read: finite and within ±10¹², or infinite where <paramref name="allowInfinity"/>
    /// says the field is an open bound (a literal such as <c>1e999</c> reads as infinity, so it is only accepted there).
    /// </summary>
    /// <exception cref="JsonException">NaN, an unexpected infinity or a number beyond ±10¹²; the message starts with <paramref name="path"/>.</exception>
    internal static double Limit(double value, string path, bool allowInfinity = false)
    {
        if (double.IsNaN(value) || (double.IsInfinity(value) && !allowInfinity))
        {
            throw Error(path, $"expected a finite number within ±10^12, got {value.ToString(CultureInfo.InvariantCulture)}");
        }

        if (!double.IsInfinity(value) && Math.Abs(value) > MaxMagnitude)
        {
            throw Error(path, $"{value.ToString(CultureInfo.InvariantCulture)} is outside [-10^12, 10^12]");
        }

        return value;
    }

    /// <inheritdoc cref="Limit(double, string, bool)"/>
    internal static double? Limit(double? value, string path, bool allowInfinity = false) => value is { } v ? Limit(v, path, allowInfinity) : null;

    /// <summary>Checks every number of a list with <see cref="Limit(double, string, bool)"/>; item paths are <c>path[i]</c>.</summary>
    internal static T? LimitAll<T>(T? values, string path, bool allowInfinity = false)
        where T : class, IReadOnlyList<double>
    {
        if (values is not null)
        {
            for (int i = 0; i < values.Count; i++)
            {
                Limit(values[i], $"{path}[{i}]", allowInfinity);
            }
        }

        return values;
    }

    internal static long Integer(JsonElement element, string path, long min, long max)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out long value) || value < min || value > max)
        {
            throw Error(path, $"expected a whole number in [{min}, {max}], got {Describe(element)}");
        }

        return value;
    }

    /// <summary>An ISO local date-time (<c>2027-01-04T08:00</c>, seconds optional) or a date (midnight).</summary>
    internal static LocalDateTime LocalDateTime(JsonElement element, string path)
    {
        string text = String(element, path);
        if (TryParseLocalDateTime(text, out LocalDateTime value))
        {
            return value;
        }

        throw Error(path, $"'{text}' is not an ISO local date-time such as 2027-01-04T08:00");
    }

    /// <summary>Parses <c>2027-01-04T08:00</c>, with seconds or fractions, or a date alone (midnight).</summary>
    internal static bool TryParseLocalDateTime(string text, out LocalDateTime value)
    {
        foreach (LocalDateTimePattern pattern in DateTimePatterns)
        {
            ParseResult<LocalDateTime> result = pattern.Parse(text);
            if (result.Success)
            {
                value = result.Value;
                return true;
            }
        }

        ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(text);
        value = date.Success ? date.Value.AtMidnight() : default;
        return date.Success;
    }

    internal static LocalDate LocalDate(JsonElement element, string path) => Date(String(element, path), path);

    /// <summary>Parses an ISO date <c>uuuu-MM-dd</c>.</summary>
    internal static LocalDate Date(string? text, string path)
    {
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        if (!parsed.Success)
        {
            throw Error(path, $"'{text}' is not a date (yyyy-MM-dd)");
        }

        return parsed.Value;
    }

    /// <summary>Parses a time of day <c>HH:mm</c>, or <c>HH:mm:ss</c> with optional fractions of a second.</summary>
    internal static LocalTime Time(string? text, string path)
    {
        if (text is null)
        {
            throw Error(path, "a time of day is required (HH:mm), got null");
        }

        ParseResult<LocalTime> parsed = LocalTimePattern.ExtendedIso.Parse(text);
        if (!parsed.Success)
        {
            parsed = HourMinutePattern.Parse(text);
        }

        if (!parsed.Success)
        {
            throw Error(path, $"'{text}' is not a time of day (HH:mm)");
        }

        return parsed.Value;
    }

    /// <summary>The text of a time of day that <see cref="Time"/> reads back: <c>HH:mm</c>, with seconds and fractions only when present.</summary>
    internal static string FormatTime(LocalTime time) =>
        time.Second == 0 && time.TickOfSecond == 0 ? HourMinutePattern.Format(time) : LocalTimePattern.ExtendedIso.Format(time);

    /// <summary>Looks up an IANA time-zone id (e.g. <c>Europe/London</c>) in the TZDB.</summary>
    internal static DateTimeZone Zone(string text, string path) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(text)
        ?? throw Error(path, $"unknown time zone '{text}' (use an IANA id such as Europe/London)");

    /// <summary>An ISO-8601 duration such as <c>PT8H</c> or <c>P2DT4H</c> (days are 24 hours; no years or months).</summary>
    internal static Duration IsoDuration(JsonElement element, string path) => Duration(String(element, path), path);

    internal static Duration Duration(string text, string path)
    {
        ParseResult<Period> parsed = PeriodPattern.NormalizingIso.Parse(text);
        if (!parsed.Success)
        {
            throw Error(path, $"'{text}' is not an ISO-8601 duration (e.g. PT8H, PT30M, P2DT4H)");
        }

        Period period = parsed.Value;
        if (period.Years != 0 || period.Months != 0)
        {
            throw Error(path, $"duration '{text}' has years or months, which have no fixed length");
        }

        try
        {
            return period.ToDuration();
        }
        catch (OverflowException)
        {
            throw Error(path, $"duration '{text}' is too long");
        }
    }

    /// <summary>Runs a domain constructor; its <see cref="ArgumentException"/> is re-thrown with the path in front (the original as inner exception).</summary>
    internal static T Build<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException ex)
        {
            string message = ex.Message;
            int paramNote = message.IndexOf(" (Parameter", StringComparison.Ordinal);
            throw new ArgumentException($"{path}: {(paramNote > 0 ? message.Substring(0, paramNote) : message)}", ex);
        }
    }

    internal static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"string \"{Truncate(element.GetString() ?? string.Empty)}\"",
        JsonValueKind.Number => $"number {element.GetRawText()}",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Truncate(string s) => s.Length <= 40 ? s : s.Substring(0, 40) + "…";
}
