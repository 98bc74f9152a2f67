using System;
using System.Linq;
using NodaTime;
using ProjectDelivery.Calendars;
using Xunit;

namespace ProjectDelivery.Tests.Calendars;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Standard = WorkingCalendar.Standard;

    private static LocalDateTime At(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min);

    [Fact]
    public void AddWorkingTime_EightHoursFromMondayMorning_EndsMondayAtFive()
    {
        Assert.Equal(At(2027, 1, 4, 17), Standard.AddWorkingTime(At(2027, 1, 4, 8), Duration.FromHours(8)));
    }

    [Fact]
    public void AddWorkingTime_AcrossWeekend_SkipsSaturdayAndSunday()
    {
        Assert.Equal(At(2027, 1, 11, 10), Standard.AddWorkingTime(At(2027, 1, 8, 16), Duration.FromHours(3)));
    }

    [Fact]
    public void SubtractWorkingTime_FromMorningOpening_GoesBackToPreviousFriday()
    {
        Assert.Equal(At(2027, 1, 8, 16), Standard.SubtractWorkingTime(At(2027, 1, 11, 10), Duration.FromHours(3)));
    }

    [Fact]
    public void WorkingTimeBetween_AcrossYearEnd_CountsOnlyWorkingHours()
    {
        WorkingCalendar cal = Standard.WithHolidays(new LocalDate(2027, 1, 1));
        // Thu 2026-12-31 08:00 → Mon 2027-01-04 12:00: Thu 8h, Fri holiday, Mon 4h
        Assert.Equal(Duration.FromHours(12), cal.WorkingTimeBetween(At(2026, 12, 31, 8), At(2027, 1, 4, 12)));
    }
}

public sealed class WorkingCalendarZoneTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static Instant Utc(int y, int m, int d, int h, int min = 0) => Instant.FromUtc(y, m, d, h, min);

    [Fact]
    public void WorkingTimeBetween_ContinuousAcrossSpringForward_CountsTwentyThreeHourDay()
    {
        WorkingCalendar c = WorkingCalendar.Continuous.WithZone(London);
        // 2027-03-28 is the UK spring-forward day
        Instant start = London.AtStartOfDay(new LocalDate(2027, 3, 28)).ToInstant();
        Instant end = London.AtStartOfDay(new LocalDate(2027, 3, 29)).ToInstant();
        Assert.Equal(Duration.FromHours(23), end - start);
        Assert.Equal(Duration.FromHours(23), c.WorkingTimeBetween(start, end));
    }

    [Fact]
    public void WorkingTimeBetween_IntervalSpanningFallBack_CountsTheRepeatedHour()
    {
        // 2027-11-07 is the US fall-back day: 01:00–02:00 happens twice
        WorkingCalendar c = WorkingCalendar.Create("night", WorkWeek.Create(Enumerable.Repeat(WorkingDay.Parse("00:00-04:00"), 7).ToArray()), zone: NewYork);
        Instant dayStart = NewYork.AtStartOfDay(new LocalDate(2027, 11, 7)).ToInstant();
        Assert.Equal(Duration.FromHours(5), c.WorkingTimeBetween(dayStart, dayStart + Duration.FromHours(12)));
        Assert.Equal(Duration.FromHours(4), c.WorkingTimeBetween(dayStart - Duration.FromHours(24), dayStart - Duration.FromHours(12)));
    }

    [Fact]
    public void AddWorkingTime_BusinessHoursOverEasterAndSpringForward_LandsOnLocalMorning()
    {
        WorkingCalendar c = WorkingCalendar.Create("office", WorkWeek.Create(Enumerable.Range(0, 7).Select(i => i < 5 ? WorkingDay.Parse("09:00-17:00") : WorkingDay.NonWorking).ToArray()),
            new[] { CalendarException.Holiday(new LocalDate(2027, 3, 29)) }, London);
        // Fri 26 Mar 16:00 GMT (= 16:00Z) + 2 business hours: 1 h on Friday, Monday is a holiday, Tuesday 09:00 BST = 08:00Z, +1 h
        Assert.Equal(Utc(2027, 3, 30, 9), c.AddWorkingTime(Utc(2027, 3, 26, 16), Duration.FromHours(2)));
        Assert.Equal(Utc(2027, 3, 26, 16), c.SubtractWorkingTime(Utc(2027, 3, 30, 9), Duration.FromHours(2)));
        Assert.Equal(Utc(2027, 3, 30, 8), c.NextWorkingMoment(Utc(2027, 3, 26, 17)));
        Assert.Equal(Utc(2027, 3, 26, 17), c.PreviousWorkingMoment(Utc(2027, 3, 30, 8)));
    }

    [Fact]
    public void LocalArithmetic_IgnoresDstBecauseItCountsWallClockTime()
    {
        WorkingCalendar c = WorkingCalendar.Continuous.WithZone(London);
        Assert.Equal(Duration.FromHours(24), c.WorkingTimeBetween(new LocalDateTime(2027, 3, 28, 0, 0), new LocalDateTime(2027, 3, 29, 0, 0)));
    }

    [Fact]
    public void CountWorkingDays_WithHolidayAndExtraWorkingSaturday_CountsCorrectly()
    {
        WorkingCalendar c = WorkingCalendar.Standard.WithExceptions(new[]
        {
            CalendarException.Holiday(new LocalDate(2027, 12, 27)),
            CalendarException.WorkingHours(new LocalDate(2028, 1, 1), WorkingDay.Parse("09:00-13:00")),
        });
        // Mon 2027-12-27 … Sun 2028-01-09: 10 weekdays − 1 holiday + 1 Saturday
        Assert.Equal(10, c.CountWorkingDays(new LocalDate(2027, 12, 27), new LocalDate(2028, 1, 9)));
        Assert.Equal(0, c.CountWorkingDays(new LocalDate(2028, 1, 9), new LocalDate(2027, 12, 27)));
    }

    [Fact]
    public void Create_ConflictingExceptionsOnOneDate_ThrowsNamingTheDate()
    {
        var ex = Assert.Throws<ArgumentException>(() => WorkingCalendar.Create("x", WorkWeek.Standard, new[]
        {
            CalendarException.Holiday(new LocalDate(2027, 5, 3)),
            CalendarException.WorkingHours(new LocalDate(2027, 5, 3), WorkingDay.Parse("09:00-12:00")),
        }));
        Assert.Contains("2027-05-03", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WeekWithoutWork_Throws()
    {
        Assert.Throws<ArgumentException>(() => WorkingCalendar.Create("empty", WorkWeek.Create(Enumerable.Repeat(WorkingDay.NonWorking, 7).ToArray())));
    }

    [Theory]
    [InlineData("09:00-17:00,12:00-13:00")]
    [InlineData("17:00-09:00")]
    [InlineData("9-17")]
    [InlineData("25:00-26:00")]
    public void WorkingDay_Parse_RejectsMalformedText(string text)
    {
        Assert.Throws<FormatException>(() => WorkingDay.Parse(text));
    }
}
