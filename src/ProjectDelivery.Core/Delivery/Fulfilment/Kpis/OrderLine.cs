using System;
using NodaTime;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.Kpis;

/// <summary>One line of an order: the quantity ordered, the quantity delivered and when the (last) delivery of the line arrived.</summary>
/// <remarks>Immutable.</remarks>
public sealed class OrderLine
{
    private OrderLine(string lineId, double ordered, double delivered, Instant? deliveredAt)
    {
        LineId = lineId;
        OrderedQuantity = ordered;
        DeliveredQuantity = delivered;
        DeliveredAt = deliveredAt;
    }

    /// <summary>The line's id within its order.</summary>
    public string LineId { get; }

    /// <summary>Quantity ordered, positive.</summary>
    public double OrderedQuantity { get; }

    /// <summary>Quantity delivered, ≥ 0 (may exceed the order).</summary>
    public double DeliveredQuantity { get; }

    /// <summary>When the last delivery for the line arrived; null when nothing was delivered.</summary>
    public Instant? DeliveredAt { get; }

    /// <summary>Creates a line.</summary>
    /// <param name="lineId">Line id, used in messages.</param>
    /// <param name="orderedQuantity">Quantity ordered, positive and finite.</param>
    /// <param name="deliveredQuantity">Quantity delivered, ≥ 0 and finite.</param>
    /// <param name="deliveredAt">When the last delivery arrived; required when something was delivered, null otherwise.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A quantity is negative, NaN or infinite, or the ordered quantity is zero.</exception>
    /// <exception cref="ArgumentException">The delivery instant is missing for a delivered quantity, or given for none.</exception>
    public static OrderLine Create(string lineId, double orderedQuantity, double deliveredQuantity, Instant? deliveredAt)
    {
        Preconditions.CheckNotNull(lineId, nameof(lineId));
        if (double.IsNaN(orderedQuantity) || double.IsInfinity(orderedQuantity) || orderedQuantity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(orderedQuantity), orderedQuantity, $"Line '{lineId}': the ordered quantity should be a positive finite number.");
        }

        if (double.IsNaN(deliveredQuantity) || double.IsInfinity(deliveredQuantity) || deliveredQuantity < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(deliveredQuantity), deliveredQuantity, $"Line '{lineId}': the delivered quantity should be a finite number ≥ 0.");
        }

        Preconditions.CheckArgument((deliveredQuantity > 0) == deliveredAt.HasValue, nameof(deliveredAt),
            deliveredQuantity > 0 ? $"Line '{lineId}' delivered {deliveredQuantity} but has no delivery instant." : $"Line '{lineId}' delivered nothing but has a delivery instant.");
        return new OrderLine(lineId, orderedQuantity, deliveredQuantity, deliveredAt);
    }

    /// <summary>A readable form.</summary>
    /// <returns>Id and quantities.</returns>
    public override string ToString() => $"{LineId}: {DeliveredQuantity}/{OrderedQuantity}" + (DeliveredAt is { } at ? $" at {at}" : string.Empty);
}
