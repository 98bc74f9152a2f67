using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using ProjectDelivery.Serialization;

namespace ProjectDelivery.Cli.Commands;

/// <summary>
/// Strict reading of the CLI's JSON inputs, in two styles that share the ISO-8601 parsers: typed models
/// through <see cref="Read{T}"/> (camelCase, unknown members and duplicate keys rejected) and
/// position-aware access to a <see cref="JsonDocument"/> (<see cref="Load"/>, unknown properties ignored
/// so formats can grow). Every error names the file and the JSON path (and the line for syntax errors).
/// </summary>
internal static class JsonInput
{
    /// <summary>Serializer options shared by every command that reads JSON.</summary>
    internal static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        AllowDuplicateProperties = false,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>Reads and deserializes a file; any JSON error names the file, path and line.</summary>
    internal static T Read<T>(string file) where T : class
    {
        byte[] text = ReadBytes(file);
        try
        {
            return JsonSerializer.Deserialize<T>(text, Options) ?? throw new CliInputException($"{file}: the document is null");
        }
        catch (JsonException ex)
        {
            string where = ex.Path is null ? string.Empty : $" at {ex.Path}" + (ex.LineNumber is { } line ? $" (line {line + 1})" : string.Empty);
            throw new CliInputException($"{file}{where}: {FirstSentence(ex.Message)}", ex);
        }
    }

    /// <summary>
    /// Reads a file in the library's JSON contract (<see cref="ProjectDeliveryJson"/>): syntax errors name the line, format
    /// errors the JSON path (and item), invalid values throw the library's own exception naming the item.
    /// </summary>
    internal static T ReadContract<T>(string file)
    {
        using JsonDocument document = Load(file);
        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)ProjectDeliveryJson.Options.GetTypeInfo(typeof(T));
        return JsonSerializer.Deserialize(document.RootElement, info) ?? throw new CliInputException($"{file}: the document is null");
    }

    /// <summary>
    /// Reads a request document of the library's JSON contract (<see cref="ProjectDeliveryJson"/>) from a file: syntax
    /// errors and duplicate keys name the line, shape errors the file, JSON path and line; the library's own messages
    /// (which start with the JSON path, <c>$…</c>, or the item, <c>ticket '…'</c>) are passed on as they are.
    /// </summary>
    internal static T ReadRequest<T>(string file)
        where T : class
    {
        byte[] bytes = ReadBytes(file);
        using (Load(file))
        {
        }

        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)ProjectDeliveryJson.Options.GetTypeInfo(typeof(T));
        try
        {
            return JsonSerializer.Deserialize(bytes, info) ?? throw new CliInputException($"{file}: the document is null");
        }
        catch (JsonException ex) when (!ex.Message.StartsWith("$", StringComparison.Ordinal) && !ex.Message.StartsWith("ticket '", StringComparison.Ordinal))
        {
            string where = ex.Path is null ? string.Empty : $" at {ex.Path}" + (ex.LineNumber is { } line ? $" (line {line + 1})" : string.Empty);
            throw new CliInputException($"{file}{where}: {FirstSentence(ex.Message)}", ex);
        }
    }

    /// <summary>Parses an instant: <c>2027-04-06T12:00:00Z</c> or with an offset such as <c>+01:00</c>.</summary>
    internal static Instant Instant(string? text, string path)
    {
        if (text is null)
        {
            throw new CliInputException($"{path}: an instant is required (e.g. 2027-04-06T12:00:00Z)");
        }

        ParseResult<Instant> utc = InstantPattern.ExtendedIso.Parse(text);
        if (utc.Success)
        {
            return utc.Value;
        }

        ParseResult<OffsetDateTime> offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (offset.Success)
        {
            return offset.Value.ToInstant();
        }

        throw new CliInputException($"{path}: '{text}' is not an ISO-8601 instant (e.g. 2027-04-06T12:00:00Z or 2027-04-06T13:00:00+01:00)");
    }

    /// <summary>Parses an ISO-8601 duration such as <c>PT8H</c> (a day is 24 hours; no years or months).</summary>
    internal static Duration Duration(string? text, string path)
    {
        if (text is null)
        {
            throw new CliInputException($"{path}: a duration is required (ISO-8601, e.g. PT8H)");
        }

        ParseResult<Period> parsed = PeriodPattern.NormalizingIso.Parse(text);
        if (!parsed.Success)
        {
            throw new CliInputException($"{path}: '{text}' is not an ISO-8601 duration (e.g. PT8H, PT30M, P2DT4H)");
        }

        Period period = parsed.Value;
        if (period.Years != 0 || period.Months != 0)
        {
            throw new CliInputException($"{path}: duration '{text}' has years or months, which have no fixed length");
        }

        try
        {
            return period.ToDuration();
        }
        catch (OverflowException)
        {
            throw new CliInputException($"{path}: duration '{text}' is too long");
        }
    }

    /// <summary>Parses an ISO date <c>uuuu-MM-dd</c>.</summary>
    internal static LocalDate Date(string? text, string path)
    {
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        if (!parsed.Success)
        {
            throw new CliInputException($"{path}: '{text}' is not a date (yyyy-MM-dd)");
        }

        return parsed.Value;
    }

    /// <summary>Parses a time of day <c>HH:mm</c> or <c>HH:mm:ss</c>.</summary>
    internal static LocalTime Time(string? text, string path)
    {
        ParseResult<LocalTime> parsed = LocalTimePattern.ExtendedIso.Parse(text ?? string.Empty);
        if (!parsed.Success)
        {
            parsed = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text ?? string.Empty);
        }

        if (!parsed.Success)
        {
            throw new CliInputException($"{path}: '{text}' is not a time of day (HH:mm)");
        }

        return parsed.Value;
    }

    /// <summary>Looks up an IANA time zone id (e.g. Europe/London) in the TZDB.</summary>
    internal static DateTimeZone Zone(string text, string path) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(text)
        ?? throw new CliInputException($"{path}: unknown time zone '{text}' (use an IANA id such as Europe/London)");

    /// <summary>Checks a number is finite and in range.</summary>
    internal static double Fraction(double value, string path, double min, double max)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value < min || value > max)
        {
            throw new CliInputException($"{path}: {value} should be a number in [{min}, {max}]");
        }

        return value;
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message.Substring(0, cut) : message;
    }

    /// <summary>Reads an input file's bytes: it must exist and be at most <see cref="MaxBytes"/> long.</summary>
    internal static byte[] ReadBytes(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliInputException($"{path}: file not found");
        }

        if (new FileInfo(path).Length > MaxBytes)
        {
            throw new CliInputException($"{path}: file is larger than {MaxBytes / (1024 * 1024)} MiB");
        }

        return File.ReadAllBytes(path);
    }

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Largest input file accepted (64 MiB).</summary>
    private const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Reads and parses a JSON file.</summary>
    public static JsonDocument Load(string path)
    {
        byte[] bytes = ReadBytes(path);
        try
        {
            return JsonDocument.Parse(bytes, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new CliInputException($"{path}: invalid JSON at line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}: {FirstSentence(ex.Message)}");
        }
    }


    public static JsonElement RequireObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new CliInputException($"{path}: expected an object, got {Describe(element)}");
        }

        return element;
    }

    public static bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        if (obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    public static JsonElement RequireProperty(JsonElement obj, string name, string path)
    {
        if (!TryGet(obj, name, out JsonElement value))
        {
            throw new CliInputException($"{path}: missing required field '{name}'");
        }

        return value;
    }

    public static IEnumerable<(JsonElement Item, string Path)> Array(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new CliInputException($"{path}: expected an array, got {Describe(element)}");
        }

        int i = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            yield return (item, $"{path}[{i++}]");
        }
    }

    public static string String(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw new CliInputException($"{path}: expected a string, got {Describe(element)}");
        }

        return element.GetString()!;
    }

    /// <summary>A finite number within [min, max].</summary>
    public static double Number(JsonElement element, string path, double min = -1e12, double max = 1e12)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out double value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new CliInputException($"{path}: expected a finite number, got {Describe(element)}");
        }

        if (value < min || value > max)
        {
            throw new CliInputException($"{path}: {value.ToString(CultureInfo.InvariantCulture)} is outside [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}]");
        }

        return value;
    }

    public static bool Boolean(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new CliInputException($"{path}: expected true or false, got {Describe(element)}"),
    };

    public static long Integer(JsonElement element, string path, long min, long max)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out long value) || value < min || value > max)
        {
            throw new CliInputException($"{path}: expected a whole number in [{min}, {max}], got {Describe(element)}");
        }

        return value;
    }

    /// <summary>An ISO local date-time (<c>2027-01-04T08:00</c>, seconds optional) or a date (midnight).</summary>
    public static LocalDateTime LocalDateTime(JsonElement element, string path)
    {
        string text = String(element, path);
        foreach (LocalDateTimePattern pattern in DateTimePatterns)
        {
            ParseResult<LocalDateTime> result = pattern.Parse(text);
            if (result.Success)
            {
                return result.Value;
            }
        }

        ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(text);
        if (date.Success)
        {
            return date.Value.AtMidnight();
        }

        throw new CliInputException($"{path}: '{text}' is not an ISO local date-time such as 2027-01-04T08:00");
    }

    public static LocalDate LocalDate(JsonElement element, string path) => Date(String(element, path), path);

    public static Instant Instant(JsonElement element, string path) => Instant(String(element, path), path);

    /// <summary>An ISO-8601 duration such as <c>PT8H</c> or <c>P2DT4H</c> (days are 24 hours).</summary>
    public static Duration IsoDuration(JsonElement element, string path) => Duration(String(element, path), path);

    public static string Describe(JsonElement element) => element.ValueKind switch
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

    private static readonly LocalDateTimePattern[] DateTimePatterns =
    {
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss"),
        LocalDateTimePattern.ExtendedIso,
    };
}
