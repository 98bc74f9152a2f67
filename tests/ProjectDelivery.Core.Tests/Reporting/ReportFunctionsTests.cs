using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using CsCheck;
using NodaTime;
using ProjectDelivery.Planning.EarnedValue;
using ProjectDelivery.Reporting;
using Xunit;

namespace ProjectDelivery.Tests.Reporting;

public sealed class ReportFunctionsTests
{
    private const string OfficeWeek = "09:00-12:00,13:00-17:30;09:00-17:00;09:00-17:00;09:00-17:00;09:00-13:00";

    private static readonly HashSet<Type> Primitive = new() { typeof(double), typeof(int), typeof(string), typeof(DateTime), typeof(bool) };

    [Fact]
    public void PublicMethods_All_TakeAndReturnPrimitiveTypesOnly()
    {
        MethodInfo[] methods = typeof(ReportFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static);
        Assert.NotEmpty(methods);
        Assert.All(methods, m =>
        {
            Assert.Contains(m.ReturnType, Primitive);
            Assert.All(m.GetParameters(), p => Assert.Contains(p.ParameterType, Primitive));
        });
    }

    // ---- calendars: against minute-by-minute counting -----------------------------------------

    /// <summary>Brute force: is the minute starting at <paramref name="t"/> working time under <see cref="OfficeWeek"/> and the holidays?</summary>
    private static bool IsWorkingMinute(DateTime t, ISet<DateTime> holidays)
    {
        if (holidays.Contains(t.Date))
        {
            return false;
        }

        double h = t.TimeOfDay.TotalHours;
        return t.DayOfWeek switch
        {
            DayOfWeek.Monday => (h >= 9 && h < 12) || (h >= 13 && h < 17.5),
            DayOfWeek.Tuesday or DayOfWeek.Wednesday or DayOfWeek.Thursday => h >= 9 && h < 17,
            DayOfWeek.Friday => h >= 9 && h < 13,
            _ => false,
        };
    }

    [Fact]
    public void WorkingHoursBetween_RandomMoments_EqualsMinuteByMinuteCount()
    {
        var holidays = new HashSet<DateTime> { new(2027, 3, 3), new(2027, 3, 12) };
        const string holidaysCsv = "2027-03-03; 2027-03-12";
        var origin = new DateTime(2027, 3, 1);
        Gen.Select(Gen.Int[0, 14 * 96], Gen.Int[0, 14 * 96]).Sample((a, b) =>
        {
            DateTime from = origin.AddMinutes(a * 15), to = origin.AddMinutes(b * 15);
            int minutes = 0;
            for (DateTime t = from < to ? from : to; t < (from < to ? to : from); t = t.AddMinutes(1))
            {
                minutes += IsWorkingMinute(t, holidays) ? 1 : 0;
            }

            double expected = (from <= to ? 1 : -1) * minutes / 60.0;
            Assert.Equal(expected, ReportFunctions.WorkingHoursBetween(from, to, OfficeWeek, holidaysCsv), 9);
        }, iter: 300);
    }

    [Fact]
    public void AddWorkingHours_RandomStartAndHours_IsTheInverseOfWorkingHoursBetween()
    {
        var origin = new DateTime(2027, 3, 1);
        Gen.Select(Gen.Int[0, 28 * 96], Gen.Int[1, 400]).Sample((a, quarters) =>
        {
            DateTime start = origin.AddMinutes(a * 15);
            double hours = quarters / 4.0;
            DateTime finish = ReportFunctions.AddWorkingHours(start, hours, OfficeWeek, "2027-03-17");
            Assert.Equal(hours, ReportFunctions.WorkingHoursBetween(start, finish, OfficeWeek, "2027-03-17"), 9);
            Assert.True(IsWorkingMinute(finish.AddMinutes(-1), new HashSet<DateTime> { new(2027, 3, 17) }), $"{finish} should end a working minute.");
        }, iter: 300);
    }

    [Fact]
    public void WorkingHoursBetween_NoWeekGiven_UsesTheStandardWeek()
    {
        // Monday 08:00 to Friday 17:00 on the standard week: 5 × 8 hours.
        Assert.Equal(40.0, ReportFunctions.WorkingHoursBetween(new DateTime(2027, 3, 1, 8, 0, 0), new DateTime(2027, 3, 5, 17, 0, 0), null, null));
        Assert.Equal(32.0, ReportFunctions.WorkingHoursBetween(new DateTime(2027, 3, 1, 8, 0, 0), new DateTime(2027, 3, 5, 17, 0, 0), "", "2027-03-02"));
    }

    [Fact]
    public void WorkingDaysBetween_RandomDates_EqualsDayByDayCount()
    {
        var holidays = new HashSet<DateTime> { new(2027, 3, 3), new(2027, 3, 13) }; // a Wednesday and a Saturday
        var origin = new DateTime(2027, 3, 1);
        Gen.Select(Gen.Int[0, 60], Gen.Int[0, 60]).Sample((a, b) =>
        {
            DateTime from = origin.AddDays(a), to = origin.AddDays(b);
            int expected = 0;
            for (DateTime d = from; d <= to; d = d.AddDays(1))
            {
                expected += d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(d) ? 1 : 0;
            }

            Assert.Equal(expected, ReportFunctions.WorkingDaysBetween(from.AddHours(10), to.AddHours(3), OfficeWeek, "2027-03-03,2027-03-13"));
        }, iter: 500);
    }

    [Theory]
    [InlineData("09:00-17:00;nonsense", null, "Tuesday")]
    [InlineData("1;2;3;4;5;6;7;8", null, "at most seven")]
    [InlineData(null, "2027-02-30", "2027-02-30")]
    [InlineData(null, "03/01/2027", "03/01/2027")]
    public void WorkingHoursBetween_BadCalendarText_ThrowsFormatExceptionNamingTheItem(string? week, string? holidays, string named)
    {
        var ex = Assert.Throws<FormatException>(() => ReportFunctions.WorkingHoursBetween(new DateTime(2027, 3, 1), new DateTime(2027, 3, 2), week, holidays));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWorkingHours_WeekWithoutWork_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => ReportFunctions.AddWorkingHours(new DateTime(2027, 3, 1), 1, "closed;closed", null));

    // ---- earned value: against EarnedValueAnalysis --------------------------------------------

    [Fact]
    public void EarnedValueFunctions_RandomAccounts_AgreeWithTheAnalysis()
    {
        Gen.Select(Gen.Double[0, 1000].Array[4], Gen.Double[0, 1000].Array[2], Gen.Double[0, 1000].Array[2]).Sample((pv, ev, ac) =>
        {
            double bac = pv.Sum();
            var project = EarnedValueProject.Create(ReportingCalendar.Monthly(new LocalDate(2027, 1, 1), 4),
                new[] { ControlAccount.Create("A", bac, pv, ev, ac) }, 2);
            EarnedValueMetrics m = EarnedValueAnalysis.Analyse(project).Total.Status;

            Assert.Equal(m.CostPerformanceIndex ?? ReportFunctions.Undefined, ReportFunctions.CostPerformanceIndex(m.EarnedValue, m.ActualCost), 12);
            Assert.Equal(m.SchedulePerformanceIndex ?? ReportFunctions.Undefined, ReportFunctions.SchedulePerformanceIndex(m.EarnedValue, m.PlannedValue), 12);
            double? eacCpi = m.CostPerformanceIndex is 0 ? null : m.EstimateAtCompletionCumulativeCpi;
            Assert.Equal(eacCpi ?? ReportFunctions.Undefined, ReportFunctions.EstimateAtCompletion(bac, m.EarnedValue, m.ActualCost), 6);
            Assert.Equal(m.EstimateAtCompletionAtBudgetedRate, ReportFunctions.EstimateAtCompletionAtBudgetedRate(bac, m.EarnedValue, m.ActualCost), 9);
            string csv = string.Join(",", Cumulative(pv).Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
            double es = ReportFunctions.EarnedSchedule(csv, m.EarnedValue);
            Assert.Equal(m.EarnedSchedule ?? ReportFunctions.Undefined, es, 9);
            Assert.Equal(m.SchedulePerformanceIndexTime ?? ReportFunctions.Undefined,
                es is ReportFunctions.Undefined ? ReportFunctions.Undefined : ReportFunctions.SchedulePerformanceIndexTime(es, 2), 9);
        }, iter: 500);
    }

    [Fact]
    public void EarnedSchedule_StrictlyIncreasingPlan_MatchesLipkesInterpolationByHand()
    {
        // PV cumulative 100, 300, 600, 1000; EV 450: C = 2 (PV(2) = 300 ≤ 450 < 600), ES = 2 + 150 / 300 = 2.5.
        Assert.Equal(2.5, ReportFunctions.EarnedSchedule("100;300;600;1000", 450), 12);
        Assert.Equal(4.0, ReportFunctions.EarnedSchedule("100, 300, 600, 1000", 1200), 12);
        Assert.Equal(0.0, ReportFunctions.EarnedSchedule("100,300", 0), 12);
    }

    [Fact]
    public void Ratios_ZeroDenominator_ReturnUndefinedNeverNaN()
    {
        Assert.Equal(ReportFunctions.Undefined, ReportFunctions.CostPerformanceIndex(0, 0));
        Assert.Equal(ReportFunctions.Undefined, ReportFunctions.SchedulePerformanceIndex(5, 0));
        Assert.Equal(ReportFunctions.Undefined, ReportFunctions.EstimateAtCompletion(100, 0, 10)); // CPI = 0
        Assert.Equal(ReportFunctions.Undefined, ReportFunctions.EstimateAtCompletion(100, 10, 0)); // CPI undefined
        Assert.Equal(ReportFunctions.Undefined, ReportFunctions.SchedulePerformanceIndexTime(1.5, 0));
        Assert.Equal(ReportFunctions.Undefined, ReportFunctions.EarnedSchedule("", 10));
        Assert.Equal(ReportFunctions.Undefined, ReportFunctions.EarnedSchedule("0,0,0", 10));
        Assert.Equal(ReportFunctions.Undefined, ReportFunctions.CostPerformanceIndex(double.MaxValue, double.Epsilon));
    }

    [Theory]
    [InlineData(-1.0, 1.0)]
    [InlineData(double.NaN, 1.0)]
    [InlineData(1.0, double.PositiveInfinity)]
    public void CostPerformanceIndex_NegativeOrNonFinite_ThrowsArgumentOutOfRange(double ev, double ac) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportFunctions.CostPerformanceIndex(ev, ac));

    [Fact]
    public void EarnedSchedule_NotANumber_ThrowsFormatExceptionNamingThePosition()
    {
        var ex = Assert.Throws<FormatException>(() => ReportFunctions.EarnedSchedule("100,abc,300", 50));
        Assert.Contains("value 2 ('abc')", ex.Message, StringComparison.Ordinal);
    }

    // ---- risk -----------------------------------------------------------------------------------

    [Theory]
    [InlineData(2, 4, 0.12, "Amber")] // docs/risk.md: P2×I4 on the default 5×5 matrix scores 0.3 × 0.4
    [InlineData(1, 1, 0.005, "Green")] // 0.1 × 0.05
    [InlineData(5, 5, 0.72, "Red")]   // 0.9 × 0.8
    public void RiskScoreAndZone_DefaultFiveByFive_MatchTheMatrixWeights(int p, int i, double score, string zone)
    {
        Assert.Equal(score, ReportFunctions.RiskScore(p, i, 5), 12);
        Assert.Equal(zone, ReportFunctions.RiskZone(p, i, 5));
    }

    [Theory]
    [InlineData(1, 5, 0.1)]
    [InlineData(3, 5, 0.5)]
    [InlineData(2, 3, 0.5)]
    public void ProbabilityFromMatrix_Level_IsTheMidpointWeight(int level, int size, double expected) =>
        Assert.Equal(expected, ReportFunctions.ProbabilityFromMatrix(level, size), 12);

    [Theory]
    [InlineData(0, 5)]
    [InlineData(6, 5)]
    [InlineData(1, 2)]
    public void ProbabilityFromMatrix_OutOfRange_ThrowsArgumentOutOfRange(int level, int size) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportFunctions.ProbabilityFromMatrix(level, size));

    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(0.1, 2)]
    [InlineData(0.35, 3)]
    [InlineData(0.7, 5)]
    [InlineData(1.0, 5)]
    public void ProbabilityLevel_DefaultScale_IsTheLevelHoldingTheProbability(double probability, int level) =>
        Assert.Equal(level, ReportFunctions.ProbabilityLevel(probability));

    [Fact]
    public void ExpectedMonetaryValue_ProbabilityTimesImpact() => Assert.Equal(1500.0, ReportFunctions.ExpectedMonetaryValue(0.25, 6000), 12);

    [Theory]
    [InlineData(30, 2, 30, 0.5)]
    [InlineData(30, 2, 32, 0.8413447460685429)] // Φ(1), tables
    [InlineData(30, 2, 26, 0.02275013194817921)] // Φ(−2)
    [InlineData(30, 0, 30, 1.0)]
    [InlineData(30, 0, 29.9, 0.0)]
    public void ProbabilityOfFinishingBy_Normal_MatchesTabulatedValues(double mean, double sd, double target, double expected) =>
        Assert.Equal(expected, ReportFunctions.ProbabilityOfFinishingBy(mean, sd, target), 9);

    private static double[] Cumulative(double[] perPeriod)
    {
        var result = new double[perPeriod.Length];
        double sum = 0;
        for (int i = 0; i < perPeriod.Length; i++)
        {
            sum += perPeriod[i];
            result[i] = sum;
        }

        return result;
    }
}
