using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using NodaTime;

namespace ProjectDelivery.Calendars;

/// <summary>
/// The working intervals of a calendar laid on one line of ticks (wall-clock ticks for planning,
/// UTC instant ticks for elapsed-time clocks), cut into one block per year. Each block holds its
/// intervals and the working time before each interval, so a lookup inside a year is a binary search.
/// Blocks are built on first use and cached; they are immutable, so the cache is safe across threads.
/// </summary>
internal sealed class CalendarTimeline
{
    internal const int MinYear = 1;
    internal const int MaxYear = 9998;

    private readonly Func<int, YearBlock> _build;
    private readonly Func<long, int> _yearOf;
    private readonly YearBlock?[]?[] _cache = new YearBlock?[]?[100];

    internal CalendarTimeline(Func<int, YearBlock> build, Func<long, int> yearOf)
    {
        _build = build;
        _yearOf = yearOf;
    }

    /// <summary>Immutable intervals of one year: [Begin, End) of the year, sorted disjoint work intervals.</summary>
    internal sealed class YearBlock
    {
        internal YearBlock(int year, long begin, long end, long[] starts, long[] ends)
        {
            Year = year;
            Begin = begin;
            End = end;
            Starts = starts;
            Ends = ends;
            CumulativeBefore = new long[starts.Length];
            long cumulative = 0;
            for (int i = 0; i < starts.Length; i++)
            {
                CumulativeBefore[i] = cumulative;
                cumulative += ends[i] - starts[i];
            }

            Total = cumulative;
        }

        internal int Year { get; }

        internal long Begin { get; }

        internal long End { get; }

        internal long[] Starts { get; }

        internal long[] Ends { get; }

        internal long[] CumulativeBefore { get; }

        internal long Total { get; }

        /// <summary>Index of the last interval whose start is ≤ t, or -1.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal int LastStartAtOrBefore(long t)
        {
            int index = Array.BinarySearch(Starts, t);
            return index >= 0 ? index : ~index - 1;
        }

        /// <summary>Working ticks from <see cref="Begin"/> up to <paramref name="t"/> (t inside the block).</summary>
        internal long CumulativeAt(long t)
        {
            int i = LastStartAtOrBefore(t);
            if (i < 0)
            {
                return 0;
            }

            return CumulativeBefore[i] + Math.Min(t, Ends[i]) - Starts[i];
        }

        /// <summary>Earliest moment at which the cumulative work reaches <paramref name="c"/> (0 &lt; c ≤ Total).</summary>
        internal long MomentReaching(long c)
        {
            // first interval i whose cumulative end ≥ c
            int lo = 0, hi = Starts.Length - 1;
            while (lo < hi)
            {
                int mid = (lo + hi) >> 1;
                if (CumulativeBefore[mid] + Ends[mid] - Starts[mid] >= c)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            return Starts[lo] + (c - CumulativeBefore[lo]);
        }

        /// <summary>Latest moment at which the cumulative work equals <paramref name="c"/> (0 ≤ c &lt; Total).</summary>
        internal long LatestMomentAt(long c)
        {
            // last interval i with cumulative-before ≤ c
            int index = Array.BinarySearch(CumulativeBefore, c);
            int i = index >= 0 ? index : ~index - 1;
            return Starts[i] + (c - CumulativeBefore[i]);
        }
    }

    internal YearBlock BlockForYear(int year)
    {
        if (year < MinYear || year > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Calendar arithmetic is supported for years [{MinYear}, {MaxYear}].");
        }

        int hi = year / 100, lo = year % 100;
        YearBlock?[]? century = Volatile.Read(ref _cache[hi]);
        if (century is null)
        {
            Interlocked.CompareExchange(ref _cache[hi], new YearBlock?[100], null);
            century = Volatile.Read(ref _cache[hi])!;
        }

        YearBlock? block = Volatile.Read(ref century[lo]);
        if (block is null)
        {
            block = _build(year);
            Interlocked.CompareExchange(ref century[lo], block, null);
        }

        return block;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal YearBlock BlockAt(long t) => BlockForYear(_yearOf(t));

    /// <summary>Working ticks in [a, b); negative when b &lt; a.</summary>
    internal long WorkBetween(long a, long b)
    {
        if (b < a)
        {
            return -WorkBetween(b, a);
        }

        YearBlock first = BlockAt(a);
        if (b <= first.End)
        {
            return first.CumulativeAt(b) - first.CumulativeAt(a);
        }

        long work = first.Total - first.CumulativeAt(a);
        YearBlock block = BlockForYear(first.Year + 1);
        while (b > block.End)
        {
            work += block.Total;
            block = BlockForYear(block.Year + 1);
        }

        return work + block.CumulativeAt(b);
    }

    /// <summary>Earliest moment m ≥ t with WorkBetween(t, m) = work (work ≥ 0).</summary>
    internal long AddWork(long t, long work, int lastYearWithExceptions)
    {
        if (work == 0)
        {
            return t;
        }

        YearBlock block = BlockAt(t);
        long target = block.CumulativeAt(t) + work;
        while (target > block.Total)
        {
            target -= block.Total;
            block = NextBlock(block, lastYearWithExceptions);
        }

        return block.MomentReaching(target);
    }

    /// <summary>Latest moment m ≤ t with WorkBetween(m, t) = work (work ≥ 0).</summary>
    internal long SubtractWork(long t, long work, int firstYearWithExceptions)
    {
        if (work == 0)
        {
            return t;
        }

        YearBlock block = BlockAt(t);
        long target = block.CumulativeAt(t) - work;
        while (target < 0 || (target == block.Total && block.Starts.Length == 0))
        {
            block = PreviousBlock(block, firstYearWithExceptions);
            target += block.Total;
        }

        if (target == block.Total)
        {
            // all work of this block is needed: the latest moment is the end of its last interval
            return block.Ends[block.Ends.Length - 1];
        }

        return block.LatestMomentAt(target);
    }

    /// <summary>Earliest working moment ≥ t.</summary>
    internal long NextWorking(long t, int lastYearWithExceptions)
    {
        YearBlock block = BlockAt(t);
        int i = block.LastStartAtOrBefore(t);
        if (i >= 0 && t < block.Ends[i])
        {
            return t;
        }

        if (i + 1 < block.Starts.Length)
        {
            return block.Starts[i + 1];
        }

        do
        {
            block = NextBlock(block, lastYearWithExceptions);
        }
        while (block.Starts.Length == 0);

        return block.Starts[0];
    }

    /// <summary>Latest moment ≤ t that ends working time or lies inside it (work happens just before it).</summary>
    internal long PreviousWorking(long t, int firstYearWithExceptions)
    {
        YearBlock block = BlockAt(t);
        int i = block.LastStartAtOrBefore(t);
        if (i >= 0 && t == block.Starts[i] && i > 0 && block.Ends[i - 1] == t)
        {
            return t;
        }

        if (i >= 0 && t > block.Starts[i])
        {
            return Math.Min(t, block.Ends[i]);
        }

        if (i >= 1)
        {
            return block.Ends[i - 1];
        }

        // t is at or before the first start of its year: the answer is in an earlier year,
        // unless t is exactly the block's begin and the previous year ends with work.
        do
        {
            block = PreviousBlock(block, firstYearWithExceptions);
        }
        while (block.Ends.Length == 0);

        return block.Ends[block.Ends.Length - 1];
    }

    /// <summary>True when t lies inside working time ([start, end) of an interval).</summary>
    internal bool IsWorking(long t)
    {
        YearBlock block = BlockAt(t);
        int i = block.LastStartAtOrBefore(t);
        return i >= 0 && t < block.Ends[i];
    }

    private YearBlock NextBlock(YearBlock block, int lastYearWithExceptions)
    {
        if (block.Year >= MaxYear)
        {
            throw new InvalidOperationException($"Calendar arithmetic ran past the year {MaxYear}.");
        }

        YearBlock next = BlockForYear(block.Year + 1);
        if (next.Total == 0 && next.Year > lastYearWithExceptions)
        {
            throw new InvalidOperationException("The calendar has no working time after " + next.Year + ".");
        }

        return next;
    }

    private YearBlock PreviousBlock(YearBlock block, int firstYearWithExceptions)
    {
        if (block.Year <= MinYear)
        {
            throw new InvalidOperationException($"Calendar arithmetic ran before the year {MinYear}.");
        }

        YearBlock previous = BlockForYear(block.Year - 1);
        if (previous.Total == 0 && previous.Year < firstYearWithExceptions)
        {
            throw new InvalidOperationException("The calendar has no working time before " + previous.Year + ".");
        }

        return previous;
    }

    /// <summary>Sorts and merges touching or overlapping intervals.</summary>
    internal static void Normalise(List<(long Start, long End)> intervals, out long[] starts, out long[] ends)
    {
        intervals.Sort((x, y) => x.Start.CompareTo(y.Start));
        var s = new List<long>(intervals.Count);
        var e = new List<long>(intervals.Count);
        foreach ((long start, long end) in intervals)
        {
            if (end <= start)
            {
                continue;
            }

            if (e.Count > 0 && start <= e[e.Count - 1])
            {
                e[e.Count - 1] = Math.Max(e[e.Count - 1], end);
            }
            else
            {
                s.Add(start);
                e.Add(end);
            }
        }

        starts = s.ToArray();
        ends = e.ToArray();
    }
}
