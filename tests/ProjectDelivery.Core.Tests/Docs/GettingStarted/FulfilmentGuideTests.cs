using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.Kpis;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using ProjectDelivery.Reporting;
using Xunit;

namespace ProjectDelivery.Tests.Docs.GettingStarted;

/// <summary>Runs the code of docs/getting-started/fulfilment.md word for word (<see cref="GettingStartedGuideTests"/> checks they match).</summary>
public sealed class FulfilmentGuideTests
{
    [Fact]
    public void Guide_Code_RunsAndGivesTheDocumentedResults()
    {
        // guide-begin
        WorkingCalendar office = WorkingCalendar.Standard; // Mon-Fri 08:00-12:00, 13:00-17:00, UTC
        SlaClock clock = SlaClock.Create(office, Duration.FromHours(8), warningFraction: 0.75);
        Instant opened = Instant.FromUtc(2027, 3, 1, 9, 0);  // Monday 09:00
        SlaStatus status = clock.Evaluate(new[] { SlaEvent.Start(opened) }, Instant.FromUtc(2027, 3, 1, 16, 0));
        // Running and at risk: 6 of 8 business hours used; breach at Tuesday 09:00
        SlaStatusRow row = new SlaStatusRow("T-1", "resolution", status); // flat row for a report

        Instant promised = Instant.FromUtc(2027, 3, 5, 17, 0);
        var orders = new[]
        {
            FulfilmentOrder.Create("O-1", opened, promised, new[] { OrderLine.Create("1", 10, 10, promised.Minus(Duration.FromHours(5))) }),
            FulfilmentOrder.Create("O-2", opened, promised, new[] { OrderLine.Create("1", 10, 8, promised.Minus(Duration.FromHours(5))) }),
            FulfilmentOrder.Create("O-3", opened, promised, new[] { OrderLine.Create("1", 5, 5, promised.Plus(Duration.FromDays(1))) }),
        };
        DeliveryKpis kpis = DeliveryKpiCalculator.Compute(orders);
        double? otif = kpis.Otif.Value;                    // 1 of 3 orders on time and in full
        IReadOnlyList<KpiRow> kpiRows = kpis.ToRows();    // group, metric, value, unit rows
        // guide-end

        Assert.Equal(SlaState.Running, status.State);
        Assert.True(status.IsAtRisk);
        Assert.Equal(6.0, row.ElapsedHours, 9);
        Assert.Equal(new DateTime(2027, 3, 2, 9, 0, 0, DateTimeKind.Utc), row.BreachAtUtc);
        Assert.Equal(1.0 / 3.0, otif!.Value, 12);
        Assert.Contains(kpiRows, r => r.Metric == "otifRate");
    }
}
