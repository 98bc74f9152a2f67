using System;
using System.Collections.Generic;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;

namespace ProjectDelivery.Delivery.Routing.Evaluation;

/// <summary>
/// Forward simulation of one route: arrival, waiting, service start, lateness, departure and load per stop. Works
/// stop by stop from the plain problem data, independently of the segment summaries used in the search.
/// </summary>
internal static class RouteScheduler
{
    private const double Tolerance = 1e-6;

    internal static VehicleRoute Schedule(RoutingProblem problem, int vehicle, IReadOnlyList<int> jobs) => Schedule(problem, vehicle, jobs, problem.Data.PublicIndex[vehicle]);

    /// <summary>Schedules <paramref name="jobs"/> on slot <paramref name="vehicle"/>, reported as public vehicle <paramref name="vehicleIndex"/>.</summary>
    internal static VehicleRoute Schedule(RoutingProblem problem, int vehicle, IReadOnlyList<int> jobs, int vehicleIndex)
    {
        ProblemData data = problem.Data;
        int start = data.StartNode(vehicle);
        int end = data.EndNode(vehicle);

        // Depart as early as possible while keeping the minimum duration: the segment summary's earliest start.
        RouteSegment whole = RouteSegment.Single(data, start);
        foreach (int j in jobs)
        {
            whole = RouteSegment.Merge(data, whole, RouteSegment.Single(data, j));
        }

        whole = RouteSegment.Merge(data, whole, RouteSegment.Single(data, end));
        bool complex = false;
        foreach (int j in jobs)
        {
            complex |= data.Complex[j];
        }

        // With several or soft windows the summary is only a relaxation: take the exact rule of SearchState.CandidateCost.
        double departure = complex ? ExactDeparture(data, vehicle, jobs) : Math.Max(data.Ready[start], Math.Min(whole.Earliest, data.Due[start]));
        double lateCost = 0;
        double time = departure;
        double distance = 0;
        int previous = start;
        int dims = data.Dimensions;
        var load = new double[dims];
        var onBoard = new double[dims];
        foreach (int j in jobs)
        {
            for (int k = 0; k < dims; k++)
            {
                onBoard[k] += data.DepotDemand[(j * dims) + k];
            }
        }

        var startLoad = (double[])onBoard.Clone();
        var stops = new Stop[jobs.Count];
        for (int i = 0; i < jobs.Count; i++)
        {
            int j = jobs[i];
            double arrival = time + data.Time(previous, j);
            distance += data.Distance(previous, j);
            double serviceStart = Math.Max(arrival, data.Ready[j]);
            double lateness = 0;
            if (data.Complex[j])
            {
                serviceStart = data.StartOfService(j, arrival, out lateness, out _);
                if (double.IsPositiveInfinity(serviceStart))
                {
                    // Every hard window missed: keep the arrival so that FindViolation can name the job.
                    serviceStart = arrival;
                    lateness = 0;
                }

                lateCost += lateness * data.LatenessRate[j];
            }

            double leave = serviceStart + data.Service[j];
            double sign = data.Partner[j] >= 0 && data.IsPickup[j] ? 1 : -1;
            for (int k = 0; k < dims; k++)
            {
                double demand = data.Demand[(j * dims) + k];
                load[k] += demand;
                onBoard[k] += sign * demand;
            }

            stops[i] = new Stop(j, problem.Jobs[j].Id, arrival, serviceStart - arrival, serviceStart, leave, (double[])load.Clone()) { OnBoard = (double[])onBoard.Clone(), Lateness = lateness };
            time = leave;
            previous = j;
        }

        double back = time + data.Time(previous, end);
        distance += data.Distance(previous, end);
        double duration = back - departure;
        double cost = data.FixedCost[vehicle] + (data.CostPerDistance[vehicle] * distance) + (data.CostPerTime[vehicle] * duration) + lateCost;
        return new VehicleRoute(vehicleIndex, problem.VehicleTypes[data.VehicleType[vehicle]].Id, departure, back, stops, distance, duration, cost) { LatenessCost = lateCost, StartLoad = startLoad };
    }

    /// <summary>
    /// Departure for a route with several or soft windows: the earliest schedule (leaving at the shift start), then the
    /// departure delayed by min(total waiting, min over stops of waiting so far plus slack in the stop's window), the
    /// largest delay that keeps every start in its window, adds no lateness and keeps the return time.
    /// </summary>
    private static double ExactDeparture(ProblemData data, int vehicle, IReadOnlyList<int> jobs)
    {
        int start = data.StartNode(vehicle);
        double time = data.Ready[start];
        double wait = 0;
        double slackMin = data.Due[start] - data.Ready[start];
        int previous = start;
        for (int i = 0; i <= jobs.Count; i++)
        {
            int node = i < jobs.Count ? jobs[i] : data.EndNode(vehicle);
            double arrival = time + data.Time(previous, node);
            double serviceStart = data.StartOfService(node, arrival, out _, out double slack);
            if (double.IsPositiveInfinity(serviceStart))
            {
                return data.Ready[start];
            }

            wait += serviceStart - arrival;
            if (i < jobs.Count)
            {
                slackMin = Math.Min(slackMin, wait + slack);
            }

            time = serviceStart + data.Service[node];
            previous = node;
        }

        return data.Ready[start] + Math.Min(wait, slackMin);
    }

    /// <summary>The first rule the scheduled route breaks, or null when it is feasible.</summary>
    internal static string? FindViolation(RoutingProblem problem, VehicleRoute route)
    {
        ProblemData data = problem.Data;
        int v = data.SlotOfType(route.VehicleIndex);
        if (data.HasShipments && FindPairViolation(problem, route) is { } pairing)
        {
            return pairing;
        }

        foreach (Stop stop in route.Stops)
        {
            int j = stop.JobIndex;
            if (!data.CanServe(v, j))
            {
                return $"job '{stop.JobId}' needs a skill the vehicle lacks";
            }

            if (data.Complex[j])
            {
                if (!InsideWindow(problem.Jobs[j], stop.ServiceStart) && !problem.Jobs[j].HasSoftWindow)
                {
                    return $"job '{stop.JobId}' starts at {stop.ServiceStart} outside every one of its windows";
                }
            }
            else if (stop.ServiceStart > data.Due[j] + Tolerance)
            {
                return $"job '{stop.JobId}' starts at {stop.ServiceStart} after its window closes at {data.Due[j]}";
            }

            for (int k = 0; k < data.Dimensions; k++)
            {
                // Without shipments the running total peaks at the full load the vehicle starts with.
                double load = data.HasShipments ? stop.OnBoard[k] : stop.Load[k];
                if (load > data.Capacity[(v * data.Dimensions) + k] + Tolerance)
                {
                    return $"load {load} after job '{stop.JobId}' exceeds capacity {data.Capacity[(v * data.Dimensions) + k]} in dimension {k}";
                }
            }
        }

        for (int k = 0; k < data.Dimensions && data.HasShipments; k++)
        {
            if (route.StartLoad[k] > data.Capacity[(v * data.Dimensions) + k] + Tolerance)
            {
                return $"leaves the depot with load {route.StartLoad[k]} above capacity {data.Capacity[(v * data.Dimensions) + k]} in dimension {k}";
            }
        }

        int end = data.EndNode(v);
        if (route.Arrival > data.Due[end] + Tolerance)
        {
            return $"returns at {route.Arrival} after the shift ends at {data.Due[end]}";
        }

        if (route.Duration > data.MaxDuration[v] + Tolerance)
        {
            return $"duration {route.Duration} exceeds the maximum {data.MaxDuration[v]}";
        }

        if (route.Distance > data.MaxDistance[v] + Tolerance)
        {
            return $"distance {route.Distance} exceeds the maximum {data.MaxDistance[v]}";
        }

        return null;
    }

    /// <summary>A shipment end whose partner is not on the same route, or a delivery before its pickup.</summary>
    private static string? FindPairViolation(RoutingProblem problem, VehicleRoute route)
    {
        ProblemData data = problem.Data;
        var position = new Dictionary<int, int>();
        for (int i = 0; i < route.Stops.Count; i++)
        {
            position[route.Stops[i].JobIndex] = i;
        }

        foreach (Stop stop in route.Stops)
        {
            int partner = data.Partner[stop.JobIndex];
            if (partner < 0)
            {
                continue;
            }

            if (!position.TryGetValue(partner, out int at))
            {
                return $"job '{stop.JobId}' is served without the other end of its shipment, '{problem.Jobs[partner].Id}'";
            }

            if (data.IsPickup[stop.JobIndex] && at < position[stop.JobIndex])
            {
                return $"delivery '{problem.Jobs[partner].Id}' comes before its pickup '{stop.JobId}'";
            }
        }

        return null;
    }

    private static bool InsideWindow(Job job, double start)
    {
        foreach (TimeWindow window in job.TimeWindows)
        {
            if (start >= window.Open - Tolerance && start <= window.Close + Tolerance)
            {
                return true;
            }
        }

        return false;
    }
}
