using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;
using ProjectDelivery.Calendars;

namespace ProjectDelivery.Cli.Commands;

/// <summary>
/// Reads the CLI's calendar object: <c>{ "zone": "Europe/London", "hours": { "Mon": "09:00-17:00", … },
/// "holidays": [ "2027-04-02" ], "exceptions": [ { "date": "2027-12-24", "hours": "09:00-12:00" } ],
/// "hoursPerDay": 8, "name": "Office" }</c>. Weekdays not listed are closed; with no <c>hours</c> the
/// week is the standard Monday–Friday 08:00–12:00, 13:00–17:00.
/// </summary>
internal static class CalendarJson
{
    private static readonly Dictionary<string, IsoDayOfWeek> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Mon"] = IsoDayOfWeek.Monday, ["Monday"] = IsoDayOfWeek.Monday,
        ["Tue"] = IsoDayOfWeek.Tuesday, ["Tuesday"] = IsoDayOfWeek.Tuesday,
        ["Wed"] = IsoDayOfWeek.Wednesday, ["Wednesday"] = IsoDayOfWeek.Wednesday,
        ["Thu"] = IsoDayOfWeek.Thursday, ["Thursday"] = IsoDayOfWeek.Thursday,
        ["Fri"] = IsoDayOfWeek.Friday, ["Friday"] = IsoDayOfWeek.Friday,
        ["Sat"] = IsoDayOfWeek.Saturday, ["Saturday"] = IsoDayOfWeek.Saturday,
        ["Sun"] = IsoDayOfWeek.Sunday, ["Sunday"] = IsoDayOfWeek.Sunday,
    };

    public static WorkingCalendar Read(JsonElement element, string path, string defaultName = "Project")
    {
        JsonInput.RequireObject(element, path);
        string name = JsonInput.TryGet(element, "name", out JsonElement n) ? JsonInput.String(n, path + ".name") : defaultName;

        WorkWeek week = WorkWeek.Standard;
        if (JsonInput.TryGet(element, "hours", out JsonElement hours))
        {
            JsonInput.RequireObject(hours, path + ".hours");
            var map = new Dictionary<IsoDayOfWeek, WorkingDay>();
            foreach (JsonProperty day in hours.EnumerateObject())
            {
                string dayPath = $"{path}.hours.{day.Name}";
                if (!Days.TryGetValue(day.Name, out IsoDayOfWeek dow))
                {
                    throw new CliInputException($"{dayPath}: '{day.Name}' is not a weekday (Mon … Sun)");
                }

                if (map.ContainsKey(dow))
                {
                    throw new CliInputException($"{dayPath}: {dow} is given twice");
                }

                map[dow] = ParseDay(day.Value, dayPath);
            }

            week = WorkWeek.Create(map);
            if (week.TotalWork == Duration.Zero)
            {
                throw new CliInputException($"{path}.hours: the week has no working time");
            }
        }

        var exceptions = new List<CalendarException>();
        if (JsonInput.TryGet(element, "holidays", out JsonElement holidays))
        {
            foreach ((JsonElement item, string itemPath) in JsonInput.Array(holidays, path + ".holidays"))
            {
                exceptions.Add(CalendarException.Holiday(JsonInput.LocalDate(item, itemPath)));
            }
        }

        if (JsonInput.TryGet(element, "exceptions", out JsonElement list))
        {
            foreach ((JsonElement item, string itemPath) in JsonInput.Array(list, path + ".exceptions"))
            {
                JsonInput.RequireObject(item, itemPath);
                LocalDate from, to;
                if (JsonInput.TryGet(item, "date", out JsonElement date))
                {
                    from = to = JsonInput.LocalDate(date, itemPath + ".date");
                }
                else
                {
                    from = JsonInput.LocalDate(JsonInput.RequireProperty(item, "from", itemPath), itemPath + ".from");
                    to = JsonInput.LocalDate(JsonInput.RequireProperty(item, "to", itemPath), itemPath + ".to");
                }

                WorkingDay day = JsonInput.TryGet(item, "hours", out JsonElement h) ? ParseDay(h, itemPath + ".hours") : WorkingDay.NonWorking;
                string? label = JsonInput.TryGet(item, "name", out JsonElement l) ? JsonInput.String(l, itemPath + ".name") : null;
                try
                {
                    exceptions.Add(CalendarException.Create(from, to, day, label));
                }
                catch (ArgumentException ex)
                {
                    throw new CliInputException($"{itemPath}: {ex.Message}");
                }
            }
        }

        DateTimeZone? zone = null;
        if (JsonInput.TryGet(element, "zone", out JsonElement z))
        {
            string id = JsonInput.String(z, path + ".zone");
            zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
                ?? throw new CliInputException($"{path}.zone: '{id}' is not a known IANA time zone id");
        }

        Duration? standardDay = null;
        if (JsonInput.TryGet(element, "hoursPerDay", out JsonElement hpd))
        {
            standardDay = Duration.FromHours(JsonInput.Number(hpd, path + ".hoursPerDay", 0.01, 24));
        }

        try
        {
            return WorkingCalendar.Create(name, week, exceptions, zone, standardDay);
        }
        catch (ArgumentException ex)
        {
            throw new CliInputException($"{path}: {ex.Message}");
        }
    }

    private static WorkingDay ParseDay(JsonElement value, string path)
    {
        try
        {
            return WorkingDay.Parse(JsonInput.String(value, path));
        }
        catch (FormatException ex)
        {
            throw new CliInputException($"{path}: {ex.Message}");
        }
    }
}
