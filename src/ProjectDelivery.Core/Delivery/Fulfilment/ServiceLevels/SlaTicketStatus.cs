using NodaTime;
using ProjectDelivery.Serialization.Delivery;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>One row of an SLA report: a ticket's (or order's) id and what its clock shows at the as-of instant.</summary>
/// <param name="Id">The ticket or order id.</param>
/// <param name="State">The clock's state.</param>
/// <param name="Elapsed">Business time counted (<see cref="SlaStatus.Elapsed"/>).</param>
/// <param name="Remaining">Goal minus elapsed; negative once exceeded (<see cref="SlaStatus.Remaining"/>).</param>
/// <param name="BreachAt">When the goal is or was reached (<see cref="SlaStatus.BreachAt"/>).</param>
/// <param name="IsAtRisk">True while open at or above the warning threshold (<see cref="SlaStatus.IsAtRisk"/>).</param>
/// <remarks>
/// Its JSON, <c>{ "id", "state", "elapsedSeconds", "remainingSeconds", "breachAt", "atRisk" }</c>, is one element of
/// the <c>tickets</c> array that <c>sla --json</c> prints. The full reading (cycle, goal, time paused) is the
/// <see cref="SlaStatus"/> JSON.
/// </remarks>
public sealed record SlaTicketStatus(string Id, SlaState State, Duration Elapsed, Duration Remaining, Instant? BreachAt, bool IsAtRisk)
{
    /// <summary>The row of a ticket's status.</summary>
    /// <param name="id">The ticket or order id.</param>
    /// <param name="status">Its clock's status.</param>
    /// <returns>The row.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static SlaTicketStatus From(string id, SlaStatus status) =>
        new(Preconditions.CheckNotNull(id, nameof(id)), status.State, status.Elapsed, status.Remaining, status.BreachAt, status.IsAtRisk);
}
