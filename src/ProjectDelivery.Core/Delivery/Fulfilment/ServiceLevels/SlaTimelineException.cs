using System;

namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>
/// An SLA timeline that cannot be replayed: events out of time order, or an event that makes no sense in
/// the clock's state (a resume that was never paused, anything after a stop of a single-cycle clock).
/// </summary>
public sealed class SlaTimelineException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="eventIndex">Zero-based index of the offending event.</param>
    /// <param name="message">What is wrong.</param>
    public SlaTimelineException(int eventIndex, string message)
        : base(message)
    {
        EventIndex = eventIndex;
    }

    /// <summary>Zero-based index of the offending event in the timeline.</summary>
    public int EventIndex { get; }
}
