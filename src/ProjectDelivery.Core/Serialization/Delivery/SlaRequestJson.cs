using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using ProjectDelivery.Serialization.Planning;

namespace ProjectDelivery.Serialization.Delivery;

/// <summary>
/// JSON of <see cref="SlaRequest"/> (docs/formats.md, <c>sla FILE.json</c>): durations are ISO-8601 strings
/// (<c>PT8H</c>), instants ISO-8601 with <c>Z</c> or an offset, the calendar is the planning calendar object.
/// Values are parsed after the shape is read so that every message names the JSON path and the ticket and event.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class SlaRequestJson
{
    public JsonElement? Calendar { get; set; }

    public string? Goal { get; set; }

    public Dictionary<string, string>? Priorities { get; set; }

    public double? Warning { get; set; }

    public bool? MultipleCycles { get; set; }

    [JsonRequired]
    public string AsOf { get; set; } = null!;

    [JsonRequired]
    public List<SlaTicketRequestJson?> Tickets { get; set; } = null!;

    internal SlaRequest ToRequest()
    {
        WorkingCalendar? calendar = Calendar is { ValueKind: not JsonValueKind.Null } c ? WorkingCalendarJson.Read(c, "$.calendar", "calendar", requireHours: true) : null;
        Instant asOf = SlaJsonValues.Instant(AsOf, "$.asOf");
        double warning = Warning ?? SlaClock.DefaultWarningFraction;
        if (double.IsNaN(warning) || double.IsInfinity(warning) || warning < 0 || warning > 1)
        {
            throw ElementReader.Error("$.warning", $"{warning} should be a number in [0, 1]");
        }

        Duration? goal = Goal is null ? null : SlaJsonValues.PositiveDuration(Goal, "$.goal");
        var priorities = new Dictionary<string, Duration>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, string> pair in Priorities ?? new Dictionary<string, string>())
        {
            priorities[pair.Key] = SlaJsonValues.PositiveDuration(pair.Value, $"$.priorities.{pair.Key}");
        }

        if (Tickets is null)
        {
            throw ElementReader.Error("$.tickets", "an array of tickets is required, got null");
        }

        var tickets = new SlaTicketRequest[Tickets.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int t = 0; t < tickets.Length; t++)
        {
            string path = $"$.tickets[{t}]";
            SlaTicketRequestJson ticket = Tickets[t] ?? throw ElementReader.Error(path, "a ticket is required, got null");
            tickets[t] = ticket.ToTicket(path);
            if (!seen.Add(tickets[t].Id))
            {
                throw ElementReader.Error(path, $"ticket id '{tickets[t].Id}' is used twice");
            }
        }

        return SlaRequest.Create(calendar, goal, priorities, warning, MultipleCycles ?? false, asOf, tickets);
    }

    internal static SlaRequestJson From(SlaRequest value, JsonSerializerOptions options) => new()
    {
        Calendar = value.Calendar is null ? null : JsonSerializer.SerializeToElement(value.Calendar, (JsonTypeInfo<WorkingCalendar>)options.GetTypeInfo(typeof(WorkingCalendar))),
        Goal = value.Goal is { } g ? SlaJsonValues.Format(g) : null,
        Priorities = value.PriorityGoals.Count == 0 ? null : value.PriorityGoals.ToDictionary(p => p.Key, p => SlaJsonValues.Format(p.Value), StringComparer.Ordinal),
        Warning = value.WarningFraction,
        MultipleCycles = value.MultipleCycles,
        AsOf = InstantPattern.ExtendedIso.Format(value.AsOf),
        Tickets = value.Tickets.Select(SlaTicketRequestJson.From).ToList()!,
    };
}

/// <summary>JSON of <see cref="SlaTicketRequest"/>: <c>{ "id", "priority", "goal", "events": [ { "at", "type" } ] }</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class SlaTicketRequestJson
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Priority { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Goal { get; set; }

    [JsonRequired]
    public List<SlaEventRequestJson?> Events { get; set; } = null!;

    internal SlaTicketRequest ToTicket(string path)
    {
        if (string.IsNullOrEmpty(Id))
        {
            throw ElementReader.Error($"{path}.id", "a ticket id is required");
        }

        string label = $"ticket '{Id}'";
        Duration? goal = Goal is null ? null : SlaJsonValues.PositiveDuration(Goal, $"{label} ({path}.goal)");
        if (Events is null)
        {
            throw ElementReader.Error($"{label} ({path}.events)", "an array of events is required, got null");
        }

        var events = new SlaEvent[Events.Count];
        for (int i = 0; i < events.Length; i++)
        {
            SlaEventRequestJson e = Events[i] ?? throw ElementReader.Error($"{label}, event {i}", "an event is required, got null");
            string where = $"{label}, event {i} ({path}.events[{i}])";
            events[i] = new SlaEvent(SlaJsonValues.Instant(e.At, where + ".at"), SlaJsonValues.EventType(e.Type, where));
        }

        return SlaTicketRequest.Create(Id, Priority, goal, events);
    }

    internal static SlaTicketRequestJson From(SlaTicketRequest value) => new()
    {
        Id = value.Id,
        Priority = value.Priority,
        Goal = value.Goal is { } g ? SlaJsonValues.Format(g) : null,
        Events = value.Events.Select(e => new SlaEventRequestJson { At = InstantPattern.ExtendedIso.Format(e.At), Type = SlaJsonValues.EventTypeName(e.Type) }).ToList()!,
    };
}

/// <summary>One event of a ticket in the <c>sla</c> document: <c>{ "at": instant, "type": "start" | "pause" | "resume" | "stop" }</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class SlaEventRequestJson
{
    [JsonRequired]
    public string At { get; set; } = null!;

    [JsonRequired]
    public string Type { get; set; } = null!;
}

/// <summary>Parsing and formatting of the text values of the <c>sla</c> document; every error names its path.</summary>
internal static class SlaJsonValues
{
    /// <summary>An instant with <c>Z</c> or an offset.</summary>
    internal static Instant Instant(string? text, string path)
    {
        if (text is null)
        {
            throw ElementReader.Error(path, "an instant is required (e.g. 2027-04-06T12:00:00Z)");
        }

        ParseResult<Instant> utc = InstantPattern.ExtendedIso.Parse(text);
        if (utc.Success)
        {
            return utc.Value;
        }

        ParseResult<OffsetDateTime> offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (offset.Success)
        {
            return offset.Value.ToInstant();
        }

        throw ElementReader.Error(path, $"'{text}' is not an ISO-8601 instant (e.g. 2027-04-06T12:00:00Z or 2027-04-06T13:00:00+01:00)");
    }

    /// <summary>A positive ISO-8601 duration (a day is 24 hours; no years or months).</summary>
    internal static Duration PositiveDuration(string text, string path)
    {
        Duration duration = ElementReader.Duration(text, path);
        if (duration <= Duration.Zero)
        {
            throw ElementReader.Error(path, $"duration '{text}' must be positive");
        }

        return duration;
    }

    /// <summary>The ISO-8601 text of a duration in hours, minutes and seconds (e.g. <c>PT28H30M</c>).</summary>
    internal static string Format(Duration duration) =>
        PeriodPattern.NormalizingIso.Format(Period.FromTicks(duration.BclCompatibleTicks).Normalize());

    internal static SlaEventType EventType(string? type, string where) => type?.ToLowerInvariant() switch
    {
        "start" => SlaEventType.Start,
        "pause" => SlaEventType.Pause,
        "resume" => SlaEventType.Resume,
        "stop" => SlaEventType.Stop,
        _ => throw ElementReader.Error($"{where}.type", $"unknown event type '{type}' (expected start, pause, resume or stop)"),
    };

    internal static string EventTypeName(SlaEventType type) => type.ToString().ToLower(CultureInfo.InvariantCulture);
}

/// <summary>Maps <see cref="SlaRequest"/> to and from <see cref="SlaRequestJson"/>.</summary>
internal sealed class SlaRequestJsonConverter : JsonConverter<SlaRequest>
{
    public override SlaRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        SlaRequestJson dto = JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<SlaRequestJson>)options.GetTypeInfo(typeof(SlaRequestJson)))
            ?? throw new JsonException("Expected an SLA request object, found null.");
        return dto.ToRequest();
    }

    public override void Write(Utf8JsonWriter writer, SlaRequest value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, SlaRequestJson.From(value, options), (JsonTypeInfo<SlaRequestJson>)options.GetTypeInfo(typeof(SlaRequestJson)));
}

/// <summary>Maps <see cref="SlaTicketRequest"/> to and from <see cref="SlaTicketRequestJson"/>.</summary>
internal sealed class SlaTicketRequestJsonConverter : DtoJsonConverter<SlaTicketRequest, SlaTicketRequestJson>
{
    protected override SlaTicketRequest FromDto(SlaTicketRequestJson dto) => dto.ToTicket("$");

    protected override SlaTicketRequestJson ToDto(SlaTicketRequest value) => SlaTicketRequestJson.From(value);
}
