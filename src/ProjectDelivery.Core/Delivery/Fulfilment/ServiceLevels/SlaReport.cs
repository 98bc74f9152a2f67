using System;
using System.Collections.Generic;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>
/// The SLA status of a set of tickets at one as-of instant, one row per ticket in input order: what <c>pdcore sla --json</c>
/// prints (<c>{ "tickets": [ <see cref="SlaTicketStatus"/>, … ] }</c>).
/// </summary>
public sealed class SlaReport
{
    private SlaReport(IReadOnlyList<SlaTicketStatus> tickets) => Tickets = tickets;

    /// <summary>The rows, in input order.</summary>
    public IReadOnlyList<SlaTicketStatus> Tickets { get; }

    /// <summary>A report of <paramref name="tickets"/>.</summary>
    /// <param name="tickets">One row per ticket; ids unique.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">A row is null or two rows have the same id.</exception>
    public static SlaReport Create(IEnumerable<SlaTicketStatus> tickets)
    {
        SlaTicketStatus[] rows = Preconditions.CheckRowsWithUniqueIds(tickets, r => r.Id, nameof(tickets), "Ticket");
        return new SlaReport(Array.AsReadOnly(rows));
    }
}
