using System;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Routing.Model;

/// <summary>
/// A pickup-and-delivery pair: two jobs of the same problem that must be served by the same vehicle, the
/// pickup before the delivery. The goods are loaded at the pickup and unloaded at the delivery.
/// </summary>
/// <remarks>
/// Immutable. Checked against the jobs when the <see cref="RoutingProblem"/> is built: both jobs exist and
/// differ, neither is in another pair, their demands are equal, both are mandatory or both optional, and some
/// vehicle type has the skills of both. Leaving an optional shipment out costs the sum of its two jobs'
/// penalties (put the whole penalty on one end and 0 on the other to think of it as one penalty).
/// </remarks>
public sealed class Shipment : IEquatable<Shipment>
{
    /// <summary>Creates a pair.</summary>
    /// <param name="pickupJobId">Id of the pickup job.</param>
    /// <param name="deliveryJobId">Id of the delivery job.</param>
    /// <exception cref="ArgumentException">An id is empty, or both are the same.</exception>
    public Shipment(string pickupJobId, string deliveryJobId)
    {
        Preconditions.CheckNotNull(pickupJobId, nameof(pickupJobId));
        Preconditions.CheckNotNull(deliveryJobId, nameof(deliveryJobId));
        Preconditions.CheckArgument(pickupJobId.Length > 0, nameof(pickupJobId), "A shipment's pickup job id must not be empty.");
        Preconditions.CheckArgument(deliveryJobId.Length > 0, nameof(deliveryJobId), "A shipment's delivery job id must not be empty.");
        Preconditions.CheckArgument(!string.Equals(pickupJobId, deliveryJobId, StringComparison.Ordinal), nameof(deliveryJobId),
            $"Shipment '{pickupJobId}' → '{deliveryJobId}': the pickup and the delivery must be different jobs.");
        PickupJobId = pickupJobId;
        DeliveryJobId = deliveryJobId;
    }

    /// <summary>Id of the pickup job (served first).</summary>
    public string PickupJobId { get; }

    /// <summary>Id of the delivery job (served later by the same vehicle).</summary>
    public string DeliveryJobId { get; }

    /// <inheritdoc/>
    public bool Equals(Shipment? other) =>
        other is not null && string.Equals(PickupJobId, other.PickupJobId, StringComparison.Ordinal) && string.Equals(DeliveryJobId, other.DeliveryJobId, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Shipment);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(PickupJobId), StringComparer.Ordinal.GetHashCode(DeliveryJobId));

    /// <inheritdoc/>
    public override string ToString() => $"{PickupJobId} → {DeliveryJobId}";
}
