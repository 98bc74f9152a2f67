using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.Kpis;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using ProjectDelivery.Reporting;

namespace ProjectDelivery.Tests.LinqPadSamples;

/// <summary>The C# twin of linqpad-samples/Fulfilment/SlaAndKpis.linq: <see cref="LinqPadSampleTests"/> checks that both say the same and runs this one.</summary>
internal sealed class SlaAndKpisSample
{
    // linqpad-sample-begin
    // An 8-business-hour SLA clock read for three tickets, then delivery KPIs of three orders.
    // SlaStatusRow and DeliveryKpis.ToDump() give flat tables.
    void Main()
    {
        SlaClock clock = SlaClock.Create(WorkingCalendar.Standard, Duration.FromHours(8));
        Instant monday9 = Instant.FromUtc(2027, 3, 1, 9, 0);
        var ids = new[] { "T-1", "T-2", "T-3" };
        SlaEventLog log = SlaEventLog.Create(new[]
        {
            new[] { SlaEvent.Start(monday9), SlaEvent.Stop(monday9.Plus(Duration.FromHours(3))) },
            new[] { SlaEvent.Start(monday9), SlaEvent.Pause(monday9.Plus(Duration.FromHours(1))) },
            new[] { SlaEvent.Start(monday9) },
        });
        Instant asOf = Instant.FromUtc(2027, 3, 2, 12, 0);
        SlaStatusRow.From(ids, clock.EvaluateMany(log, asOf), "resolution").Dump("SLA clocks on Tuesday at noon");

        Instant promised = Instant.FromUtc(2027, 3, 5, 17, 0);
        var orders = new[]
        {
            FulfilmentOrder.Create("O-1", monday9, promised, new[] { OrderLine.Create("1", 10, 10, promised.Minus(Duration.FromHours(5))) }),
            FulfilmentOrder.Create("O-2", monday9, promised, new[] { OrderLine.Create("1", 10, 8, promised.Minus(Duration.FromHours(5))) }),
            FulfilmentOrder.Create("O-3", monday9, promised, new[] { OrderLine.Create("1", 5, 5, promised.Plus(Duration.FromDays(1))) }),
        };
        DeliveryKpiCalculator.Compute(orders).Dump("Delivery KPIs");
    }
    // linqpad-sample-end
}
