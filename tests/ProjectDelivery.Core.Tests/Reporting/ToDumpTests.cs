using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ProjectDelivery.Delivery.Fulfilment.Kpis;
using ProjectDelivery.Planning.EarnedValue;
using ProjectDelivery.Planning.Risk;
using Xunit;

namespace ProjectDelivery.Tests.Reporting;

/// <summary>The ToDump convention methods (LINQPad calls them) return the same rows as the area's row methods.</summary>
public sealed class ToDumpTests
{
    [Fact]
    public void ToDump_EarnedValueReport_ReturnsTheRows()
    {
        var project = EarnedValueProject.Create(ReportingCalendar.Monthly(new LocalDate(2027, 1, 1), 3),
            new[] { ControlAccount.Create("A", 300, new double[] { 100, 100, 100 }, new double[] { 90, 120 }, new double[] { 100, 100 }) }, 2);
        EarnedValueReport report = EarnedValueAnalysis.Analyse(project);
        var rows = Assert.IsAssignableFrom<IReadOnlyList<EarnedValueRow>>(report.ToDump());
        Assert.Equal(report.Rows().Select(r => (r.NodeId, r.PeriodNumber, r.Ev, r.Cpi)), rows.Select(r => (r.NodeId, r.PeriodNumber, r.Ev, r.Cpi)));
        Assert.Equal(new DateTime(2027, 2, 1), rows[1].PeriodStartDate);
        Assert.Equal(new DateTime(2027, 2, 28), rows[1].PeriodEndDate);
        Assert.Equal(rows[1].ForecastFinish?.ToDateTimeUnspecified(), rows[1].ForecastFinishDate);
    }

    [Fact]
    public void ToDump_RiskRegister_ReturnsTheListing()
    {
        var scoring = RiskScoringModel.FivePoint(new[] { 1.0, 2, 3, 4 }, new[] { 1.0, 2, 3, 4 });
        RiskRegister register = RiskRegister.Create(new[]
        {
            ProjectRisk.Create("R1", "One", RiskKind.Threat, RiskAssessment.Create(0.2, 1.5, 0), new LocalDate(2027, 1, 1)),
            ProjectRisk.Create("R2", "Two", RiskKind.Threat, RiskAssessment.Create(0.8, 3.5, 0), new LocalDate(2027, 1, 1)),
        }, scoring);
        var rows = Assert.IsAssignableFrom<IReadOnlyList<RiskListingRow>>(register.ToDump());
        Assert.Equal(register.Listing().Select(r => r.Id), rows.Select(r => r.Id));
        Assert.Equal("R2", rows[0].Id);
        Assert.All(rows, r => Assert.Equal((r.InherentRating.Score, r.InherentRating.Zone.ToString()), (r.InherentScore, r.InherentZone)));
        Assert.All(rows, r => Assert.Equal((r.ResidualRating.Score, r.ResidualRating.Zone.ToString()), (r.ResidualScore, r.ResidualZone)));
        Assert.Equal("Red", rows[0].InherentZone); // P5 (0.8) × I4 (3.5 on 1-2-3-4 thresholds): 0.9 × 0.4 = 0.36
        Assert.Null(rows[0].ReviewDateValue);
    }

    [Fact]
    public void ToDump_DeliveryKpis_ReturnsTheRows()
    {
        Instant t = Instant.FromUtc(2027, 3, 1, 9, 0);
        DeliveryKpis kpis = DeliveryKpiCalculator.Compute(new[] { FulfilmentOrder.Create("O", t, t.Plus(Duration.FromDays(1)), new[] { OrderLine.Create("1", 1, 1, t.Plus(Duration.FromHours(1))) }) });
        var rows = Assert.IsAssignableFrom<IReadOnlyList<KpiRow>>(kpis.ToDump());
        Assert.Equal(kpis.ToRows().Select(r => r.ToString()), rows.Select(r => r.ToString()));
        Assert.Equal(1.0, rows.Single(r => r.Metric == "otifRate").Value);
    }
}
