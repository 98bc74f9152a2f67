using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using ProjectDelivery.Calendars;

namespace ProjectDelivery.Cli.Commands;

/// <summary>
/// The JSON form of a working calendar, for any command that reads one:
/// <c>{ "name": "...", "zone": "Europe/London", "hours": { "Mon": "09:00-17:00", ... }, "holidays": [ "2027-04-02" ] }</c>.
/// Hours are local wall-clock intervals per weekday (comma-separated, <c>closed</c> or empty for none); days
/// not listed are closed; day keys are <c>Mon</c>..<c>Sun</c> or full English names, any case; holidays are
/// local dates; without a zone the hours are UTC for instants (and plain wall-clock for plans).
/// </summary>
internal sealed class CalendarJson
{
    private static readonly Dictionary<string, IsoDayOfWeek> DayNames = BuildDayNames();

    /// <summary>Optional name used in messages.</summary>
    public string? Name { get; set; }

    /// <summary>Optional IANA time zone id.</summary>
    public string? Zone { get; set; }

    /// <summary>Working intervals by weekday.</summary>
    public Dictionary<string, string>? Hours { get; set; }

    /// <summary>Non-working local dates (yyyy-MM-dd).</summary>
    public List<string>? Holidays { get; set; }

    /// <summary>Reads a calendar object from a parsed JSON element (strictly, as <see cref="JsonInput.Options"/>) and builds it.</summary>
    public static WorkingCalendar Read(JsonElement element, string path)
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

        return (model ?? throw new CliInputException($"{path}: a calendar object is required, got null")).ToCalendar(path);
    }

    /// <summary>Builds the calendar; <paramref name="path"/> (e.g. <c>$.calendar</c>) prefixes every message.</summary>
    public WorkingCalendar ToCalendar(string path)
    {
        if (Hours is null || Hours.Count == 0)
        {
            throw new CliInputException($"{path}.hours: a calendar needs working hours, e.g. {{ \"Mon\": \"09:00-17:00\" }}");
        }

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

            try
            {
                days[day] = WorkingDay.Parse(pair.Value ?? string.Empty);
            }
            catch (FormatException ex)
            {
                throw new CliInputException($"{path}.hours.{pair.Key}: {ex.Message}", ex);
            }
        }

        WorkWeek week = WorkWeek.Create(days);
        if (week.TotalWork == Duration.Zero)
        {
            throw new CliInputException($"{path}.hours: every day is closed; a calendar needs some working time");
        }

        var holidays = new List<CalendarException>();
        for (int i = 0; i < (Holidays?.Count ?? 0); i++)
        {
            holidays.Add(CalendarException.Holiday(JsonInput.Date(Holidays![i], $"{path}.holidays[{i}]")));
        }

        DateTimeZone? zone = Zone is null ? null : JsonInput.Zone(Zone, $"{path}.zone");
        try
        {
            return WorkingCalendar.Create(Name ?? Zone ?? "calendar", week, holidays, zone);
        }
        catch (ArgumentException ex)
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
