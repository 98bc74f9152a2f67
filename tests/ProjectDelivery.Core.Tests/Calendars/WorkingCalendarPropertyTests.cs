using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using ProjectDelivery.Calendars;
using Xunit;

namespace ProjectDelivery.Tests.Calendars;

/// <summary>
/// Calendar arithmetic against a brute-force oracle that walks minute by minute over the calendar's
/// day-by-day working intervals (no precomputed timeline), on random weekly patterns with holidays and
/// exceptions around a year end.
/// </summary>
public sealed class WorkingCalendarPropertyTests
{
    private static readonly LocalDateTime Origin = new(2026, 12, 14, 0, 0);

    private static readonly Gen<WorkingDay> Days =
        Gen.Int[0, 96].Array[0, 6].Select(points =>
        {
            int[] sorted = points.Distinct().OrderBy(p => p).ToArray();
            var intervals = new List<WorkingInterval>();
            for (int i = 0; i + 1 < sorted.Length; i += 2)
            {
                intervals.Add(WorkingInterval.Create(Quarter(sorted[i]), Quarter(sorted[i + 1])));
            }

            return WorkingDay.Create(intervals);
        });

    private static readonly Gen<WorkingCalendar> Calendars =
        from week in Days.Array[7].Where(d => d.Any(x => x.IsWorking))
        from holidays in Gen.Int[0, 40].Array[0, 6]
        from extraDay in Days
        from extraOffset in Gen.Int[0, 40]
        select WorkingCalendar.Create("random", WorkWeek.Create(week),
            holidays.Distinct().Where(h => h != extraOffset).Select(h => CalendarException.Holiday(Origin.Date.PlusDays(h)))
                .Append(CalendarException.WorkingHours(Origin.Date.PlusDays(extraOffset), extraDay)));

    private static LocalTime Quarter(int q) => q >= 96 ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(q * 15);

    private static bool WorkingMinute(WorkingCalendar c, LocalDateTime minuteStart)
    {
        long tick = minuteStart.TimeOfDay.TickOfDay;
        return c.GetWorkingDay(minuteStart.Date).Intervals.Any(i => tick >= i.StartTick && tick < i.EndTick);
    }

    private static long BruteBetween(WorkingCalendar c, LocalDateTime a, LocalDateTime b)
    {
        long minutes = 0;
        for (LocalDateTime t = a; t < b; t = t.PlusMinutes(1))
        {
            minutes += WorkingMinute(c, t) ? 1 : 0;
        }

        return minutes;
    }

    private static readonly Gen<(WorkingCalendar Calendar, LocalDateTime A, LocalDateTime B)> Cases =
        from c in Calendars
        from a in Gen.Int[0, 30 * 96]
        from len in Gen.Int[0, 12 * 96]
        select (c, Origin.PlusMinutes(a * 15L + (a % 7)), Origin.PlusMinutes(a * 15L + (a % 7) + len * 15L));

    [Fact]
    public void WorkingTimeBetween_RandomCalendars_MatchesMinuteWalk()
    {
        Cases.Sample(x =>
        {
            long expected = BruteBetween(x.Calendar, x.A, x.B);
            Assert.Equal(Duration.FromMinutes(expected), x.Calendar.WorkingTimeBetween(x.A, x.B));
            Assert.Equal(Duration.FromMinutes(-expected), x.Calendar.WorkingTimeBetween(x.B, x.A));
        }, iter: 400);
    }

    [Fact]
    public void AddWorkingTime_RandomCalendars_IsEarliestMomentReachingTheAmount()
    {
        Cases.Sample(x =>
        {
            Duration work = x.Calendar.WorkingTimeBetween(x.A, x.B);
            LocalDateTime end = x.Calendar.AddWorkingTime(x.A, work);
            Assert.Equal(work, x.Calendar.WorkingTimeBetween(x.A, end));
            if (work > Duration.Zero)
            {
                // one minute earlier would not be enough, and the minute before the end is working
                Assert.True(WorkingMinute(x.Calendar, end.PlusMinutes(-1)));
            }

            Assert.True(end <= x.B);
        }, iter: 400);
    }

    [Fact]
    public void SubtractWorkingTime_RandomCalendars_IsLatestStartGivingTheAmount()
    {
        Cases.Sample(x =>
        {
            Duration work = x.Calendar.WorkingTimeBetween(x.A, x.B);
            LocalDateTime start = x.Calendar.SubtractWorkingTime(x.B, work);
            Assert.Equal(work, x.Calendar.WorkingTimeBetween(start, x.B));
            if (work > Duration.Zero)
            {
                Assert.True(WorkingMinute(x.Calendar, start));
            }

            Assert.True(start >= x.A);
        }, iter: 400);
    }

    [Fact]
    public void NextAndPreviousWorkingMoment_RandomCalendars_AgreeWithMinuteWalk()
    {
        Cases.Sample(x =>
        {
            LocalDateTime t = x.A.With(TimeAdjusters.TruncateToMinute);
            LocalDateTime next = x.Calendar.NextWorkingMoment(t);
            Assert.True(WorkingMinute(x.Calendar, next));
            Assert.Equal(0, BruteBetween(x.Calendar, t, next));

            LocalDateTime previous = x.Calendar.PreviousWorkingMoment(t);
            Assert.True(previous <= t);
            Assert.True(WorkingMinute(x.Calendar, previous.PlusMinutes(-1)));
            Assert.Equal(0, BruteBetween(x.Calendar, previous, t));
        }, iter: 400);
    }

    [Fact]
    public void WorkingTimeBetween_IsAdditiveOverAdjacentIntervals()
    {
        Gen.Select(Calendars, Gen.Int[0, 3000], Gen.Int[0, 3000], Gen.Int[0, 3000]).Sample((c, a, b, d) =>
        {
            LocalDateTime[] t = new[] { a, b, d }.OrderBy(v => v).Select(v => Origin.PlusMinutes(v * 13L)).ToArray();
            Assert.Equal(c.WorkingTimeBetween(t[0], t[2]), c.WorkingTimeBetween(t[0], t[1]) + c.WorkingTimeBetween(t[1], t[2]));
        }, iter: 1000);
    }

    [Fact]
    public void Continuous_InstantArithmetic_AgreesWithPlainDurations()
    {
        WorkingCalendar c = WorkingCalendar.Continuous.WithZone(DateTimeZoneProviders.Tzdb["America/New_York"]);
        Gen.Select(Gen.Long[0, 10_000_000_000L], Gen.Long[0, 1_000_000_000L]).Sample((startSeconds, lengthSeconds) =>
        {
            Instant a = Instant.FromUnixTimeSeconds(1_700_000_000L + startSeconds);
            Duration length = Duration.FromSeconds(lengthSeconds);
            Assert.Equal(length, c.WorkingTimeBetween(a, a + length));
            Assert.Equal(a + length, c.AddWorkingTime(a, length));
        }, iter: 2000);
    }
}
