using ProjectDelivery.Serialization.Delivery;

namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>The status of one ticket's (or order's) SLA clock, with the ticket's id: one row of an SLA report.</summary>
/// <param name="Id">The ticket or order id.</param>
/// <param name="Status">Its clock's status.</param>
/// <remarks>
/// Its JSON is the status's JSON with the id first, <c>{ "id", "state", "elapsedSeconds", ... }</c>: one element of the
/// <c>tickets</c> array that <c>sla --json</c> prints.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(SlaTicketStatusJsonConverter))]
public sealed record SlaTicketStatus(string Id, SlaStatus Status);
