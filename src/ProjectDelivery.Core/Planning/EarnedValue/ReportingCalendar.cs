using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using NodaTime;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>
/// The reporting periods of a project: a first day and the last day of every period, in order. Period
/// <c>i</c> (zero-based) runs from the day after the end of period <c>i − 1</c> (or from <see cref="Start"/>
/// for the first) to its end date, both inclusive.
/// </summary>
/// <remarks>
/// Time in earned value analysis is counted in periods: time <c>t = k</c> is the end of the k-th period
/// (one-based), <c>t = 0</c> the start of the first. <see cref="DateAt"/> maps a fractional time back onto
/// dates by interpolating within a period by days, and extrapolates beyond the last period with that
/// period's length.
/// </remarks>
public sealed class ReportingCalendar
{
    private readonly LocalDate[] _ends;

    private ReportingCalendar(LocalDate start, LocalDate[] ends)
    {
        Start = start;
        _ends = ends;
    }

    /// <summary>Creates a calendar of custom periods.</summary>
    /// <param name="start">First day of the first period.</param>
    /// <param name="periodEnds">Last day of every period, strictly increasing, the first on or after <paramref name="start"/>.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periodEnds"/> is null.</exception>
    /// <exception cref="ArgumentException">The period ends do not increase strictly, or the first is before the start.</exception>
    public static ReportingCalendar Create(LocalDate start, IEnumerable<LocalDate> periodEnds)
    {
        Preconditions.CheckNotNull(periodEnds, nameof(periodEnds));
        var ends = new List<LocalDate>(periodEnds);
        LocalDate previous = start.PlusDays(-1);
        for (int i = 0; i < ends.Count; i++)
        {
            if (ends[i] <= previous)
            {
                throw new ArgumentException(
                    i == 0
                        ? $"Period 0 ends on {ends[i]:uuuu-MM-dd}, before the calendar start {start:uuuu-MM-dd}."
                        : $"Period {i} ends on {ends[i]:uuuu-MM-dd}, not after the end of period {i - 1} ({previous:uuuu-MM-dd}); period ends must increase strictly.",
                    nameof(periodEnds));
            }

            previous = ends[i];
        }

        return new ReportingCalendar(start, ends.ToArray());
    }

    /// <summary>Creates <paramref name="count"/> consecutive seven-day periods from <paramref name="start"/>.</summary>
    /// <param name="start">First day of the first week.</param>
    /// <param name="count">Number of weeks, 0 to 100,000.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is out of range.</exception>
    public static ReportingCalendar Weekly(LocalDate start, int count)
    {
        Preconditions.CheckArgumentRange(nameof(count), count, 0, 100_000);
        var ends = new LocalDate[count];
        for (int i = 0; i < count; i++)
        {
            ends[i] = start.PlusDays((7 * (i + 1)) - 1);
        }

        return new ReportingCalendar(start, ends);
    }

    /// <summary>
    /// Creates <paramref name="count"/> periods ending on the last day of consecutive calendar months, the first
    /// ending at the end of <paramref name="start"/>'s month (so it is partial when the start is not the 1st).
    /// </summary>
    /// <param name="start">First day of the first period.</param>
    /// <param name="count">Number of months, 0 to 10,000.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is out of range.</exception>
    public static ReportingCalendar Monthly(LocalDate start, int count)
    {
        Preconditions.CheckArgumentRange(nameof(count), count, 0, 10_000);
        var ends = new LocalDate[count];
        var firstOfMonth = new LocalDate(start.Year, start.Month, 1);
        for (int i = 0; i < count; i++)
        {
            ends[i] = firstOfMonth.PlusMonths(i + 1).PlusDays(-1);
        }

        return new ReportingCalendar(start, ends);
    }

    /// <summary>First day of the first period.</summary>
    public LocalDate Start { get; }

    /// <summary>Number of periods.</summary>
    public int Count => _ends.Length;

    /// <summary>Last day of every period, in order.</summary>
    public IReadOnlyList<LocalDate> PeriodEnds => _ends;

    /// <summary>The last day of period <paramref name="index"/> (zero-based).</summary>
    /// <param name="index">Zero-based period index.</param>
    /// <returns>The end date, inclusive.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    [Pure]
    public LocalDate PeriodEnd(int index)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, _ends.Length - 1);
        return _ends[index];
    }

    /// <summary>The first day of period <paramref name="index"/> (zero-based).</summary>
    /// <param name="index">Zero-based period index.</param>
    /// <returns>The start date, inclusive.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    [Pure]
    public LocalDate PeriodStart(int index)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, _ends.Length - 1);
        return index == 0 ? Start : _ends[index - 1].PlusDays(1);
    }

    /// <summary>Number of days in period <paramref name="index"/> (zero-based), at least 1.</summary>
    /// <param name="index">Zero-based period index.</param>
    /// <returns>The length in days.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    [Pure]
    public int PeriodLengthInDays(int index) => Period.DaysBetween(PeriodStart(index), PeriodEnd(index)) + 1;

    /// <summary>The zero-based index of the period containing <paramref name="date"/>, or −1 when it lies outside every period.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The period index, or −1.</returns>
    [Pure]
    public int IndexOf(LocalDate date)
    {
        if (date < Start || _ends.Length == 0 || date > _ends[_ends.Length - 1])
        {
            return -1;
        }

        int index = Array.BinarySearch(_ends, date);
        return index >= 0 ? index : ~index;
    }

    /// <summary>The number of periods that end on or before <paramref name="statusDate"/>: the status period count (AT) for that status date.</summary>
    /// <param name="statusDate">The status date.</param>
    /// <returns>0 to <see cref="Count"/>.</returns>
    [Pure]
    public int CountEndingOnOrBefore(LocalDate statusDate)
    {
        int index = Array.BinarySearch(_ends, statusDate);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>
    /// The date reached after <paramref name="periods"/> periods of time: the day in which that instant falls.
    /// </summary>
    /// <param name="periods">Time in periods from the start, 0 or more (e.g. an IEAC(t)).</param>
    /// <returns>
    /// For <c>t = k + f</c> (whole <c>k</c>, <c>0 &lt; f ≤ 1</c>) the end of period <c>k</c> (the day before
    /// <see cref="Start"/> when <c>k = 0</c>) plus <c>⌈f × L⌉</c> days, where <c>L</c> is the length in days of
    /// period <c>k + 1</c>, or of the last period when <c>k + 1</c> lies beyond the calendar. Whole times map to
    /// period ends exactly; <c>t = 0</c> maps to the day before the start. Products within 1e-9 days of a whole
    /// day are treated as that whole day.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is not finite, or maps beyond 9999-12-31.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">The calendar has no periods.</exception>
    [Pure]
    public LocalDate DateAt(double periods)
    {
        Preconditions.CheckFinite(nameof(periods), periods);
        Preconditions.CheckArgument(periods >= 0, nameof(periods), $"Time {periods} periods must not be negative.");
        if (_ends.Length == 0)
        {
            throw new InvalidOperationException("The reporting calendar has no periods, so time cannot be mapped onto dates.");
        }

        if (!TryDateAt(periods, out LocalDate date))
        {
            throw new ArgumentOutOfRangeException(nameof(periods), periods, "The time lies too far beyond the calendar to be a date before the year 10000.");
        }

        return date;
    }

    /// <summary>Non-throwing <see cref="DateAt"/>: false when the calendar is empty, the time negative or not finite, or the date beyond 9999-12-31.</summary>
    internal bool TryDateAt(double periods, out LocalDate date)
    {
        date = default;
        if (_ends.Length == 0 || double.IsNaN(periods) || double.IsInfinity(periods) || periods < 0)
        {
            return false;
        }

        // Whole periods elapsed: k; the remainder f in (0, 1] falls in period k + 1 (one-based).
        double k = Math.Ceiling(periods) - 1;
        if (k < 0)
        {
            date = Start.PlusDays(-1);
            return true;
        }

        double f = periods - k;
        LocalDate baseEnd;
        int length;
        if (k < _ends.Length)
        {
            int whole = (int)k;
            baseEnd = whole == 0 ? Start.PlusDays(-1) : _ends[whole - 1];
            length = PeriodLengthInDays(whole);
        }
        else
        {
            int last = _ends.Length - 1;
            length = PeriodLengthInDays(last);
            baseEnd = _ends[last];
            double extraDays = (k - _ends.Length) * length;
            if (extraDays > Period.DaysBetween(baseEnd, MaxDate))
            {
                return false;
            }

            baseEnd = baseEnd.PlusDays((int)extraDays);
        }

        int days = (int)Math.Ceiling((f * length) - 1e-9);
        if (days > Period.DaysBetween(baseEnd, MaxDate))
        {
            return false;
        }

        date = baseEnd.PlusDays(days);
        return true;
    }

    private static readonly LocalDate MaxDate = new(9999, 12, 31);
}
