using NodaTime;
using ProjectDelivery.Calendars;

namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>
/// Elapsed working-time arithmetic on one calendar that remembers the last year block it used, so that
/// many clocks replayed in a row against the same calendar cost one binary search per lookup and no
/// time-zone conversion. Falls back to <see cref="WorkingCalendar"/> when an operation leaves the block.
/// </summary>
/// <remarks>Mutable and not thread-safe: one cursor per evaluation (it lives on the caller's stack).</remarks>
internal struct BusinessTimeCursor
{
    private readonly WorkingCalendar _calendar;
    private readonly CalendarTimeline _timeline;
    private CalendarTimeline.YearBlock? _block;

    internal BusinessTimeCursor(WorkingCalendar calendar)
    {
        _calendar = calendar;
        _timeline = calendar.ElapsedTimeline;
        _block = null;
    }

    /// <summary>Working ticks in [a, b) for a ≤ b.</summary>
    internal long Work(long a, long b)
    {
        CalendarTimeline.YearBlock block = BlockContaining(a);
        if (b <= block.End)
        {
            return block.CumulativeAt(b) - block.CumulativeAt(a);
        }

        return _timeline.WorkBetween(a, b);
    }

    /// <summary>Earliest tick m ≥ t by which <paramref name="work"/> (&gt; 0) working ticks have passed since t.</summary>
    internal long Add(long t, long work)
    {
        CalendarTimeline.YearBlock block = BlockContaining(t);
        long target = block.CumulativeAt(t) + work;
        if (target <= block.Total)
        {
            return block.MomentReaching(target);
        }

        return _calendar.AddWorkingTime(Instant.FromUnixTimeTicks(t), Duration.FromTicks(work)).ToUnixTimeTicks();
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
