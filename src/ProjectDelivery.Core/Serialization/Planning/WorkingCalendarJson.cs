using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using ProjectDelivery.Calendars;

namespace ProjectDelivery.Serialization.Planning;

/// <summary>
/// The JSON form of a <see cref="WorkingCalendar"/>:
/// <c>{ "name", "zone", "hours": { "Mon": "09:00-17:00", … }, "holidays": [ "2027-04-02" ],
/// "exceptions": [ { "date", "hours"?, "name"? } | { "from", "to", "hours"?, "name"? } ], "hoursPerDay" }</c>.
/// Weekdays not listed are closed; without <c>hours</c> the week is <see cref="WorkWeek.Standard"/>.
/// </summary>
internal sealed class WorkingCalendarJsonConverter : JsonConverter<WorkingCalendar>
{
    public override WorkingCalendar Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        return WorkingCalendarJson.Read(document.RootElement, "$", "calendar");
    }

    public override void Write(Utf8JsonWriter writer, WorkingCalendar value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, WorkingCalendarJson.ToDto(value), WorkingCalendarJson.DtoInfo(options));
}

/// <summary>Reads and writes the calendar object; shared by the schedule format (project and named calendars).</summary>
internal static class WorkingCalendarJson
{
    private static readonly IsoDayOfWeek[] Week =
    {
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, IsoDayOfWeek> DayNames = BuildDayNames();

    internal static JsonTypeInfo<CalendarDto> DtoInfo(JsonSerializerOptions options) => (JsonTypeInfo<CalendarDto>)options.GetTypeInfo(typeof(CalendarDto));

    /// <summary>Reads a calendar object at <paramref name="path"/>; every message names the path.</summary>
    /// <param name="element">The calendar object.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="defaultName">The name when the object has none.</param>
    /// <param name="requireHours">True where no default week makes sense (SLA and promise calendars): <c>hours</c> must be given.</param>
    internal static WorkingCalendar Read(JsonElement element, string path, string defaultName, bool requireHours = false)
    {
        CalendarDto? dto;
        try
        {
            dto = element.Deserialize(DtoInfo(ProjectDeliveryJson.Options));
        }
        catch (JsonException ex)
        {
            string inner = ex.Path is { Length: > 1 } p ? p.Substring(1) : string.Empty;
            throw ElementReader.Error(path + inner, FirstSentence(ex.Message));
        }

        return ToCalendar(dto ?? throw ElementReader.Error(path, "a calendar object is required, got null"), path, defaultName, requireHours);
    }

    /// <summary>Builds the calendar of a calendar object read at <paramref name="path"/>; every message names the path.</summary>
    /// <param name="dto">The calendar object.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="defaultName">The name when the object has none.</param>
    /// <param name="requireHours">True where no default week makes sense (SLA and promise calendars): <c>hours</c> must be given.</param>
    internal static WorkingCalendar ToCalendar(CalendarDto dto, string path, string defaultName, bool requireHours = false)
    {
        if (requireHours && dto.Hours is null)
        {
            throw ElementReader.Error(path, "missing required field 'hours' (the working hours per day, e.g. { \"Mon\": \"09:00-17:00\", … })");
        }

        WorkWeek week = WorkWeek.Standard;
        if (dto.Hours is not null)
        {
            week = ToWeek(dto.Hours, $"{path}.hours");
            if (week.TotalWork == Duration.Zero)
            {
                throw ElementReader.Error($"{path}.hours", "every day is closed; a calendar needs some working time");
            }
        }

        var exceptions = new List<CalendarException>();
        for (int i = 0; i < (dto.Holidays?.Count ?? 0); i++)
        {
            exceptions.Add(CalendarException.Holiday(ElementReader.Date(dto.Holidays![i], $"{path}.holidays[{i}]")));
        }

        for (int i = 0; i < (dto.Exceptions?.Count ?? 0); i++)
        {
            string itemPath = $"{path}.exceptions[{i}]";
            exceptions.Add(ToException(dto.Exceptions![i] ?? throw ElementReader.Error(itemPath, "an exception object is required, got null"), itemPath));
        }

        DateTimeZone? zone = null;
        if (dto.Zone is not null)
        {
            zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(dto.Zone)
                ?? throw ElementReader.Error($"{path}.zone", $"unknown time zone '{dto.Zone}' (use an IANA id such as Europe/London)");
        }

        Duration? standardDay = null;
        if (dto.HoursPerDay is { } hoursPerDay)
        {
            if (double.IsNaN(hoursPerDay) || double.IsInfinity(hoursPerDay) || hoursPerDay < 0.01 || hoursPerDay > 24)
            {
                throw ElementReader.Error($"{path}.hoursPerDay", $"{hoursPerDay} should be a number in [0.01, 24]");
            }

            standardDay = Duration.FromHours(hoursPerDay);
        }

        return ElementReader.Build(path, () => WorkingCalendar.Create(dto.Name ?? dto.Zone ?? defaultName, week, exceptions, zone, standardDay));
    }

    /// <summary>A week from its <c>hours</c> map (day name → working day text; days not listed are closed).</summary>
    internal static WorkWeek ToWeek(Dictionary<string, string> hours, string path)
    {
        var days = new Dictionary<IsoDayOfWeek, WorkingDay>();
        foreach (KeyValuePair<string, string> pair in hours)
        {
            if (!DayNames.TryGetValue(pair.Key.Trim().ToLowerInvariant(), out IsoDayOfWeek day))
            {
                throw ElementReader.Error(path, $"'{pair.Key}' is not a day of the week (Mon, Tue, Wed, Thu, Fri, Sat, Sun)");
            }

            if (days.ContainsKey(day))
            {
                throw ElementReader.Error(path, $"{day} is given twice");
            }

            days[day] = ParseDay(pair.Value, $"{path}.{pair.Key}");
        }

        return WorkWeek.Create(days);
    }

    /// <summary>The week as its <c>hours</c> map: working weekdays only, Monday first, three-letter names.</summary>
    internal static Dictionary<string, string> ToHours(WorkWeek week)
    {
        var hours = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (IsoDayOfWeek day in Week)
        {
            if (week[day].IsWorking)
            {
                hours[day.ToString().Substring(0, 3)] = week[day].ToString();
            }
        }

        return hours;
    }

    /// <summary>An exception from its object (<c>date</c> or <c>from</c>/<c>to</c>; no <c>hours</c> means closed); the domain's <see cref="ArgumentException"/> carries the path.</summary>
    internal static CalendarException ToException(CalendarExceptionDto e, string itemPath)
    {
        LocalDate from, to;
        if (e.Date is not null)
        {
            if (e.From is not null || e.To is not null)
            {
                throw ElementReader.Error(itemPath, "give either \"date\" or \"from\"/\"to\", not both");
            }

            from = to = ElementReader.Date(e.Date, itemPath + ".date");
        }
        else
        {
            from = ElementReader.Date(e.From, itemPath + ".from");
            to = ElementReader.Date(e.To, itemPath + ".to");
        }

        WorkingDay hours = e.Hours is null ? WorkingDay.NonWorking : ParseDay(e.Hours, itemPath + ".hours");
        return ElementReader.Build(itemPath, () => CalendarException.Create(from, to, hours, e.Name));
    }

    /// <summary>The exception as its object: <c>date</c> for one day, <c>from</c>/<c>to</c> for a range; <c>hours</c> only when it works.</summary>
    internal static CalendarExceptionDto ToExceptionDto(CalendarException e)
    {
        string? dayHours = e.Day.IsWorking ? e.Day.ToString() : null;
        return e.From == e.To
            ? new CalendarExceptionDto { Date = Format(e.From), Hours = dayHours, Name = e.Name }
            : new CalendarExceptionDto { From = Format(e.From), To = Format(e.To), Hours = dayHours, Name = e.Name };
    }

    /// <summary>Parses a working day's text at <paramref name="path"/> (<c>09:00-12:00,13:00-17:00</c>, empty or <c>closed</c>).</summary>
    internal static WorkingDay ParseDay(string? text, string path)
    {
        try
        {
            return WorkingDay.Parse(text ?? string.Empty);
        }
        catch (FormatException ex)
        {
            throw ElementReader.Error(path, ex.Message);
        }
    }

    /// <summary>The calendar as its JSON object: working weekdays, one-day unnamed closures as holidays, other exceptions in order.</summary>
    internal static CalendarDto ToDto(WorkingCalendar calendar)
    {
        Dictionary<string, string> hours = ToHours(calendar.WorkWeek);
        var holidays = new List<string>();
        var exceptions = new List<CalendarExceptionDto>();
        foreach (CalendarException e in calendar.Exceptions)
        {
            if (e.From == e.To && !e.Day.IsWorking && e.Name is null)
            {
                holidays.Add(Format(e.From));
            }
            else
            {
                exceptions.Add(ToExceptionDto(e));
            }
        }

        Duration defaultDay = WorkingCalendar.Create(calendar.Name, calendar.WorkWeek).StandardDay;
        return new CalendarDto
        {
            Name = calendar.Name,
            Zone = calendar.Zone?.Id,
            Hours = hours,
            Holidays = holidays.Count > 0 ? holidays : null,
            Exceptions = exceptions.Count > 0 ? exceptions : null,
            HoursPerDay = calendar.StandardDay == defaultDay ? null : calendar.StandardDay.TotalHours,
        };
    }

    private static string Format(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    internal static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message.Substring(0, cut) : message;
    }

    private static Dictionary<string, IsoDayOfWeek> BuildDayNames()
    {
        var names = new Dictionary<string, IsoDayOfWeek>(StringComparer.Ordinal);
        foreach (IsoDayOfWeek day in Week)
        {
            string full = day.ToString().ToLowerInvariant();
            names[full] = day;
            names[full.Substring(0, 3)] = day;
        }

        return names;
    }
}

/// <summary>The calendar object as read and written (strict: unknown fields are errors, as the CLI always had it).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class CalendarDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Zone { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, string>? Hours { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Holidays { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<CalendarExceptionDto>? Exceptions { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? HoursPerDay { get; set; }
}

/// <summary>One dated exception of a calendar object.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class CalendarExceptionDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Date { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? From { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? To { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Hours { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }
}
