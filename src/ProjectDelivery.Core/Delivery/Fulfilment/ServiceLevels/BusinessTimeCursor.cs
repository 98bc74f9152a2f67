using NodaTime;
using ProjectDelivery.Calendars;

namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>
/// Elapsed working-time arithmetic on one calendar that remembers the last year block it used and the
/// cumulative working time at the last instant looked up and at one pinned instant (the as-of instant of a
/// bulk replay), so that many clocks replayed in a row against the same calendar cost about two binary
/// searches per clock and no time-zone conversion. Falls back to <see cref="WorkingCalendar"/> whenever an
/// operation leaves the cached year block.
/// </summary>
/// <remarks>Mutable and not thread-safe: one cursor per evaluation (it lives on the caller's stack).</remarks>
internal struct BusinessTimeCursor
{
    private readonly WorkingCalendar _calendar;
    private readonly CalendarTimeline _timeline;
    private CalendarTimeline.YearBlock? _block;
    private long _pinnedAt;
    private long _pinnedWork;
    private CalendarTimeline.YearBlock? _pinnedBlock;
    private long _lastAt;
    private long _lastWork;
    private CalendarTimeline.YearBlock? _lastBlock;

    internal BusinessTimeCursor(WorkingCalendar calendar, long pinned)
    {
        _calendar = calendar;
        _timeline = calendar.ElapsedTimeline;
        _block = null;
        _lastBlock = null;
        _lastAt = _lastWork = 0;
        _pinnedBlock = null;
        _pinnedAt = pinned;
        _pinnedWork = 0;
    }

    /// <summary>Working ticks in [a, b) for a ≤ b.</summary>
    internal long Work(long a, long b)
    {
        long ca = CumulativeAt(a, out CalendarTimeline.YearBlock block);
        if (b <= block.End)
        {
            // b may equal block.End, which belongs to the next block: count from this block directly then.
            // b is not remembered as the last lookup: the caller's next question is usually about a again.
            long cb = b == block.End ? block.Total
                : b == _pinnedAt && _pinnedBlock is not null && _pinnedBlock.Year == block.Year ? _pinnedWork
                : block.CumulativeAt(b);
            return cb - ca;
        }

        return _timeline.WorkBetween(a, b);
    }

    /// <summary>Earliest tick m ≥ t by which <paramref name="work"/> (&gt; 0) working ticks have passed since t.</summary>
    internal long Add(long t, long work)
    {
        long target = CumulativeAt(t, out CalendarTimeline.YearBlock block) + work;
        if (target <= block.Total)
        {
            return block.MomentReaching(target);
        }

        return _calendar.AddWorkingTime(Instant.FromUnixTimeTicks(t), Duration.FromTicks(work)).ToUnixTimeTicks();
    }

    /// <summary>Working ticks from the start of t's year block to t, and that block.</summary>
    private long CumulativeAt(long t, out CalendarTimeline.YearBlock block)
    {
        if (t == _pinnedAt)
        {
            if (_pinnedBlock is null)
            {
                _pinnedBlock = BlockContaining(t);
                _pinnedWork = _pinnedBlock.CumulativeAt(t);
            }

            block = _pinnedBlock;
            return _pinnedWork;
        }

        if (t == _lastAt && _lastBlock is not null)
        {
            block = _lastBlock;
            return _lastWork;
        }

        block = BlockContaining(t);
        long work = block.CumulativeAt(t);
        _lastAt = t;
        _lastWork = work;
        _lastBlock = block;
        return work;
    }

    private CalendarTimeline.YearBlock BlockContaining(long t)
    {
        CalendarTimeline.YearBlock? block = _block;
        if (block is null || t < block.Begin || t >= block.End)
        {
            block = _timeline.BlockAt(t);
            _block = block;
        }

        return block;
    }
}
