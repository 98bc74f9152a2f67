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
                throw new ScheduleFileException(source, line, Name + "." + parts[i], "field listed twice.");
            }

            _fields[parts[i]] = i - 1;
        }

        HasFields = true;
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

        public string Required(string field) =>
            Text(field) ?? throw Error(field, _table.IndexOf(field) < 0 ? "the table has no such field." : "required value is empty.");

        public double? Number(string field, double min = -1e9, double max = 1e9)
        {
            string? text = Text(field);
            if (text is null)
            {
                return null;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || double.IsNaN(value) || value < min || value > max)
            {
                throw Error(field, $"'{text}' is not a number in [{min}, {max}].");
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

            if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
            {
                throw Error(field, $"'{text}' is not a decimal amount.");
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
                throw Error(field, $"'{text}' is not a date-time yyyy-MM-dd HH:mm between 1900 and 2200.");
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
                _ => throw Error(field, $"'{text}' is not a flag (Y or N)."),
            };
        }
    }

    /// <summary>Splits an XER text into tables.</summary>
    public static Dictionary<string, XerTable> ReadAll(TextReader reader, string source)
    {
        var tables = new Dictionary<string, XerTable>(StringComparer.Ordinal);
        XerTable? current = null;
        int lineNumber = 0;
        bool header = false;
        bool ended = false;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            string[] parts = line.Split('\t');
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
                        throw new ScheduleFileException(source, lineNumber, current.Name, "table appears twice.");
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

                    var values = new string[parts.Length - 1];
                    Array.Copy(parts, 1, values, 0, values.Length);
                    current.Records.Add(new XerRecord(current, values, source, lineNumber));
                    break;
                case "%E":
                    ended = true;
                    break;
                default:
                    throw new ScheduleFileException(source, lineNumber, current?.Name,
                        lineNumber == 1 ? "not an XER file: the first line should start with ERMHDR." : $"unexpected line starting '{Clip(parts[0])}' (expected %T, %F, %R or %E).");
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

    private static string Clip(string text) => text.Length <= 20 ? text : text.Substring(0, 20) + "…";
}
