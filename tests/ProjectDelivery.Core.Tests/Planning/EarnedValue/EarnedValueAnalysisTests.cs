using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using ProjectDelivery.Planning.EarnedValue;
using Xunit;

namespace ProjectDelivery.Tests.Planning.EarnedValue;

public sealed class EarnedValueAnalysisTests
{
    private static readonly ReportingCalendar Months = ReportingCalendar.Monthly(new LocalDate(2027, 1, 1), 4);

    private static EarnedValueProject Wbs() => EarnedValueProject.Create(Months, new[]
    {
        ControlAccount.Create("1.1", 300, new double[] { 100, 200 }, new double[] { 80, 150 }, new double[] { 90, 170 }, parentId: "1", name: "Design", bottomUpEstimateToComplete: 60),
        ControlAccount.Create("1.2", 200, new double[] { 0, 50, 150 }, new double[] { 0, 60 }, new double[] { 0, 50 }, parentId: "1", bottomUpEstimateToComplete: 150),
        ControlAccount.Create("2", 500, new double[] { 0, 0, 200, 300 }, new double[] { 0, 0 }, new double[] { 0, 0 }),
    }, 2, new[] { new WbsElement("1", null, "Engineering") });

    [Fact]
    public void Analyse_Wbs_RollsUpSumsAndRecomputesIndices()
    {
        EarnedValueReport r = EarnedValueAnalysis.Analyse(Wbs());
        EarnedValueMetrics e = r.Node("1").Status;
        Assert.Equal(500, e.BudgetAtCompletion);
        Assert.Equal(350, e.PlannedValue);
        Assert.Equal(290, e.EarnedValue);
        Assert.Equal(310, e.ActualCost);
        Assert.Equal(290.0 / 310, e.CostPerformanceIndex!.Value, 1e-9);
        Assert.Equal(210, r.Node("1").BottomUpEstimateToComplete);
        Assert.Null(r.Total.BottomUpEstimateToComplete);
        EarnedValueMetrics t = r.Total.Status;
        Assert.Equal(1000, t.BudgetAtCompletion);
        Assert.Equal(350, t.PlannedValue);
        Assert.Equal(4, r.Total.PlannedDuration);
        Assert.Equal(2, r.Node("1.1").PlannedDuration);
        Assert.Equal(3, r.Node("1").PlannedDuration);
        Assert.Equal(new[] { "TOTAL", "1", "1.1", "1.2", "2" }, r.Nodes.Select(n => n.Id));
        Assert.Equal(new[] { 0, 1, 2, 2, 1 }, r.Nodes.Select(n => n.Level));
        Assert.Equal(new LocalDate(2027, 2, 28), r.StatusDate);
    }

    [Fact]
    public void Analyse_AccountNotStartedAndNotPlannedToBe_IsOnScheduleByEarnedSchedule()
    {
        EarnedValueMetrics m = EarnedValueAnalysis.Analyse(Wbs()).Node("2").Status;
        Assert.Equal(2, m.EarnedSchedule);
        Assert.Equal(0, m.ScheduleVarianceTime);
        Assert.Null(m.SchedulePerformanceIndex);
    }

    [Fact]
    public void Rows_Wbs_OneRowPerNodeAndPeriodWithPlainValues()
    {
        List<EarnedValueRow> rows = EarnedValueAnalysis.Analyse(Wbs()).Rows().ToList();
        Assert.Equal(5 * 2, rows.Count);
        EarnedValueRow row = rows.Single(x => x.NodeId == "1.1" && x.PeriodNumber == 2);
        Assert.Equal("ControlAccount", row.NodeKind);
        Assert.Equal("1", row.ParentId);
        Assert.True(row.IsStatusPeriod);
        Assert.Equal(300, row.Pv);
        Assert.Equal(150, row.EvPeriod);
        Assert.Equal(230.0 / 260, row.Cpi!.Value, 1e-9);
        Assert.Equal("Red", row.CpiStatus);
        Assert.Equal(new LocalDate(2027, 2, 1), row.PeriodStart);
    }

    [Fact]
    public void SCurve_Total_HasCumulativeSeriesAndProjectionToEac()
    {
        EarnedValueReport r = SingleAccountProject.Analyse(1000, new double[] { 100, 250, 450, 200 }, new double[] { 80, 200, 380 }, new double[] { 90, 240, 430 });
        SCurve curve = r.Total.SCurve();
        Assert.Equal(new double[] { 0, 100, 350, 800, 1000, 1000 }, curve.Points.Select(p => p.PlannedValue));
        Assert.Equal(new double?[] { 0, 80, 280, 660, null, null }, curve.Points.Select(p => p.EarnedValue));
        Assert.Null(curve.Points[2].Projection);
        Assert.Equal(760, curve.Points[3].Projection);
        Assert.Equal(r.Total.Status.EstimateAtCompletion, curve.Points[5].Projection);
        Assert.Equal(r.Total.Status.IndependentEstimateAtCompletionTime!.Value, curve.CompletionTime, 1e-9);
        Assert.Equal(new LocalDate(2027, 5, 14), curve.CompletionDate);
        double expectedAt4 = 760 + ((curve.EstimateAtCompletion!.Value - 760) / (curve.CompletionTime - 3));
        Assert.Equal(expectedAt4, curve.Points[4].Projection!.Value, 1e-9);
    }

    [Fact]
    public void Create_AccountReportingWrongNumberOfPeriods_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => EarnedValueProject.Create(Months,
            new[] { ControlAccount.Create("X", 10, new double[] { 10 }, new double[] { 1 }, new double[] { 1 }) }, 2));
        Assert.Contains("'X'", ex.Message);
    }

    [Fact]
    public void Create_UnknownParentOrDuplicateOrCycle_ThrowsNamingIt()
    {
        ControlAccount a = ControlAccount.Create("A", 10, new double[] { 10 }, new double[] { 1 }, new double[] { 1 }, parentId: "nope");
        Assert.Contains("'nope'", Assert.Throws<ArgumentException>(() => EarnedValueProject.Create(Months, new[] { a }, 1)).Message);
        ControlAccount b = ControlAccount.Create("B", 10, new double[] { 10 }, new double[] { 1 }, new double[] { 1 });
        Assert.Contains("'B'", Assert.Throws<ArgumentException>(() => EarnedValueProject.Create(Months, new[] { b, b }, 1)).Message);
        Assert.Contains("cycle", Assert.Throws<ArgumentException>(() =>
            EarnedValueProject.Create(Months, new[] { b }, 1, new[] { new WbsElement("P", "Q"), new WbsElement("Q", "P") })).Message);
    }

    [Fact]
    public void Create_NegativeOrNaNAmount_ThrowsNamingAccountAndPeriod()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ControlAccount.Create("C", 10, new double[] { 5, double.NaN }, new double[0], new double[0]));
        Assert.Contains("'C'", ex.Message);
        Assert.Contains("period 1", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => ControlAccount.Create("C", -1, new double[0], new double[0], new double[0]));
    }

    [Fact]
    public void Analyse_EmptyProjectBeforeFirstPeriod_GivesZerosAndUndefinedRatios()
    {
        EarnedValueReport r = EarnedValueAnalysis.Analyse(EarnedValueProject.Create(Months, Array.Empty<ControlAccount>(), 0));
        EarnedValueMetrics m = r.Total.Status;
        Assert.Equal(0, m.PeriodNumber);
        Assert.Equal(new LocalDate(2026, 12, 31), m.Date);
        Assert.Equal(0, m.BudgetAtCompletion);
        Assert.Null(m.CostPerformanceIndex);
        Assert.Null(m.EarnedSchedule);
        Assert.Null(m.SchedulePerformanceIndexTime);
        Assert.Empty(r.Rows());
        Assert.Empty(r.Total.PeriodMetrics());
        Assert.Equal(5, r.Total.SCurve().Points.Count);
    }

    [Fact]
    public void MetricsAt_PeriodZeroOfPlannedProject_EarnedScheduleZeroAndSpiTimeUndefined()
    {
        EarnedValueReport r = SingleAccountProject.Analyse(100, new double[] { 50, 50 }, new double[] { 10 }, new double[] { 10 });
        EarnedValueMetrics m = r.Total.MetricsAt(0);
        Assert.Equal(0, m.EarnedSchedule);
        Assert.Null(m.SchedulePerformanceIndexTime);
        Assert.Null(m.ForecastFinish);
        Assert.Throws<ArgumentOutOfRangeException>(() => r.Total.MetricsAt(2));
        Assert.Throws<KeyNotFoundException>(() => r.Node("missing"));
    }

    [Fact]
    public void Analyse_RandomWbs_EveryNodeEqualsBruteForceSumOfItsAccounts()
    {
        Gen.Select(Gen.Int[0, 12], Gen.Int[1, 25], Gen.Int[0, int.MaxValue]).Sample((elementCount, accountCount, seed) =>
        {
            var random = new Random(seed);
            var elements = new List<WbsElement>();
            for (int e = 0; e < elementCount; e++)
            {
                string? parent = e == 0 || random.Next(3) == 0 ? null : $"E{random.Next(e)}";
                elements.Add(new WbsElement($"E{e}", parent));
            }

            var accounts = new List<ControlAccount>();
            for (int a = 0; a < accountCount; a++)
            {
                double[] pv = Enumerable.Range(0, 4).Select(_ => (double)random.Next(0, 100)).ToArray();
                double[] ev = Enumerable.Range(0, 3).Select(_ => (double)random.Next(0, 100)).ToArray();
                double[] ac = Enumerable.Range(0, 3).Select(_ => (double)random.Next(0, 100)).ToArray();
                string? parent = elementCount == 0 || random.Next(4) == 0 ? null : $"E{random.Next(elementCount)}";
                accounts.Add(ControlAccount.Create($"A{a}", pv.Sum(), pv, ev, ac, parent, bottomUpEstimateToComplete: random.Next(2) == 0 ? null : 10));
            }

            EarnedValueReport r = EarnedValueAnalysis.Analyse(EarnedValueProject.Create(Months, accounts, 3, elements));
            var parentOf = elements.ToDictionary(e => e.Id, e => e.ParentId);
            bool Under(ControlAccount account, string nodeId)
            {
                if (nodeId == EarnedValueProject.TotalId || account.Id == nodeId)
                {
                    return true;
                }

                for (string? p = account.ParentId; p is not null; p = parentOf[p])
                {
                    if (p == nodeId)
                    {
                        return true;
                    }
                }

                return false;
            }

            Assert.Equal(1 + elementCount + accountCount, r.Nodes.Count);
            foreach (EarnedValueNode node in r.Nodes)
            {
                List<ControlAccount> under = accounts.Where(a => Under(a, node.Id)).ToList();
                EarnedValueMetrics m = node.Status;
                Assert.Equal(under.Sum(a => a.BudgetAtCompletion), m.BudgetAtCompletion);
                Assert.Equal(under.Sum(a => a.PlannedValue.Take(3).Sum()), m.PlannedValue);
                Assert.Equal(under.Sum(a => a.EarnedValue.Sum()), m.EarnedValue);
                Assert.Equal(under.Sum(a => a.ActualCost.Sum()), m.ActualCost);
                Assert.Equal(under.All(a => a.BottomUpEstimateToComplete is not null) ? under.Sum(a => a.BottomUpEstimateToComplete ?? 0) : null, node.BottomUpEstimateToComplete);
                Assert.Equal(node.ParentId is null ? 0 : r.Node(node.ParentId).Level + 1, node.Level);
            }
        }, iter: 500);
    }

    // The code sample of docs/earned-value.md ("Model"), run as written.
    [Fact]
    public void Analyse_GuideCodeSample_RunsAndMatchesTheWorkedExampleCosts()
    {
        var calendar = ReportingCalendar.Monthly(new LocalDate(2027, 1, 1), 4);
        double[] pv = PlannedValueSpreading.SpreadAll(calendar, new[]
        {
            new ActivityBudget("Design", new LocalDate(2027, 1, 1), new LocalDate(2027, 2, 28), 400, SpreadingRule.FrontLoaded),
            new ActivityBudget("Build",  new LocalDate(2027, 2, 1), new LocalDate(2027, 4, 30), 600),
        });
        double[] ev = EarningTechniques.PercentComplete(1000, new double[] { 8, 28, 66 });
        var account = ControlAccount.Create("CA-1", 1000, pv, ev, new double[] { 90, 240, 430 });
        var project = EarnedValueProject.Create(calendar, new[] { account }, statusPeriodCount: 3);
        EarnedValueReport report = EarnedValueAnalysis.Analyse(project);
        EarnedValueMetrics status = report.Total.Status;

        Assert.Equal(1000, pv.Sum(), 1e-9);
        Assert.Equal(660, status.EarnedValue, 1e-9);
        Assert.Equal(660.0 / 760, status.CostPerformanceIndex!.Value, 1e-12);
        Assert.Equal(4, report.Total.PlannedDuration);
        Assert.NotNull(status.ForecastFinish);
    }

    private static readonly Gen<(double[] Pv, double[] Ev, double[] Ac)> Series =
        Gen.Int[1, 12].SelectMany(n => Gen.Select(Gen.Double[0, 100].Array[n], Gen.Int[0, n].SelectMany(s => Gen.Select(Gen.Double[0, 100].Array[s], Gen.Double[0, 100].Array[s]))))
           .Select((pv, evac) => (pv, evac.Item1, evac.Item2));

    [Fact]
    public void PeriodMetrics_RandomData_CumulativeSeriesAreMonotoneAndRollUpIsTheSumOfAccounts()
    {
        Gen.Select(Series, Series).Sample((x, y) =>
        {
            int periods = Math.Max(x.Pv.Length, y.Pv.Length);
            int status = Math.Min(x.Ev.Length, y.Ev.Length);
            ReportingCalendar calendar = ReportingCalendar.Weekly(new LocalDate(2027, 1, 4), periods);
            var a = ControlAccount.Create("a", x.Pv.Sum(), x.Pv, x.Ev.Take(status), x.Ac.Take(status));
            var b = ControlAccount.Create("b", y.Pv.Sum(), y.Pv, y.Ev.Take(status), y.Ac.Take(status));
            EarnedValueReport r = EarnedValueAnalysis.Analyse(EarnedValueProject.Create(calendar, new[] { a, b }, status));
            IReadOnlyList<EarnedValueMetrics> total = r.Total.PeriodMetrics();
            for (int k = 0; k < status; k++)
            {
                EarnedValueMetrics m = total[k];
                if (k > 0)
                {
                    Assert.True(m.PlannedValue >= total[k - 1].PlannedValue);
                    Assert.True(m.EarnedValue >= total[k - 1].EarnedValue);
                    Assert.True(m.ActualCost >= total[k - 1].ActualCost);
                }

                Assert.Equal(x.Ev.Take(k + 1).Sum() + y.Ev.Take(k + 1).Sum(), m.EarnedValue, 1e-9);
                Assert.Equal(r.Node("a").MetricsAt(k + 1).ActualCost + r.Node("b").MetricsAt(k + 1).ActualCost, m.ActualCost, 1e-9);
                Assert.Equal(m.EarnedValue - m.ActualCost, m.CostVariance, 1e-9);
            }
        }, iter: 1000);
    }
}
