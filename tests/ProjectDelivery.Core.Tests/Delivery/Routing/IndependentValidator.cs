using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;

namespace ProjectDelivery.Tests.Delivery.Routing;

/// <summary>
/// Checks a plan from the public model only (network distances, jobs, vehicle types), without the solver's
/// segment arithmetic: every job at most once and every mandatory job served, skills, shipments (both ends on one
/// route, pickup first, or neither served), capacity at every point of the route, windows,
/// shift, duration with a floating start (found by bisection on the departure time) and distance.
/// </summary>
internal static class IndependentValidator
{
    internal sealed record Result(bool Feasible, string Reason, double Cost, double Distance)
    {
        /// <summary>Mandatory jobs left out.</summary>
        internal int MandatoryMissing { get; init; }

        /// <summary>Sum of the priorities of the jobs left out.</summary>
        internal long UnservedPriority { get; init; }

        /// <summary>Total lateness cost at soft windows.</summary>
        internal double LatenessCost { get; init; }

        /// <summary>Lexicographic objective key: (mandatory missing, unserved priority, cost).</summary>
        internal (int, long, double) Key => (MandatoryMissing, UnservedPriority, Cost);
    }

    internal static (int Type, VehicleType Vehicle) VehicleOf(RoutingProblem problem, int index)
    {
        int i = index;
        for (int t = 0; t < problem.VehicleTypes.Count; t++)
        {
            if (i < problem.VehicleTypes[t].Count)
            {
                return (t, problem.VehicleTypes[t]);
            }

            i -= problem.VehicleTypes[t].Count;
        }

        throw new ArgumentOutOfRangeException(nameof(index));
    }

    internal static Result Check(RoutingProblem problem, RoutingSolution solution, bool requireAllServed = true) =>
        Check(problem, solution.Routes.ToDictionary(r => r.VehicleIndex, r => (IReadOnlyList<int>)r.Stops.Select(s => s.JobIndex).ToList()), requireAllServed);

    internal static Result Check(RoutingProblem problem, IReadOnlyDictionary<int, IReadOnlyList<int>> routes, bool requireAllServed = true)
    {
        var seen = new HashSet<int>();
        double cost = 0;
        double distance = 0;
        double lateness = 0;
        double longest = 0;
        foreach (var (vehicle, jobs) in routes.Select(kv => (kv.Key, kv.Value)))
        {
            if (jobs.Count == 0)
            {
                continue;
            }

            VehicleType type = VehicleOf(problem, vehicle).Vehicle;
            foreach (int j in jobs)
            {
                if (!seen.Add(j))
                {
                    return Fail($"job {problem.Jobs[j].Id} visited twice");
                }

                if (problem.Jobs[j].RequiredSkills.Any(s => !type.Skills.Contains(s)))
                {
                    return Fail($"job {problem.Jobs[j].Id} lacks skill on vehicle {vehicle}");
                }
            }

            if (CheckPairsAndLoad(problem, vehicle, type, jobs) is { } broken)
            {
                return Fail(broken);
            }

            double dist = RouteDistance(problem, type, jobs);
            if (dist > type.MaxDistance + 1e-6)
            {
                return Fail($"vehicle {vehicle} distance {dist} > {type.MaxDistance}");
            }

            if (jobs.Any(j => problem.Jobs[j].TimeWindows.Count > 1 || problem.Jobs[j].HasSoftWindow))
            {
                if (CheckSeveralOrSoft(problem, type, jobs) is not { } exact)
                {
                    return Fail($"vehicle {vehicle} misses every window of a job or breaks the shift even leaving at the shift start");
                }

                if (exact.Duration > type.MaxDuration + 1e-6)
                {
                    return Fail($"vehicle {vehicle} duration {exact.Duration} > {type.MaxDuration}");
                }

                distance += dist;
                lateness += exact.LatenessCost;
                longest = Math.Max(longest, exact.Duration);
                cost += type.FixedCost + (type.CostPerDistance * dist) + (type.CostPerTime * exact.Duration) + exact.LatenessCost;
                continue;
            }

            if (Arrival(problem, type, jobs, type.ShiftStart) is not { } firstArrival)
            {
                return Fail($"vehicle {vehicle} breaks a window or the shift even leaving at the shift start");
            }

            // Latest feasible departure by bisection: feasibility is monotone in the departure time.
            double lo = type.ShiftStart;
            double hi = double.IsPositiveInfinity(type.ShiftEnd) ? type.ShiftStart + 1e7 : type.ShiftEnd;
            for (int it = 0; it < 200 && hi - lo > 1e-10; it++)
            {
                double mid = 0.5 * (lo + hi);
                if (Arrival(problem, type, jobs, mid) is not null)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }

            double duration = Math.Min(firstArrival - type.ShiftStart, Arrival(problem, type, jobs, lo)!.Value - lo);
            if (duration > type.MaxDuration + 1e-6)
            {
                return Fail($"vehicle {vehicle} duration {duration} > {type.MaxDuration}");
            }

            distance += dist;
            longest = Math.Max(longest, duration);
            cost += type.FixedCost + (type.CostPerDistance * dist) + (type.CostPerTime * duration);
        }

        foreach (Shipment shipment in problem.Shipments)
        {
            if (seen.Contains(problem.IndexOfJob(shipment.PickupJobId)) != seen.Contains(problem.IndexOfJob(shipment.DeliveryJobId)))
            {
                return Fail($"shipment {shipment} served at one end only");
            }
        }

        cost += problem.BalanceCostPerUnit * longest;
        int missing = 0;
        long priority = 0;

        for (int j = 0; j < problem.Jobs.Count; j++)
        {
            if (!seen.Contains(j))
            {
                if (requireAllServed && !problem.Jobs[j].IsOptional)
                {
                    return Fail($"mandatory job {problem.Jobs[j].Id} not served");
                }

                cost += problem.Jobs[j].Penalty ?? 0;
                missing += problem.Jobs[j].IsOptional ? 0 : 1;
                priority += problem.Jobs[j].Priority;
            }
        }

        return new Result(true, "ok", cost, distance) { MandatoryMissing = missing, UnservedPriority = priority, LatenessCost = lateness };
    }

    /// <summary>
    /// Route with several or soft windows, as documented in docs/routing.md: the earliest schedule (leaving at the shift
    /// start; each stop takes the first window it can still make, or is late on a soft window), then the latest departure
    /// that keeps every stop in the same window, the same lateness and the same return, found by bisection (each of
    /// these is monotone in the departure time). Null when a hard window or the shift end is missed.
    /// </summary>
    private static (double Duration, double LatenessCost)? CheckSeveralOrSoft(RoutingProblem problem, VehicleType type, IReadOnlyList<int> jobs)
    {
        if (Simulate(problem, type, jobs, type.ShiftStart) is not { } first || first.Return > type.ShiftEnd + 1e-6)
        {
            return null;
        }

        bool Same(double departure) =>
            Simulate(problem, type, jobs, departure) is { } s && s.Return <= first.Return + 1e-9 && s.Lateness <= first.Lateness + 1e-9
            && s.Windows.SequenceEqual(first.Windows);

        double lo = type.ShiftStart;
        double hi = double.IsPositiveInfinity(type.ShiftEnd) ? type.ShiftStart + 1e7 : type.ShiftEnd;
        if (Same(hi))
        {
            lo = hi;
        }

        for (int it = 0; it < 200 && hi - lo > 1e-10; it++)
        {
            double mid = 0.5 * (lo + hi);
            if (Same(mid))
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return (first.Return - lo, first.Lateness);
    }

    /// <summary>Forward schedule from <paramref name="departure"/>: return time, lateness cost and the window index used per stop (-1: late).</summary>
    private static (double Return, double Lateness, int[] Windows)? Simulate(RoutingProblem problem, VehicleType type, IReadOnlyList<int> jobs, double departure)
    {
        TravelNetwork net = problem.Network;
        double t = departure;
        double lateness = 0;
        var windows = new int[jobs.Count];
        int prev = type.StartLocation;
        for (int i = 0; i < jobs.Count; i++)
        {
            Job job = problem.Jobs[jobs[i]];
            t += net.GetTime(prev, job.Location);
            int w = 0;
            while (w < job.TimeWindows.Count && t > job.TimeWindows[w].Close + 1e-9)
            {
                w++;
            }

            if (w < job.TimeWindows.Count)
            {
                t = Math.Max(t, job.TimeWindows[w].Open);
                windows[i] = w;
            }
            else if (job.LatenessCost > 0)
            {
                lateness += (t - job.TimeWindows[job.TimeWindows.Count - 1].Close) * job.LatenessCost;
                windows[i] = -1;
            }
            else
            {
                return null;
            }

            t += job.ServiceTime;
            prev = job.Location;
        }

        if (type.EndLocation is { } end)
        {
            t += net.GetTime(prev, end);
        }

        return (t, lateness, windows);
    }

    /// <summary>
    /// Shipments on one route with the pickup first, and the load on board within capacity at every point: the vehicle
    /// leaves with every unpaired job's demand, loses it at that job, gains a shipment's demand at its pickup and loses it
    /// at its delivery.
    /// </summary>
    internal static string? CheckPairsAndLoad(RoutingProblem problem, int vehicle, VehicleType type, IReadOnlyList<int> jobs)
    {
        var pickupOf = new Dictionary<string, string>();
        var deliveryOf = new Dictionary<string, string>();
        foreach (Shipment s in problem.Shipments)
        {
            deliveryOf[s.PickupJobId] = s.DeliveryJobId;
            pickupOf[s.DeliveryJobId] = s.PickupJobId;
        }

        var ids = jobs.Select(j => problem.Jobs[j].Id).ToList();
        for (int i = 0; i < ids.Count; i++)
        {
            if (deliveryOf.TryGetValue(ids[i], out string? delivery) && ids.IndexOf(delivery) <= i)
            {
                return $"vehicle {vehicle}: delivery {delivery} missing or before its pickup {ids[i]}";
            }

            if (pickupOf.TryGetValue(ids[i], out string? pickup) && (ids.IndexOf(pickup) < 0 || ids.IndexOf(pickup) >= i))
            {
                return $"vehicle {vehicle}: pickup {pickup} missing or after its delivery {ids[i]}";
            }
        }

        for (int k = 0; k < problem.Dimensions; k++)
        {
            double Demand(int j) => problem.Jobs[j].Demand.Count == 0 ? 0 : problem.Jobs[j].Demand[k];
            bool Paired(int j) => pickupOf.ContainsKey(problem.Jobs[j].Id) || deliveryOf.ContainsKey(problem.Jobs[j].Id);
            double load = jobs.Where(j => !Paired(j)).Sum(Demand);
            if (load > type.Capacity[k] + 1e-9)
            {
                return $"vehicle {vehicle} leaves with load {load} > capacity {type.Capacity[k]}";
            }

            foreach (int j in jobs)
            {
                load += deliveryOf.ContainsKey(problem.Jobs[j].Id) ? Demand(j) : -Demand(j);
                if (load > type.Capacity[k] + 1e-9)
                {
                    return $"vehicle {vehicle} load {load} after {problem.Jobs[j].Id} > capacity {type.Capacity[k]}";
                }
            }
        }

        return null;
    }

    private static Result Fail(string reason) => new(false, reason, double.NaN, double.NaN);

    internal static double RouteDistance(RoutingProblem problem, VehicleType type, IReadOnlyList<int> jobs)
    {
        TravelNetwork net = problem.Network;
        double d = 0;
        int prev = type.StartLocation;
        foreach (int j in jobs)
        {
            d += net.GetDistance(prev, problem.Jobs[j].Location);
            prev = problem.Jobs[j].Location;
        }

        if (type.EndLocation is { } end)
        {
            d += net.GetDistance(prev, end);
        }

        return d;
    }

    /// <summary>Arrival at the end (or last departure for open routes) when leaving at <paramref name="departure"/>; null if infeasible.</summary>
    private static double? Arrival(RoutingProblem problem, VehicleType type, IReadOnlyList<int> jobs, double departure)
    {
        TravelNetwork net = problem.Network;
        double t = departure;
        int prev = type.StartLocation;
        foreach (int j in jobs)
        {
            Job job = problem.Jobs[j];
            t = Math.Max(t + net.GetTime(prev, job.Location), job.ReadyTime);
            if (t > job.DueTime + 1e-6)
            {
                return null;
            }

            t += job.ServiceTime;
            prev = job.Location;
        }

        if (type.EndLocation is { } end)
        {
            t += net.GetTime(prev, end);
        }

        return t > type.ShiftEnd + 1e-6 ? null : t;
    }
}
