using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.Promises;
using ProjectDelivery.Serialization.Planning;
using ProcessingTimeValue = ProjectDelivery.Delivery.Fulfilment.Promises.ProcessingTime;
using WarehouseValue = ProjectDelivery.Delivery.Fulfilment.Promises.Warehouse;

namespace ProjectDelivery.Serialization.Delivery;

/// <summary>
/// JSON of <see cref="PromiseRequest"/> (docs/formats.md, <c>promise FILE.json</c>):
/// <c>{ "warehouse": Warehouse, "carrier": CarrierService, "customerZone"?, "orders": [ PromiseOrder ] }</c>. The carrier's
/// calendar defaults to the warehouse's (and is omitted on writing when it is that very calendar). Values are parsed after
/// the shape is read, so that every message names the JSON path and, for an order, its id.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class PromiseRequestJson
{
    [JsonRequired]
    public WarehouseJson? Warehouse { get; set; }

    [JsonRequired]
    public CarrierServiceJson? Carrier { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CustomerZone { get; set; }

    [JsonRequired]
    public List<PromiseOrderJson?> Orders { get; set; } = null!;

    internal PromiseRequest ToRequest()
    {
        Warehouse warehouse = (Warehouse ?? throw ElementReader.Error("$.warehouse", "a warehouse object is required, got null")).ToWarehouse("$.warehouse");
        CarrierService carrier = (Carrier ?? throw ElementReader.Error("$.carrier", "a carrier object is required, got null")).ToCarrier("$.carrier", warehouse.Calendar);
        DateTimeZone? defaultZone = CustomerZone is null ? null : ElementReader.Zone(CustomerZone, "$.customerZone");
        if (Orders is null)
        {
            throw ElementReader.Error("$.orders", "an array of orders is required, got null");
        }

        var orders = new PromiseOrder[Orders.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < orders.Length; i++)
        {
            string path = $"$.orders[{i}]";
            PromiseOrderJson order = Orders[i] ?? throw ElementReader.Error(path, "an order is required, got null");
            if (order.Id is { Length: > 0 } id && !seen.Add(id))
            {
                throw ElementReader.Error(path, $"order id '{id}' is used twice");
            }

            orders[i] = order.ToOrder(path, zoneRequired: defaultZone is null);
        }

        return ElementReader.Build("$", () => PromiseRequest.Create(warehouse, carrier, defaultZone, orders));
    }

    internal static PromiseRequestJson From(PromiseRequest value) => new()
    {
        Warehouse = WarehouseJson.From(value.Warehouse),
        Carrier = CarrierServiceJson.From(value.Carrier, ReferenceEquals(value.Carrier.Calendar, value.Warehouse.Calendar) ? null : value.Carrier.Calendar),
        CustomerZone = value.DefaultCustomerZone?.Id,
        Orders = value.Orders.Select(PromiseOrderJson.From).ToList()!,
    };
}

/// <summary>
/// JSON of <see cref="Warehouse"/>: <c>{ "name"? ("warehouse"), "calendar", "cutOff": "HH:mm", "processingDays": n | "processingTime": "PT4H" }</c>
/// (exactly one of the processing fields; the time is ISO-8601 working time).
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class WarehouseJson
{
    private const string DefaultName = "warehouse";

    public string? Name { get; set; }

    [JsonRequired]
    public CalendarDto? Calendar { get; set; }

    [JsonRequired]
    public string? CutOff { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ProcessingDays { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ProcessingTime { get; set; }

    internal Warehouse ToWarehouse(string path)
    {
        WorkingCalendar calendar = WorkingCalendarJson.ToCalendar(
            Calendar ?? throw ElementReader.Error($"{path}.calendar", "a calendar object is required, got null"), $"{path}.calendar", "calendar", requireHours: true);
        if ((ProcessingDays is null) == (ProcessingTime is null))
        {
            throw ElementReader.Error(path, "give exactly one of processingDays (whole working days) or processingTime (ISO-8601 working time, e.g. PT4H)");
        }

        ProcessingTimeValue processing;
        if (ProcessingDays is { } days)
        {
            processing = ElementReader.Build($"{path}.processingDays", () => ProcessingTimeValue.FromWorkingDays(days));
        }
        else
        {
            Duration time = ElementReader.Duration(ProcessingTime!, $"{path}.processingTime");
            processing = ElementReader.Build($"{path}.processingTime", () => ProcessingTimeValue.FromWorkingTime(time));
        }

        LocalTime cutOff = ElementReader.Time(CutOff, $"{path}.cutOff");
        return ElementReader.Build(path, () => WarehouseValue.Create(Name ?? DefaultName, calendar, cutOff, processing));
    }

    internal static WarehouseJson From(Warehouse value) => new()
    {
        Name = value.Name,
        Calendar = WorkingCalendarJson.ToDto(value.Calendar),
        CutOff = ElementReader.FormatTime(value.CutOff),
        ProcessingDays = value.Processing.WorkingTime is null ? value.Processing.WorkingDays : null,
        ProcessingTime = value.Processing.WorkingTime is { } time ? SlaJsonValues.Format(time) : null,
    };
}

/// <summary>
/// JSON of <see cref="CarrierService"/>: <c>{ "name"? ("carrier"), "calendar", "pickUpDays": [ "Mon", … ], "pickUpTime": "HH:mm",
/// "transitDays": n, "deliveryWindow"?: "HH:mm-HH:mm" }</c>. Day names are three-letter or full English names, any case.
/// On its own the calendar is required; inside a <see cref="PromiseRequest"/> it defaults to the warehouse's.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class CarrierServiceJson
{
    private const string DefaultName = "carrier";

    private static readonly IsoDayOfWeek[] Week =
    {
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    };

    public string? Name { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CalendarDto? Calendar { get; set; }

    [JsonRequired]
    public List<string?>? PickUpDays { get; set; }

    [JsonRequired]
    public string? PickUpTime { get; set; }

    [JsonRequired]
    public int TransitDays { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DeliveryWindow { get; set; }

    /// <summary>Builds the carrier; <paramref name="defaultCalendar"/> (the warehouse's) stands in for an absent calendar.</summary>
    internal CarrierService ToCarrier(string path, WorkingCalendar? defaultCalendar)
    {
        WorkingCalendar calendar = Calendar is not null ? WorkingCalendarJson.ToCalendar(Calendar, $"{path}.calendar", "calendar", requireHours: true)
            : defaultCalendar ?? throw ElementReader.Error($"{path}.calendar", "a calendar object is required (the carrier's working days and delivery zone)");
        if (PickUpDays is null)
        {
            throw ElementReader.Error($"{path}.pickUpDays", "an array of pick-up days is required, got null");
        }

        if (PickUpDays.Count == 0)
        {
            throw ElementReader.Error($"{path}.pickUpDays", "at least one pick-up day is required");
        }

        var pickUpDays = new IsoDayOfWeek[PickUpDays.Count];
        for (int i = 0; i < pickUpDays.Length; i++)
        {
            pickUpDays[i] = ParseDay(PickUpDays[i], $"{path}.pickUpDays[{i}]");
        }

        if (TransitDays is < 0 or > 365)
        {
            throw ElementReader.Error($"{path}.transitDays", $"{TransitDays} should be in [0, 365]");
        }

        WorkingInterval? window = null;
        if (DeliveryWindow is not null)
        {
            try
            {
                window = WorkingInterval.Parse(DeliveryWindow);
            }
            catch (FormatException ex)
            {
                throw ElementReader.Error($"{path}.deliveryWindow", ex.Message);
            }
        }

        LocalTime pickUpTime = ElementReader.Time(PickUpTime, $"{path}.pickUpTime");
        return ElementReader.Build(path, () => CarrierService.Create(Name ?? DefaultName, calendar, pickUpDays, pickUpTime, TransitDays, window));
    }

    /// <summary>The carrier's JSON; <paramref name="calendar"/> is written unless null (omitted inside a request when it is the warehouse's).</summary>
    internal static CarrierServiceJson From(CarrierService value, WorkingCalendar? calendar) => new()
    {
        Name = value.Name,
        Calendar = calendar is null ? null : WorkingCalendarJson.ToDto(calendar),
        PickUpDays = value.PickUpDays.Select(d => (string?)d.ToString().Substring(0, 3)).ToList(),
        PickUpTime = ElementReader.FormatTime(value.PickUpTime),
        TransitDays = value.TransitDays,
        DeliveryWindow = value.DeliveryWindow?.ToString(),
    };

    private static IsoDayOfWeek ParseDay(string? text, string path)
    {
        string key = (text ?? string.Empty).Trim().ToLowerInvariant();
        foreach (IsoDayOfWeek day in Week)
        {
            string full = day.ToString().ToLowerInvariant();
            if (key == full || key == full.Substring(0, 3))
            {
                return day;
            }
        }

        throw ElementReader.Error(path, $"'{text}' is not a day of the week (Mon, Tue, Wed, Thu, Fri, Sat, Sun)");
    }
}

/// <summary>
/// JSON of <see cref="PromiseOrder"/>: <c>{ "id", "orderedAt": instant (<c>Z</c> or an offset), "customerZone"?: IANA id,
/// "wantedBy"?: "yyyy-MM-dd" }</c>. Messages name the order: <c>order 'O-1' ($.orders[0]).orderedAt: …</c>.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class PromiseOrderJson
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public string? OrderedAt { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CustomerZone { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? WantedBy { get; set; }

    /// <summary>Builds the order at <paramref name="path"/>; with <paramref name="zoneRequired"/> (no default zone) a missing customer zone is an error.</summary>
    internal PromiseOrder ToOrder(string path, bool zoneRequired)
    {
        if (Id is not { Length: > 0 } id)
        {
            throw ElementReader.Error($"{path}.id", "an order id is required");
        }

        string label = $"order '{id}' ({path})";
        DateTimeZone? zone = CustomerZone is not null ? ElementReader.Zone(CustomerZone, $"{label}.customerZone")
            : zoneRequired ? throw ElementReader.Error(label, "no customer zone (set $.customerZone or the order's customerZone)") : null;
        Instant orderedAt = SlaJsonValues.Instant(OrderedAt, $"{label}.orderedAt");
        LocalDate? wanted = WantedBy is null ? null : ElementReader.Date(WantedBy, $"{label}.wantedBy");
        return ElementReader.Build(label, () => PromiseOrder.Create(id, orderedAt, zone, wanted));
    }

    internal static PromiseOrderJson From(PromiseOrder value) => new()
    {
        Id = value.Id,
        OrderedAt = InstantPattern.ExtendedIso.Format(value.OrderedAt),
        CustomerZone = value.CustomerZone?.Id,
        WantedBy = value.WantedBy is { } date ? LocalDatePattern.Iso.Format(date) : null,
    };
}

/// <summary>Maps <see cref="PromiseRequest"/> to and from <see cref="PromiseRequestJson"/>.</summary>
internal sealed class PromiseRequestJsonConverter : DtoJsonConverter<PromiseRequest, PromiseRequestJson>
{
    protected override PromiseRequest FromDto(PromiseRequestJson dto) => dto.ToRequest();

    protected override PromiseRequestJson ToDto(PromiseRequest value) => PromiseRequestJson.From(value);
}

/// <summary>Maps <see cref="Warehouse"/> to and from <see cref="WarehouseJson"/>.</summary>
internal sealed class WarehouseJsonConverter : DtoJsonConverter<Warehouse, WarehouseJson>
{
    protected override Warehouse FromDto(WarehouseJson dto) => dto.ToWarehouse("$");

    protected override WarehouseJson ToDto(Warehouse value) => WarehouseJson.From(value);
}

/// <summary>Maps <see cref="CarrierService"/> to and from <see cref="CarrierServiceJson"/> (calendar required and always written).</summary>
internal sealed class CarrierServiceJsonConverter : DtoJsonConverter<CarrierService, CarrierServiceJson>
{
    protected override CarrierService FromDto(CarrierServiceJson dto) => dto.ToCarrier("$", null);

    protected override CarrierServiceJson ToDto(CarrierService value) => CarrierServiceJson.From(value, value.Calendar);
}

/// <summary>Maps <see cref="PromiseOrder"/> to and from <see cref="PromiseOrderJson"/>.</summary>
internal sealed class PromiseOrderJsonConverter : DtoJsonConverter<PromiseOrder, PromiseOrderJson>
{
    protected override PromiseOrder FromDto(PromiseOrderJson dto) => dto.ToOrder("$", zoneRequired: false);

    protected override PromiseOrderJson ToDto(PromiseOrder value) => PromiseOrderJson.From(value);
}
