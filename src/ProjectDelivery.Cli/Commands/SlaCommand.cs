using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using ProjectDelivery.Serialization;

namespace ProjectDelivery.Cli.Commands;

/// <summary><c>sla FILE.json [--json]</c>: replays the SLA clock of every ticket as of an instant.</summary>
internal sealed class SlaCommand : ICommand
{
    public string Name => "sla";

    public string Usage => "sla FILE.json [--json]";

    public string Summary => "Replays SLA clocks (start/pause/resume/stop events on a business-hours calendar) and reports state, elapsed, remaining and breach instant as of a given instant.";

    public int Execute(CommandArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        string file = arguments.RequiredFile(Name);
        bool json = arguments.Has("json");
        arguments.RejectUnknownOptions(Name);
        SlaInput input = JsonInput.Read<SlaInput>(file);
        IReadOnlyList<(string Id, SlaStatus Status)> results = Evaluate(input);
        if (json)
        {
            WriteJson(results, stdout);
        }
        else
        {
            WriteTable(input, results, stdout);
        }

        return Program.Success;
    }

    internal static IReadOnlyList<(string Id, SlaStatus Status)> Evaluate(SlaInput input)
    {
        WorkingCalendar calendar = input.Calendar?.ToCalendar("$.calendar") ?? WorkingCalendar.Continuous;
        Instant asOf = JsonInput.Instant(input.AsOf, "$.asOf");
        double warning = JsonInput.Fraction(input.Warning ?? SlaClock.DefaultWarningFraction, "$.warning", 0, 1);
        bool multiple = input.MultipleCycles ?? false;
        Duration? defaultGoal = input.Goal is null ? null : JsonInput.PositiveDuration(input.Goal, "$.goal");
        var priorityGoals = new Dictionary<string, Duration>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, string> pair in input.Priorities ?? new Dictionary<string, string>())
        {
            priorityGoals[pair.Key] = JsonInput.PositiveDuration(pair.Value, $"$.priorities.{pair.Key}");
        }

        var clocks = new Dictionary<Duration, SlaClock>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<(string, SlaStatus)>(input.Tickets.Count);
        for (int t = 0; t < input.Tickets.Count; t++)
        {
            SlaTicketJson ticket = input.Tickets[t] ?? throw new CliInputException($"$.tickets[{t}]: a ticket is required, got null");
            string path = $"$.tickets[{t}]";
            if (string.IsNullOrEmpty(ticket.Id))
            {
                throw new CliInputException($"{path}.id: a ticket id is required");
            }

            if (!seen.Add(ticket.Id))
            {
                throw new CliInputException($"{path}: ticket id '{ticket.Id}' is used twice");
            }

            string label = $"ticket '{ticket.Id}'";
            Duration goal;
            if (ticket.Goal is not null)
            {
                goal = JsonInput.PositiveDuration(ticket.Goal, $"{label} ({path}.goal)");
            }
            else if (ticket.Priority is not null)
            {
                if (!priorityGoals.TryGetValue(ticket.Priority, out goal))
                {
                    goal = defaultGoal ?? throw new CliInputException($"{label}: priority '{ticket.Priority}' has no goal in $.priorities and there is no default $.goal");
                }
            }
            else
            {
                goal = defaultGoal ?? throw new CliInputException($"{label}: no goal (set $.goal, the ticket's goal, or a priority listed in $.priorities)");
            }

            if (!clocks.TryGetValue(goal, out SlaClock? clock))
            {
                clock = SlaClock.Create(calendar, goal, warning, multiple);
                clocks[goal] = clock;
            }

            var events = new SlaEvent[ticket.Events.Count];
            for (int i = 0; i < events.Length; i++)
            {
                SlaEventJson e = ticket.Events[i] ?? throw new CliInputException($"{label}, event {i}: an event is required, got null");
                string where = $"{label}, event {i} ({path}.events[{i}])";
                events[i] = new SlaEvent(JsonInput.Instant(e.At, where + ".at"), ParseType(e.Type, where));
            }

            try
            {
                results.Add((ticket.Id, clock.Evaluate(events.AsSpan(), asOf)));
            }
            catch (SlaTimelineException ex)
            {
                throw new CliInputException($"{label}, event {ex.EventIndex} ({path}.events[{ex.EventIndex}]): {ex.Message}", ex);
            }
        }

        return results;
    }

    internal static string StateName(SlaState state) => state switch
    {
        SlaState.NotStarted => "notStarted",
        SlaState.Running => "running",
        SlaState.Paused => "paused",
        SlaState.Met => "met",
        _ => "breached",
    };

    private static SlaEventType ParseType(string? type, string where) => type?.ToLowerInvariant() switch
    {
        "start" => SlaEventType.Start,
        "pause" => SlaEventType.Pause,
        "resume" => SlaEventType.Resume,
        "stop" => SlaEventType.Stop,
        _ => throw new CliInputException($"{where}.type: unknown event type '{type}' (expected start, pause, resume or stop)"),
    };

    private static void WriteJson(IReadOnlyList<(string Id, SlaStatus Status)> results, TextWriter stdout)
    {
        // Each element of "tickets" is the library's JSON of SlaTicketStatus.
        var info = (JsonTypeInfo<SlaTicketStatus>)ProjectDeliveryJson.Options.GetTypeInfo(typeof(SlaTicketStatus));
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("tickets");
            foreach ((string id, SlaStatus status) in results)
            {
                JsonSerializer.Serialize(writer, SlaTicketStatus.From(id, status), info);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stdout.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    internal static void WriteSeconds(Utf8JsonWriter writer, string name, Duration duration)
    {
        long ticks = duration.BclCompatibleTicks;
        if (ticks % NodaConstants.TicksPerSecond == 0)
        {
            writer.WriteNumber(name, ticks / NodaConstants.TicksPerSecond);
        }
        else
        {
            writer.WriteNumber(name, (double)ticks / NodaConstants.TicksPerSecond);
        }
    }

    private static void WriteTable(SlaInput input, IReadOnlyList<(string Id, SlaStatus Status)> results, TextWriter stdout)
    {
        stdout.WriteLine($"SLA clocks as of {input.AsOf}");
        stdout.WriteLine($"{"id",-12} {"state",-11} {"elapsed",10} {"remaining",10} {"breach at",-22} at risk");
        foreach ((string id, SlaStatus status) in results)
        {
            string breach = status.BreachAt is { } b ? InstantPattern.ExtendedIso.Format(b) : "-";
            stdout.WriteLine($"{id,-12} {StateName(status.State),-11} {Hours(status.Elapsed),10} {Hours(status.Remaining),10} {breach,-22} {(status.IsAtRisk ? "yes" : "no")}");
        }
    }

    internal static string Hours(Duration duration)
    {
        long seconds = (long)Math.Round(duration.TotalSeconds);
        string sign = seconds < 0 ? "-" : string.Empty;
        seconds = Math.Abs(seconds);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}");
    }
}

/// <summary>The <c>sla</c> input document.</summary>
internal sealed class SlaInput
{
    public CalendarJson? Calendar { get; set; }

    public string? Goal { get; set; }

    public Dictionary<string, string>? Priorities { get; set; }

    public double? Warning { get; set; }

    public bool? MultipleCycles { get; set; }

    public required string AsOf { get; set; }

    public required List<SlaTicketJson> Tickets { get; set; }
}

/// <summary>One ticket of the <c>sla</c> input.</summary>
internal sealed class SlaTicketJson
{
    public required string Id { get; set; }

    public string? Priority { get; set; }

    public string? Goal { get; set; }

    public required List<SlaEventJson> Events { get; set; }
}

/// <summary>One event of a ticket.</summary>
internal sealed class SlaEventJson
{
    public required string At { get; set; }

    public required string Type { get; set; }
}
