using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using ProjectDelivery.Calendars;

namespace ProjectDelivery.Interop.Primavera;

/// <summary>
/// The nested <c>clndr_data</c> text of a P6 calendar: <c>(0||Name(attributes)(children))</c> nodes, with
/// <c>DaysOfWeek</c> (days 1 = Sunday … 7 = Saturday, each with <c>s|HH:mm|f|HH:mm</c> intervals) and
/// <c>Exceptions</c> (<c>d|serial</c> day numbers counted from 1899-12-30, with their intervals or none).
/// </summary>
internal sealed class XerCalendarData
{
    private const int MaxDepth = 32;

    private XerCalendarData()
    {
    }

    public WorkingDay?[] Week { get; } = new WorkingDay?[7];

    public List<(int Serial, WorkingDay Day)> Exceptions { get; } = new();

    public static XerCalendarData Parse(string text)
    {
        var result = new XerCalendarData();
        if (Clean(text).Length == 0)
        {
            return result;
        }

        int position = 0;
        Node root = ParseNode(text, ref position, 0);
        SkipLayout(text, ref position);
        if (position < text.Length)
        {
            throw new FormatException($"calendar data: unexpected text {ScheduleFileException.Quote(text.Substring(position), 20)} at character {position + 1} after the closing bracket of the CalendarData node.");
        }

        foreach (Node section in root.Children)
        {
            if (section.Name == "DaysOfWeek")
            {
                foreach (Node day in section.Children)
                {
                    if (!int.TryParse(day.Name, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number < 1 || number > 7)
                    {
                        throw new FormatException($"day of week {ScheduleFileException.Quote(day.Name, 20)} should be 1 (Sunday) to 7 (Saturday).");
                    }

                    if (result.Week[number == 1 ? 6 : number - 2] is not null)
                    {
                        throw new FormatException($"day of week {number} is listed twice under DaysOfWeek.");
                    }

                    result.Week[number == 1 ? 6 : number - 2] = Day(day);
                }
            }
            else if (section.Name == "Exceptions")
            {
                foreach (Node exception in section.Children)
                {
                    if (!exception.Attributes.TryGetValue("d", out string? serial))
                    {
                        throw new FormatException($"exception {ScheduleFileException.Quote(exception.Name, 20)} has no day number (d|n, days since 1899-12-30).");
                    }

                    // Some P6 versions write the day number as a decimal (d|45301.0 or d|45301,0).
                    string whole = serial.EndsWith(".0", StringComparison.Ordinal) || serial.EndsWith(",0", StringComparison.Ordinal) ? serial.Substring(0, serial.Length - 2) : serial;
                    if (!int.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out int day))
                    {
                        throw new FormatException($"exception {ScheduleFileException.Quote(exception.Name, 20)}: day number {ScheduleFileException.Quote(serial, 20)} should be a whole number of days since 1899-12-30.");
                    }

                    result.Exceptions.Add((day, Day(exception)));
                }
            }
        }

        return result;
    }

    private static WorkingDay Day(Node day)
    {
        var intervals = new List<WorkingInterval>();
        foreach (Node interval in day.Children)
        {
            if (!interval.Attributes.TryGetValue("s", out string? s) || !interval.Attributes.TryGetValue("f", out string? f))
            {
                throw new FormatException($"working interval of day {ScheduleFileException.Quote(day.Name, 20)} needs a start and a finish time (s|HH:mm|f|HH:mm).");
            }

            LocalTime start = Time(s);
            LocalTime end = f is "23:59" or "24:00" or "24:00:00" or "23:59:59" ? LocalTime.Midnight : Time(f);
            try
            {
                intervals.Add(WorkingInterval.Create(start, end));
            }
            catch (ArgumentException ex)
            {
                throw new FormatException(ScheduleFileException.Describe(ex), ex);
            }
        }

        try
        {
            return WorkingDay.Create(intervals);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException(ex.Message, ex);
        }
    }

    private static LocalTime Time(string text)
    {
        if (DateTime.TryParseExact(text, new[] { "H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss" }, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime parsed))
        {
            return LocalTime.FromTicksSinceMidnight(parsed.TimeOfDay.Ticks);
        }

        throw new FormatException($"{ScheduleFileException.Quote(text, 20)} is not a time of day HH:mm.");
    }

    private static Node ParseNode(string text, ref int i, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new FormatException($"calendar data: nodes are nested more than {MaxDepth} deep at character {i + 1}.");
        }

        // A node is ( header ( attributes ) ( children ) ); P6 writes spaces, tabs, line breaks and DEL (0x7f)
        // characters between and inside the parts, which are all layout.
        Expect(text, ref i, '(', "to open a node");
        int nameStart = i;
        while (i < text.Length && text[i] != '(' && text[i] != ')')
        {
            i++;
        }

        string header = Clean(text.Substring(nameStart, i - nameStart));
        int bars = header.LastIndexOf("||", StringComparison.Ordinal);
        var node = new Node(bars >= 0 ? Clean(header.Substring(bars + 2)) : header);
        Expect(text, ref i, '(', $"to open the attributes of node {ScheduleFileException.Quote(node.Name, 30)}");
        int attributesStart = i;
        while (i < text.Length && text[i] != ')' && text[i] != '(')
        {
            i++;
        }

        string[] attributes = text.Substring(attributesStart, i - attributesStart).Split('|');
        for (int k = 0; k + 1 < attributes.Length; k += 2)
        {
            node.Attributes[Clean(attributes[k])] = Clean(attributes[k + 1]);
        }

        Expect(text, ref i, ')', $"to close the attributes of node {ScheduleFileException.Quote(node.Name, 30)}");
        Expect(text, ref i, '(', $"to open the children of node {ScheduleFileException.Quote(node.Name, 30)}");
        SkipLayout(text, ref i);
        while (i < text.Length && text[i] == '(')
        {
            node.Children.Add(ParseNode(text, ref i, depth + 1));
            SkipLayout(text, ref i);
        }

        Expect(text, ref i, ')', $"to close the children of node {ScheduleFileException.Quote(node.Name, 30)}");
        Expect(text, ref i, ')', $"to close node {ScheduleFileException.Quote(node.Name, 30)}");
        return node;
    }

    /// <summary>Spaces, tabs, line breaks and other control characters (P6 writes DEL, 0x7f, as its line separator) are layout.</summary>
    private static bool IsLayout(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    private static string Clean(string text)
    {
        int start = 0;
        int end = text.Length;
        while (start < end && IsLayout(text[start]))
        {
            start++;
        }

        while (end > start && IsLayout(text[end - 1]))
        {
            end--;
        }

        return text.Substring(start, end - start);
    }

    private static void SkipLayout(string text, ref int i)
    {
        while (i < text.Length && IsLayout(text[i]))
        {
            i++;
        }
    }

    private static void Expect(string text, ref int i, char c, string purpose)
    {
        SkipLayout(text, ref i);
        if (i >= text.Length)
        {
            throw new FormatException($"calendar data ends at character {text.Length} where '{c}' was expected {purpose} (the calendar text is cut short or has unbalanced brackets).");
        }

        if (text[i] != c)
        {
            throw new FormatException($"calendar data: expected '{c}' {purpose} at character {i + 1}, found {ScheduleFileException.Quote(text[i].ToString())}.");
        }

        i++;
    }

    private sealed class Node
    {
        public Node(string name) => Name = name;

        public string Name { get; }

        public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);

        public List<Node> Children { get; } = new();
    }
}
