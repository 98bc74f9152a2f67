using System;
using System.Linq;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.Scheduling;
using Xunit;

namespace ProjectDelivery.Tests.Planning.Scheduling;

public sealed class CalendarScheduleTests
{
    private static LocalDateTime At(int m, int d, int h, int min = 0) => new(2027, m, d, h, min);

    private static CalendarScheduleOptions Options(WorkingCalendar? calendar = null) =>
        new(At(1, 4, 8), calendar ?? WorkingCalendar.Standard);

    [Fact]
    public void Schedule_FinishToStartOverWeekend_StartsMondayMorning()
    {
        // Mon 4 Jan 2027, standard 8-hour days: A 4 days → Thu 17:00; B 2 days → Fri, Mon.
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            new Activity("A", 4), new Activity("B", 2, new[] { new Dependency("A") }),
        });
        Schedule<LocalDateTime> s = CriticalPathScheduler.Schedule(network, Options());
        Assert.Equal(At(1, 7, 17), s["A"].EarlyFinish);
        Assert.Equal(At(1, 8, 8), s["B"].EarlyStart);
        Assert.Equal(At(1, 11, 17), s["B"].EarlyFinish);
        Assert.Equal(At(1, 11, 17), s.ProjectFinish);
    }

    [Fact]
    public void Schedule_HolidayAndHalfDayDuration_SkipsHoliday()
    {
        WorkingCalendar calendar = WorkingCalendar.Standard.WithHolidays(new LocalDate(2027, 1, 5));
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            new Activity("A", 1.5), new Activity("M", 0, new[] { new Dependency("A") }),
        });
        Schedule<LocalDateTime> s = CriticalPathScheduler.Schedule(network, Options(calendar));
        Assert.Equal(At(1, 6, 12), s["A"].EarlyFinish);   // Mon 8h, Tue holiday, Wed 4h
        Assert.Equal(At(1, 6, 12), s["M"].EarlyStart);    // milestone sits at its predecessor's finish
        Assert.True(s["M"].Activity.IsMilestone);
    }

    [Fact]
    public void Schedule_ActivityCalendars_EachActivityCountsOnItsOwnCalendar()
    {
        WorkingCalendar sevenDays = WorkingCalendar.Create("7d", WorkWeek.Create(Enumerable.Repeat(WorkingDay.Standard, 7).ToArray()));
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            new Activity("A", 5),
            new Activity("CURE", 2, new[] { new Dependency("A") }, calendar: sevenDays),
            new Activity("B", 1, new[] { new Dependency("CURE") }),
        });
        Schedule<LocalDateTime> s = CriticalPathScheduler.Schedule(network, Options());
        Assert.Equal(At(1, 8, 17), s["A"].EarlyFinish);      // Fri
        Assert.Equal(At(1, 9, 8), s["CURE"].EarlyStart);     // concrete cures over the weekend
        Assert.Equal(At(1, 10, 17), s["CURE"].EarlyFinish);
        Assert.Equal(At(1, 11, 8), s["B"].EarlyStart);
        Assert.Equal(0, s["CURE"].TotalFloat);
    }

    [Fact]
    public void Schedule_DeadlineInCalendarMode_NegativeFloatInWorkingDays()
    {
        ProjectNetwork network = ProjectNetwork.Create(new[] { new Activity("A", 5) }, deadline: ScheduleMoment.FromDate(At(1, 6, 17)));
        Schedule<LocalDateTime> s = CriticalPathScheduler.Schedule(network, Options());
        Assert.Equal(-2, s["A"].TotalFloat);
        Assert.Equal(At(1, 6, 17), s["A"].LateFinish);
    }

    [Fact]
    public void Schedule_CalendarModeAgreesWithPlainModeOnContinuousCalendar()
    {
        // On a 24×7 calendar with one-day units, calendar dates are plain numbers of days from the start.
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            new Activity("A", 3), new Activity("B", 2, new[] { new Dependency("A", DependencyType.StartToStart, 1) }),
            new Activity("C", 4, new[] { new Dependency("B", DependencyType.FinishToFinish, 2), new Dependency("A", DependencyType.FinishToStart, -1) }),
            new Activity("D", 1, new[] { new Dependency("C", DependencyType.StartToFinish, 3) }),
        });
        Schedule<double> plain = CriticalPathScheduler.Schedule(network);
        var start = new LocalDateTime(2027, 3, 27, 0, 0);
        Schedule<LocalDateTime> dated = CriticalPathScheduler.Schedule(network, new CalendarScheduleOptions(start, WorkingCalendar.Continuous));
        foreach (ActivitySchedule<double> a in plain.Activities)
        {
            ActivitySchedule<LocalDateTime> b = dated[a.Id];
            Assert.Equal(start.PlusHours((long)(a.EarlyStart * 24)), b.EarlyStart);
            Assert.Equal(start.PlusHours((long)(a.LateFinish * 24)), b.LateFinish);
            Assert.Equal(a.TotalFloat, b.TotalFloat, 9);
            Assert.Equal(a.FreeFloat, b.FreeFloat, 9);
        }
    }

    [Fact]
    public void Schedule_ProgressInCalendarMode_RemainingWorkFromStatusDate()
    {
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            new Activity("A", 4, progress: new ActivityProgress(At(1, 4, 8))),
            new Activity("B", 1, new[] { new Dependency("A") }),
        });
        var options = new CalendarScheduleOptions(At(1, 4, 8), WorkingCalendar.Standard) { StatusDate = At(1, 6, 8) };
        Schedule<LocalDateTime> s = CriticalPathScheduler.Schedule(network, options);
        Assert.Equal(ActivityStatus.InProgress, s["A"].Status);
        Assert.Equal(At(1, 7, 17), s["A"].EarlyFinish);   // 2 days done, 2 remain from Wed 08:00
        Assert.Equal(At(1, 8, 17), s["B"].EarlyFinish);
    }

    [Fact]
    public void Schedule_ProgressWithoutStatusDateInCalendarMode_RemainingWorkFollowsTheActualWork()
    {
        // Standard calendar 08:00–12:00, 13:00–17:00, 1-day units, Mon 4 Jan 2027.
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            new Activity("A", 4, progress: new ActivityProgress(At(1, 4, 8), null, 1.5)),   // 2.5 days done: to Wed 12:00
            new Activity("B", 1, new[] { new Dependency("A") }),
            new Activity("C", 4, progress: new ActivityProgress(At(1, 4, 8), null, 1.5).WithResume(At(1, 7, 8))),
            new Activity("D", 3, progress: new ActivityProgress(At(1, 4, 8), At(1, 5, 17))), // finished in 2 days
        });
        CalendarScheduleOptions options = Options().WithProgressWithoutStatusDate(ProgressWithoutStatusDate.ContinueFromActualStart);
        Schedule<LocalDateTime> s = CriticalPathScheduler.Schedule(network, options);
        Assert.Equal(At(1, 4, 8), s["A"].EarlyStart);
        Assert.Equal(At(1, 7, 17), s["A"].EarlyFinish);   // 1.5 days from Wed 13:00: Wed afternoon, Thu
        Assert.Equal(At(1, 8, 8), s["B"].EarlyStart);
        Assert.Equal(At(1, 8, 17), s["B"].EarlyFinish);
        Assert.Equal(At(1, 8, 12), s["C"].EarlyFinish);   // 1.5 days from the resume Thu 08:00
        Assert.Equal((At(1, 4, 8), At(1, 5, 17)), (s["D"].EarlyStart, s["D"].EarlyFinish));
        Assert.Equal(At(1, 8, 17), s.ProjectFinish);
        Assert.Equal((At(1, 4, 8), At(1, 7, 17), 0.0), (s["A"].LateStart, s["A"].LateFinish, s["A"].TotalFloat));
        Assert.Equal((At(1, 4, 8), At(1, 8, 17), 0.5), (s["C"].LateStart, s["C"].LateFinish, s["C"].TotalFloat));
    }

    [Fact]
    public void Schedule_ProgressWithoutStatusDateBeforeTheProjectStart_FinishesWithTheLatestActivity()
    {
        // The work lies before the project start (an MS Project file whose StartDate moved on): the project finish is
        // the latest early finish, not the project start, so floats are measured against the work itself.
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            new Activity("A", 2, progress: new ActivityProgress(At(1, 4, 8), null, 1)),
            new Activity("B", 1, progress: new ActivityProgress(At(1, 4, 8), null, 0.5)),
        });
        var options = new CalendarScheduleOptions(At(3, 1, 8), WorkingCalendar.Standard) { ProgressWithoutStatusDate = ProgressWithoutStatusDate.ContinueFromActualStart };
        Schedule<LocalDateTime> s = CriticalPathScheduler.Schedule(network, options);
        Assert.Equal(At(1, 5, 17), s.ProjectFinish);
        Assert.Equal(0, s["A"].TotalFloat);
        Assert.Equal(1, s["B"].TotalFloat);
    }

    [Fact]
    public void Schedule_NumberConstraintInCalendarMode_ThrowsNamingActivity()
    {
        ProjectNetwork network = ProjectNetwork.Create(new[] { new Activity("A", 1, constraint: new ActivityConstraint(ConstraintType.StartNoEarlierThan, 3)) });
        var ex = Assert.Throws<ArgumentException>(() => CriticalPathScheduler.Schedule(network, Options()));
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LagCalendar.Successor, 10)]
    [InlineData(LagCalendar.Predecessor, 12)]
    [InlineData(LagCalendar.Continuous, 9)]
    [InlineData(LagCalendar.Project, 12)]
    public void Schedule_LagCalendarOption_CountsTheLagOnTheChosenCalendar(LagCalendar lagCalendar, int startDay)
    {
        // A (standard Mon-Fri 08-12,13-17) runs Fri 8 Jan 2027; FS + 8 h lag to B on a 7-day 08:00-16:00 calendar.
        // Successor calendar: the lag uses B's Sat 08:00-16:00, so B starts Sun 10 Jan 08:00.
        // Predecessor or project calendar (standard): the lag uses Mon 11 Jan, so B starts Tue 12 Jan 08:00.
        // 24-hour calendar: the lag ends Sat 01:00, so B starts Sat 9 Jan 08:00.
        var sevenDay = WorkingCalendar.Create("7-day", WorkWeek.Create(Enumerable.Repeat(WorkingDay.Parse("08:00-16:00"), 7).ToArray()));
        var network = ProjectNetwork.Create(new[]
        {
            new Activity("A", 1),
            new Activity("B", 1, new[] { new Dependency("A", DependencyType.FinishToStart, 1) }, calendar: sevenDay),
        });
        var options = new CalendarScheduleOptions(At(1, 8, 8), WorkingCalendar.Standard) { TimeUnit = Duration.FromHours(8), LagCalendar = lagCalendar };
        Schedule<LocalDateTime> s = CriticalPathScheduler.Schedule(network, options);
        Assert.Equal(At(1, 8, 17), s["A"].EarlyFinish);
        Assert.Equal(At(1, startDay, 8), s["B"].EarlyStart);
        Assert.Equal(0, s["A"].TotalFloat, 9); // the backward pass counts the lag on the same calendar
    }
}
