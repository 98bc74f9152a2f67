using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using ProjectDelivery.Delivery.Fulfilment.Kpis;

namespace ProjectDelivery.Serialization.Delivery;

/// <summary>JSON of <see cref="OrderLine"/>.</summary>
internal sealed class OrderLineJson
{
    [JsonRequired]
    public string LineId { get; set; } = null!;

    [JsonRequired]
    public double OrderedQuantity { get; set; }

    public double DeliveredQuantity { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Instant? DeliveredAt { get; set; }
}

/// <summary>JSON of <see cref="FulfilmentOrder"/> (the first and last delivery instants are derived, not written).</summary>
internal sealed class FulfilmentOrderJson
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public Instant OrderedAt { get; set; }

    [JsonRequired]
    public Instant PromisedBy { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Instant? ShippedAt { get; set; }

    [JsonRequired]
    public OrderLineJson[] Lines { get; set; } = null!;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Damaged { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? DocumentsCorrect { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? SlaMet { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, string>? Attributes { get; set; }
}

/// <summary>JSON of <see cref="DurationSummary"/>: count, and mean, median, P90 and P95 (null when the count is 0).</summary>
internal sealed class DurationSummaryJson
{
    [JsonRequired]
    public int Count { get; set; }

    public Duration? Mean { get; set; }

    public Duration? Median { get; set; }

    public Duration? P90 { get; set; }

    public Duration? P95 { get; set; }
}

/// <summary>JSON of <see cref="DeliveryKpis"/>.</summary>
internal sealed class DeliveryKpisJson
{
    public int Orders { get; set; }

    public int MeasuredOrders { get; set; }

    public KpiRatio OnTime { get; set; }

    public KpiRatio InFull { get; set; }

    public KpiRatio Otif { get; set; }

    public KpiRatio PerfectOrder { get; set; }

    public KpiRatio LineFill { get; set; }

    public KpiRatio UnitFill { get; set; }

    public KpiRatio SlaAttainment { get; set; }

    [JsonRequired]
    public DurationSummaryJson OrderCycleTime { get; set; } = null!;

    [JsonRequired]
    public DurationSummaryJson DeliveryLeadTime { get; set; } = null!;
}

/// <summary>JSON of <see cref="KpiGroup"/>.</summary>
internal sealed class KpiGroupJson
{
    [JsonRequired]
    public string Key { get; set; } = null!;

    [JsonRequired]
    public DeliveryKpisJson Kpis { get; set; } = null!;
}

/// <summary>JSON of <see cref="KpiRow"/>.</summary>
internal sealed class KpiRowJson
{
    [JsonRequired]
    public string Group { get; set; } = null!;

    [JsonRequired]
    public string Metric { get; set; } = null!;

    public double? Value { get; set; }

    [JsonRequired]
    public string Unit { get; set; } = null!;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Numerator { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Denominator { get; set; }
}

/// <summary>Maps <see cref="OrderLine"/> to and from <see cref="OrderLineJson"/>.</summary>
internal sealed class OrderLineJsonConverter : DtoJsonConverter<OrderLine, OrderLineJson>
{
    internal static OrderLine ToLine(OrderLineJson dto) => OrderLine.Create(dto.LineId, dto.OrderedQuantity, dto.DeliveredQuantity, dto.DeliveredAt);

    internal static OrderLineJson From(OrderLine value) => new()
    {
        LineId = value.LineId,
        OrderedQuantity = value.OrderedQuantity,
        DeliveredQuantity = value.DeliveredQuantity,
        DeliveredAt = value.DeliveredAt,
    };

    protected override OrderLine FromDto(OrderLineJson dto) => ToLine(dto);

    protected override OrderLineJson ToDto(OrderLine value) => From(value);
}

/// <summary>Maps <see cref="FulfilmentOrder"/> to and from <see cref="FulfilmentOrderJson"/>.</summary>
internal sealed class FulfilmentOrderJsonConverter : DtoJsonConverter<FulfilmentOrder, FulfilmentOrderJson>
{
    protected override FulfilmentOrder FromDto(FulfilmentOrderJson dto) =>
        FulfilmentOrder.Create(dto.Id, dto.OrderedAt, dto.PromisedBy,
            (dto.Lines ?? throw new JsonException($"Order '{dto.Id}': lines must be an array, got null.")).Select((l, i) => OrderLineJsonConverter.ToLine(l ?? throw new JsonException($"Order '{dto.Id}': lines[{i}] is null."))).ToArray(),
            dto.ShippedAt, dto.Damaged ?? false, dto.DocumentsCorrect ?? true, dto.SlaMet, dto.Attributes);

    protected override FulfilmentOrderJson ToDto(FulfilmentOrder value) => new()
    {
        Id = value.Id,
        OrderedAt = value.OrderedAt,
        PromisedBy = value.PromisedBy,
        ShippedAt = value.ShippedAt,
        Lines = value.Lines.Select(OrderLineJsonConverter.From).ToArray(),
        Damaged = value.Damaged ? true : null,
        DocumentsCorrect = value.DocumentsCorrect ? null : false,
        SlaMet = value.SlaMet,
        Attributes = value.Attributes.Count == 0 ? null : value.Attributes.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
    };
}

/// <summary>Maps <see cref="DurationSummary"/> to and from <see cref="DurationSummaryJson"/>.</summary>
internal sealed class DurationSummaryJsonConverter : DtoJsonConverter<DurationSummary, DurationSummaryJson>
{
    internal static DurationSummary ToSummary(DurationSummaryJson dto)
    {
        if (dto is null)
        {
            throw new JsonException("A duration summary is required, got null.");
        }

        bool empty = dto.Mean is null && dto.Median is null && dto.P90 is null && dto.P95 is null;
        bool full = dto.Mean is not null && dto.Median is not null && dto.P90 is not null && dto.P95 is not null;
        if (dto.Count < 0 || (dto.Count == 0 ? !empty : !full))
        {
            throw new ArgumentException($"A duration summary of {dto.Count} value(s) has mean, median, P90 and P95 exactly when the count is positive, and the count is not negative.");
        }

        return new DurationSummary(dto.Count, dto.Mean, dto.Median, dto.P90, dto.P95);
    }

    internal static DurationSummaryJson From(DurationSummary value) =>
        new() { Count = value.Count, Mean = value.Mean, Median = value.Median, P90 = value.P90, P95 = value.P95 };

    protected override DurationSummary FromDto(DurationSummaryJson dto) => ToSummary(dto);

    protected override DurationSummaryJson ToDto(DurationSummary value) => From(value);
}

/// <summary>Maps <see cref="DeliveryKpis"/> to and from <see cref="DeliveryKpisJson"/>.</summary>
internal sealed class DeliveryKpisJsonConverter : DtoJsonConverter<DeliveryKpis, DeliveryKpisJson>
{
    internal static DeliveryKpis ToKpis(DeliveryKpisJson dto)
    {
        if (dto is null)
        {
            throw new JsonException("Delivery KPIs are required, got null.");
        }

        if (dto.Orders < 0 || dto.MeasuredOrders < 0 || dto.MeasuredOrders > dto.Orders)
        {
            throw new ArgumentException($"Delivery KPIs: measured orders ({dto.MeasuredOrders}) should be in range [0, orders ({dto.Orders})].");
        }

        return new DeliveryKpis(dto.Orders, dto.MeasuredOrders, dto.OnTime, dto.InFull, dto.Otif, dto.PerfectOrder, dto.LineFill, dto.UnitFill, dto.SlaAttainment,
            DurationSummaryJsonConverter.ToSummary(dto.OrderCycleTime), DurationSummaryJsonConverter.ToSummary(dto.DeliveryLeadTime));
    }

    internal static DeliveryKpisJson From(DeliveryKpis value) => new()
    {
        Orders = value.Orders,
        MeasuredOrders = value.MeasuredOrders,
        OnTime = value.OnTime,
        InFull = value.InFull,
        Otif = value.Otif,
        PerfectOrder = value.PerfectOrder,
        LineFill = value.LineFill,
        UnitFill = value.UnitFill,
        SlaAttainment = value.SlaAttainment,
        OrderCycleTime = DurationSummaryJsonConverter.From(value.OrderCycleTime),
        DeliveryLeadTime = DurationSummaryJsonConverter.From(value.DeliveryLeadTime),
    };

    protected override DeliveryKpis FromDto(DeliveryKpisJson dto) => ToKpis(dto);

    protected override DeliveryKpisJson ToDto(DeliveryKpis value) => From(value);
}

/// <summary>Maps <see cref="KpiGroup"/> to and from <see cref="KpiGroupJson"/>.</summary>
internal sealed class KpiGroupJsonConverter : DtoJsonConverter<KpiGroup, KpiGroupJson>
{
    protected override KpiGroup FromDto(KpiGroupJson dto) =>
        new(dto.Key ?? throw new JsonException("A KPI group needs a key."), DeliveryKpisJsonConverter.ToKpis(dto.Kpis));

    protected override KpiGroupJson ToDto(KpiGroup value) => new() { Key = value.Key, Kpis = DeliveryKpisJsonConverter.From(value.Kpis) };
}

/// <summary>Maps <see cref="KpiRow"/> to and from <see cref="KpiRowJson"/>.</summary>
internal sealed class KpiRowJsonConverter : DtoJsonConverter<KpiRow, KpiRowJson>
{
    protected override KpiRow FromDto(KpiRowJson dto) =>
        dto.Group is null || dto.Metric is null || dto.Unit is null
            ? throw new JsonException("A KPI row needs a group, a metric and a unit.")
            : new(dto.Group, dto.Metric, dto.Value, dto.Unit, dto.Numerator, dto.Denominator);

    protected override KpiRowJson ToDto(KpiRow value) => new()
    {
        Group = value.Group,
        Metric = value.Metric,
        Value = value.Value,
        Unit = value.Unit,
        Numerator = value.Numerator,
        Denominator = value.Denominator,
    };
}
