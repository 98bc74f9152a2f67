using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;
using ProjectDelivery.Delivery.Fulfilment.Promises;
using ProjectDelivery.Serialization;

namespace ProjectDelivery.Cli.Commands;

/// <summary><c>promise FILE.json [--json]</c>: computes and explains delivery promise dates.</summary>
internal sealed class PromiseCommand : ICommand
{
    public string Name => "promise";

    public string Arguments => "FILE.json";

    public IReadOnlyList<CommandOption> Options { get; } = new[] { CommandOption.Json("the promises and their explanations") };

    public IReadOnlyList<string> Examples { get; } = new[] { "promise samples/promise.json" };

    public string Summary => "Computes promised delivery dates and windows (cut-off, processing, carrier pick-up and transit, customer time zone), explains each step, and finds the latest order instant for a wanted date.";

    public int Execute(CommandArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        string file = arguments.RequiredFile(Name);
        bool json = arguments.Has("json");
        arguments.RejectUnknownOptions(Name);
        PromiseRequest request = JsonInput.Read<PromiseRequest>(file);
        IReadOnlyList<OrderPromise> outcomes = Evaluate(request);
        if (json)
        {
            WriteJson(outcomes, stdout);
        }
        else
        {
            WriteText(outcomes, stdout);
        }

        return Program.Success;
    }

    /// <summary>Evaluates every order of the request; an order whose calendars never line up is reported with its id and JSON path.</summary>
    internal static IReadOnlyList<OrderPromise> Evaluate(PromiseRequest request)
    {
        var outcomes = new List<OrderPromise>(request.Orders.Count);
        for (int i = 0; i < request.Orders.Count; i++)
        {
            PromiseOrder order = request.Orders[i];
            try
            {
                outcomes.Add(request.Evaluate(order));
            }
            catch (InvalidOperationException ex)
            {
                throw new CliInputException($"order '{order.Id}' ($.orders[{i}]): {ex.Message}", ex);
            }
        }

        return outcomes;
    }

    private static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static string Iso(ZonedDateTime value) => OffsetDateTimePattern.Rfc3339.Format(value.ToOffsetDateTime());

    private static string Iso(LocalDate value) => LocalDatePattern.Iso.Format(value);

    private static void WriteJson(IReadOnlyList<OrderPromise> outcomes, TextWriter stdout)
    {
        // The library's JSON of PromiseReport, written with the CLI's indented writer.
        var info = (JsonTypeInfo<PromiseReport>)ProjectDeliveryJson.Options.GetTypeInfo(typeof(PromiseReport));
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            JsonSerializer.Serialize(writer, PromiseReport.Create(outcomes), info);
        }

        stdout.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteText(IReadOnlyList<OrderPromise> outcomes, TextWriter stdout)
    {
        foreach (OrderPromise outcome in outcomes)
        {
            DeliveryPromise p = outcome.Promise;
            stdout.WriteLine($"{outcome.Id}: promised {Iso(p.PromisedDate)}, window {Iso(p.WindowStart)} – {Iso(p.WindowEnd)} ({p.WindowEnd.Zone.Id})");
            foreach (PromiseStep step in p.Steps)
            {
                stdout.WriteLine($"  {step.Name,-16} {step.Explanation}");
            }

            if (outcome.WantedBy is { } wanted)
            {
                stdout.WriteLine(outcome.LatestOrderAt is { } latest
                    ? $"  {"latest order",-16} To be delivered by {Iso(wanted)}, order by {Iso(latest)}."
                    : $"  {"latest order",-16} No order instant makes {Iso(wanted)}.");
            }

            stdout.WriteLine();
        }
    }
}
