using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;
using NodaTime.TimeZones;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Calendars;

/// <summary>
/// A working-time calendar: a weekly pattern of working intervals, dated exceptions (holidays, extra
/// or shortened days) and an optional time zone. The one calendar type of the library: schedules count
/// durations on it, SLA clocks count business time on it.
/// </summary>
/// <remarks>
/// <para>Two kinds of arithmetic are offered:</para>
/// <list type="bullet">
/// <item><description><b>Wall-clock</b> (<see cref="LocalDateTime"/> overloads), as planning tools such as MS Project
/// and Primavera count: a working interval 09:00–17:00 is always eight hours, whatever the time zone does.</description></item>
/// <item><description><b>Elapsed</b> (<see cref="Instant"/> overloads), as SLA clocks count: the intervals are placed
/// on the time line through <see cref="Zone"/> (UTC when none is set), so a 24×7 day of a spring-forward
/// change lasts 23 hours. A working-interval boundary that falls in a skipped hour moves to the end of
/// the gap; one that falls in a repeated hour takes the earlier occurrence for a start, the later for an end.</description></item>
/// </list>
/// <para>Each operation costs a binary search within a year plus one step per calendar year crossed
/// (precomputed year blocks are cached on first use). Instances are immutable and thread-safe.
/// Arithmetic is supported for years 1 to 9998.</para>
/// </remarks>
public sealed class WorkingCalendar
{
    private static readonly ZoneLocalMappingResolver StartResolver = Resolvers.LenientResolver;
    private static readonly ZoneLocalMappingResolver EndResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnForwardShifted);

    private readonly Dictionary<LocalDate, WorkingDay> _exceptionDays;
    private readonly int _firstExceptionYear;
    private readonly int _lastExceptionYear;
    private readonly CalendarTimeline _wallClock;
    private readonly CalendarTimeline _elapsed;

    private WorkingCalendar(string name, WorkWeek week, IEnumerable<CalendarException> exceptions, DateTimeZone? zone, Duration? standardDay)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        Preconditions.CheckNotNull(week, nameof(week));
        Preconditions.CheckNotNull(exceptions, nameof(exceptions));
        Preconditions.CheckArgument(week.TotalWork > Duration.Zero, nameof(week), $"Calendar '{name}' has no working time in its work week.");
        CalendarException[] list = exceptions.OrderBy(e => e.From).ToArray();
        _exceptionDays = new Dictionary<LocalDate, WorkingDay>();
        var byDate = new Dictionary<LocalDate, CalendarException>();
        long expanded = 0;
        foreach (CalendarException exception in list)
        {
            Preconditions.CheckNotNull(exception, nameof(exceptions));
            for (LocalDate d = exception.From; d <= exception.To; d = d.PlusDays(1))
            {
                if (++expanded > 1_000_000)
                {
                    throw new ArgumentException($"Calendar '{name}' has exceptions covering more than 1,000,000 days.", nameof(exceptions));
                }

                if (byDate.TryGetValue(d, out CalendarException? earlier))
                {
                    if (!earlier.Day.Equals(exception.Day))
                    {
                        throw new ArgumentException($"Calendar '{name}': exceptions '{earlier}' and '{exception}' both set {d:uuuu-MM-dd} differently.", nameof(exceptions));
                    }

                    continue;
                }

                byDate[d] = exception;
                _exceptionDays[d] = exception.Day;
            }
        }

        Name = name;
        WorkWeek = week;
        Exceptions = new ReadOnlyCollection<CalendarException>(list);
        Zone = zone;
        if (standardDay is { } day)
        {
            Preconditions.CheckArgument(day > Duration.Zero && day <= Duration.FromDays(1), nameof(standardDay), $"Calendar '{name}': a standard day must be in (0, 24h], got {day}.");
            StandardDay = day;
        }
        else
        {
            StandardDay = Duration.FromTicks(week.TotalWork.BclCompatibleTicks / week.WorkingDaysPerWeek);
        }

        _firstExceptionYear = list.Length == 0 ? int.MaxValue : list.Min(e => e.From.Year);
        _lastExceptionYear = list.Length == 0 ? int.MinValue : list.Max(e => e.To.Year);
        _wallClock = new CalendarTimeline(BuildWallClockYear, t => LocalFromTicks(t).Year);
        DateTimeZone effectiveZone = zone ?? DateTimeZone.Utc;
        _elapsed = new CalendarTimeline(y => BuildElapsedYear(y, effectiveZone), t => Instant.FromUnixTimeTicks(t).InZone(effectiveZone).Year);
    }

    /// <summary>Monday–Friday 08:00–12:00 and 13:00–17:00, no holidays, no time zone.</summary>
    public static WorkingCalendar Standard { get; } = new("Standard", WorkWeek.Standard, Array.Empty<CalendarException>(), null, null);

    /// <summary>Around the clock, every day (24×7), no time zone: working time equals elapsed time.</summary>
    public static WorkingCalendar Continuous { get; } = new("24x7", WorkWeek.Continuous, Array.Empty<CalendarException>(), null, null);

    /// <summary>The calendar's name.</summary>
    public string Name { get; }

    /// <summary>The repeating weekly pattern.</summary>
    public WorkWeek WorkWeek { get; }

    /// <summary>Dated exceptions, ordered by first date.</summary>
    public IReadOnlyList<CalendarException> Exceptions { get; }

    /// <summary>Time zone in which the working intervals are wall-clock times; null means UTC for <see cref="Instant"/> arithmetic.</summary>
    public DateTimeZone? Zone { get; }

    /// <summary>
    /// The working time that one "day" of duration stands for (MS Project's "hours per day").
    /// Defaults to the weekly working time divided by the number of working weekdays (8 hours for
    /// <see cref="Standard"/>, 24 hours for <see cref="Continuous"/>).
    /// </summary>
    public Duration StandardDay { get; }

    /// <summary>Creates a calendar.</summary>
    /// <param name="name">A name, used in messages and reports.</param>
    /// <param name="week">The weekly pattern; must contain some working time.</param>
    /// <param name="exceptions">Holidays and other dated exceptions (null for none). Two exceptions may cover
    /// the same date only if they agree.</param>
    /// <param name="zone">Optional time zone of the working intervals.</param>
    /// <param name="standardDay">Optional length of a working "day" of duration; see <see cref="StandardDay"/>.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentException">The week has no working time, or exceptions contradict each other.</exception>
    public static WorkingCalendar Create(string name, WorkWeek week, IEnumerable<CalendarException>? exceptions = null, DateTimeZone? zone = null, Duration? standardDay = null) =>
        new(name, week, exceptions ?? Array.Empty<CalendarException>(), zone, standardDay);

    /// <summary>Returns a copy with more exceptions.</summary>
    /// <param name="exceptions">The exceptions to add.</param>
    /// <returns>The new calendar.</returns>
    public WorkingCalendar WithExceptions(IEnumerable<CalendarException> exceptions) =>
        new(Name, WorkWeek, Exceptions.Concat(Preconditions.CheckNotNull(exceptions, nameof(exceptions))), Zone, StandardDay);

    /// <summary>Returns a copy with more holidays.</summary>
    /// <param name="dates">Non-working dates to add.</param>
    /// <returns>The new calendar.</returns>
    public WorkingCalendar WithHolidays(params LocalDate[] dates) =>
        WithExceptions(Preconditions.CheckNotNull(dates, nameof(dates)).Select(d => CalendarException.Holiday(d)));

    /// <summary>Returns a copy in another time zone.</summary>
    /// <param name="zone">The zone of the working intervals; null for none (UTC).</param>
    /// <returns>The new calendar.</returns>
    public WorkingCalendar WithZone(DateTimeZone? zone) => new(Name, WorkWeek, Exceptions, zone, StandardDay);

    /// <summary>Returns a copy with another name.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>The new calendar.</returns>
    public WorkingCalendar WithName(string name) => new(name, WorkWeek, Exceptions, Zone, StandardDay);

    /// <summary>The working intervals of a date, after exceptions.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Its working intervals.</returns>
    public WorkingDay GetWorkingDay(LocalDate date) =>
        _exceptionDays.TryGetValue(date, out WorkingDay? day) ? day : WorkWeek[date.DayOfWeek];

    /// <summary>True when the date has any working time.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is a working day.</returns>
    public bool IsWorkingDay(LocalDate date) => GetWorkingDay(date).IsWorking;

    /// <summary>Counts working days in the inclusive range [<paramref name="from"/>, <paramref name="to"/>]; 0 when to &lt; from.</summary>
    /// <param name="from">First date.</param>
    /// <param name="to">Last date.</param>
    /// <returns>The number of dates with working time.</returns>
    /// <remarks>Costs O(weeks-free): whole weeks are counted from the pattern, exceptions are corrected by lookup.</remarks>
    public int CountWorkingDays(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            return 0;
        }

        int days = Period.DaysBetween(from, to) + 1;
        int weeks = days / 7;
        int count = weeks * WorkWeek.WorkingDaysPerWeek;
        for (LocalDate d = from.PlusDays(weeks * 7); d <= to; d = d.PlusDays(1))
        {
            count += WorkWeek[d.DayOfWeek].IsWorking ? 1 : 0;
        }

        foreach (KeyValuePair<LocalDate, WorkingDay> exception in _exceptionDays)
        {
            if (exception.Key >= from && exception.Key <= to)
            {
                count += (exception.Value.IsWorking ? 1 : 0) - (WorkWeek[exception.Key.DayOfWeek].IsWorking ? 1 : 0);
            }
        }

        return count;
    }

    /// <summary>Converts a number of working days into working time (days × <see cref="StandardDay"/>).</summary>
    /// <param name="days">Working days; may be fractional or negative.</param>
    /// <returns>The working time.</returns>
    public Duration FromWorkingDays(double days)
    {
        Preconditions.CheckArgumentRange(nameof(days), days, -1e7, 1e7);
        return Duration.FromTicks((long)Math.Round(days * StandardDay.BclCompatibleTicks));
    }

    // ---- wall-clock arithmetic -------------------------------------------------------------

    /// <summary>True when work is done at <paramref name="moment"/> (inside [start, end) of a working interval).</summary>
    /// <param name="moment">Wall-clock moment.</param>
    /// <returns>Whether it is working time.</returns>
    public bool IsWorking(LocalDateTime moment) => _wallClock.IsWorking(ToTicks(moment));

    /// <summary>
    /// Adds working time: the earliest moment by which <paramref name="work"/> of working time has passed
    /// since <paramref name="start"/> (ends at the close of an interval rather than at the next opening).
    /// A negative amount counts backwards, as <see cref="SubtractWorkingTime(LocalDateTime, Duration)"/>.
    /// </summary>
    /// <param name="start">Wall-clock start.</param>
    /// <param name="work">Working time to add.</param>
    /// <returns>The finish moment.</returns>
    public LocalDateTime AddWorkingTime(LocalDateTime start, Duration work)
    {
        long w = work.BclCompatibleTicks;
        long t = ToTicks(start);
        return FromTicks(w >= 0 ? _wallClock.AddWork(t, w, _lastExceptionYear) : _wallClock.SubtractWork(t, -w, _firstExceptionYear));
    }

    /// <summary>
    /// Subtracts working time: the latest moment from which <paramref name="work"/> of working time
    /// leads up to <paramref name="finish"/> (a start at an opening rather than at the previous close).
    /// </summary>
    /// <param name="finish">Wall-clock finish.</param>
    /// <param name="work">Working time to subtract; a negative amount adds.</param>
    /// <returns>The start moment.</returns>
    public LocalDateTime SubtractWorkingTime(LocalDateTime finish, Duration work) => AddWorkingTime(finish, -work);

    /// <summary>Working time in [<paramref name="from"/>, <paramref name="to"/>); negative when to is before from.</summary>
    /// <param name="from">Wall-clock start.</param>
    /// <param name="to">Wall-clock end.</param>
    /// <returns>The working time between them.</returns>
    public Duration WorkingTimeBetween(LocalDateTime from, LocalDateTime to) =>
        Duration.FromTicks(_wallClock.WorkBetween(ToTicks(from), ToTicks(to)));

    /// <summary>The earliest moment at or after <paramref name="moment"/> at which work is done.</summary>
    /// <param name="moment">Wall-clock moment.</param>
    /// <returns>The next working moment (itself when working).</returns>
    public LocalDateTime NextWorkingMoment(LocalDateTime moment) =>
        FromTicks(_wallClock.NextWorking(ToTicks(moment), _lastExceptionYear));

    /// <summary>
    /// The latest moment at or before <paramref name="moment"/> just before which work is done: the
    /// moment itself inside working time, else the close of the previous working interval.
    /// </summary>
    /// <param name="moment">Wall-clock moment.</param>
    /// <returns>The previous working moment.</returns>
    public LocalDateTime PreviousWorkingMoment(LocalDateTime moment) =>
        FromTicks(_wallClock.PreviousWorking(ToTicks(moment), _firstExceptionYear));

    // ---- elapsed-time arithmetic -----------------------------------------------------------

    /// <summary>True when work is done at <paramref name="instant"/> in the calendar's zone.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>Whether it is working time.</returns>
    public bool IsWorking(Instant instant) => _elapsed.IsWorking(instant.ToUnixTimeTicks());

    /// <summary>Adds elapsed working time to an instant (backwards when negative); see <see cref="AddWorkingTime(LocalDateTime, Duration)"/>.</summary>
    /// <param name="start">The start instant.</param>
    /// <param name="work">Working time to add.</param>
    /// <returns>The instant at which that much working time has passed.</returns>
    public Instant AddWorkingTime(Instant start, Duration work)
    {
        long w = work.BclCompatibleTicks;
        long t = start.ToUnixTimeTicks();
        return Instant.FromUnixTimeTicks(w >= 0 ? _elapsed.AddWork(t, w, _lastExceptionYear) : _elapsed.SubtractWork(t, -w, _firstExceptionYear));
    }

    /// <summary>Subtracts elapsed working time from an instant; see <see cref="SubtractWorkingTime(LocalDateTime, Duration)"/>.</summary>
    /// <param name="finish">The finish instant.</param>
    /// <param name="work">Working time to subtract.</param>
    /// <returns>The latest start instant.</returns>
    public Instant SubtractWorkingTime(Instant finish, Duration work) => AddWorkingTime(finish, -work);

    /// <summary>Elapsed working time in [<paramref name="from"/>, <paramref name="to"/>); negative when to is before from.</summary>
    /// <param name="from">Start instant.</param>
    /// <param name="to">End instant.</param>
    /// <returns>The working time between them.</returns>
    public Duration WorkingTimeBetween(Instant from, Instant to) =>
        Duration.FromTicks(_elapsed.WorkBetween(from.ToUnixTimeTicks(), to.ToUnixTimeTicks()));

    /// <summary>The earliest instant at or after <paramref name="instant"/> at which work is done.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The next working instant.</returns>
    public Instant NextWorkingMoment(Instant instant) =>
        Instant.FromUnixTimeTicks(_elapsed.NextWorking(instant.ToUnixTimeTicks(), _lastExceptionYear));

    /// <summary>The latest instant at or before <paramref name="instant"/> just before which work is done.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The previous working instant.</returns>
    public Instant PreviousWorkingMoment(Instant instant) =>
        Instant.FromUnixTimeTicks(_elapsed.PreviousWorking(instant.ToUnixTimeTicks(), _firstExceptionYear));

    /// <summary>A readable summary.</summary>
    /// <returns>Name, week, exception count and zone.</returns>
    public override string ToString() =>
        $"{Name}: {WorkWeek}; {Exceptions.Count} exception(s){(Zone is null ? string.Empty : "; " + Zone.Id)}";

    // ---- tick-level access for the scheduling engine ----------------------------------------

    /// <summary>Wall-clock ticks since 0001-01-01T00:00.</summary>
    internal static long ToTicks(LocalDateTime moment) => moment.ToDateTimeUnspecified().Ticks;

    /// <summary>Inverse of <see cref="ToTicks"/>.</summary>
    internal static LocalDateTime FromTicks(long ticks) => LocalFromTicks(ticks);

    internal long AddWorkTicks(long t, long work) =>
        work >= 0 ? _wallClock.AddWork(t, work, _lastExceptionYear) : _wallClock.SubtractWork(t, -work, _firstExceptionYear);

    internal long WorkTicksBetween(long a, long b) => _wallClock.WorkBetween(a, b);

    /// <summary>The elapsed-time (UTC instant ticks) timeline, for bulk clocks that cache year blocks.</summary>
    internal CalendarTimeline ElapsedTimeline => _elapsed;

    internal long NextWorkingTick(long t) => _wallClock.NextWorking(t, _lastExceptionYear);

    internal long PreviousWorkingTick(long t) => _wallClock.PreviousWorking(t, _firstExceptionYear);

    private static LocalDateTime LocalFromTicks(long ticks) => LocalDateTime.FromDateTime(new DateTime(ticks, DateTimeKind.Unspecified));

    private static long DayStartTicks(LocalDate date) => date.ToDateTimeUnspecified().Ticks;

    private CalendarTimeline.YearBlock BuildWallClockYear(int year)
    {
        var intervals = new List<(long, long)>(600);
        var first = new LocalDate(year, 1, 1);
        var next = new LocalDate(year + 1, 1, 1);
        for (LocalDate d = first; d < next; d = d.PlusDays(1))
        {
            long dayStart = DayStartTicks(d);
            foreach (WorkingInterval interval in GetWorkingDay(d).IntervalArray)
            {
                intervals.Add((dayStart + interval.StartTick, dayStart + interval.EndTick));
            }
        }

        CalendarTimeline.Normalise(intervals, out long[] starts, out long[] ends);
        return new CalendarTimeline.YearBlock(year, DayStartTicks(first), DayStartTicks(next), starts, ends);
    }

    private CalendarTimeline.YearBlock BuildElapsedYear(int year, DateTimeZone zone)
    {
        var intervals = new List<(long, long)>(600);
        var first = new LocalDate(year, 1, 1);
        var next = new LocalDate(year + 1, 1, 1);
        for (LocalDate d = first; d < next; d = d.PlusDays(1))
        {
            foreach (WorkingInterval interval in GetWorkingDay(d).IntervalArray)
            {
                long start = zone.ResolveLocal(d.At(interval.Start), StartResolver).ToInstant().ToUnixTimeTicks();
                long end = interval.EndsAtMidnight
                    ? zone.AtStartOfDay(d.PlusDays(1)).ToInstant().ToUnixTimeTicks()
                    : zone.ResolveLocal(d.At(interval.End), EndResolver).ToInstant().ToUnixTimeTicks();
                intervals.Add((start, end));
            }
        }

        CalendarTimeline.Normalise(intervals, out long[] starts, out long[] ends);
        return new CalendarTimeline.YearBlock(
            year,
            zone.AtStartOfDay(first).ToInstant().ToUnixTimeTicks(),
            zone.AtStartOfDay(next).ToInstant().ToUnixTimeTicks(),
            starts,
            ends);
    }
}
