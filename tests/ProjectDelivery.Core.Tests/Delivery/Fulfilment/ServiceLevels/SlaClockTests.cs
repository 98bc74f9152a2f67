using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Fulfilment.ServiceLevels;

public sealed class SlaClockTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>The issue's calendar: London, Mon–Thu 09–17, Fri 09–12 and 13–17, Good Friday 2027 off.</summary>
    internal static readonly WorkingCalendar LondonOffice = WorkingCalendar.Create(
        "London office",
        WorkWeek.Create(new Dictionary<IsoDayOfWeek, WorkingDay>
        {
            [IsoDayOfWeek.Monday] = WorkingDay.Parse("09:00-17:00"),
            [IsoDayOfWeek.Tuesday] = WorkingDay.Parse("09:00-17:00"),
            [IsoDayOfWeek.Wednesday] = WorkingDay.Parse("09:00-17:00"),
            [IsoDayOfWeek.Thursday] = WorkingDay.Parse("09:00-17:00"),
            [IsoDayOfWeek.Friday] = WorkingDay.Parse("09:00-12:00,13:00-17:00"),
        }),
        new[] { CalendarException.Holiday(new LocalDate(2027, 4, 2), "Good Friday") },
        London);

    private static readonly WorkingCalendar NewYorkOffice = WorkingCalendar.Create(
        "New York office",
        WorkWeek.Create(new Dictionary<IsoDayOfWeek, WorkingDay>
        {
            [IsoDayOfWeek.Monday] = WorkingDay.Parse("09:00-17:00"),
            [IsoDayOfWeek.Tuesday] = WorkingDay.Parse("09:00-17:00"),
            [IsoDayOfWeek.Wednesday] = WorkingDay.Parse("09:00-17:00"),
            [IsoDayOfWeek.Thursday] = WorkingDay.Parse("09:00-17:00"),
            [IsoDayOfWeek.Friday] = WorkingDay.Parse("09:00-17:00"),
        }),
        zone: NewYork);

    private static Instant Utc(int y, int m, int d, int h, int min = 0) => Instant.FromUtc(y, m, d, h, min);

    [Fact]
    public void Evaluate_IssueExampleAcrossSpringForwardAndHoliday_MatchesHandComputation()
    {
        // Fri 26 Mar 15:00 GMT → 17:00: 2h. Sun 28 Mar clocks go forward. Mon 29 Mar 09:00 BST = 08:00Z → pause 10:00Z (11:00 BST): 2h.
        // Resume 14:00Z (15:00 BST) → 17:00 BST: 2h (6h). Tue 30 Mar 09:00–11:00 BST: the goal of 8h is reached at 10:00Z.
        // As of Tue 6 Apr 12:00Z (13:00 BST): Tue 30 8h, Wed 31 8h, Thu 1 8h, Fri 2 holiday, Mon 5 8h, Tue 6 4h → 6 + 36 = 42h.
        SlaClock clock = SlaClock.Create(LondonOffice, Duration.FromHours(8), 0.75);
        SlaEvent[] events = { SlaEvent.Start(Utc(2027, 3, 26, 15)), SlaEvent.Pause(Utc(2027, 3, 29, 10)), SlaEvent.Resume(Utc(2027, 3, 29, 14)) };

        SlaStatus status = clock.Evaluate(events, Utc(2027, 4, 6, 12));

        Assert.Equal(SlaState.Breached, status.State);
        Assert.Equal(Duration.FromHours(42), status.Elapsed);
        Assert.Equal(Duration.FromHours(-34), status.Remaining);
        Assert.Equal(Utc(2027, 3, 30, 10), status.BreachAt);
        Assert.False(status.IsAtRisk);
        Assert.Equal(Duration.FromHours(4), status.TimePaused);
    }

    [Fact]
    public void Evaluate_BeforeBreachOnSameTimeline_IsRunningWithFutureBreach()
    {
        SlaClock clock = SlaClock.Create(LondonOffice, Duration.FromHours(8), 0.75);
        SlaEvent[] events = { SlaEvent.Start(Utc(2027, 3, 26, 15)), SlaEvent.Pause(Utc(2027, 3, 29, 10)), SlaEvent.Resume(Utc(2027, 3, 29, 14)) };

        // Mon 29 Mar 15:30Z = 16:30 BST: 2h + 2h + 1.5h = 5.5h → not yet at risk (6h)
        SlaStatus status = clock.Evaluate(events, Utc(2027, 3, 29, 15, 30));
        Assert.Equal(SlaState.Running, status.State);
        Assert.Equal(Duration.FromMinutes(330), status.Elapsed);
        Assert.Equal(Utc(2027, 3, 30, 10), status.BreachAt);
        Assert.False(status.IsAtRisk);

        // Tue 30 Mar 08:00Z = 09:00 BST: exactly 6h = 75% → at risk
        SlaStatus later = clock.Evaluate(events, Utc(2027, 3, 30, 8));
        Assert.Equal(Duration.FromHours(6), later.Elapsed);
        Assert.True(later.IsAtRisk);
    }

    [Fact]
    public void Evaluate_WhilePausedBelowGoal_IsPausedWithoutBreachInstant()
    {
        SlaClock clock = SlaClock.Create(LondonOffice, Duration.FromHours(8), 0.75);
        SlaEvent[] events = { SlaEvent.Start(Utc(2027, 3, 26, 15)), SlaEvent.Pause(Utc(2027, 3, 29, 10)), SlaEvent.Resume(Utc(2027, 3, 29, 14)) };

        SlaStatus status = clock.Evaluate(events, Utc(2027, 3, 29, 12));

        Assert.Equal(SlaState.Paused, status.State);
        Assert.Equal(Duration.FromHours(4), status.Elapsed);
        Assert.Null(status.BreachAt);
        Assert.Equal(Duration.FromHours(2), status.TimePaused);
    }

    [Fact]
    public void Evaluate_AcrossWeekend_CountsNoWeekendTime()
    {
        // New York: Fri 12 Mar 2027 16:00 EST (21:00Z) + 2h → Fri 1h, Mon 15 Mar (after spring-forward on Sun 14) 09:00–10:00 EDT = 13:00–14:00Z
        SlaClock clock = SlaClock.Create(NewYorkOffice, Duration.FromHours(2));
        SlaStatus status = clock.Evaluate(new[] { SlaEvent.Start(Utc(2027, 3, 12, 21)) }, Utc(2027, 3, 15, 13, 30));

        Assert.Equal(Utc(2027, 3, 15, 14), status.BreachAt);
        Assert.Equal(Duration.FromMinutes(90), status.Elapsed);
        Assert.Equal(SlaState.Running, status.State);
        Assert.True(status.IsAtRisk);
    }

    [Fact]
    public void Evaluate_TwentyFourSevenOnSpringForwardDay_CountsTwentyThreeHours()
    {
        WorkingCalendar calendar = WorkingCalendar.Continuous.WithZone(NewYork);
        SlaClock clock = SlaClock.Create(calendar, Duration.FromHours(30));
        // 14 Mar 2027 00:00 EST = 05:00Z to 15 Mar 00:00 EDT = 04:00Z
        SlaStatus status = clock.Evaluate(new[] { SlaEvent.Start(Utc(2027, 3, 14, 5)), SlaEvent.Stop(Utc(2027, 3, 15, 4)) }, Utc(2027, 3, 20, 0));

        Assert.Equal(Duration.FromHours(23), status.Elapsed);
        Assert.Equal(SlaState.Met, status.State);
    }

    [Fact]
    public void Evaluate_BusinessHoursAcrossFallBack_CountsTheRepeatedHour()
    {
        // Sun 31 Oct 2027 London: 00:30 BST (23:30Z on the 30th) to 02:00 GMT (02:00Z) is 2.5 hours of elapsed time
        WorkingCalendar calendar = WorkingCalendar.Create("night", WorkWeek.Create(new Dictionary<IsoDayOfWeek, WorkingDay>
        {
            [IsoDayOfWeek.Sunday] = WorkingDay.Parse("00:30-02:00"),
        }), zone: London);
        SlaClock clock = SlaClock.Create(calendar, Duration.FromHours(2));

        SlaStatus status = clock.Evaluate(new[] { SlaEvent.Start(Utc(2027, 10, 30, 12)) }, Utc(2027, 10, 31, 12));

        Assert.Equal(Duration.FromMinutes(150), status.Elapsed);
        Assert.Equal(Utc(2027, 10, 31, 1, 30), status.BreachAt);
        Assert.Equal(SlaState.Breached, status.State);
    }

    [Fact]
    public void Evaluate_PauseSpanningClosedHours_ExcludesPausedTimeButCountsRealPause()
    {
        // Thu 1 Apr 2027 15:00Z (16:00 BST) → pause Thu 16:00Z (17:00 BST, at close) → resume Mon 5 Apr 10:00Z (11:00 BST)
        SlaClock clock = SlaClock.Create(LondonOffice, Duration.FromHours(8));
        SlaEvent[] events = { SlaEvent.Start(Utc(2027, 4, 1, 15)), SlaEvent.Pause(Utc(2027, 4, 1, 16)), SlaEvent.Resume(Utc(2027, 4, 5, 10)) };

        SlaStatus status = clock.Evaluate(events, Utc(2027, 4, 5, 12));

        Assert.Equal(Duration.FromHours(3), status.Elapsed); // 1h Thursday + 2h Monday
        Assert.Equal(Duration.FromHours(90), status.TimePaused);
        Assert.Equal(Utc(2027, 4, 6, 9), status.BreachAt); // 5h left at Mon 13:00 BST: Mon 4h, Tue 09:00–10:00 BST = 08:00–09:00Z
    }

    [Fact]
    public void Evaluate_StopExactlyAtGoal_IsMetWithoutBreachInstant()
    {
        SlaClock clock = SlaClock.Create(WorkingCalendar.Continuous, Duration.FromHours(4));
        SlaStatus status = clock.Evaluate(new[] { SlaEvent.Start(Utc(2027, 1, 4, 8)), SlaEvent.Stop(Utc(2027, 1, 4, 12)) }, Utc(2027, 1, 5, 0));

        Assert.Equal(SlaState.Met, status.State);
        Assert.Null(status.BreachAt);
        Assert.Equal(Duration.Zero, status.Remaining);
    }

    [Fact]
    public void Evaluate_RunningExactlyAtGoal_IsBreached()
    {
        SlaClock clock = SlaClock.Create(WorkingCalendar.Continuous, Duration.FromHours(4));
        SlaStatus status = clock.Evaluate(new[] { SlaEvent.Start(Utc(2027, 1, 4, 8)) }, Utc(2027, 1, 4, 12));

        Assert.Equal(SlaState.Breached, status.State);
        Assert.Equal(Utc(2027, 1, 4, 12), status.BreachAt);
    }

    [Fact]
    public void Evaluate_StoppedAfterGoal_IsBreachedWithCrossingInstant()
    {
        SlaClock clock = SlaClock.Create(WorkingCalendar.Continuous, Duration.FromHours(4));
        SlaStatus status = clock.Evaluate(new[] { SlaEvent.Start(Utc(2027, 1, 4, 8)), SlaEvent.Stop(Utc(2027, 1, 4, 13)) }, Utc(2027, 1, 5, 0));

        Assert.Equal(SlaState.Breached, status.State);
        Assert.Equal(Utc(2027, 1, 4, 12), status.BreachAt);
        Assert.Equal(Duration.FromHours(-1), status.Remaining);
    }

    [Fact]
    public void Evaluate_PausedAfterBreach_StaysBreached()
    {
        SlaClock clock = SlaClock.Create(WorkingCalendar.Continuous, Duration.FromHours(4));
        SlaStatus status = clock.Evaluate(new[] { SlaEvent.Start(Utc(2027, 1, 4, 8)), SlaEvent.Pause(Utc(2027, 1, 4, 13)) }, Utc(2027, 1, 5, 0));

        Assert.Equal(SlaState.Breached, status.State);
        Assert.Equal(Utc(2027, 1, 4, 12), status.BreachAt);
        Assert.False(status.IsAtRisk);
    }

    [Fact]
    public void Evaluate_NoEventsYet_IsNotStarted()
    {
        SlaClock clock = SlaClock.Create(WorkingCalendar.Continuous, Duration.FromHours(4));
        SlaStatus status = clock.Evaluate(new[] { SlaEvent.Start(Utc(2027, 1, 4, 8)) }, Utc(2027, 1, 4, 7));

        Assert.Equal(SlaState.NotStarted, status.State);
        Assert.Equal(Duration.Zero, status.Elapsed);
        Assert.Null(status.BreachAt);
    }

    [Fact]
    public void Evaluate_EventsAfterAsOf_AreIgnored()
    {
        SlaClock clock = SlaClock.Create(WorkingCalendar.Continuous, Duration.FromHours(4));
        SlaEvent[] events = { SlaEvent.Start(Utc(2027, 1, 4, 8)), SlaEvent.Stop(Utc(2027, 1, 4, 10)) };

        SlaStatus status = clock.Evaluate(events, Utc(2027, 1, 4, 9));

        Assert.Equal(SlaState.Running, status.State);
        Assert.Equal(Duration.FromHours(1), status.Elapsed);
        Assert.Equal(Utc(2027, 1, 4, 12), status.BreachAt);
    }

    [Fact]
    public void Evaluate_MultipleCycles_ReportsLatestCycleFromZero()
    {
        SlaClock clock = SlaClock.Create(WorkingCalendar.Continuous, Duration.FromHours(4), multipleCycles: true);
        SlaEvent[] events =
        {
            SlaEvent.Start(Utc(2027, 1, 4, 8)), SlaEvent.Stop(Utc(2027, 1, 4, 13)),
            SlaEvent.Start(Utc(2027, 1, 5, 8)), SlaEvent.Pause(Utc(2027, 1, 5, 9)), SlaEvent.Resume(Utc(2027, 1, 5, 10)),
        };

        SlaStatus status = clock.Evaluate(events, Utc(2027, 1, 5, 11));
        IReadOnlyList<SlaStatus> cycles = clock.EvaluateCycles(events, Utc(2027, 1, 5, 11));

        Assert.Equal(2, status.Cycle);
        Assert.Equal(SlaState.Running, status.State);
        Assert.Equal(Duration.FromHours(2), status.Elapsed);
        Assert.Equal(Utc(2027, 1, 5, 13), status.BreachAt);
        Assert.Equal(2, cycles.Count);
        Assert.Equal(SlaState.Breached, cycles[0].State);
        Assert.Equal(Duration.FromHours(5), cycles[0].Elapsed);
        Assert.Equal(status, cycles[1]);
    }

    [Fact]
    public void Evaluate_StartAfterStopOfSingleCycleClock_IsRejected()
    {
        SlaClock clock = SlaClock.Create(WorkingCalendar.Continuous, Duration.FromHours(4));
        SlaEvent[] events = { SlaEvent.Start(Utc(2027, 1, 4, 8)), SlaEvent.Stop(Utc(2027, 1, 4, 13)), SlaEvent.Start(Utc(2027, 1, 5, 8)) };

        SlaTimelineException ex = Assert.Throws<SlaTimelineException>(() => clock.Evaluate(events, Utc(2027, 1, 6, 0)));
        Assert.Equal(2, ex.EventIndex);
        Assert.Contains("single cycle", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EventsOutOfOrder_AreRejectedNotReordered()
    {
        SlaClock clock = SlaClock.Create(WorkingCalendar.Continuous, Duration.FromHours(4));
        SlaEvent[] events = { SlaEvent.Start(Utc(2027, 1, 4, 8)), SlaEvent.Pause(Utc(2027, 1, 4, 10)), SlaEvent.Resume(Utc(2027, 1, 4, 9)) };

        SlaTimelineException ex = Assert.Throws<SlaTimelineException>(() => clock.Evaluate(events, Utc(2027, 1, 6, 0)));
        Assert.Equal(2, ex.EventIndex);
        Assert.Contains("time order", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InvalidTimelineAfterAsOf_IsStillRejected()
    {
        SlaClock clock = SlaClock.Create(WorkingCalendar.Continuous, Duration.FromHours(4));
        SlaEvent[] events = { SlaEvent.Start(Utc(2027, 1, 4, 8)), SlaEvent.Stop(Utc(2027, 1, 4, 10)), SlaEvent.Pause(Utc(2027, 1, 4, 11)) };

        SlaTimelineException ex = Assert.Throws<SlaTimelineException>(() => clock.Evaluate(events, Utc(2027, 1, 4, 9)));
        Assert.Equal(2, ex.EventIndex);
        Assert.Contains("after the clock stopped", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SlaEventType.Pause, "before the clock started")]
    [InlineData(SlaEventType.Resume, "before the clock started")]
    [InlineData(SlaEventType.Stop, "before the clock started")]
    public void Validate_FirstEventNotStart_IsRejected(SlaEventType type, string message)
    {
        SlaTimelineException ex = Assert.Throws<SlaTimelineException>(() => SlaClock.Validate(new[] { new SlaEvent(Utc(2027, 1, 4, 8), type) }, false));
        Assert.Equal(0, ex.EventIndex);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ResumeWhileRunningAndDoublePause_AreRejected()
    {
        Assert.Throws<SlaTimelineException>(() => SlaClock.Validate(new[] { SlaEvent.Start(Utc(2027, 1, 4, 8)), SlaEvent.Resume(Utc(2027, 1, 4, 9)) }, false));
        Assert.Throws<SlaTimelineException>(() => SlaClock.Validate(new[] { SlaEvent.Start(Utc(2027, 1, 4, 8)), SlaEvent.Pause(Utc(2027, 1, 4, 9)), SlaEvent.Pause(Utc(2027, 1, 4, 10)) }, false));
        Assert.Throws<SlaTimelineException>(() => SlaClock.Validate(new[] { SlaEvent.Start(Utc(2027, 1, 4, 8)), SlaEvent.Start(Utc(2027, 1, 4, 9)) }, true));
    }

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(-1.0, 0.5)]
    [InlineData(1.0, double.NaN)]
    [InlineData(1.0, 1.5)]
    [InlineData(1.0, -0.1)]
    public void Create_InvalidGoalOrWarning_Throws(double goalHours, double warning)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SlaClock.Create(WorkingCalendar.Continuous, Duration.FromHours(goalHours), warning));
    }

    [Fact]
    public void EvaluateMany_InvalidTimeline_NamesTimelineAndEvent()
    {
        SlaClock clock = SlaClock.Create(WorkingCalendar.Continuous, Duration.FromHours(4));
        SlaEventLog log = new SlaEventLogBuilder()
            .Add(new[] { SlaEvent.Start(Utc(2027, 1, 4, 8)) })
            .Add(new[] { SlaEvent.Start(Utc(2027, 1, 4, 8)), SlaEvent.Resume(Utc(2027, 1, 4, 9)) })
            .Build();

        SlaTimelineException ex = Assert.Throws<SlaTimelineException>(() => clock.EvaluateMany(log, Utc(2027, 1, 5, 0)));
        Assert.Equal(1, ex.EventIndex);
        Assert.StartsWith("Timeline 1:", ex.Message, StringComparison.Ordinal);
    }

    // ---- properties ------------------------------------------------------------------------------

    private static readonly Instant Origin = Utc(2027, 3, 15, 0);

    /// <summary>Random timelines on minute boundaries within five weeks around the UK spring-forward date.</summary>
    private static readonly Gen<(SlaEvent[] Events, Instant AsOf, int GoalMinutes)> Timelines =
        Gen.Select(
            Gen.Int[0, 10 * 24 * 60],
            Gen.Int[1, 600].Array[0, 6],
            Gen.Int[0, 5],
            Gen.Int[0, 30 * 24 * 60],
            Gen.Int[1, 40 * 60])
        .Select((start, gaps, stopAfter, asOf, goal) =>
        {
            var events = new List<SlaEvent> { SlaEvent.Start(Origin + Duration.FromMinutes(start)) };
            Instant t = events[0].At;
            bool running = true;
            for (int i = 0; i < gaps.Length; i++)
            {
                t += Duration.FromMinutes(gaps[i] * 7L);
                if (i == stopAfter)
                {
                    events.Add(SlaEvent.Stop(t));
                    break;
                }

                events.Add(running ? SlaEvent.Pause(t) : SlaEvent.Resume(t));
                running = !running;
            }

            return (events.ToArray(), Origin + Duration.FromMinutes(asOf), goal);
        });

    [Fact]
    public void Evaluate_RandomTimelines_MatchMinuteByMinuteReplay()
    {
        Timelines.Sample(sample =>
        {
            (SlaEvent[] events, Instant asOf, int goalMinutes) = sample;
            SlaClock clock = SlaClock.Create(LondonOffice, Duration.FromMinutes(goalMinutes), 0.5);
            SlaStatus status = clock.Evaluate(events, asOf);
            (SlaState state, int elapsed, Instant? breachAt, bool atRisk) = BruteForce(events, asOf, goalMinutes, 0.5);
            return status.State == state && status.Elapsed == Duration.FromMinutes(elapsed) && status.BreachAt == breachAt && status.IsAtRisk == atRisk;
        }, iter: 1500);
    }

    [Fact]
    public void Evaluate_PauseResumeAtSameInstant_IsAdditive()
    {
        Gen.Select(Gen.Int[0, 20 * 24 * 60], Gen.Int[0, 20 * 24 * 60], Gen.Int[0, 20 * 24 * 60]).Sample((x, y, z) =>
        {
            int[] m = new[] { x, y, z }.OrderBy(v => v).ToArray();
            Instant a = Origin + Duration.FromMinutes(m[0]), b = Origin + Duration.FromMinutes(m[1]), c = Origin + Duration.FromMinutes(m[2]);
            SlaClock clock = SlaClock.Create(LondonOffice, Duration.FromDays(3000));
            Duration whole = clock.Evaluate(new[] { SlaEvent.Start(a) }, c).Elapsed;
            Duration split = clock.Evaluate(new[] { SlaEvent.Start(a), SlaEvent.Pause(b), SlaEvent.Resume(b) }, c).Elapsed;
            Duration parts = clock.Evaluate(new[] { SlaEvent.Start(a) }, b).Elapsed + clock.Evaluate(new[] { SlaEvent.Start(b) }, c).Elapsed;
            return whole == split && whole == parts;
        }, iter: 500);
    }

    [Fact]
    public void Evaluate_AtBreachInstant_ElapsedEqualsGoal()
    {
        Gen.Select(Gen.Long[0, 400L * 24 * 3600 * NodaConstants.TicksPerSecond], Gen.Long[1, 2000L * 3600 * NodaConstants.TicksPerSecond]).Sample((offset, goalTicks) =>
        {
            SlaClock clock = SlaClock.Create(LondonOffice, Duration.FromTicks(goalTicks));
            SlaEvent[] events = { SlaEvent.Start(Origin + Duration.FromTicks(offset)) };
            Instant breach = clock.Evaluate(events, events[0].At).BreachAt!.Value;
            SlaStatus atBreach = clock.Evaluate(events, breach);
            return atBreach.Elapsed == clock.Goal && atBreach.State == SlaState.Breached;
        }, iter: 500);
    }

    [Fact]
    public void Evaluate_InsertingAPause_NeverIncreasesElapsed()
    {
        Gen.Select(Timelines, Gen.Int[0, 30 * 24 * 60], Gen.Int[0, 3 * 24 * 60]).Sample((sample, pauseAt, pauseLength) =>
        {
            (SlaEvent[] events, Instant asOf, int goal) = sample;
            SlaClock clock = SlaClock.Create(LondonOffice, Duration.FromMinutes(goal));
            // pause the first running segment somewhere inside it
            if (events.Length < 2 || events[1].Type != SlaEventType.Pause)
            {
                return true;
            }

            Instant start = events[0].At, end = events[1].At;
            Instant p = start + Duration.FromMinutes(pauseAt % Math.Max(1, (int)(end - start).TotalMinutes));
            Instant r = p + Duration.FromMinutes(pauseLength);
            if (r > end)
            {
                r = end;
            }

            var paused = new List<SlaEvent> { events[0], SlaEvent.Pause(p), SlaEvent.Resume(r) };
            paused.AddRange(events.Skip(1));
            return clock.Evaluate(paused, asOf).Elapsed <= clock.Evaluate(events, asOf).Elapsed;
        }, iter: 500);
    }

    [Fact]
    public void Evaluate_ContinuousUtcCalendar_AgreesWithDurationArithmetic()
    {
        Gen.Select(Gen.Long[0, 1L << 50], Gen.Long[1, 1L << 45], Gen.Long[0, 1L << 46]).Sample((start, goal, asOf) =>
        {
            SlaClock clock = SlaClock.Create(WorkingCalendar.Continuous, Duration.FromTicks(goal));
            Instant s = Origin + Duration.FromTicks(start);
            SlaStatus status = clock.Evaluate(new[] { SlaEvent.Start(s) }, s + Duration.FromTicks(asOf));
            return status.Elapsed == Duration.FromTicks(asOf) && status.BreachAt == s + Duration.FromTicks(goal);
        }, iter: 500);
    }

    [Fact]
    public void EvaluateMany_RandomLogsAcrossYears_MatchesOneByOne()
    {
        var yearsApart = Gen.Select(Gen.Int[0, 6 * 365 * 24], Gen.Int[1, 3000].Array[1, 5], Gen.Int[1, 20000])
            .Select((start, gaps, goal) =>
            {
                var events = new List<SlaEvent> { SlaEvent.Start(Origin + Duration.FromHours(start)) };
                for (int i = 0; i < gaps.Length; i++)
                {
                    events.Add(new SlaEvent(events[events.Count - 1].At + Duration.FromHours(gaps[i] / 10.0), i % 2 == 0 ? SlaEventType.Pause : SlaEventType.Resume));
                }

                return (events.ToArray(), goal);
            }).Array[1, 40];
        Gen.Select(yearsApart, Gen.Int[0, 8 * 365 * 24]).Sample((timelines, asOfHours) =>
        {
            Instant asOf = Origin + Duration.FromHours(asOfHours);
            SlaClock clock = SlaClock.Create(LondonOffice, Duration.FromMinutes(timelines[0].goal));
            SlaEventLog log = SlaEventLog.Create(timelines.Select(t => (IEnumerable<SlaEvent>)t.Item1));
            SlaStatus[] many = clock.EvaluateMany(log, asOf);
            for (int i = 0; i < timelines.Length; i++)
            {
                SlaStatus one = SlaClock.Create(LondonOffice, clock.Goal).Evaluate(timelines[i].Item1.AsSpan(), asOf);
                if (one != many[i])
                {
                    return false;
                }
            }

            return true;
        }, iter: 100);
    }

    /// <summary>Independent oracle: walks minute by minute, counting running working minutes (events and as-of are on minute boundaries).</summary>
    private static (SlaState State, int Elapsed, Instant? BreachAt, bool AtRisk) BruteForce(SlaEvent[] events, Instant asOf, int goal, double warning)
    {
        int elapsed = 0, total = 0;
        Instant? crossed = null;
        bool running = false, stopped = false, started = false;
        int next = 0;
        for (Instant t = events[0].At; ; t += Duration.FromMinutes(1))
        {
            while (next < events.Length && events[next].At <= t && events[next].At <= asOf)
            {
                SlaEventType type = events[next++].Type;
                started = true;
                running = type is SlaEventType.Start or SlaEventType.Resume;
                stopped = type == SlaEventType.Stop;
            }

            bool future = t >= asOf;
            if (!started || stopped || (future && (!running || crossed is not null)))
            {
                break;
            }

            if (running && LondonOffice.IsWorking(t))
            {
                total++;
                elapsed += future ? 0 : 1;
                if (crossed is null && total == goal)
                {
                    crossed = t + Duration.FromMinutes(1); // the goal is reached at the end of this minute
                }
            }
        }

        if (!started)
        {
            return (SlaState.NotStarted, 0, null, false);
        }

        if (stopped)
        {
            return elapsed <= goal ? (SlaState.Met, elapsed, null, false) : (SlaState.Breached, elapsed, crossed, false);
        }

        if (elapsed >= goal)
        {
            return (SlaState.Breached, elapsed, crossed, false);
        }

        return (running ? SlaState.Running : SlaState.Paused, elapsed, running ? crossed : null, elapsed >= warning * goal);
    }

    [Fact]
    public void Evaluate_ArraySpanOrSequence_GiveTheSameStatus()
    {
        // The array overload is the C# 7.3-to-13 tie-breaker between the span and the sequence overloads (CS0121).
        SlaClock clock = SlaClock.Create(LondonOffice, Duration.FromHours(8), 0.75);
        SlaEvent[] events = { SlaEvent.Start(Utc(2027, 3, 26, 15)), SlaEvent.Pause(Utc(2027, 3, 29, 10)), SlaEvent.Resume(Utc(2027, 3, 29, 14)) };
        Instant asOf = Utc(2027, 3, 30, 9);

        SlaStatus fromArray = clock.Evaluate(events, asOf);

        Assert.Equal(clock.Evaluate(new ReadOnlySpan<SlaEvent>(events), asOf), fromArray);
        Assert.Equal(clock.Evaluate(events.ToList(), asOf), fromArray);
        Assert.Equal(Duration.FromHours(7), fromArray.Elapsed);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => clock.Evaluate((SlaEvent[])null!, asOf)).ParamName);
    }

    [Fact]
    public void Add_ArrayOfEvents_AddsOneTimelineLikeTheSequenceOverload()
    {
        SlaEvent[] events = { SlaEvent.Start(Utc(2027, 3, 26, 15)), SlaEvent.Stop(Utc(2027, 3, 29, 10)) };

        SlaEventLog fromArrays = new SlaEventLogBuilder().Add(events).Add(new[] { SlaEvent.Start(Utc(2027, 3, 1, 9)) }).Build();
        SlaEventLog fromLists = new SlaEventLogBuilder().Add(events.ToList()).Add(new List<SlaEvent> { SlaEvent.Start(Utc(2027, 3, 1, 9)) }).Build();

        Assert.Equal(2, fromArrays.Count);
        Assert.Equal(fromLists.GetTimeline(0).ToArray(), fromArrays.GetTimeline(0).ToArray());
        Assert.Equal(fromLists.GetTimeline(1).ToArray(), fromArrays.GetTimeline(1).ToArray());
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => new SlaEventLogBuilder().Add((SlaEvent[])null!)).ParamName);
    }
}
