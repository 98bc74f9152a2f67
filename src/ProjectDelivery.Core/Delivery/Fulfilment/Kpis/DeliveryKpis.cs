using System.Collections.Generic;
using NodaTime;

namespace ProjectDelivery.Delivery.Fulfilment.Kpis;

/// <summary>Delivery KPIs of a set of orders; see <see cref="DeliveryKpiCalculator"/> for the definitions.</summary>
/// <remarks>Immutable.</remarks>
public sealed class DeliveryKpis
{
    internal DeliveryKpis(int orders, int measured, KpiRatio onTime, KpiRatio inFull, KpiRatio otif, KpiRatio perfect, KpiRatio lineFill, KpiRatio unitFill, KpiRatio sla, DurationSummary cycle, DurationSummary lead)
    {
        Orders = orders;
        MeasuredOrders = measured;
        OnTime = onTime;
        InFull = inFull;
        Otif = otif;
        PerfectOrder = perfect;
        LineFill = lineFill;
        UnitFill = unitFill;
        SlaAttainment = sla;
        OrderCycleTime = cycle;
        DeliveryLeadTime = lead;
    }

    /// <summary>Orders given.</summary>
    public int Orders { get; }

    /// <summary>Orders measured (all but the open ones when <see cref="KpiOptions.AsOf"/> is set).</summary>
    public int MeasuredOrders { get; }

    /// <summary>On-time rate: measured orders delivered inside the on-time window.</summary>
    public KpiRatio OnTime { get; }

    /// <summary>In-full rate: measured orders whose every line is in full.</summary>
    public KpiRatio InFull { get; }

    /// <summary>OTIF: measured orders both on time and in full.</summary>
    public KpiRatio Otif { get; }

    /// <summary>Perfect order rate: OTIF, undamaged and with correct documents.</summary>
    public KpiRatio PerfectOrder { get; }

    /// <summary>Line fill rate: lines in full over lines of measured orders.</summary>
    public KpiRatio LineFill { get; }

    /// <summary>Unit fill rate: Σ min(delivered, ordered) over Σ ordered, measured orders.</summary>
    public KpiRatio UnitFill { get; }

    /// <summary>SLA attainment: measured orders whose SLA was met over those with an SLA outcome.</summary>
    public KpiRatio SlaAttainment { get; }

    /// <summary>Order cycle time: last delivery − order, over measured orders with a delivery.</summary>
    public DurationSummary OrderCycleTime { get; }

    /// <summary>Delivery lead time: last delivery − shipment, over measured orders with both.</summary>
    public DurationSummary DeliveryLeadTime { get; }

    /// <summary>The <see cref="ToRows"/> rows, so that LINQPad (which calls <c>ToDump</c> by convention) shows the KPIs as a table.</summary>
    /// <returns>An <see cref="IReadOnlyList{T}"/> of <see cref="KpiRow"/>.</returns>
    public object ToDump() => ToRows();

    /// <summary>The KPIs as flat rows under one group key.</summary>
    /// <param name="group">The group key for every row.</param>
    /// <returns>One row per metric, in a fixed order.</returns>
    public IReadOnlyList<KpiRow> ToRows(string group = "all")
    {
        var rows = new List<KpiRow>(24)
        {
            new(group, "orders", Orders, "count"),
            new(group, "measuredOrders", MeasuredOrders, "count"),
        };
        Add(rows, group, "onTimeRate", OnTime);
        Add(rows, group, "inFullRate", InFull);
        Add(rows, group, "otifRate", Otif);
        Add(rows, group, "perfectOrderRate", PerfectOrder);
        Add(rows, group, "lineFillRate", LineFill);
        Add(rows, group, "unitFillRate", UnitFill);
        Add(rows, group, "slaAttainmentRate", SlaAttainment);
        Add(rows, group, "orderCycleTime", OrderCycleTime);
        Add(rows, group, "deliveryLeadTime", DeliveryLeadTime);
        return rows;
    }

    private static void Add(List<KpiRow> rows, string group, string metric, KpiRatio ratio) =>
        rows.Add(new KpiRow(group, metric, ratio.Value, "ratio", ratio.Numerator, ratio.Denominator));

    private static void Add(List<KpiRow> rows, string group, string metric, DurationSummary summary)
    {
        rows.Add(new KpiRow(group, metric + ".mean", Hours(summary.Mean), "hours", null, summary.Count));
        rows.Add(new KpiRow(group, metric + ".median", Hours(summary.Median), "hours", null, summary.Count));
        rows.Add(new KpiRow(group, metric + ".p90", Hours(summary.P90), "hours", null, summary.Count));
        rows.Add(new KpiRow(group, metric + ".p95", Hours(summary.P95), "hours", null, summary.Count));
    }

    private static double? Hours(Duration? d) => d?.TotalHours;
}
