using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
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

    public string Arguments => "FILE.json";

    public IReadOnlyList<CommandOption> Options { get; } = new[] { CommandOption.Json("the state of every clock") };

    public IReadOnlyList<string> Examples { get; } = new[] { "sla samples/sla.json" };

    public string Summary => "Replays SLA clocks (start/pause/resume/stop events on a business-hours calendar) and reports state, elapsed, remaining and breach instant as of a given instant.";

    public int Execute(CommandArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        string file = arguments.RequiredFile(Name);
        bool json = arguments.Has("json");
        arguments.RejectUnknownOptions(Name);
        SlaRequest input = JsonInput.Read<SlaRequest>(file);
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

    internal static IReadOnlyList<(string Id, SlaStatus Status)> Evaluate(SlaRequest input)
    {
        WorkingCalendar calendar = input.Calendar ?? WorkingCalendar.Continuous;
        var clocks = new Dictionary<Duration, SlaClock>();
        var results = new List<(string, SlaStatus)>(input.Tickets.Count);
        for (int t = 0; t < input.Tickets.Count; t++)
        {
            SlaTicketRequest ticket = input.Tickets[t];
            string path = $"$.tickets[{t}]";
            string label = $"ticket '{ticket.Id}'";
            Duration goal = input.GoalOf(ticket) ?? throw new CliInputException(ticket.Priority is not null && !input.PriorityGoals.ContainsKey(ticket.Priority)
                ? $"{label}: priority '{ticket.Priority}' has no goal in $.priorities and there is no default $.goal"
                : $"{label}: no goal (set $.goal, the ticket's goal, or a priority listed in $.priorities)");
            if (!clocks.TryGetValue(goal, out SlaClock? clock))
            {
                clock = SlaClock.Create(calendar, goal, input.WarningFraction, input.MultipleCycles);
                clocks[goal] = clock;
            }

            SlaEvent[] events = ticket.Events.ToArray();
            try
            {
                results.Add((ticket.Id, clock.Evaluate(events.AsSpan(), input.AsOf)));
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

    private static void WriteJson(IReadOnlyList<(string Id, SlaStatus Status)> results, TextWriter stdout)
    {
        // The library's JSON of SlaReport, written with the CLI's indented writer.
        var info = (JsonTypeInfo<SlaReport>)ProjectDeliveryJson.Options.GetTypeInfo(typeof(SlaReport));
        SlaReport report = SlaReport.Create(results.Select(r => SlaTicketStatus.From(r.Id, r.Status)));
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            JsonSerializer.Serialize(writer, report, info);
        }

        stdout.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTable(SlaRequest input, IReadOnlyList<(string Id, SlaStatus Status)> results, TextWriter stdout)
    {
        stdout.WriteLine($"SLA clocks as of {InstantPattern.ExtendedIso.Format(input.AsOf)}");
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
