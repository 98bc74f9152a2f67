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
        if (text.Trim().Length == 0)
        {
            return result;
        }

        int position = 0;
        Node root = ParseNode(text, ref position, 0);
        foreach (Node section in root.Children)
        {
            if (section.Name == "DaysOfWeek")
            {
                foreach (Node day in section.Children)
                {
                    if (!int.TryParse(day.Name, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number < 1 || number > 7)
                    {
                        throw new FormatException($"day of week '{day.Name}' should be 1 (Sunday) to 7 (Saturday).");
                    }

                    result.Week[number == 1 ? 6 : number - 2] = Day(day);
                }
            }
            else if (section.Name == "Exceptions")
            {
                foreach (Node exception in section.Children)
                {
                    if (!exception.Attributes.TryGetValue("d", out string? serial) ||
                        !int.TryParse(serial, NumberStyles.None, CultureInfo.InvariantCulture, out int day))
                    {
                        throw new FormatException($"exception '{exception.Name}' has no day number d|n.");
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
                throw new FormatException($"working interval of day '{day.Name}' needs s| and f| times.");
            }

            LocalTime start = Time(s);
            LocalTime end = f == "23:59" || f == "24:00" ? LocalTime.Midnight : Time(f);
            try
            {
                intervals.Add(WorkingInterval.Create(start, end));
            }
            catch (ArgumentException ex)
            {
                throw new FormatException(ex.Message, ex);
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
        if (DateTime.TryParseExact(text, new[] { "H:mm", "HH:mm" }, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime parsed))
        {
            return LocalTime.FromTicksSinceMidnight(parsed.TimeOfDay.Ticks);
        }

        throw new FormatException($"'{text}' is not a time of day HH:mm.");
    }

    private static Node ParseNode(string text, ref int i, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new FormatException("calendar data is nested too deeply.");
        }

        Expect(text, ref i, '(');
        int nameStart = i;
        while (i < text.Length && text[i] != '(' && text[i] != ')')
        {
            i++;
        }

        string header = text.Substring(nameStart, i - nameStart);
        int bars = header.LastIndexOf("||", StringComparison.Ordinal);
        var node = new Node(bars >= 0 ? header.Substring(bars + 2).Trim() : header.Trim());
        Expect(text, ref i, '(');
        int attributesStart = i;
        while (i < text.Length && text[i] != ')')
        {
            i++;
        }

        string[] attributes = text.Substring(attributesStart, i - attributesStart).Split('|');
        for (int k = 0; k + 1 < attributes.Length; k += 2)
        {
            node.Attributes[attributes[k].Trim()] = attributes[k + 1].Trim();
        }

        Expect(text, ref i, ')');
        Expect(text, ref i, '(');
        SkipSpace(text, ref i);
        while (i < text.Length && text[i] == '(')
        {
            node.Children.Add(ParseNode(text, ref i, depth + 1));
            SkipSpace(text, ref i);
        }

        Expect(text, ref i, ')');
        Expect(text, ref i, ')');
        return node;
    }

    private static void SkipSpace(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }

    private static void Expect(string text, ref int i, char c)
    {
        SkipSpace(text, ref i);
        if (i >= text.Length || text[i] != c)
        {
            throw new FormatException($"calendar data: expected '{c}' at character {i + 1}.");
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
