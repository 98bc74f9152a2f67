using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NodaTime;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Routing.Domain;

/// <summary>
/// Plans deliveries described with NodaTime values: converts orders and vehicles to the numeric core (seconds
/// after the earliest shift start, haversine metres, travel time from an average speed), solves, and converts
/// the plan back to instants, so callers never handle seconds since an epoch.
/// </summary>
public static class DeliveryPlanner
{
    /// <summary>The instant numeric time 0 stands for: the earliest shift start.</summary>
    /// <param name="vehicles">The fleet.</param>
    /// <returns>The origin.</returns>
    public static Instant Origin(IReadOnlyList<DeliveryVehicle> vehicles) => vehicles.Min(v => v.Shift.Start);

    /// <summary>Builds the numeric problem: locations are the vehicles' depots followed by the orders.</summary>
    /// <param name="orders">Orders to deliver.</param>
    /// <param name="vehicles">The fleet (one vehicle per entry).</param>
    /// <param name="averageSpeedMetresPerSecond">Average road speed used to derive travel times from distances.</param>
    /// <returns>The problem; job ids are the order ids, vehicle type ids the vehicle ids.</returns>
    /// <exception cref="ArgumentException">An order or vehicle is inconsistent (message names it).</exception>
    public static RoutingProblem ToProblem(IReadOnlyList<DeliveryOrder> orders, IReadOnlyList<DeliveryVehicle> vehicles, double averageSpeedMetresPerSecond) =>
        ToProblem(orders, Array.Empty<ShipmentOrder>(), vehicles, averageSpeedMetresPerSecond);

    /// <summary>
    /// Builds the numeric problem with shipments: locations are the vehicles' depots, the orders, then each shipment's
    /// pickup and delivery. A shipment becomes the jobs <c>{id}/pickup</c> and <c>{id}/delivery</c>, paired.
    /// </summary>
    /// <param name="orders">Orders delivered from the depot.</param>
    /// <param name="shipments">Goods collected at one address and delivered to another by the same vehicle.</param>
    /// <param name="vehicles">The fleet (one vehicle per entry).</param>
    /// <param name="averageSpeedMetresPerSecond">Average road speed used to derive travel times from distances.</param>
    /// <returns>The problem; job ids are the order ids and the shipment ids with <c>/pickup</c> or <c>/delivery</c>, vehicle type ids the vehicle ids.</returns>
    /// <exception cref="ArgumentException">An order, shipment or vehicle is inconsistent (message names it).</exception>
    public static RoutingProblem ToProblem(IReadOnlyList<DeliveryOrder> orders, IReadOnlyList<ShipmentOrder> shipments, IReadOnlyList<DeliveryVehicle> vehicles, double averageSpeedMetresPerSecond)
    {
        Preconditions.CheckNotNull(orders, nameof(orders));
        Preconditions.CheckNotNull(shipments, nameof(shipments));
        Preconditions.CheckNotNull(vehicles, nameof(vehicles));
        Preconditions.CheckArgument(vehicles.Count > 0, nameof(vehicles), "At least one vehicle is needed.");
        Instant origin = Origin(vehicles);
        var lat = new List<double>();
        var lon = new List<double>();
        int Add(GeoPoint p)
        {
            lat.Add(p.Latitude);
            lon.Add(p.Longitude);
            return lat.Count - 1;
        }

        double Seconds(Instant t) => (t - origin).TotalSeconds;
        var types = new List<VehicleType>();
        foreach (DeliveryVehicle v in vehicles)
        {
            int start = Add(v.Start);
            int? end = v.End is { } e ? Add(e) : null;
            double shiftEnd = v.Shift.HasEnd ? Seconds(v.Shift.End) : double.PositiveInfinity;
            types.Add(new VehicleType(v.Id, 1, v.Capacity, start, end, Seconds(v.Shift.Start), shiftEnd,
                v.MaxWorkingTime?.TotalSeconds ?? double.PositiveInfinity, double.PositiveInfinity, v.FixedCost,
                v.CostPerKilometre / 1000.0, v.CostPerHour / 3600.0, v.Skills));
        }

        (double Ready, double Due) Window(Interval window)
        {
            double ready = window.HasStart ? Math.Max(0, Seconds(window.Start)) : 0;
            double due = window.HasEnd ? Seconds(window.End) : double.PositiveInfinity;

            // A window that closed before the first shift starts: keep the job, it will be reported as unreachable.
            return (due < ready ? due : ready, due);
        }

        var jobs = new List<Job>();
        foreach (DeliveryOrder o in orders)
        {
            var windows = new List<TimeWindow>();
            double lastDue = double.NaN;
            foreach (Interval window in o.Windows)
            {
                double ready = window.HasStart ? Math.Max(0, Seconds(window.Start)) : 0;
                double due = window.HasEnd ? Seconds(window.End) : double.PositiveInfinity;
                lastDue = due;
                if (due >= ready)
                {
                    windows.Add(new TimeWindow(ready, due));
                }
            }

            if (windows.Count == 0)
            {
                // Every window closed before the first shift starts: keep the job, it will be reported as unreachable.
                windows.Add(new TimeWindow(lastDue, lastDue));
            }

            var job = new Job(o.Id, Add(o.Location), o.Demand, o.ServiceTime.TotalSeconds, windows[0].Open, windows[0].Close, o.RequiredSkills, o.Penalty);
            if (windows.Count > 1)
            {
                job = job.WithTimeWindows(windows);
            }

            if (o.LatenessCostPerHour > 0)
            {
                job = job.WithLatenessCost(o.LatenessCostPerHour / 3600.0);
            }

            if (o.Priority > 0)
            {
                job = job.WithPriority(o.Priority);
            }

            jobs.Add(job);
        }

        var pairs = new List<Shipment>();
        foreach (ShipmentOrder s in shipments)
        {
            Preconditions.CheckNotNull(s, nameof(shipments));
            (double pickupReady, double pickupDue) = Window(s.PickupWindow);
            (double deliveryReady, double deliveryDue) = Window(s.DeliveryWindow);
            string pickup = s.Id + PickupSuffix;
            string delivery = s.Id + DeliverySuffix;
            jobs.Add(new Job(pickup, Add(s.PickupLocation), s.Demand, s.PickupServiceTime.TotalSeconds, pickupReady, pickupDue, s.RequiredSkills, s.Penalty));
            jobs.Add(new Job(delivery, Add(s.DeliveryLocation), s.Demand, s.DeliveryServiceTime.TotalSeconds, deliveryReady, deliveryDue, s.RequiredSkills, s.Penalty is null ? null : 0));
            pairs.Add(new Shipment(pickup, delivery));
        }

        var network = TravelNetwork.FromGeographicCoordinates(lat, lon, averageSpeedMetresPerSecond);
        return new RoutingProblem(network, jobs, types, pairs);
    }

    /// <summary>Plans the deliveries.</summary>
    /// <param name="orders">Orders to deliver.</param>
    /// <param name="vehicles">The fleet.</param>
    /// <param name="averageSpeedMetresPerSecond">Average road speed.</param>
    /// <param name="options">Solver settings; null for defaults.</param>
    /// <param name="cancellationToken">Stops the search early.</param>
    /// <returns>The plan in instants.</returns>
    /// <exception cref="ArgumentException">An order or vehicle is inconsistent.</exception>
    public static DeliveryPlan Plan(IReadOnlyList<DeliveryOrder> orders, IReadOnlyList<DeliveryVehicle> vehicles, double averageSpeedMetresPerSecond,
        RoutingSolverOptions? options = null, CancellationToken cancellationToken = default)
    {
        RoutingProblem problem = ToProblem(orders, vehicles, averageSpeedMetresPerSecond);
        RoutingSolution solution = RoutingSolver.Solve(problem, options, cancellationToken);
        return FromSolution(solution, Origin(vehicles));
    }

    /// <summary>Plans orders delivered from the depot together with shipments collected and delivered on the way.</summary>
    /// <param name="orders">Orders delivered from the depot.</param>
    /// <param name="shipments">Shipments (pickup and delivery by the same vehicle).</param>
    /// <param name="vehicles">The fleet.</param>
    /// <param name="averageSpeedMetresPerSecond">Average road speed.</param>
    /// <param name="options">Solver settings; null for defaults.</param>
    /// <param name="cancellationToken">Stops the search early.</param>
    /// <returns>The plan in instants; a shipment's stops carry its id and <see cref="StopKind.ShipmentPickup"/> or <see cref="StopKind.ShipmentDelivery"/>.</returns>
    /// <exception cref="ArgumentException">An order, shipment or vehicle is inconsistent.</exception>
    public static DeliveryPlan PlanWithShipments(IReadOnlyList<DeliveryOrder> orders, IReadOnlyList<ShipmentOrder> shipments, IReadOnlyList<DeliveryVehicle> vehicles,
        double averageSpeedMetresPerSecond, RoutingSolverOptions? options, CancellationToken cancellationToken)
    {
        RoutingProblem problem = ToProblem(orders, shipments, vehicles, averageSpeedMetresPerSecond);
        RoutingSolution solution = RoutingSolver.Solve(problem, options, cancellationToken);
        return FromSolution(solution, Origin(vehicles));
    }

    /// <summary>Converts a numeric plan back to instants.</summary>
    /// <param name="solution">A plan for a problem built by <see cref="ToProblem(IReadOnlyList{DeliveryOrder}, IReadOnlyList{DeliveryVehicle}, double)"/>.</param>
    /// <param name="origin">The instant of numeric time 0 (<see cref="Origin"/>).</param>
    /// <returns>The plan in instants.</returns>
    public static DeliveryPlan FromSolution(RoutingSolution solution, Instant origin)
    {
        Preconditions.CheckNotNull(solution, nameof(solution));
        Instant At(double seconds) => origin + Duration.FromSeconds(seconds);
        RoutingProblem problem = solution.Problem;
        var routes = solution.Routes.Select(r => new PlannedRoute(
            r.VehicleTypeId, At(r.Departure), At(r.Arrival),
            r.Stops.Select(s =>
            {
                (string order, StopKind kind) = OrderOf(problem, s.JobId);
                return new PlannedStop(order, At(s.Arrival), Duration.FromSeconds(s.Waiting), At(s.ServiceStart), At(s.Departure), s.Load)
                {
                    Kind = kind,
                    OnBoard = s.OnBoard,
                    Lateness = Duration.FromSeconds(s.Lateness),
                };
            }).ToArray(),
            r.Distance, Duration.FromSeconds(r.Duration), r.Cost)).ToArray();

        // A shipment left out is one unplanned order, not two.
        var unplanned = solution.Unassigned
            .Where(u => OrderOf(problem, u.JobId).Kind != StopKind.ShipmentDelivery)
            .Select(u => new UnplannedOrder(OrderOf(problem, u.JobId).Order, u.Reason)).ToArray();
        return new DeliveryPlan(routes, unplanned, solution.Distance, solution.Cost, solution);
    }

    private const string PickupSuffix = "/pickup";
    private const string DeliverySuffix = "/delivery";

    /// <summary>The order id and stop kind behind a job id of a problem built by <see cref="ToProblem(IReadOnlyList{DeliveryOrder}, IReadOnlyList{ShipmentOrder}, IReadOnlyList{DeliveryVehicle}, double)"/>.</summary>
    private static (string Order, StopKind Kind) OrderOf(RoutingProblem problem, string jobId)
    {
        if (problem.ShipmentOf(jobId) is not { } pair)
        {
            return (jobId, StopKind.Delivery);
        }

        bool pickup = string.Equals(pair.PickupJobId, jobId, StringComparison.Ordinal);
        string suffix = pickup ? PickupSuffix : DeliverySuffix;
        string order = jobId.EndsWith(suffix, StringComparison.Ordinal) ? jobId.Substring(0, jobId.Length - suffix.Length) : jobId;
        return (order, pickup ? StopKind.ShipmentPickup : StopKind.ShipmentDelivery);
    }
}
