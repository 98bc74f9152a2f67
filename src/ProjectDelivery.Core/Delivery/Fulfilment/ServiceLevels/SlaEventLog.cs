using System;
using System.Collections.Generic;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>
/// Many SLA timelines (one per ticket or order) stored end to end in one array, for bulk replay with
/// <see cref="SlaClock.EvaluateMany(SlaEventLog, NodaTime.Instant)"/>. Built with <see cref="SlaEventLogBuilder"/>.
/// </summary>
/// <remarks>Immutable; timelines are validated when replayed, not when stored.</remarks>
public sealed class SlaEventLog
{
    private readonly SlaEvent[] _events;
    private readonly int[] _offsets;

    internal SlaEventLog(SlaEvent[] events, int[] offsets)
    {
        _events = events;
        _offsets = offsets;
    }

    /// <summary>Number of timelines.</summary>
    public int Count => _offsets.Length - 1;

    /// <summary>Total number of events.</summary>
    public int EventCount => _offsets[_offsets.Length - 1];

    /// <summary>The events of one timeline.</summary>
    /// <param name="index">Zero-based timeline index.</param>
    /// <returns>Its events in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such timeline.</exception>
    public ReadOnlySpan<SlaEvent> GetTimeline(int index)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, Count - 1);
        return new ReadOnlySpan<SlaEvent>(_events, _offsets[index], _offsets[index + 1] - _offsets[index]);
    }

    /// <summary>Builds a log from timelines.</summary>
    /// <param name="timelines">One event sequence per ticket.</param>
    /// <returns>The log.</returns>
    public static SlaEventLog Create(IEnumerable<IEnumerable<SlaEvent>> timelines)
    {
        Preconditions.CheckNotNull(timelines, nameof(timelines));
        var builder = new SlaEventLogBuilder();
        foreach (IEnumerable<SlaEvent> timeline in timelines)
        {
            builder.Add(Preconditions.CheckNotNull(timeline, nameof(timelines)));
        }

        return builder.Build();
    }
}
