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
    /// <remarks>
    /// An array fits both the span and the sequence overloads equally well for C# 7.3 to 13 (error CS0121); this
    /// overload is the exact match, so <c>builder.Add(new[] { SlaEvent.Start(opened) })</c> compiles in every language version.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public SlaEventLogBuilder Add(SlaEvent[] events) => Add(new ReadOnlySpan<SlaEvent>(Preconditions.CheckNotNull(events, nameof(events))));

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
