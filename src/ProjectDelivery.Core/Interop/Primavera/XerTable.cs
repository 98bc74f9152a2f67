using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using NodaTime;
using NodaTime.Text;

namespace ProjectDelivery.Interop.Primavera;

/// <summary>One table of an XER file: its field names and records, each record with its line number.</summary>
internal sealed class XerTable
{
    private static readonly LocalDateTimePattern DatePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");
    /// <summary>The largest amount of money accepted (sums of amounts stay far inside <see cref="decimal"/>).</summary>
    internal const double MaxMoney = 1e15;

    private readonly Dictionary<string, int> _fields = new(StringComparer.Ordinal);

    public XerTable(string name, int line)
    {
        Name = name;
        Line = line;
    }

    public string Name { get; }

    public int Line { get; }

    public bool HasFields { get; private set; }

    public List<XerRecord> Records { get; } = new();

    /// <summary>The line of the %F line; 0 before it is read.</summary>
    public int FieldLine { get; private set; }

    public void SetFields(string[] parts, string source, int line)
    {
        if (HasFields)
        {
            throw new ScheduleFileException(source, line, Name, "a second %F line for the same table.");
        }

        for (int i = 1; i < parts.Length; i++)
        {
            if (_fields.ContainsKey(parts[i]))
            {
                throw new ScheduleFileException(source, line, Name + "." + parts[i], $"field {parts[i]} is listed twice on the %F line.");
            }

            _fields[parts[i]] = i - 1;
        }

        HasFields = true;
        FieldLine = line;
    }

    public bool Has(string field) => _fields.ContainsKey(field);

    public int IndexOf(string field) => _fields.TryGetValue(field, out int index) ? index : -1;

    /// <summary>One %R record.</summary>
    internal sealed class XerRecord
    {
        private readonly XerTable _table;
        private readonly string[] _values;
        private readonly string _source;

        public XerRecord(XerTable table, string[] values, string source, int line)
        {
            _table = table;
            _values = values;
            _source = source;
            Line = line;
        }

        public int Line { get; }

        public ScheduleFileException Error(string field, string problem) => new(_source, Line, _table.Name + "." + field, problem);

        public string? Text(string field)
        {
            int index = _table.IndexOf(field);
            if (index < 0 || index >= _values.Length)
            {
                return null;
            }

            string value = _values[index].Trim();
            return value.Length == 0 ? null : value;
        }

            /// <summary>The value of a code field, which must be one of <paramref name="allowed"/> (or empty: null).</summary>
        public string? Code(string field, params string[] allowed)
        {
            string? text = Text(field);
            if (text is null || Array.IndexOf(allowed, text) >= 0)
            {
                return text;
            }

            throw Error(field, $"{ScheduleFileException.Quote(text)} is not one of {string.Join(", ", allowed)}.");
        }

        public string Required(string field) =>
            Text(field) ?? throw Error(field, _table.IndexOf(field) < 0 ? "the table has no such field." : "required value is empty.");

        public double? Number(string field, double min = -1e9, double max = 1e9)
        {
            string? text = Text(field);
            if (text is null)
            {
                return null;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || double.IsNaN(value) || double.IsInfinity(value))
            {
                throw Error(field, $"{ScheduleFileException.Quote(text)} is not a number.");
            }

            if (value < min || value > max)
            {
                throw Error(field, $"{ScheduleFileException.Quote(text)} is out of range: expected a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
            }

            return value;
        }

        public decimal? Money(string field)
        {
            string? text = Text(field);
            if (text is null)
            {
                return null;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double approximate) || double.IsNaN(approximate) || Math.Abs(approximate) > MaxMoney
                || !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
            {
                throw Error(field, $"{ScheduleFileException.Quote(text)} is not an amount of money from -1e15 to 1e15.");
            }

            return value;
        }

        public LocalDateTime? Date(string field)
        {
            string? text = Text(field);
            if (text is null)
            {
                return null;
            }

            ParseResult<LocalDateTime> result = DatePattern.Parse(text);
            if (!result.Success || result.Value.Year < 1900 || result.Value.Year > 2200)
            {
                throw Error(field, $"{ScheduleFileException.Quote(text)} is not a date-time yyyy-MM-dd HH:mm between 1900 and 2200.");
            }

            return result.Value;
        }

        public bool Flag(string field, bool defaultValue)
        {
            string? text = Text(field);
            return text switch
            {
                null => defaultValue,
                "Y" => true,
                "N" => false,
                _ => throw Error(field, $"{ScheduleFileException.Quote(text)} is not a flag (Y or N)."),
            };
        }
    }

    /// <summary>The number of fields named by the %F line.</summary>
    public int FieldCount => _fields.Count;

    /// <summary>The %F line's field names in order, shortened for a message.</summary>
    public string FieldList()
    {
        var names = new string[_fields.Count];
        foreach (KeyValuePair<string, int> pair in _fields)
        {
            names[pair.Value] = pair.Key;
        }

        return names.Length <= 6 ? string.Join(", ", names) : string.Join(", ", names, 0, 6) + ", …";
    }

    /// <summary>Whether a value opens more brackets than it closes (a calendar text that goes on on the next line).</summary>
    private static bool OpenBrackets(string value)
    {
        int depth = 0;
        foreach (char c in value)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }

        return depth > 0;
    }

    /// <summary>Splits an XER text into tables.</summary>
    /// <remarks>
    /// Every %R record must have exactly one value per field of its table's %F line. A value may contain line breaks
    /// (calendar texts written over several lines): a line that starts with none of ERMHDR, %T, %F, %R, %E and follows
    /// a record that still lacks values, or whose last value has an unclosed bracket (a calendar text), continues that
    /// record's last value; the record is then counted as a whole. Any other stray line is refused.
    /// </remarks>
    public static Dictionary<string, XerTable> ReadAll(TextReader reader, string source)
    {
        var tables = new Dictionary<string, XerTable>(StringComparer.Ordinal);
        XerTable? current = null;
        List<string>? open = null;
        int openLine = 0;
        int lineNumber = 0;
        bool header = false;
        bool ended = false;
        string? line;

        void Close()
        {
            if (open is null || current is null)
            {
                return;
            }

            if (open.Count != current.FieldCount)
            {
                throw new ScheduleFileException(source, openLine, current.Name,
                    $"this {current.Name} record has {open.Count} value{(open.Count == 1 ? string.Empty : "s")} but the table's %F line (line {current.FieldLine}) names {current.FieldCount} field{(current.FieldCount == 1 ? string.Empty : "s")} ({current.FieldList()}); "
                    + "every %R line needs exactly one tab-separated value per field (an empty value is written as nothing between two tabs).");
            }

            current.Records.Add(new XerRecord(current, open.ToArray(), source, openLine));
            open = null;
        }

        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            string[] parts = line.Split('\t');
            bool marker = parts[0] is "%T" or "%F" or "%R" or "%E" || (parts[0] == "ERMHDR" && lineNumber == 1);
            if (!marker && open is not null && current is not null && (open.Count < current.FieldCount || OpenBrackets(open[open.Count - 1])))
            {
                // A line break inside a value: the line continues the record's last value.
                open[open.Count - 1] += "\n" + parts[0];
                for (int k = 1; k < parts.Length; k++)
                {
                    open.Add(parts[k]);
                }

                continue;
            }

            Close();
            if (line.Length == 0)
            {
                continue;
            }

            switch (parts[0])
            {
                case "ERMHDR" when lineNumber == 1:
                    header = true;
                    break;
                case "%T":
                    if (parts.Length < 2 || parts[1].Trim().Length == 0)
                    {
                        throw new ScheduleFileException(source, lineNumber, null, "%T line without a table name.");
                    }

                    current = new XerTable(parts[1].Trim(), lineNumber);
                    if (tables.ContainsKey(current.Name))
                    {
                        throw new ScheduleFileException(source, lineNumber, current.Name, $"table {current.Name} appears twice (a second %T line for it).");
                    }

                    tables.Add(current.Name, current);
                    break;
                case "%F":
                    if (current is null)
                    {
                        throw new ScheduleFileException(source, lineNumber, null, "%F line before any %T table line.");
                    }

                    current.SetFields(parts, source, lineNumber);
                    break;
                case "%R":
                    if (current is null || !current.HasFields)
                    {
                        throw new ScheduleFileException(source, lineNumber, current?.Name, "%R record before the table's %T and %F lines.");
                    }

                    open = new List<string>(parts.Length);
                    for (int k = 1; k < parts.Length; k++)
                    {
                        open.Add(parts[k]);
                    }

                    openLine = lineNumber;
                    break;
                case "%E":
                    ended = true;
                    break;
                default:
                    throw new ScheduleFileException(source, lineNumber, current?.Name,
                        lineNumber == 1 ? "not an XER file: the first line should start with ERMHDR." : $"unexpected line starting {ScheduleFileException.Quote(parts[0], 20)} (expected %T, %F, %R or %E).");
            }

            if (ended)
            {
                break;
            }
        }

        if (!header)
        {
            throw new ScheduleFileException(source, lineNumber, null, "not an XER file: the first line should start with ERMHDR.");
        }

        if (!ended)
        {
            throw new ScheduleFileException(source, lineNumber, current?.Name, "the file is truncated: no %E end line.");
        }

        return tables;
    }
}
