using System;
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
