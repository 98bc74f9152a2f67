using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using ProjectDelivery.Calendars;

namespace ProjectDelivery.Cli.Commands;

/// <summary>
/// The JSON form of a working calendar, shared by every command that reads one:
/// <c>{ "name": "Office", "zone": "Europe/London", "hours": { "Mon": "09:00-17:00", … }, "holidays": [ "2027-04-02" ],
/// "exceptions": [ { "date": "2027-12-24", "hours": "09:00-12:00" }, { "from": "…", "to": "…" } ], "hoursPerDay": 8 }</c>.
/// Hours are local wall-clock intervals per weekday (comma-separated; <c>closed</c> or empty for none); weekdays
/// not listed are closed; day keys are <c>Mon</c>…<c>Sun</c> or full English names, any case. Without
/// <c>hours</c> the week is the standard Monday–Friday 08:00–12:00, 13:00–17:00. Holidays are local dates.
/// Without a zone, instants are counted in UTC (and plans in plain wall-clock time).
/// </summary>
internal sealed class CalendarJson
{
    private static readonly Dictionary<string, IsoDayOfWeek> DayNames = BuildDayNames();

    /// <summary>Optional name used in messages and reports.</summary>
    public string? Name { get; set; }

    /// <summary>Optional IANA time zone id.</summary>
    public string? Zone { get; set; }

    /// <summary>Working intervals by weekday.</summary>
    public Dictionary<string, string>? Hours { get; set; }

    /// <summary>Non-working local dates (yyyy-MM-dd).</summary>
    public List<string>? Holidays { get; set; }

    /// <summary>Dated exceptions: a date or an inclusive range with its own hours (none = non-working).</summary>
    public List<ExceptionJson>? Exceptions { get; set; }

    /// <summary>Working hours of one "day" of duration (default: the week's work ÷ its working days).</summary>
    public double? HoursPerDay { get; set; }

    /// <summary>One dated exception.</summary>
    internal sealed class ExceptionJson
    {
        public string? Date { get; set; }

        public string? From { get; set; }

        public string? To { get; set; }

        public string? Hours { get; set; }

        public string? Name { get; set; }
    }

    /// <summary>Reads a calendar object from a parsed JSON element (strictly, as <see cref="JsonInput.Options"/>) and builds it.</summary>
    public static WorkingCalendar Read(JsonElement element, string path, string defaultName = "calendar")
    {
        CalendarJson? model;
        try
        {
            model = element.Deserialize<CalendarJson>(JsonInput.Options);
        }
        catch (JsonException ex)
        {
            throw new CliInputException($"{path}{(ex.Path is { Length: > 1 } p ? p.Substring(1) : string.Empty)}: {ex.Message.Split(" Path: ")[0]}", ex);
        }

        return (model ?? throw new CliInputException($"{path}: a calendar object is required, got null")).ToCalendar(path, defaultName);
    }

    /// <summary>Builds the calendar; <paramref name="path"/> (e.g. <c>$.calendar</c>) prefixes every message.</summary>
    public WorkingCalendar ToCalendar(string path, string defaultName = "calendar")
    {
        WorkWeek week = WorkWeek.Standard;
        if (Hours is not null)
        {
            var days = new Dictionary<IsoDayOfWeek, WorkingDay>();
            foreach (KeyValuePair<string, string> pair in Hours)
            {
                if (!DayNames.TryGetValue(pair.Key.Trim().ToLowerInvariant(), out IsoDayOfWeek day))
                {
                    throw new CliInputException($"{path}.hours: '{pair.Key}' is not a day of the week (Mon, Tue, Wed, Thu, Fri, Sat, Sun)");
                }

                if (days.ContainsKey(day))
                {
                    throw new CliInputException($"{path}.hours: {day} is given twice");
                }

                days[day] = ParseDay(pair.Value, $"{path}.hours.{pair.Key}");
            }

            week = WorkWeek.Create(days);
            if (week.TotalWork == Duration.Zero)
            {
                throw new CliInputException($"{path}.hours: every day is closed; a calendar needs some working time");
            }
        }

        var exceptions = new List<CalendarException>();
        for (int i = 0; i < (Holidays?.Count ?? 0); i++)
        {
            exceptions.Add(CalendarException.Holiday(JsonInput.Date(Holidays![i], $"{path}.holidays[{i}]")));
        }

        for (int i = 0; i < (Exceptions?.Count ?? 0); i++)
        {
            string itemPath = $"{path}.exceptions[{i}]";
            ExceptionJson e = Exceptions![i] ?? throw new CliInputException($"{itemPath}: an exception object is required, got null");
            LocalDate from, to;
            if (e.Date is not null)
            {
                if (e.From is not null || e.To is not null)
                {
                    throw new CliInputException($"{itemPath}: give either \"date\" or \"from\"/\"to\", not both");
                }

                from = to = JsonInput.Date(e.Date, itemPath + ".date");
            }
            else
            {
                from = JsonInput.Date(e.From, itemPath + ".from");
                to = JsonInput.Date(e.To, itemPath + ".to");
            }

            WorkingDay hours = e.Hours is null ? WorkingDay.NonWorking : ParseDay(e.Hours, itemPath + ".hours");
            try
            {
                exceptions.Add(CalendarException.Create(from, to, hours, e.Name));
            }
            catch (ArgumentException ex)
            {
                throw new CliInputException($"{itemPath}: {ex.Message}", ex);
            }
        }

        DateTimeZone? zone = Zone is null ? null : JsonInput.Zone(Zone, $"{path}.zone");
        Duration? standardDay = null;
        if (HoursPerDay is { } hoursPerDay)
        {
            standardDay = Duration.FromHours(JsonInput.Fraction(hoursPerDay, $"{path}.hoursPerDay", 0.01, 24));
        }

        try
        {
            return WorkingCalendar.Create(Name ?? Zone ?? defaultName, week, exceptions, zone, standardDay);
        }
        catch (ArgumentException ex)
        {
            throw new CliInputException($"{path}: {ex.Message}", ex);
        }
    }

    private static WorkingDay ParseDay(string? text, string path)
    {
        try
        {
            return WorkingDay.Parse(text ?? string.Empty);
        }
        catch (FormatException ex)
        {
            throw new CliInputException($"{path}: {ex.Message}", ex);
        }
    }

    private static Dictionary<string, IsoDayOfWeek> BuildDayNames()
    {
        var names = new Dictionary<string, IsoDayOfWeek>(StringComparer.Ordinal);
        foreach (IsoDayOfWeek day in Enum.GetValues(typeof(IsoDayOfWeek)).Cast<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
        {
            string full = day.ToString().ToLowerInvariant();
            names[full] = day;
            names[full.Substring(0, 3)] = day;
        }

        return names;
    }
}
