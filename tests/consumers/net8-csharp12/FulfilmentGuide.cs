// docs/getting-started/fulfilment.md, word for word (ConsumerProgramTests checks it): prints what the page's Output block shows.
using System;
using System.Collections.Generic;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.Kpis;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using ProjectDelivery.Reporting;

internal static class FulfilmentGuide
{
    public static void Run()
    {
WorkingCalendar office = WorkingCalendar.Standard; // Mon-Fri 08:00-12:00, 13:00-17:00, UTC
SlaClock clock = SlaClock.Create(office, Duration.FromHours(8), warningFraction: 0.75);
Instant opened = Instant.FromUtc(2027, 3, 1, 9, 0);  // Monday 09:00
SlaStatus status = clock.Evaluate(new[] { SlaEvent.Start(opened) }, Instant.FromUtc(2027, 3, 1, 16, 0));
Console.WriteLine($"{status.State}{(status.IsAtRisk ? ", at risk" : "")}: {status.Elapsed.TotalHours} of 8 business hours used, breach at {status.BreachAt}");
SlaStatusRow row = new SlaStatusRow("T-1", "resolution", status); // flat row for a report

Instant promised = Instant.FromUtc(2027, 3, 5, 17, 0);
var orders = new[]
{
    FulfilmentOrder.Create("O-1", opened, promised, new[] { OrderLine.Create("1", 10, 10, promised.Minus(Duration.FromHours(5))) }),
    FulfilmentOrder.Create("O-2", opened, promised, new[] { OrderLine.Create("1", 10, 8, promised.Minus(Duration.FromHours(5))) }),
    FulfilmentOrder.Create("O-3", opened, promised, new[] { OrderLine.Create("1", 5, 5, promised.Plus(Duration.FromDays(1))) }),
};
DeliveryKpis kpis = DeliveryKpiCalculator.Compute(orders);
Console.WriteLine($"OTIF {kpis.Otif.Value:0.###}");  // 1 of 3 orders on time and in full
IReadOnlyList<KpiRow> kpiRows = kpis.ToRows();      // group, metric, value, unit rows
Console.WriteLine($"{kpiRows.Count} KPI rows");
    }
}
