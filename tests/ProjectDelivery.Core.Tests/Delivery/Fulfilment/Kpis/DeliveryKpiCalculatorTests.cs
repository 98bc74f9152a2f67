using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using ProjectDelivery.Delivery.Fulfilment.Kpis;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Fulfilment.Kpis;

public sealed class DeliveryKpiCalculatorTests
{
    private static readonly Instant Monday = Instant.FromUtc(2027, 3, 29, 9, 0);

    private static Instant H(double hours) => Monday + Duration.FromMinutes(hours * 60);

    private static FulfilmentOrder Order(string id, string customer, double promisedHours, double? shippedHours, bool damaged, bool? sla, params (double Ordered, double Delivered, double? AtHours)[] lines) =>
        FulfilmentOrder.Create(
            id,
            Monday,
            H(promisedHours),
            lines.Select((l, i) => OrderLine.Create($"L{i + 1}", l.Ordered, l.Delivered, l.AtHours is { } h ? H(h) : null)),
            shippedHours is { } s ? H(s) : null,
            damaged,
            documentsCorrect: true,
            slaMet: sla,
            attributes: new Dictionary<string, string> { ["customer"] = customer });

    /// <summary>Five orders, all ordered Monday 09:00Z, promised 48 hours later unless noted.</summary>
    private static readonly FulfilmentOrder[] Orders =
    {
        // A: on time, in full, perfect; cycle 24h, lead 20h
        Order("A", "acme", 48, 4, false, true, (10, 10, 24), (5, 5, 24)),
        // B: on time, short on one line (8/10) → not in full; cycle 30h
        Order("B", "acme", 48, 6, false, true, (10, 8, 30), (5, 5, 30)),
        // C: late (50h > 48h), in full; cycle 50h
        Order("C", "bolt", 48, 10, false, false, (4, 4, 50)),
        // D: on time, in full, damaged → OTIF but not perfect; cycle 40h, no shipment record
        Order("D", "bolt", 48, null, true, null, (2, 3, 40)),
        // E: nothing delivered
        Order("E", "bolt", 48, null, false, false, (6, 0, null)),
    };

    [Fact]
    public void Compute_HandExample_MatchesHandCounts()
    {
        DeliveryKpis kpis = DeliveryKpiCalculator.Compute(Orders);

        Assert.Equal(5, kpis.Orders);
        Assert.Equal(5, kpis.MeasuredOrders);
        Assert.Equal(new KpiRatio(3, 5), kpis.OnTime);          // A, B, D
        Assert.Equal(new KpiRatio(3, 5), kpis.InFull);          // A, C, D
        Assert.Equal(new KpiRatio(2, 5), kpis.Otif);            // A, D
        Assert.Equal(new KpiRatio(1, 5), kpis.PerfectOrder);    // A
        Assert.Equal(new KpiRatio(5, 7), kpis.LineFill);        // all lines but B/L1 and E/L1
        Assert.Equal(new KpiRatio(10 + 5 + 8 + 5 + 4 + 2, 10 + 5 + 10 + 5 + 4 + 2 + 6), kpis.UnitFill); // D over-delivery capped at 2
        Assert.Equal(new KpiRatio(2, 4), kpis.SlaAttainment);   // A, B met; C, E not; D none
        // cycle times 24, 30, 40, 50 h: mean 36, median 35, R7 P90 = 40 + 0.7·10 = 47, P95 = 40 + 0.85·10 = 48.5
        Assert.Equal(4, kpis.OrderCycleTime.Count);
        Assert.Equal(Duration.FromHours(36), kpis.OrderCycleTime.Mean);
        Assert.Equal(Duration.FromHours(35), kpis.OrderCycleTime.Median);
        Assert.Equal(Duration.FromHours(47), kpis.OrderCycleTime.P90);
        Assert.Equal(Duration.FromMinutes(48.5 * 60), kpis.OrderCycleTime.P95);
        // lead times: A 20h, B 24h, C 40h
        Assert.Equal(3, kpis.DeliveryLeadTime.Count);
        Assert.Equal(Duration.FromHours(28), kpis.DeliveryLeadTime.Mean);
        Assert.Equal(Duration.FromHours(24), kpis.DeliveryLeadTime.Median);
    }

    [Fact]
    public void Compute_Tolerances_WidenOnTimeAndInFull()
    {
        var options = new KpiOptions { LateTolerance = Duration.FromHours(2), InFullTolerance = 0.2 };
        DeliveryKpis kpis = DeliveryKpiCalculator.Compute(Orders, options);

        Assert.Equal(new KpiRatio(4, 5), kpis.OnTime);   // C at exactly 48 + 2 now counts
        Assert.Equal(new KpiRatio(4, 5), kpis.InFull);   // B's 8/10 = 1 − 0.2 now counts
        Assert.Equal(new KpiRatio(4, 5), kpis.Otif);
    }

    [Fact]
    public void Compute_EarlyTolerance_RejectsEarlyDeliveries()
    {
        // first deliveries: A 24h, B 30h, D 40h before a 48h promise; allow 10h early → only D (8h early) stays on time
        DeliveryKpis kpis = DeliveryKpiCalculator.Compute(Orders, new KpiOptions { EarlyTolerance = Duration.FromHours(10) });

        Assert.Equal(new KpiRatio(1, 5), kpis.OnTime);
    }

    [Fact]
    public void Compute_AsOfBeforePromise_LeavesIncompleteOrdersOpen()
    {
        // as of 45h: B and E are short and their promise (48h) is still ahead → open
        DeliveryKpis kpis = DeliveryKpiCalculator.Compute(Orders, new KpiOptions { AsOf = H(45) });

        Assert.Equal(3, kpis.MeasuredOrders);
        Assert.Equal(new KpiRatio(3, 3), kpis.InFull);
        Assert.Equal(new KpiRatio(2, 3), kpis.OnTime);
    }

    [Fact]
    public void Compute_NoOrders_GivesNoValuesNotNaN()
    {
        DeliveryKpis kpis = DeliveryKpiCalculator.Compute(Array.Empty<FulfilmentOrder>());

        Assert.Null(kpis.Otif.Value);
        Assert.Null(kpis.OrderCycleTime.Median);
        Assert.All(kpis.ToRows(), row => Assert.False(row.Value is { } v && double.IsNaN(v)));
    }

    [Fact]
    public void ComputeGrouped_ByCustomer_SplitsOrders()
    {
        IReadOnlyList<KpiGroup> groups = DeliveryKpiCalculator.ComputeGrouped(Orders, KpiGrouping.ByAttribute("customer"));

        Assert.Equal(new[] { "acme", "bolt" }, groups.Select(g => g.Key));
        Assert.Equal(new KpiRatio(1, 2), groups[0].Kpis.Otif);
        Assert.Equal(new KpiRatio(1, 3), groups[1].Kpis.Otif);
        IReadOnlyList<KpiRow> rows = DeliveryKpiCalculator.ToRows(groups);
        KpiRow row = rows.Single(r => r.Group == "bolt" && r.Metric == "otifRate");
        Assert.Equal(1.0 / 3, row.Value);
        Assert.Equal(3, row.Denominator);
        Assert.Equal("ratio", row.Unit);
        Assert.Equal(2 * 17, rows.Count); // 2 counts, 7 ratios, 2 × 4 duration statistics per group
    }

    [Fact]
    public void ByIsoWeek_UsesLocalDateInZone()
    {
        // Sunday 2027-01-03 23:30Z is Monday 2027-01-04 in Berlin: ISO week 2027-W01 there, 2026-W53 in UTC
        FulfilmentOrder order = FulfilmentOrder.Create("W", Instant.FromUtc(2027, 1, 3, 23, 30), Instant.FromUtc(2027, 1, 5, 0, 0), new[] { OrderLine.Create("1", 1, 0, null) });

        Assert.Equal("2027-W01", KpiGrouping.ByIsoWeek(DateTimeZoneProviders.Tzdb["Europe/Berlin"])(order));
        Assert.Equal("2026-W53", KpiGrouping.ByIsoWeek(DateTimeZone.Utc)(order));
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(double.NaN, 1.0)]
    [InlineData(1.0, -1.0)]
    [InlineData(1.0, double.PositiveInfinity)]
    public void OrderLine_InvalidQuantities_Throw(double ordered, double delivered)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderLine.Create("L", ordered, delivered, Monday));
    }

    [Fact]
    public void FulfilmentOrder_InconsistentInstants_ThrowNamingTheOrder()
    {
        OrderLine line = OrderLine.Create("L1", 1, 1, H(-1));
        ArgumentException ex = Assert.Throws<ArgumentException>(() => FulfilmentOrder.Create("X-9", Monday, H(48), new[] { line }));
        Assert.Contains("X-9", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => FulfilmentOrder.Create("X-9", Monday, H(-1), new[] { OrderLine.Create("L1", 1, 0, null) }));
        Assert.Throws<ArgumentException>(() => DeliveryKpiCalculator.Compute(Orders, new KpiOptions { InFullTolerance = 1.0 }));
    }

    [Fact]
    public void DurationSummary_RandomSamples_MatchR7Oracle()
    {
        Gen.Int[1, 10_000].Array[1, 60].Sample(minutes =>
        {
            FulfilmentOrder[] orders = minutes.Select((m, i) => FulfilmentOrder.Create(
                $"O{i}", Monday, H(1000), new[] { OrderLine.Create("L", 1, 1, Monday + Duration.FromMinutes(m)) })).ToArray();
            DurationSummary summary = DeliveryKpiCalculator.Compute(orders).OrderCycleTime;
            double[] sorted = minutes.Select(m => m * 60.0).OrderBy(x => x).ToArray();
            return Close(summary.Mean!.Value, sorted.Average())
                && Close(summary.Median!.Value, R7(sorted, 0.5))
                && Close(summary.P90!.Value, R7(sorted, 0.9))
                && Close(summary.P95!.Value, R7(sorted, 0.95));
        }, iter: 500);

        static bool Close(Duration d, double seconds) => Math.Abs(d.TotalSeconds - seconds) < 1e-3;
    }

    [Fact]
    public void ComputeGrouped_RandomOrders_GroupsAddUpAndOtifBoundedByParts()
    {
        Gen<FulfilmentOrder> order = Gen.Select(Gen.Int[0, 3], Gen.Int[1, 10], Gen.Int[0, 12], Gen.Int[0, 100], Gen.Bool)
            .Select((customer, ordered, delivered, at, damaged) => FulfilmentOrder.Create(
                Guid.NewGuid().ToString(), Monday, H(48),
                new[] { OrderLine.Create("L", ordered, delivered, delivered > 0 ? H(at) : null) },
                damaged: damaged,
                attributes: new Dictionary<string, string> { ["customer"] = "c" + customer }));
        order.Array[0, 80].Sample(orders =>
        {
            DeliveryKpis all = DeliveryKpiCalculator.Compute(orders);
            IReadOnlyList<KpiGroup> groups = DeliveryKpiCalculator.ComputeGrouped(orders, KpiGrouping.ByAttribute("customer"));
            return groups.Sum(g => g.Kpis.Orders) == orders.Length
                && groups.Sum(g => g.Kpis.Otif.Numerator) == all.Otif.Numerator
                && all.Otif.Numerator <= Math.Min(all.OnTime.Numerator, all.InFull.Numerator)
                && all.PerfectOrder.Numerator <= all.Otif.Numerator;
        }, iter: 300);
    }

    /// <summary>Hyndman–Fan type 7, written out independently of Math.NET.</summary>
    private static double R7(double[] sorted, double p)
    {
        double h = ((sorted.Length - 1) * p) + 1;
        int lo = (int)Math.Floor(h);
        return lo >= sorted.Length ? sorted[sorted.Length - 1] : sorted[lo - 1] + ((h - lo) * (sorted[lo] - sorted[lo - 1]));
    }
}
