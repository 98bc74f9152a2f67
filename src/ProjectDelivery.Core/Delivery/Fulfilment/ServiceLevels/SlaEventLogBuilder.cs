using System;
using System.Collections.Generic;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>Collects timelines into an <see cref="SlaEventLog"/>.</summary>
/// <remarks>Mutable and not thread-safe; the log it builds is immutable.</remarks>
public sealed class SlaEventLogBuilder
{
    private readonly List<SlaEvent> _events = new();
    private readonly List<int> _offsets = new() { 0 };

    /// <summary>Number of timelines added so far.</summary>
    public int Count => _offsets.Count - 1;

    /// <summary>Adds one timeline.</summary>
    /// <param name="events">Its events in order.</param>
    /// <returns>This builder.</returns>
    public SlaEventLogBuilder Add(ReadOnlySpan<SlaEvent> events)
    {
        foreach (SlaEvent e in events)
        {
            _events.Add(e);
        }

        _offsets.Add(_events.Count);
        return this;
    }

    /// <summary>Adds one timeline.</summary>
    /// <param name="events">Its events in order.</param>
    /// <returns>This builder.</returns>
    public SlaEventLogBuilder Add(IEnumerable<SlaEvent> events)
    {
        _events.AddRange(Preconditions.CheckNotNull(events, nameof(events)));
        _offsets.Add(_events.Count);
        return this;
    }

    /// <summary>Builds the immutable log.</summary>
    /// <returns>The log.</returns>
    public SlaEventLog Build() => new(_events.ToArray(), _offsets.ToArray());
}
