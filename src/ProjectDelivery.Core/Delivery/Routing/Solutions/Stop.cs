using System;
using System.Collections.Generic;

namespace ProjectDelivery.Delivery.Routing.Solutions;

/// <summary>One visit on a route with its schedule.</summary>
/// <param name="JobIndex">Index of the job in <see cref="Model.RoutingProblem.Jobs"/>.</param>
/// <param name="JobId">Id of the job.</param>
/// <param name="Arrival">Arrival time at the location.</param>
/// <param name="Waiting">Time waited for the window to open.</param>
/// <param name="ServiceStart">Start of service (arrival plus waiting).</param>
/// <param name="Departure">End of service.</param>
/// <param name="Load">Demand of the stops served so far on this route, this one included, per capacity dimension (a running
/// total that counts pickups and deliveries alike; see <see cref="OnBoard"/> for the load actually carried).</param>
public sealed record Stop(int JobIndex, string JobId, double Arrival, double Waiting, double ServiceStart, double Departure, IReadOnlyList<double> Load)
{
    /// <summary>
    /// Load on board when the vehicle leaves this stop, per capacity dimension: what is still to be delivered from the
    /// depot plus what was picked up and not yet dropped. Never above the vehicle's capacity in a feasible plan.
    /// </summary>
    public IReadOnlyList<double> OnBoard { get; init; } = Array.Empty<double>();

    /// <summary>
    /// Time by which service starts after the job's last window closes (0 when on time; only soft windows allow it),
    /// measured at the start of service; it costs the job's lateness cost per time unit.
    /// </summary>
    public double Lateness { get; init; }
}
