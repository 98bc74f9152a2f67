using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;
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
        SlaReport report = Evaluate(input);
        if (json)
        {
            WriteJson(report, stdout);
        }
        else
        {
            WriteTable(input, report, stdout);
        }

        return Program.Success;
    }

    /// <summary>The library's <see cref="SlaRequest.Evaluate"/>; a ticket it cannot evaluate is reported with its id and JSON path.</summary>
    internal static SlaReport Evaluate(SlaRequest input)
    {
        try
        {
            return input.Evaluate();
        }
        catch (SlaTicketException ex)
        {
            string label = $"ticket '{ex.TicketId}'";
            if (ex.EventIndex is { } e)
            {
                throw new CliInputException($"{label}, event {e} ($.tickets[{ex.TicketIndex}].events[{e}]): {ex.InnerException?.Message}", ex);
            }

            string? priority = input.Tickets[ex.TicketIndex].Priority;
            throw new CliInputException(priority is not null && !input.PriorityGoals.ContainsKey(priority)
                ? $"{label}: priority '{priority}' has no goal in $.priorities and there is no default $.goal"
                : $"{label}: no goal (set $.goal, the ticket's goal, or a priority listed in $.priorities)", ex);
        }
    }

    internal static string StateName(SlaState state) => state switch
    {
        SlaState.NotStarted => "notStarted",
        SlaState.Running => "running",
        SlaState.Paused => "paused",
        SlaState.Met => "met",
        _ => "breached",
    };

    private static void WriteJson(SlaReport report, TextWriter stdout)
    {
        // The library's JSON of SlaReport, written with the CLI's indented writer.
        var info = (JsonTypeInfo<SlaReport>)ProjectDeliveryJson.Options.GetTypeInfo(typeof(SlaReport));
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            JsonSerializer.Serialize(writer, report, info);
        }

        stdout.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTable(SlaRequest input, SlaReport report, TextWriter stdout)
    {
        stdout.WriteLine($"SLA clocks as of {InstantPattern.ExtendedIso.Format(input.AsOf)}");
        stdout.WriteLine($"{"id",-12} {"state",-11} {"elapsed",10} {"remaining",10} {"breach at",-22} at risk");
        foreach (SlaTicketStatus status in report.Tickets)
        {
            string breach = status.BreachAt is { } b ? InstantPattern.ExtendedIso.Format(b) : "-";
            stdout.WriteLine($"{status.Id,-12} {StateName(status.State),-11} {Hours(status.Elapsed),10} {Hours(status.Remaining),10} {breach,-22} {(status.IsAtRisk ? "yes" : "no")}");
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
