using System;
using System.Globalization;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using NodaTime;
using NodaTime.Text;

namespace ProjectDelivery.Interop;

/// <summary>Safe XML loading and typed field access with file, line and field in every error.</summary>
internal sealed class XmlScheduleSource
{
    private static readonly LocalDateTimePattern DatePattern = LocalDateTimePattern.ExtendedIso;
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.ExtendedIso;

    private XmlScheduleSource(string sourceName, XDocument document)
    {
        SourceName = sourceName;
        Document = document;
    }

    public string SourceName { get; }

    public XDocument Document { get; }

    public static XmlScheduleSource Load(TextReader reader, string sourceName)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersFromEntities = 1024,
            CloseInput = false,
        };
        using var xml = XmlReader.Create(reader, settings);
        try
        {
            return new XmlScheduleSource(sourceName, XDocument.Load(xml, LoadOptions.SetLineInfo));
        }
        catch (XmlException ex)
        {
            int line = ex.LineNumber > 0 ? ex.LineNumber : xml is IXmlLineInfo info ? info.LineNumber : 0;
            string problem = ex.Message.IndexOf("DTD", StringComparison.OrdinalIgnoreCase) >= 0
                ? "DTDs and external entities are refused: " + ex.Message
                : "malformed XML: " + ex.Message;
            throw new ScheduleFileException(sourceName, line, null, problem, ex);
        }
    }

    public static int LineOf(XObject? node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    public ScheduleFileException Error(XObject? at, string? field, string problem, Exception? inner = null) =>
        new(SourceName, LineOf(at), field, problem, inner);

    public string? Text(XElement parent, string name)
    {
        XElement? child = parent.Element(parent.Name.Namespace + name);
        if (child is null)
        {
            return null;
        }

        string value = child.Value.Trim();
        return value.Length == 0 ? null : value;
    }

    public XElement? Child(XElement parent, string name) => parent.Element(parent.Name.Namespace + name);

    public string Required(XElement parent, string name) =>
        Text(parent, name) ?? throw Error(parent, name, $"required element <{name}> of <{parent.Name.LocalName}> is missing or empty.");

    public long? Long(XElement parent, string name, long min = long.MinValue, long max = long.MaxValue)
    {
        string? text = Text(parent, name);
        if (text is null)
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value) || value < min || value > max)
        {
            throw Error(Child(parent, name), name, $"'{text}' is not a whole number in [{min}, {max}].");
        }

        return value;
    }

    public int? Int(XElement parent, string name, int min = int.MinValue, int max = int.MaxValue) => (int?)Long(parent, name, min, max);

    public double? Double(XElement parent, string name, double min = -1e12, double max = 1e12)
    {
        string? text = Text(parent, name);
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || double.IsNaN(value) || value < min || value > max)
        {
            throw Error(Child(parent, name), name, $"'{text}' is not a number in [{min}, {max}].");
        }

        return value;
    }

    public decimal? Decimal(XElement parent, string name)
    {
        string? text = Text(parent, name);
        if (text is null)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
        {
            throw Error(Child(parent, name), name, $"'{text}' is not a decimal number.");
        }

        return value;
    }

    public bool Bool(XElement parent, string name, bool defaultValue = false)
    {
        string? text = Text(parent, name);
        return text switch
        {
            null => defaultValue,
            "1" or "true" => true,
            "0" or "false" => false,
            _ => throw Error(Child(parent, name), name, $"'{text}' is not a flag (0 or 1)."),
        };
    }

    public LocalDateTime? Date(XElement parent, string name)
    {
        string? text = Text(parent, name);
        if (text is null)
        {
            return null;
        }

        ParseResult<LocalDateTime> result = DatePattern.Parse(text);
        if (!result.Success || result.Value.Year < 1900 || result.Value.Year > 2200)
        {
            throw Error(Child(parent, name), name, $"'{text}' is not a date-time yyyy-MM-ddTHH:mm:ss between 1900 and 2200.");
        }

        return result.Value;
    }

    public LocalTime Time(XElement parent, string name)
    {
        string text = Required(parent, name);
        ParseResult<LocalTime> result = TimePattern.Parse(text);
        if (!result.Success)
        {
            throw Error(Child(parent, name), name, $"'{text}' is not a time of day HH:mm:ss.");
        }

        return result.Value;
    }

    /// <summary>An ISO-8601 duration of the MSPDI form PTnHnMnS (hours, minutes, seconds; optional sign).</summary>
    public Duration? IsoDuration(XElement parent, string name)
    {
        string? text = Text(parent, name);
        if (text is null)
        {
            return null;
        }

        if (!TryParseIsoDuration(text, out Duration value))
        {
            throw Error(Child(parent, name), name, $"'{text}' is not an ISO-8601 duration PTnHnMnS.");
        }

        return value;
    }

    internal static bool TryParseIsoDuration(string text, out Duration value)
    {
        value = Duration.Zero;
        int i = 0;
        bool negative = false;
        if (i < text.Length && text[i] == '-')
        {
            negative = true;
            i++;
        }

        if (i + 1 >= text.Length || text[i] != 'P' || text[i + 1] != 'T')
        {
            return false;
        }

        i += 2;
        double seconds = 0;
        int lastUnit = -1;
        bool any = false;
        while (i < text.Length)
        {
            int start = i;
            while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.'))
            {
                i++;
            }

            if (i == start || i >= text.Length)
            {
                return false;
            }

            if (!double.TryParse(text.Substring(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double amount))
            {
                return false;
            }

            int unit = text[i] switch { 'H' => 0, 'M' => 1, 'S' => 2, _ => -1 };
            if (unit <= lastUnit)
            {
                return false;
            }

            lastUnit = unit;
            seconds += amount * (unit == 0 ? 3600 : unit == 1 ? 60 : 1);
            any = true;
            i++;
        }

        if (!any || seconds > 1e11)
        {
            return false;
        }

        value = Duration.FromTicks((long)Math.Round(seconds * NodaConstants.TicksPerSecond)) * (negative ? -1 : 1);
        return true;
    }

    internal static string FormatIsoDuration(Duration duration)
    {
        long totalSeconds = (long)Math.Round(duration.TotalSeconds);
        string sign = totalSeconds < 0 ? "-" : string.Empty;
        totalSeconds = Math.Abs(totalSeconds);
        return string.Format(CultureInfo.InvariantCulture, "{0}PT{1}H{2}M{3}S", sign, totalSeconds / 3600, totalSeconds / 60 % 60, totalSeconds % 60);
    }

    internal static string FormatDate(LocalDateTime date) => date.ToString("uuuu-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    internal static string FormatTime(LocalTime time) => time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
