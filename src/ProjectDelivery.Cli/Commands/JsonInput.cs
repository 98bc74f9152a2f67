using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace ProjectDelivery.Cli.Commands;

/// <summary>
/// Strict reading of JSON input files (camelCase, unknown members and duplicate keys rejected, comments
/// allowed) and of the ISO-8601 texts inside them, with messages that name the file, JSON path and line.
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
        if (!File.Exists(file))
        {
            throw new CliInputException($"input file '{file}' not found");
        }

        string text = File.ReadAllText(file);
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

    /// <summary>Parses a positive ISO-8601 duration such as <c>PT8H</c> or <c>P1DT4H</c> (a day is 24 hours; no years or months).</summary>
    internal static Duration PositiveDuration(string? text, string path)
    {
        Duration duration = Duration(text, path);
        if (duration <= NodaTime.Duration.Zero)
        {
            throw new CliInputException($"{path}: duration '{text}' must be positive");
        }

        return duration;
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

        return period.ToDuration();
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
}
