using System;
using System.Collections.Generic;
using NodaTime;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Routing.Domain;

/// <summary>
/// An order to collect goods at one address and bring them to another with the same vehicle: a pickup and a
/// delivery, each with its window for the start of service and its time on site.
/// </summary>
/// <remarks>
/// Immutable. <see cref="DeliveryPlanner.ToProblem(IReadOnlyList{DeliveryOrder}, IReadOnlyList{ShipmentOrder}, IReadOnlyList{DeliveryVehicle}, double)"/>
/// turns it into two jobs, <c>{Id}/pickup</c> and <c>{Id}/delivery</c>, paired by a <see cref="Model.Shipment"/>; the
/// whole <see cref="Penalty"/> sits on the pickup job.
/// </remarks>
public sealed record ShipmentOrder
{
    /// <summary>Creates a shipment order.</summary>
    /// <param name="id">Order id (unique within a request, orders and shipments together).</param>
    /// <param name="pickupLocation">Where the goods are collected.</param>
    /// <param name="pickupWindow">When the pickup may start.</param>
    /// <param name="pickupServiceTime">Time on site at the pickup.</param>
    /// <param name="deliveryLocation">Where the goods are dropped.</param>
    /// <param name="deliveryWindow">When the delivery may start.</param>
    /// <param name="deliveryServiceTime">Time on site at the delivery.</param>
    /// <param name="demand">Size of the goods per capacity dimension (same dimensions as the vehicles' capacities).</param>
    /// <exception cref="ArgumentException">The id is empty or a service time is negative.</exception>
    public ShipmentOrder(string id, GeoPoint pickupLocation, Interval pickupWindow, Duration pickupServiceTime,
        GeoPoint deliveryLocation, Interval deliveryWindow, Duration deliveryServiceTime, IReadOnlyList<double> demand)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        Preconditions.CheckArgument(id.Length > 0, nameof(id), "A shipment order id must not be empty.");
        Preconditions.CheckArgument(pickupServiceTime >= Duration.Zero, nameof(pickupServiceTime), $"Shipment '{id}': pickup service time {pickupServiceTime} is negative.");
        Preconditions.CheckArgument(deliveryServiceTime >= Duration.Zero, nameof(deliveryServiceTime), $"Shipment '{id}': delivery service time {deliveryServiceTime} is negative.");
        Id = id;
        PickupLocation = pickupLocation;
        PickupWindow = pickupWindow;
        PickupServiceTime = pickupServiceTime;
        DeliveryLocation = deliveryLocation;
        DeliveryWindow = deliveryWindow;
        DeliveryServiceTime = deliveryServiceTime;
        Demand = Preconditions.CheckNotNull(demand, nameof(demand));
    }

    /// <summary>Order id.</summary>
    public string Id { get; }

    /// <summary>Pickup position.</summary>
    public GeoPoint PickupLocation { get; }

    /// <summary>When the pickup may start (an interval without start or end is open on that side).</summary>
    public Interval PickupWindow { get; }

    /// <summary>Time on site at the pickup.</summary>
    public Duration PickupServiceTime { get; }

    /// <summary>Delivery position.</summary>
    public GeoPoint DeliveryLocation { get; }

    /// <summary>When the delivery may start (an interval without start or end is open on that side).</summary>
    public Interval DeliveryWindow { get; }

    /// <summary>Time on site at the delivery.</summary>
    public Duration DeliveryServiceTime { get; }

    /// <summary>Size of the goods per capacity dimension, on board from the pickup to the delivery.</summary>
    public IReadOnlyList<double> Demand { get; }

    /// <summary>Skills the vehicle needs (at both ends).</summary>
    public IReadOnlyList<string> RequiredSkills { get; init; } = Array.Empty<string>();

    /// <summary>Cost of not carrying the shipment; null for a mandatory shipment.</summary>
    public double? Penalty { get; init; }


    /// <summary>A copy with <see cref="RequiredSkills"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="requiredSkills">Skills the vehicle needs.</param>
    /// <returns>A new shipmentOrder; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requiredSkills"/> is null.</exception>
    public ShipmentOrder WithRequiredSkills(IReadOnlyList<string> requiredSkills) => this with { RequiredSkills = Preconditions.CheckNotNull(requiredSkills, nameof(requiredSkills)) };

    /// <summary>A copy with <see cref="Penalty"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="penalty">Cost of leaving the order unserved (which makes it optional); null makes it mandatory.</param>
    /// <returns>A new shipmentOrder; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penalty"/> is negative, NaN or infinite.</exception>
    public ShipmentOrder WithPenalty(double? penalty) => this with { Penalty = penalty is { } value && (double.IsNaN(value) || double.IsInfinity(value) || value < 0) ? throw new ArgumentOutOfRangeException(nameof(penalty), value, $"Order '{Id}': the penalty must be finite and non-negative.") : penalty };
}
