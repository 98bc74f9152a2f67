using System;
using System.Collections.Generic;

namespace ProjectDelivery.Delivery.Routing.Solutions;

/// <summary>The route of one vehicle: its stops with their schedule, and its totals.</summary>
/// <param name="VehicleIndex">Index of the vehicle over the whole fleet (types in order, each repeated by its count).</param>
/// <param name="VehicleTypeId">Id of the vehicle's type.</param>
/// <param name="Departure">Departure from the start depot: the earliest departure that gives the route its minimum duration.</param>
/// <param name="Arrival">Arrival at the end depot (at the last stop's departure for open routes).</param>
/// <param name="Stops">Stops in visiting order.</param>
/// <param name="Distance">Distance driven.</param>
/// <param name="Duration">Arrival minus departure: driving, service and waiting.</param>
/// <param name="Cost">Fixed cost plus distance and time costs.</param>
public sealed record VehicleRoute(int VehicleIndex, string VehicleTypeId, double Departure, double Arrival, IReadOnlyList<Stop> Stops, double Distance, double Duration, double Cost)
{
    /// <summary>Load on board when leaving the start depot, per capacity dimension: the demand of every job delivered from the depot (shipments are loaded at their pickups).</summary>
    public IReadOnlyList<double> StartLoad { get; init; } = Array.Empty<double>();

    /// <summary>Cost of the lateness at soft windows on this route (included in <see cref="Cost"/>).</summary>
    public double LatenessCost { get; init; }
}
