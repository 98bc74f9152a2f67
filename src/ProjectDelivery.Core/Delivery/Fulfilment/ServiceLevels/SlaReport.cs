using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>
/// The SLA status of a set of tickets at one as-of instant, one row per ticket in input order: what <c>pdcore sla --json</c>
/// prints (<c>{ "tickets": [ <see cref="SlaTicketStatus"/>, … ] }</c>).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(ProjectDelivery.Serialization.Delivery.SlaReportJsonConverter))]
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
        Preconditions.CheckNotNull(tickets, nameof(tickets));
        SlaTicketStatus[] rows = tickets.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Length; i++)
        {
            Preconditions.CheckArgument(rows[i] is not null, nameof(tickets), $"Ticket {i} is null.");
            Preconditions.CheckArgument(seen.Add(rows[i].Id), nameof(tickets), $"Ticket '{rows[i].Id}' is listed twice.");
        }

        return new SlaReport(Array.AsReadOnly(rows));
    }
}
