using System;

namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>
/// A ticket of an <see cref="SlaRequest"/> that <see cref="SlaRequest.Evaluate"/> cannot evaluate: no goal applies to it
/// (<see cref="EventIndex"/> is <see langword="null"/>), or its timeline cannot be replayed (the inner exception is the
/// <see cref="SlaTimelineException"/> and <see cref="EventIndex"/> is its event).
/// </summary>
public sealed class SlaTicketException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ticketIndex">Zero-based index of the ticket in <see cref="SlaRequest.Tickets"/>.</param>
    /// <param name="ticketId">The ticket's id.</param>
    /// <param name="eventIndex">Zero-based index of the offending event, or <see langword="null"/> when the ticket has no goal.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause (a <see cref="SlaTimelineException"/>), or <see langword="null"/>.</param>
    public SlaTicketException(int ticketIndex, string ticketId, int? eventIndex, string message, Exception? innerException)
        : base(message, innerException)
    {
        TicketIndex = ticketIndex;
        TicketId = ticketId;
        EventIndex = eventIndex;
    }

    /// <summary>Zero-based index of the ticket in <see cref="SlaRequest.Tickets"/>.</summary>
    public int TicketIndex { get; }

    /// <summary>The ticket's id.</summary>
    public string TicketId { get; }

    /// <summary>Zero-based index of the offending event in the ticket's timeline, or <see langword="null"/> when no goal applies to the ticket.</summary>
    public int? EventIndex { get; }
}
