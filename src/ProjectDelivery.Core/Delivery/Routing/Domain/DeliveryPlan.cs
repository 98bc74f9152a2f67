using System.Collections.Generic;
using NodaTime;
using ProjectDelivery.Delivery.Routing.Solutions;

namespace ProjectDelivery.Delivery.Routing.Domain;

/// <summary>A stop of a planned delivery route, in instants.</summary>
/// <param name="OrderId">The order delivered.</param>
/// <param name="Arrival">Arrival at the address.</param>
/// <param name="Waiting">Waiting for the window to open.</param>
/// <param name="ServiceStart">Start of service.</param>
/// <param name="Departure">End of service.</param>
/// <param name="Load">Demand of the stops served so far on this route, per dimension (a running total; see <see cref="OnBoard"/>).</param>
public sealed record PlannedStop(string OrderId, Instant Arrival, Duration Waiting, Instant ServiceStart, Instant Departure, IReadOnlyList<double> Load)
{
    /// <summary>What happens at the stop: an order delivered from the depot, or the pickup or delivery of a shipment (whose id is <see cref="OrderId"/>).</summary>
    public StopKind Kind { get; init; }

    /// <summary>Load on board when leaving the stop, per dimension.</summary>
    public IReadOnlyList<double> OnBoard { get; init; } = System.Array.Empty<double>();

    /// <summary>How long after the order's last window closed service started (zero when on time; only soft windows allow it).</summary>
    public Duration Lateness { get; init; }
}

/// <summary>The route of one vehicle.</summary>
/// <param name="VehicleId">The vehicle.</param>
/// <param name="Departure">Departure from the start depot.</param>
/// <param name="Return">Arrival at the end depot (or end of the last service for an open route).</param>
/// <param name="Stops">Stops in order.</param>
/// <param name="DistanceMetres">Distance driven in metres.</param>
/// <param name="WorkingTime">Return minus departure.</param>
/// <param name="Cost">Route cost.</param>
public sealed record PlannedRoute(string VehicleId, Instant Departure, Instant Return, IReadOnlyList<PlannedStop> Stops, double DistanceMetres, Duration WorkingTime, double Cost);

/// <summary>An order that is not in the plan, with the reason.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Reason">Why it could not be planned.</param>
public sealed record UnplannedOrder(string OrderId, UnassignedReason Reason);

/// <summary>A delivery plan in domain terms.</summary>
/// <param name="Routes">Routes of the vehicles used.</param>
/// <param name="Unplanned">Orders left out, with reasons.</param>
/// <param name="DistanceMetres">Total distance in metres.</param>
/// <param name="Cost">Total cost.</param>
/// <param name="Solution">The numeric plan behind it (times in seconds after <see cref="DeliveryPlanner.Origin"/> of the request).</param>
public sealed record DeliveryPlan(IReadOnlyList<PlannedRoute> Routes, IReadOnlyList<UnplannedOrder> Unplanned, double DistanceMetres, double Cost, RoutingSolution Solution)
{
    /// <summary>One <see cref="Reporting.DeliveryStopRow"/> per stop, so that LINQPad (which calls <c>ToDump</c> by convention) shows the plan as a table.</summary>
    /// <returns>An <see cref="IReadOnlyList{T}"/> of <see cref="Reporting.DeliveryStopRow"/>.</returns>
    public object ToDump() => Reporting.DeliveryStopRow.From(this);
}
