using System;
using System.Linq;
using CsCheck;
using ProjectDelivery.Planning.EarnedValue;
using Xunit;

namespace ProjectDelivery.Tests.Planning.EarnedValue;

public sealed class EarnedScheduleTests
{
    // Oracle: scan the piecewise-linear PV curve finely for the latest time at which it does not exceed EV.
    private static double BruteForce(double[] cumulative, double ev)
    {
        double best = 0;
        const int steps = 2000;
        for (int c = 0; c < cumulative.Length; c++)
        {
            double below = c == 0 ? 0 : cumulative[c - 1];
            double above = cumulative[c];
            for (int s = 0; s <= steps; s++)
            {
                double f = (double)s / steps;
                if (below + (f * (above - below)) <= ev + 1e-9)
                {
                    best = Math.Max(best, c + f);
                }
            }
        }

        return best;
    }

    // W. Lipke, "Earned Schedule ... an emerging enhancement to EVM", International Metrics Congress 2007, slide 6:
    // "7 months gone by, but the project only has Earned Schedule to Month 5" — i.e. ES = 5, SV(t) = −2 months.
    [Fact]
    public void Compute_EarnedValueEqualsPlanOfMonthFiveAtMonthSeven_TwoMonthsBehind()
    {
        double[] pv = { 5, 15, 30, 50, 75, 100, 125, 150, 170, 185, 195, 200 };
        EarnedValueMetrics m = SingleAccountProject.Status(200, pv.Select((v, i) => i == 0 ? v : v - pv[i - 1]).ToArray(),
            new double[] { 5, 10, 10, 15, 15, 10, 10 }, new double[] { 5, 10, 10, 15, 15, 10, 10 });
        Assert.Equal(75, m.EarnedValue);
        Assert.Equal(5, m.EarnedSchedule);
        Assert.Equal(-2, m.ScheduleVarianceTime);
        Assert.Equal(5.0 / 7, m.SchedulePerformanceIndexTime!.Value, 1e-9);
    }

    // Lipke's definition ES = C + (EV − PV_C) / (PV_{C+1} − PV_C) (same source, slide "Earned Schedule Metric").
    [Fact]
    public void Compute_EarnedValueBetweenPeriodEnds_InterpolatesLinearly()
    {
        Assert.Equal(2 + (310.0 / 450), EarnedSchedule.Compute(new double[] { 100, 350, 800, 1000 }, 660)!.Value, 1e-9);
    }

    [Fact]
    public void Compute_PlanWithIdlePeriod_SkipsToTheLatestTimeWithinThePlan()
    {
        // Nothing planned in period 2: EV = 100 is earned schedule to the end of period 2.
        Assert.Equal(2, EarnedSchedule.Compute(new double[] { 100, 100, 200 }, 100));
    }

    [Fact]
    public void EarnedSchedule_EarnedValueReachesBacAbovePlannedTotal_IsPlannedDuration()
    {
        // PV adds up to 1100 but BAC is 1000: earning the whole budget earns the whole schedule.
        EarnedValueMetrics m = SingleAccountProject.Status(1000, new double[] { 500, 600 }, new double[] { 400, 600 }, new double[] { 400, 600 });
        Assert.Equal(2, m.EarnedSchedule);
    }

    [Fact]
    public void Compute_EmptyPlan_IsUndefined()
    {
        Assert.Null(EarnedSchedule.Compute(Array.Empty<double>(), 0));
        Assert.Null(EarnedSchedule.Compute(new double[] { 0, 0 }, 0));
    }

    [Fact]
    public void Compute_DecreasingPlan_ThrowsNamingThePeriod()
    {
        var ex = Assert.Throws<ArgumentException>(() => EarnedSchedule.Compute(new double[] { 10, 5 }, 3));
        Assert.Contains("period 2", ex.Message);
    }

    private static readonly Gen<double[]> Plans =
        Gen.Double[0, 100].Array[1, 24].Where(a => a.Sum() > 0).Select(a =>
        {
            var c = new double[a.Length];
            double s = 0;
            for (int i = 0; i < a.Length; i++)
            {
                s += Math.Round(a[i]);
                c[i] = s;
            }

            return c;
        }).Where(c => c[c.Length - 1] > 0);

    [Fact]
    public void Compute_RandomPlans_MatchesBruteForceScan()
    {
        Gen.Select(Plans, Gen.Double[0, 1]).Sample((plan, share) =>
        {
            double ev = share * plan[plan.Length - 1];
            double es = EarnedSchedule.Compute(plan, ev)!.Value;
            Assert.True(Math.Abs(es - BruteForce(plan, ev)) <= 1.0 / 2000 + 1e-9, $"ES {es} vs brute force {BruteForce(plan, ev)}");
        }, iter: 300);
    }

    [Fact]
    public void Compute_GrowingEarnedValue_NeverDecreasesAndReachesPlannedDurationAtBac()
    {
        Gen.Select(Plans, Gen.Double[0, 1].Array[2, 10]).Sample((plan, shares) =>
        {
            double total = plan[plan.Length - 1];
            double previous = -1;
            foreach (double share in shares.OrderBy(s => s))
            {
                double es = EarnedSchedule.Compute(plan, share * total)!.Value;
                Assert.True(es >= previous, $"ES fell from {previous} to {es}");
                previous = es;
            }

            Assert.Equal(plan.Length, EarnedSchedule.Compute(plan, total));
        }, iter: 2000);
    }

    [Fact]
    public void SchedulePerformanceIndexTime_LinearPlan_EqualsSpi()
    {
        Gen.Select(Gen.Int[2, 24], Gen.Double[1, 1000], Gen.Double[0, 1].Array[1, 24]).Sample((periods, rate, fractions) =>
        {
            int at = Math.Min(fractions.Length, periods);
            double[] pv = Enumerable.Repeat(rate, periods).ToArray();
            double[] ev = fractions.Take(at).Select(f => f * rate).ToArray();
            EarnedValueMetrics m = SingleAccountProject.Status(rate * periods, pv, ev, ev);
            if (m.SchedulePerformanceIndex is double spi)
            {
                Assert.Equal(spi, m.SchedulePerformanceIndexTime!.Value, 1e-9);
            }
        }, iter: 2000);
    }

    // Lipke, International Metrics Congress 2007, slide "EVM Schedule Indicators": when actual completion is later
    // than planned, at completion SV = BAC − BAC = 0 and SPI = BAC / BAC = 1.00 "regardless of lateness", while
    // SPI(t) = ES / AT = PD / AT stays below 1.
    [Fact]
    public void Metrics_LateProjectThatCompletes_SpiIsOneButSpiTimeBelowOne()
    {
        Gen.Select(Gen.Int[1, 12], Gen.Int[1, 12], Gen.Double[1, 1000]).Sample((planned, late, rate) =>
        {
            double[] pv = Enumerable.Repeat(rate, planned).ToArray();
            int actual = planned + late;
            double[] ev = Enumerable.Repeat(rate * planned / actual, actual).ToArray();
            EarnedValueMetrics m = SingleAccountProject.Status(rate * planned, pv, ev, ev);
            Assert.Equal(1, m.SchedulePerformanceIndex!.Value, 1e-9);
            Assert.Equal(planned, m.EarnedSchedule!.Value, 1e-9);
            Assert.True(m.SchedulePerformanceIndexTime < 1);
            Assert.Equal((double)planned / actual, m.SchedulePerformanceIndexTime!.Value, 1e-9);
            Assert.Equal(actual, m.IndependentEstimateAtCompletionTime!.Value, 1e-9);
        }, iter: 1000);
    }
}
