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
    private static readonly LocalDateTimePattern[] DatePatterns =
    {
        LocalDateTimePattern.ExtendedIso, // 2024-01-08T08:00:00 with optional fractional seconds
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd"),
    };

    private static readonly LocalTimePattern[] TimePatterns =
    {
        LocalTimePattern.ExtendedIso,
        LocalTimePattern.CreateWithInvariantCulture("HH':'mm"),
    };

    private XmlScheduleSource(string sourceName, XDocument document)
    {
        SourceName = sourceName;
        Document = document;
    }

    public string SourceName { get; }

    public XDocument Document { get; }

    /// <summary>
    /// The deepest element nesting accepted. MSPDI needs 10 levels (Project/Calendars/Calendar/WorkWeeks/WorkWeek/
    /// WeekDays/WeekDay/WorkingTimes/WorkingTime/FromTime); deeper files are refused before a tree is built, which
    /// keeps loading linear in the file's size (building a very deep tree is quadratic).
    /// </summary>
    internal const int MaxDepth = 32;

    /// <summary>
    /// Loads the document. DTDs are refused; element names are compared without their XML namespace (MS Project writes
    /// <c>http://schemas.microsoft.com/project</c>, other tools write none, a prefix or another namespace).
    /// </summary>
    public static XmlScheduleSource Load(TextReader reader, string sourceName)
    {
        string text = reader.ReadToEnd();
        CheckShape(text, sourceName);
        XDocument document;
        using (var xml = XmlReader.Create(new StringReader(text), Settings()))
        {
            try
            {
                document = XDocument.Load(xml, LoadOptions.SetLineInfo);
            }
            catch (XmlException ex)
            {
                throw NotWellFormed(text, sourceName, ex);
            }
        }

        foreach (XElement element in document.Descendants())
        {
            if (element.Name.Namespace != XNamespace.None)
            {
                element.Name = XNamespace.None + element.Name.LocalName;
            }
        }

        return new XmlScheduleSource(sourceName, document);
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
        CloseInput = false,
    };

    /// <summary>A first streaming pass: refuses DTDs and absurd nesting with the line, before any tree is built.</summary>
    private static void CheckShape(string text, string sourceName)
    {
        using var xml = XmlReader.Create(new StringReader(text), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        });
        try
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.Depth >= MaxDepth)
                {
                    throw new ScheduleFileException(sourceName, LineOf(xml), xml.LocalName,
                        $"elements are nested more than {MaxDepth} deep; MS Project XML nests at most about 10 levels, so this is not a schedule file.");
                }
            }
        }
        catch (XmlException ex)
        {
            throw NotWellFormed(text, sourceName, ex);
        }
    }

    private static int CountLines(string text, int end)
    {
        int count = 0;
        for (int i = 0; i < end; i++)
        {
            count += text[i] == '\n' ? 1 : 0;
        }

        return count;
    }

    private static int LineOf(XmlReader reader) => reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    /// <summary>The parser's complaint in the user's words: where, what is there, and what to check.</summary>
    private static ScheduleFileException NotWellFormed(string text, string sourceName, XmlException ex)
    {
        int line = ex.LineNumber;
        int column = ex.LinePosition;
        string[] lines = text.Split('\n');
        int doctype = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (doctype >= 0 && (line <= 0 || line <= 1 + CountLines(text, doctype)))
        {
            return new ScheduleFileException(sourceName, 1 + CountLines(text, doctype), "DOCTYPE",
                "the file declares a DTD (<!DOCTYPE …>); DTDs and entity declarations are refused in schedule files, for safety: remove the DOCTYPE declaration.", ex);
        }

        string[] used = text.TrimEnd().Split('\n');
        bool atEnd = line > used.Length || (line == used.Length && column > used[used.Length - 1].TrimEnd().Length);
        string near = string.Empty;
        if (line >= 1 && line <= lines.Length)
        {
            string content = lines[line - 1].TrimEnd('\r');
            int from = Math.Max(0, Math.Min(content.Length, column - 1) - 20);
            string excerpt = content.Substring(from, Math.Min(40, content.Length - from)).Trim();
            near = excerpt.Length > 0 ? $" near {ScheduleFileException.Quote(excerpt)}" : string.Empty;
        }

        string problem = text.Trim().Length == 0
            ? "the file is empty: expected an XML document with a <Project> root element."
            : atEnd
                ? "the file ends before every element is closed (is it cut short?): expected the closing tags up to </Project>."
                : $"the file is not well-formed XML at column {column}{near}: expected matching start and end tags, quoted attribute values, and & and < in text written as &amp; and &lt;.";
        return new ScheduleFileException(sourceName, line > 0 ? line : 0, null, problem, ex);
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

    private static string Range(long min, long max) =>
        min == long.MinValue && max == long.MaxValue ? string.Empty
        : string.Format(CultureInfo.InvariantCulture, " from {0} to {1}", min, max);

    public string Required(XElement parent, string name) =>
        Text(parent, name) ?? throw Error(parent, name, $"required element <{name}> of <{parent.Name.LocalName}> is missing or empty.");

    public long? Long(XElement parent, string name, long min = long.MinValue, long max = long.MaxValue)
    {
        string? text = Text(parent, name);
        if (text is null)
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            throw Error(Child(parent, name), name, $"{ScheduleFileException.Quote(text)} is not a whole number{Range(min, max)}.");
        }

        if (value < min || value > max)
        {
            throw Error(Child(parent, name), name, $"{ScheduleFileException.Quote(text)} is out of range: expected a whole number{Range(min, max)}.");
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

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            throw Error(Child(parent, name), name, $"{ScheduleFileException.Quote(text)} is not a number.");
        }

        if (value < min || value > max)
        {
            throw Error(Child(parent, name), name, $"{ScheduleFileException.Quote(text)} is out of range: expected a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
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

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double approximate) || double.IsNaN(approximate) || Math.Abs(approximate) > 1e15
            || !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
        {
            throw Error(Child(parent, name), name, $"{ScheduleFileException.Quote(text)} is not an amount from -1e15 to 1e15.");
        }

        return value;
    }

    public bool Bool(XElement parent, string name, bool defaultValue = false)
    {
        string? text = Text(parent, name);
        if (text is null)
        {
            return defaultValue;
        }

        if (text == "1" || string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text == "0" || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        throw Error(Child(parent, name), name, $"{ScheduleFileException.Quote(text)} is not a flag (0 or 1).");
    }

    /// <summary>
    /// A date-time as MS Project and other tools write it: <c>2024-01-08T08:00:00</c>, also without seconds, with
    /// fractional seconds, as a date alone (midnight), with a space instead of <c>T</c>, or with a UTC offset or
    /// <c>Z</c>, which is dropped: plans are in the project's local time, so the wall-clock time as written is kept.
    /// </summary>
    public LocalDateTime? Date(XElement parent, string name)
    {
        string? text = Text(parent, name);
        if (text is null)
        {
            return null;
        }

        if (TryParseDate(text, out LocalDateTime value))
        {
            return value;
        }

        throw Error(Child(parent, name), name, $"{ScheduleFileException.Quote(text)} is not a date-time yyyy-MM-ddTHH:mm:ss between 1900 and 2200.");
    }

    internal static bool TryParseDate(string text, out LocalDateTime value)
    {
        value = default;
        string local = text.Length > 10 && text[10] == ' ' ? text.Substring(0, 10) + "T" + text.Substring(11) : text;
        int t = local.IndexOf('T');
        if (t > 0)
        {
            if (local.EndsWith("Z", StringComparison.Ordinal))
            {
                local = local.Substring(0, local.Length - 1);
            }
            else
            {
                int sign = Math.Max(local.LastIndexOf('+'), local.LastIndexOf('-'));
                if (sign > t)
                {
                    string offset = local.Substring(sign + 1);
                    if (!OffsetShape(offset))
                    {
                        return false;
                    }

                    local = local.Substring(0, sign);
                }
            }
        }

        foreach (LocalDateTimePattern pattern in DatePatterns)
        {
            ParseResult<LocalDateTime> result = pattern.Parse(local);
            if (result.Success)
            {
                value = result.Value;
                return value.Year >= 1900 && value.Year <= 2200;
            }
        }

        return false;
    }

    /// <summary>An offset after the time: HH:mm, HHmm or HH.</summary>
    private static bool OffsetShape(string offset)
    {
        string digits = offset.Replace(":", string.Empty);
        if ((digits.Length != 4 && digits.Length != 2) || (offset.Contains(":") && offset.Length != 5))
        {
            return false;
        }

        foreach (char c in digits)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A time of day HH:mm:ss (also HH:mm, fractional seconds; 24:00:00 is midnight at the end of the day).</summary>
    public LocalTime Time(XElement parent, string name)
    {
        string text = Required(parent, name);
        if (text is "24:00:00" or "24:00")
        {
            return LocalTime.Midnight;
        }

        foreach (LocalTimePattern pattern in TimePatterns)
        {
            ParseResult<LocalTime> result = pattern.Parse(text);
            if (result.Success)
            {
                return result.Value;
            }
        }

        throw Error(Child(parent, name), name, $"{ScheduleFileException.Quote(text)} is not a time of day HH:mm:ss.");
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
            throw Error(Child(parent, name), name, $"{ScheduleFileException.Quote(text)} is not a duration PTnHnMnS (hours, minutes, seconds) of at most about 3,000 years.");
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
