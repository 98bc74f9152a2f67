using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace ProjectDelivery.Cli.Commands;

/// <summary>
/// Strict, position-aware reading of the CLI's JSON inputs: every error names the file and the JSON path
/// of the offending value (and the line for syntax errors). Unknown properties are ignored so formats can grow.
/// </summary>
internal static class JsonInput
{
    private static readonly JsonDocumentOptions Options = new()
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
        if (!File.Exists(path))
        {
            throw new CliInputException($"{path}: file not found");
        }

        var info = new FileInfo(path);
        if (info.Length > MaxBytes)
        {
            throw new CliInputException($"{path}: file is larger than {MaxBytes / (1024 * 1024)} MiB");
        }

        byte[] bytes = File.ReadAllBytes(path);
        try
        {
            return JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException ex)
        {
            throw new CliInputException($"{path}: invalid JSON at line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}: {FirstSentence(ex.Message)}");
        }
    }

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message.Substring(0, dot) : message;
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

    public static LocalDate LocalDate(JsonElement element, string path)
    {
        string text = String(element, path);
        ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(text);
        if (!date.Success)
        {
            throw new CliInputException($"{path}: '{text}' is not an ISO date such as 2027-04-02");
        }

        return date.Value;
    }

    public static Instant Instant(JsonElement element, string path)
    {
        string text = String(element, path);
        ParseResult<Instant> result = InstantPattern.ExtendedIso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        ParseResult<OffsetDateTime> offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (offset.Success)
        {
            return offset.Value.ToInstant();
        }

        throw new CliInputException($"{path}: '{text}' is not an ISO instant such as 2027-03-26T15:00:00Z");
    }

    /// <summary>An ISO-8601 duration such as <c>PT8H</c> or <c>P2DT4H</c> (days are 24 hours).</summary>
    public static Duration IsoDuration(JsonElement element, string path)
    {
        string text = String(element, path);
        ParseResult<Period> result = PeriodPattern.NormalizingIso.Parse(text);
        if (!result.Success)
        {
            throw new CliInputException($"{path}: '{text}' is not an ISO-8601 duration such as PT8H");
        }

        Period period = result.Value;
        if (period.Years != 0 || period.Months != 0)
        {
            throw new CliInputException($"{path}: '{text}' uses years or months, which have no fixed length; use days, hours, minutes or seconds");
        }

        try
        {
            return period.ToDuration();
        }
        catch (OverflowException)
        {
            throw new CliInputException($"{path}: '{text}' is too long");
        }
    }

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
