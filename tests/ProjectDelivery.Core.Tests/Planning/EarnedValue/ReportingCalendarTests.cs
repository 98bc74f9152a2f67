using System;
using NodaTime;
using ProjectDelivery.Planning.EarnedValue;
using Xunit;

namespace ProjectDelivery.Tests.Planning.EarnedValue;

public sealed class ReportingCalendarTests
{
    private static readonly ReportingCalendar Months = ReportingCalendar.Create(new LocalDate(2027, 1, 1),
        new[] { new LocalDate(2027, 1, 31), new LocalDate(2027, 2, 28), new LocalDate(2027, 3, 31), new LocalDate(2027, 4, 30) });

    [Fact]
    public void Monthly_MidMonthStart_FirstPeriodIsPartialAndOthersEndAtMonthEnds()
    {
        ReportingCalendar c = ReportingCalendar.Monthly(new LocalDate(2027, 1, 15), 3);
        Assert.Equal(new[] { new LocalDate(2027, 1, 31), new LocalDate(2027, 2, 28), new LocalDate(2027, 3, 31) }, c.PeriodEnds);
        Assert.Equal(17, c.PeriodLengthInDays(0));
        Assert.Equal(new LocalDate(2027, 2, 1), c.PeriodStart(1));
    }

    [Fact]
    public void Weekly_ThreeWeeks_EndsEverySeventhDay()
    {
        ReportingCalendar c = ReportingCalendar.Weekly(new LocalDate(2027, 1, 4), 3);
        Assert.Equal(new LocalDate(2027, 1, 24), c.PeriodEnd(2));
        Assert.Equal(7, c.PeriodLengthInDays(1));
    }

    [Fact]
    public void Create_EndsNotIncreasing_ThrowsNamingThePeriod()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportingCalendar.Create(new LocalDate(2027, 1, 1),
            new[] { new LocalDate(2027, 1, 31), new LocalDate(2027, 1, 31) }));
        Assert.Contains("Period 1", ex.Message);
    }

    [Theory]
    [InlineData(0, 2026, 12, 31)]
    [InlineData(1, 2027, 1, 31)]
    [InlineData(0.5, 2027, 1, 16)]   // 15.5 days into January → the 16th
    [InlineData(2.5, 2027, 3, 16)]   // 15.5 days into March
    [InlineData(4, 2027, 4, 30)]
    [InlineData(4.5, 2027, 5, 15)]   // beyond the calendar: April's 30 days → 15 days
    [InlineData(6, 2027, 6, 29)]     // two extra 30-day periods
    public void DateAt_Times_MapOntoPeriodsByDays(double t, int y, int m, int d)
    {
        Assert.Equal(new LocalDate(y, m, d), Months.DateAt(t));
    }

    [Fact]
    public void DateAt_NegativeTime_Throws()
    {
        Assert.Throws<ArgumentException>(() => Months.DateAt(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Months.DateAt(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => Months.DateAt(1e9));
    }

    [Theory]
    [InlineData(2026, 12, 31, 0)]
    [InlineData(2027, 1, 30, 0)]
    [InlineData(2027, 1, 31, 1)]
    [InlineData(2027, 3, 15, 2)]
    [InlineData(2028, 1, 1, 4)]
    public void CountEndingOnOrBefore_StatusDates_CountsCompletedPeriods(int y, int m, int d, int expected)
    {
        Assert.Equal(expected, Months.CountEndingOnOrBefore(new LocalDate(y, m, d)));
    }

    [Fact]
    public void IndexOf_Dates_FindsTheContainingPeriod()
    {
        Assert.Equal(0, Months.IndexOf(new LocalDate(2027, 1, 1)));
        Assert.Equal(1, Months.IndexOf(new LocalDate(2027, 2, 1)));
        Assert.Equal(1, Months.IndexOf(new LocalDate(2027, 2, 28)));
        Assert.Equal(-1, Months.IndexOf(new LocalDate(2026, 12, 31)));
        Assert.Equal(-1, Months.IndexOf(new LocalDate(2027, 5, 1)));
    }
}
