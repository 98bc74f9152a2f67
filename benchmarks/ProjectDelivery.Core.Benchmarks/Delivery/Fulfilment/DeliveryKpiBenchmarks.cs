using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using ProjectDelivery.Delivery.Fulfilment.Kpis;

namespace ProjectDelivery.Benchmarks.Delivery.Fulfilment;

/// <summary>
/// Delivery KPIs over many orders (1–3 lines each, 85% on time, 90% in full): overall, and grouped by
/// customer (50 customers) and by ISO week. The baseline is overall KPIs.
/// </summary>
[MemoryDiagnoser]
public class DeliveryKpiBenchmarks
{
    private FulfilmentOrder[] _orders = Array.Empty<FulfilmentOrder>();
    private Func<FulfilmentOrder, string> _byCustomer = null!;
    private Func<FulfilmentOrder, string> _byWeek = null!;

    /// <summary>Number of orders.</summary>
    [Params(10_000, 100_000)]
    public int Orders { get; set; }

    /// <summary>Builds the orders.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(6);
        Instant yearStart = Instant.FromUtc(2027, 1, 1, 0, 0);
        _orders = new FulfilmentOrder[Orders];
        for (int i = 0; i < Orders; i++)
        {
            Instant ordered = yearStart + Duration.FromMinutes(random.Next(360 * 24 * 60));
            Instant promised = ordered + Duration.FromHours(48);
            Instant shipped = ordered + Duration.FromHours(random.Next(2, 24));
            int lineCount = random.Next(1, 4);
            var lines = new OrderLine[lineCount];
            for (int l = 0; l < lineCount; l++)
            {
                double quantity = random.Next(1, 20);
                double delivered = random.NextDouble() < 0.9 ? quantity : Math.Floor(quantity / 2);
                Instant at = random.NextDouble() < 0.85 ? shipped + Duration.FromHours(random.Next(1, 24)) : promised + Duration.FromHours(random.Next(1, 48));
                lines[l] = OrderLine.Create("L" + l, quantity, delivered, delivered > 0 ? at : null);
            }

            _orders[i] = FulfilmentOrder.Create(
                "O" + i, ordered, promised, lines, shipped, random.NextDouble() < 0.02, true, random.NextDouble() < 0.95,
                new Dictionary<string, string> { ["customer"] = "C" + random.Next(50) });
        }

        _byCustomer = KpiGrouping.ByAttribute("customer");
        _byWeek = KpiGrouping.ByIsoWeek(DateTimeZoneProviders.Tzdb["Europe/London"]);
    }

    /// <summary>Overall KPIs.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ci")]
    public double Overall() => DeliveryKpiCalculator.Compute(_orders).Otif.Value ?? 0;

    /// <summary>KPIs per customer.</summary>
    [Benchmark]
    public int ByCustomer() => DeliveryKpiCalculator.ComputeGrouped(_orders, _byCustomer).Count;

    /// <summary>KPIs per ISO week (London dates).</summary>
    [Benchmark]
    public int ByWeek() => DeliveryKpiCalculator.ComputeGrouped(_orders, _byWeek).Count;
}
