using System;
using System.Linq;
using CsCheck;
using NodaTime;
using ProjectDelivery.Planning.EarnedValue;
using Xunit;

namespace ProjectDelivery.Tests.Planning.EarnedValue;

public sealed class PlannedValueSpreadingTests
{
    private static readonly ReportingCalendar Weeks = ReportingCalendar.Weekly(new LocalDate(2027, 1, 4), 10);

    [Fact]
    public void Spread_LinearOverTwoWholeWeeks_HalfInEach()
    {
        double[] pv = PlannedValueSpreading.Spread(Weeks, new ActivityBudget("A", new LocalDate(2027, 1, 4), new LocalDate(2027, 1, 17), 1400));
        Assert.Equal(new double[] { 700, 700, 0, 0, 0, 0, 0, 0, 0, 0 }, pv);
    }

    [Fact]
    public void Spread_FrontAndBackLoaded_AreMirrorImages()
    {
        var front = new ActivityBudget("F", new LocalDate(2027, 1, 4), new LocalDate(2027, 2, 7), 1000, SpreadingRule.FrontLoaded);
        var back = front with { Id = "B", Rule = SpreadingRule.BackLoaded };
        double[] f = PlannedValueSpreading.Spread(Weeks, front);
        double[] b = PlannedValueSpreading.Spread(Weeks, back);
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(f[i], b[4 - i], 1e-9);
        }

        // Five equal weeks: F(x) = 2x − x² gives 9/25, 7/25, 5/25, 3/25, 1/25 of the budget.
        Assert.Equal(new[] { 360.0, 280, 200, 120, 40 }, f.Take(5).Select(v => Math.Round(v, 9)));
    }

    [Fact]
    public void Spread_GivenWeights_FollowsThemPerEqualPart()
    {
        var a = new ActivityBudget("W", new LocalDate(2027, 1, 4), new LocalDate(2027, 1, 24), 300, SpreadingRule.Weighted(1, 0, 2));
        Assert.Equal(new[] { 100.0, 0, 200 }, PlannedValueSpreading.Spread(Weeks, a).Take(3).Select(v => Math.Round(v, 9)));
    }

    [Fact]
    public void Spread_ActivityOutsideCalendar_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            PlannedValueSpreading.Spread(Weeks, new ActivityBudget("Late", new LocalDate(2027, 3, 1), new LocalDate(2027, 4, 1), 10)));
        Assert.Contains("'Late'", ex.Message);
    }

    [Fact]
    public void Spread_FinishBeforeStart_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            PlannedValueSpreading.Spread(Weeks, new ActivityBudget("X", new LocalDate(2027, 1, 10), new LocalDate(2027, 1, 9), 10)));
        Assert.Contains("'X'", ex.Message);
    }

    [Fact]
    public void SpreadAll_RandomActivities_SumsToTotalBudgetAndMatchesDailyOracle()
    {
        SpreadingRule[] rules = { SpreadingRule.Linear, SpreadingRule.FrontLoaded, SpreadingRule.BackLoaded, SpreadingRule.Weighted(1, 3, 2, 0.5) };
        Gen.Select(Gen.Int[0, 69], Gen.Int[0, 69], Gen.Double[0, 1e5], Gen.Int[0, 3]).Sample((a, b, budget, r) =>
        {
            LocalDate start = Weeks.Start.PlusDays(Math.Min(a, b));
            LocalDate finish = Weeks.Start.PlusDays(Math.Max(a, b));
            var activity = new ActivityBudget("R", start, finish, budget, rules[r]);
            double[] pv = PlannedValueSpreading.Spread(Weeks, activity);
            Assert.Equal(budget, pv.Sum(), 1e-9 * Math.Max(1, budget));

            // Oracle: spread day by day with F, then bucket days into weeks.
            int n = Math.Abs(a - b) + 1;
            var expected = new double[Weeks.Count];
            for (int d = 0; d < n; d++)
            {
                int week = (Math.Min(a, b) + d) / 7;
                expected[week] += budget * (rules[r].CumulativeShare((d + 1.0) / n) - rules[r].CumulativeShare((double)d / n));
            }

            for (int i = 0; i < pv.Length; i++)
            {
                Assert.Equal(expected[i], pv[i], 1e-7 * Math.Max(1, budget));
            }
        }, iter: 2000);
    }

    [Fact]
    public void Weighted_AllZero_Throws()
    {
        Assert.Throws<ArgumentException>(() => SpreadingRule.Weighted(0, 0));
        Assert.Throws<ArgumentException>(() => SpreadingRule.Weighted(1, -1));
    }
}
