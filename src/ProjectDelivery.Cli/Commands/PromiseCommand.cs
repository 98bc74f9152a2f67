using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.Promises;
using ProjectDelivery.Serialization;

namespace ProjectDelivery.Cli.Commands;

/// <summary><c>promise FILE.json [--json]</c>: computes and explains delivery promise dates.</summary>
internal sealed class PromiseCommand : ICommand
{
    public string Name => "promise";

    public string Usage => "promise FILE.json [--json]";

    public string Summary => "Computes promised delivery dates and windows (cut-off, processing, carrier pick-up and transit, customer time zone), explains each step, and finds the latest order instant for a wanted date.";

    public int Execute(CommandArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        string file = arguments.RequiredFile(Name);
        bool json = arguments.Has("json");
        arguments.RejectUnknownOptions(Name);
        PromiseInput input = JsonInput.Read<PromiseInput>(file);
        IReadOnlyList<OrderPromise> outcomes = Evaluate(input);
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

    internal static IReadOnlyList<OrderPromise> Evaluate(PromiseInput input)
    {
        WarehouseJson w = input.Warehouse;
        WorkingCalendar siteCalendar = w.Calendar.ToCalendar("$.warehouse.calendar");
        if ((w.ProcessingDays is null) == (w.ProcessingTime is null))
        {
            throw new CliInputException("$.warehouse: give exactly one of processingDays (whole working days) or processingTime (ISO-8601 working time, e.g. PT4H)");
        }

        ProcessingTime processing;
        try
        {
            processing = w.ProcessingDays is { } days
                ? ProcessingTime.FromWorkingDays(days)
                : ProcessingTime.FromWorkingTime(JsonInput.Duration(w.ProcessingTime, "$.warehouse.processingTime"));
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new CliInputException($"$.warehouse: {ex.Message.Split('\n')[0]}", ex);
        }

        var warehouse = Warehouse.Create(w.Name ?? "warehouse", siteCalendar, JsonInput.Time(w.CutOff, "$.warehouse.cutOff"), processing);

        CarrierJson c = input.Carrier;
        WorkingCalendar carrierCalendar = c.Calendar?.ToCalendar("$.carrier.calendar") ?? siteCalendar;
        if (c.PickUpDays.Count == 0)
        {
            throw new CliInputException("$.carrier.pickUpDays: at least one pick-up day is required");
        }

        var pickUpDays = new List<IsoDayOfWeek>();
        for (int i = 0; i < c.PickUpDays.Count; i++)
        {
            pickUpDays.Add(ParseDay(c.PickUpDays[i], $"$.carrier.pickUpDays[{i}]"));
        }

        if (c.TransitDays is < 0 or > 365)
        {
            throw new CliInputException($"$.carrier.transitDays: {c.TransitDays} should be in [0, 365]");
        }

        WorkingInterval? window = null;
        if (c.DeliveryWindow is not null)
        {
            try
            {
                window = WorkingInterval.Parse(c.DeliveryWindow);
            }
            catch (FormatException ex)
            {
                throw new CliInputException($"$.carrier.deliveryWindow: {ex.Message}", ex);
            }
        }

        var carrier = CarrierService.Create(c.Name ?? "carrier", carrierCalendar, pickUpDays, JsonInput.Time(c.PickUpTime, "$.carrier.pickUpTime"), c.TransitDays, window);
        var calculator = PromiseDateCalculator.Create(warehouse, carrier);
        DateTimeZone? defaultZone = input.CustomerZone is null ? null : JsonInput.Zone(input.CustomerZone, "$.customerZone");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var outcomes = new List<OrderPromise>(input.Orders.Count);
        for (int i = 0; i < input.Orders.Count; i++)
        {
            OrderJson order = input.Orders[i] ?? throw new CliInputException($"$.orders[{i}]: an order is required, got null");
            string path = $"$.orders[{i}]";
            if (string.IsNullOrEmpty(order.Id))
            {
                throw new CliInputException($"{path}.id: an order id is required");
            }

            if (!seen.Add(order.Id))
            {
                throw new CliInputException($"{path}: order id '{order.Id}' is used twice");
            }

            string label = $"order '{order.Id}' ({path})";
            DateTimeZone zone = order.CustomerZone is not null ? JsonInput.Zone(order.CustomerZone, $"{label}.customerZone")
                : defaultZone ?? throw new CliInputException($"{label}: no customer zone (set $.customerZone or the order's customerZone)");
            Instant orderedAt = JsonInput.Instant(order.OrderedAt, $"{label}.orderedAt");
            LocalDate? wanted = order.WantedBy is null ? null : JsonInput.Date(order.WantedBy, $"{label}.wantedBy");
            try
            {
                DeliveryPromise promise = calculator.Promise(orderedAt, zone);
                Instant? latest = wanted is { } date ? calculator.LatestOrderInstant(date, zone) : null;
                outcomes.Add(new OrderPromise(order.Id, promise, wanted, latest));
            }
            catch (InvalidOperationException ex)
            {
                throw new CliInputException($"{label}: {ex.Message}", ex);
            }
        }

        return outcomes;
    }

    private static IsoDayOfWeek ParseDay(string? text, string path)
    {
        string key = (text ?? string.Empty).Trim().ToLowerInvariant();
        foreach (IsoDayOfWeek day in Enum.GetValues(typeof(IsoDayOfWeek)).Cast<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
        {
            string full = day.ToString().ToLowerInvariant();
            if (key == full || key == full.Substring(0, 3))
            {
                return day;
            }
        }

        throw new CliInputException($"{path}: '{text}' is not a day of the week (Mon, Tue, Wed, Thu, Fri, Sat, Sun)");
    }

    private static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static string Iso(ZonedDateTime value) => OffsetDateTimePattern.Rfc3339.Format(value.ToOffsetDateTime());

    private static string Iso(LocalDate value) => LocalDatePattern.Iso.Format(value);

    private static void WriteJson(IReadOnlyList<OrderPromise> outcomes, TextWriter stdout)
    {
        // Each element of "orders" is the library's JSON of OrderPromise.
        var info = (JsonTypeInfo<OrderPromise>)ProjectDeliveryJson.Options.GetTypeInfo(typeof(OrderPromise));
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("orders");
            foreach (OrderPromise outcome in outcomes)
            {
                JsonSerializer.Serialize(writer, outcome, info);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
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

/// <summary>The <c>promise</c> input document.</summary>
internal sealed class PromiseInput
{
    public required WarehouseJson Warehouse { get; set; }

    public required CarrierJson Carrier { get; set; }

    public string? CustomerZone { get; set; }

    public required List<OrderJson> Orders { get; set; }
}

/// <summary>The warehouse of the <c>promise</c> input.</summary>
internal sealed class WarehouseJson
{
    public string? Name { get; set; }

    public required CalendarJson Calendar { get; set; }

    public required string CutOff { get; set; }

    public int? ProcessingDays { get; set; }

    public string? ProcessingTime { get; set; }
}

/// <summary>The carrier of the <c>promise</c> input.</summary>
internal sealed class CarrierJson
{
    public string? Name { get; set; }

    public CalendarJson? Calendar { get; set; }

    public required List<string> PickUpDays { get; set; }

    public required string PickUpTime { get; set; }

    public required int TransitDays { get; set; }

    public string? DeliveryWindow { get; set; }
}

/// <summary>One order of the <c>promise</c> input.</summary>
internal sealed class OrderJson
{
    public required string Id { get; set; }

    public required string OrderedAt { get; set; }

    public string? CustomerZone { get; set; }

    public string? WantedBy { get; set; }
}
