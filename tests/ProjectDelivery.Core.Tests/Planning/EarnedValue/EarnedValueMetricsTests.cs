using System;
using System.Linq;
using CsCheck;
using ProjectDelivery.Planning.EarnedValue;
using Xunit;

namespace ProjectDelivery.Tests.Planning.EarnedValue;

public sealed class EarnedValueMetricsTests
{
    private static void Near(double expected, double? actual, double tolerance = 1e-9)
    {
        Assert.NotNull(actual);
        Assert.True(Math.Abs(expected - actual!.Value) <= tolerance, $"expected {expected}, got {actual}");
    }

    // Sample problems "EVM Analysis - Basic Calculation" and "Forecasting Estimate at Completion (EAC)",
    // https://beta.arizval.app/civil/construction-methods-and-project-management/08-project-control-and-monitoring/example/
    // (PV = 500,000, EV = 450,000, AC = 480,000, BAC = 1,000,000; the source quotes CPI = 0.94).
    [Fact]
    public void Metrics_ConstructionSampleProblem_MatchesPublishedCvSvCpiSpiEac()
    {
        EarnedValueMetrics m = SingleAccountProject.AtStatus(1_000_000, 500_000, 450_000, 480_000);
        Assert.Equal(-30_000, m.CostVariance);
        Assert.Equal(-50_000, m.ScheduleVariance);
        Assert.Equal(0.94, Math.Round(m.CostPerformanceIndex!.Value, 2));
        Near(0.9, m.SchedulePerformanceIndex);
        Near(1_066_666.67, m.EstimateAtCompletion, 0.005);
    }

    // Same source, "Forecasting EAC - Atypical Variances": BAC 2,000,000, AC 1,100,000, EV 1,000,000 → EAC = 2,100,000.
    [Fact]
    public void EstimateAtCompletionAtBudgetedRate_AtypicalVarianceSample_Is2100000()
    {
        EarnedValueMetrics m = SingleAccountProject.AtStatus(2_000_000, 1_000_000, 1_000_000, 1_100_000);
        Assert.Equal(2_100_000, m.EstimateAtCompletionAtBudgetedRate);
    }

    // Same source, "To-Complete Performance Index (TCPI)": BAC 5,000,000, EV 2,000,000, AC 2,500,000 → TCPI = 1.2.
    [Fact]
    public void ToCompletePerformanceIndex_TcpiSample_Is1Point2()
    {
        EarnedValueMetrics m = SingleAccountProject.AtStatus(5_000_000, 2_500_000, 2_000_000, 2_500_000);
        Near(1.2, m.ToCompletePerformanceIndex);
    }

    // "Bread project" example, https://www.geocities.ws/projectmanagementquestpond/earnedvalue.htm:
    // PV 2.4, EV 1.6, AC 3, BAC 8 → SV −0.8, CV −1.4, CPI 0.53, TCPI 1.28 (published to two decimals).
    [Fact]
    public void Metrics_BreadProjectExample_MatchesPublishedValues()
    {
        EarnedValueMetrics m = SingleAccountProject.AtStatus(8, 2.4, 1.6, 3);
        Assert.Equal(-0.8, Math.Round(m.ScheduleVariance, 2));
        Assert.Equal(-1.4, Math.Round(m.CostVariance, 2));
        Assert.Equal(0.53, Math.Round(m.CostPerformanceIndex!.Value, 2));
        Assert.Equal(1.28, Math.Round(m.ToCompletePerformanceIndex!.Value, 2));
    }

    // The minimal CLI example (docs/earned-value.md, "Worked example"), values derived by hand there.
    [Fact]
    public void Metrics_GuideWorkedExample_MatchesHandCalculation()
    {
        EarnedValueMetrics m = SingleAccountProject.Status(1000, new double[] { 100, 250, 450, 200 }, new double[] { 80, 200, 380 }, new double[] { 90, 240, 430 });
        Assert.Equal(800, m.PlannedValue);
        Assert.Equal(660, m.EarnedValue);
        Assert.Equal(760, m.ActualCost);
        Near(660.0 / 760, m.CostPerformanceIndex);
        Near(0.825, m.SchedulePerformanceIndex);
        Near(1000 * 760.0 / 660, m.EstimateAtCompletion);
        Near(1000 * 760.0 / 660 - 760, m.EstimateToComplete);
        Near(1000 - (1000 * 760.0 / 660), m.VarianceAtCompletion);
        Near(340.0 / 240, m.ToCompletePerformanceIndex);
        Near(2 + (310.0 / 450), m.EarnedSchedule);
        Near(2 + (310.0 / 450) - 3, m.ScheduleVarianceTime);
        Near((2 + (310.0 / 450)) / 3, m.SchedulePerformanceIndexTime);
        Near(4 * 3 / (2 + (310.0 / 450)), m.IndependentEstimateAtCompletionTime);
        Near(760 + (340 / (660.0 / 760 * 0.825)), m.EstimateAtCompletionCpiTimesSpi);
        Near(760 + (340 / ((0.8 * 660.0 / 760) + (0.2 * 0.825))), m.EstimateAtCompletionComposite);
        // IEAC(t) = 4.4628 periods: 0.4628 × 30 days of April = 13.88 days past 2027-04-30, in the 14th day.
        Assert.Equal(new NodaTime.LocalDate(2027, 5, 14), m.ForecastFinish);
    }

    [Fact]
    public void Metrics_NoActualCostYet_CpiAndCostForecastsAreUndefined()
    {
        EarnedValueMetrics m = SingleAccountProject.Status(100, new double[] { 50, 50 }, new double[] { 0 }, new double[] { 0 });
        Assert.Null(m.CostPerformanceIndex);
        Assert.Null(m.EstimateAtCompletion);
        Assert.Null(m.EstimateToComplete);
        Assert.Null(m.VarianceAtCompletion);
        Assert.Null(m.EstimateAtCompletionCpiTimesSpi);
        Assert.Null(m.CostVariancePercent);
        Assert.Equal(100, m.EstimateAtCompletionAtBudgetedRate);
        Assert.Equal(0, m.SchedulePerformanceIndex);
        Assert.Equal(PerformanceStatus.Undefined, m.CostPerformanceStatus);
        Assert.Equal(PerformanceStatus.Red, m.SchedulePerformanceStatus);
    }

    [Fact]
    public void Metrics_EmptyBaseline_EverythingRatioBasedIsUndefined()
    {
        EarnedValueMetrics m = SingleAccountProject.Status(0, new double[] { 0, 0 }, new double[] { 0 }, new double[] { 0 });
        Assert.Null(m.SchedulePerformanceIndex);
        Assert.Null(m.PercentComplete);
        Assert.Null(m.EarnedSchedule);
        Assert.Null(m.SchedulePerformanceIndexTime);
        Assert.Null(m.IndependentEstimateAtCompletionTime);
        Assert.Null(m.ForecastFinish);
        Assert.Null(m.ToCompletePerformanceIndex);
        Assert.Equal(0, m.EstimateAtCompletionAtBudgetedRate);
    }

    [Fact]
    public void Metrics_EarnedValueZeroWithCost_CpiZeroAndBacOverCpiUndefined()
    {
        EarnedValueMetrics m = SingleAccountProject.Status(100, new double[] { 50, 50 }, new double[] { 0 }, new double[] { 10 });
        Assert.Equal(0, m.CostPerformanceIndex);
        Assert.Null(m.EstimateAtCompletionCumulativeCpi);
        Assert.Equal(0, m.EarnedSchedule);
        Assert.Equal(0, m.SchedulePerformanceIndexTime);
        Assert.Null(m.IndependentEstimateAtCompletionTime);
    }

    [Fact]
    public void ToCompletePerformanceIndexToEstimate_WithBacOverCpi_EqualsCpi()
    {
        EarnedValueMetrics m = SingleAccountProject.AtStatus(1000, 400, 300, 350);
        Near(m.CostPerformanceIndex!.Value, m.ToCompletePerformanceIndexToEstimate, 1e-12);
    }

    [Fact]
    public void EstimateAtCompletionBottomUp_WithEtc_IsActualCostPlusEtc()
    {
        EarnedValueReport r = SingleAccountProject.Analyse(1000, new double[] { 500, 500 }, new double[] { 400 }, new double[] { 450 }, bottomUpEtc: 700);
        Assert.Equal(1150, r.Total.Status.EstimateAtCompletionBottomUp);
        var options = new EarnedValueOptions { PrimaryEstimate = EstimateAtCompletionMethod.BottomUp };
        EarnedValueReport r2 = SingleAccountProject.Analyse(1000, new double[] { 500, 500 }, new double[] { 400 }, new double[] { 450 }, bottomUpEtc: 700, options: options);
        Assert.Equal(1150, r2.Total.Status.EstimateAtCompletion);
        Assert.Equal(700, r2.Total.Status.EstimateToComplete);
    }

    private static readonly Gen<(double Bac, double Pv, double Ev, double Ac)> Cumulatives =
        Gen.Select(Gen.Double[1, 1e6], Gen.Double[0, 1], Gen.Double[0, 1], Gen.Double[0, 2])
           .Select((bac, p, e, a) => (bac, bac * p, bac * e, bac * a));

    [Fact]
    public void Metrics_RandomCumulatives_SatisfyTheStandardIdentities()
    {
        Cumulatives.Sample(x =>
        {
            EarnedValueMetrics m = SingleAccountProject.AtStatus(x.Bac, x.Pv, x.Ev, x.Ac);
            double scale = Math.Max(1, x.Bac);
            Assert.Equal(x.Ev - x.Ac, m.CostVariance, 1e-9 * scale);
            Assert.Equal(x.Ev - x.Pv, m.ScheduleVariance, 1e-9 * scale);
            foreach (EstimateAtCompletionMethod method in new[] { EstimateAtCompletionMethod.CumulativeCpi })
            {
                if (m.EstimateAtCompletion is double eac)
                {
                    Assert.Equal(eac, m.ActualCost + m.EstimateToComplete!.Value, 1e-9 * Math.Max(1, eac));
                    Assert.Equal(x.Bac - eac, m.VarianceAtCompletion!.Value, 1e-9 * Math.Max(1, eac));
                    Assert.Equal(eac, m.EstimateAtCompletionBy(method));
                }
            }

            if (x.Bac != x.Ac)
            {
                Assert.Equal((x.Bac - x.Ev) / (x.Bac - x.Ac), m.ToCompletePerformanceIndex!.Value, 1e-9);
            }

            Assert.True(m.CostPerformanceIndex is null || !double.IsNaN(m.CostPerformanceIndex.Value));
        }, iter: 3000);
    }
}
