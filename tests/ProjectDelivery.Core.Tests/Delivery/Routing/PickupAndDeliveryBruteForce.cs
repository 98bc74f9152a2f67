using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Tests.Delivery.Routing;

/// <summary>
/// Exact optimum of a tiny pickup-and-delivery problem by enumerating every valid plan: each vehicle's route
/// built job by job (a delivery only after its pickup on the same route, a route closed only when no shipment is
/// open), windows checked leaving at the shift start, load checked at every point when the route closes, and jobs
/// left out paying their penalty. Works from the public model only. For problems with distance cost only
/// (no time cost, fixed cost or duration limit), one vehicle type.
/// </summary>
internal static class PickupAndDeliveryBruteForce
{
    internal static double Optimum(RoutingProblem problem)
    {
        VehicleType type = problem.VehicleTypes.Single();
        int n = problem.Jobs.Count;
        var partner = Enumerable.Repeat(-1, n).ToArray();
        var isPickup = new bool[n];
        foreach (Shipment s in problem.Shipments)
        {
            int p = problem.IndexOfJob(s.PickupJobId);
            int d = problem.IndexOfJob(s.DeliveryJobId);
            partner[p] = d;
            partner[d] = p;
            isPickup[p] = true;
        }

        double best = double.PositiveInfinity;
        var route = new List<int>();
        var visited = new bool[n];

        void Extend(int vehicle, double closedCost, double time, int open, double driven)
        {
            // Bound: distance already driven never shrinks (costs are distance only, penalties non-negative).
            if (closedCost + (driven * type.CostPerDistance) >= best - 1e-9)
            {
                return;
            }

            if (open == 0)
            {
                // Close this route here.
                double? cost = route.Count == 0 ? 0 : Close(problem, type, route, time, partner, isPickup);
                if (cost is { } c)
                {
                    if (vehicle + 1 < type.Count && route.Count > 0)
                    {
                        var saved = route.ToList();
                        route.Clear();
                        Extend(vehicle + 1, closedCost + c, type.ShiftStart, 0, 0);
                        route.AddRange(saved);
                    }
                    else
                    {
                        double penalty = 0;
                        for (int j = 0; j < n; j++)
                        {
                            penalty += visited[j] ? 0 : problem.Jobs[j].Penalty ?? double.PositiveInfinity;
                        }

                        best = Math.Min(best, closedCost + c + penalty);
                    }
                }
            }

            int last = route.Count == 0 ? type.StartLocation : problem.Jobs[route[route.Count - 1]].Location;
            for (int j = 0; j < n; j++)
            {
                if (visited[j] || (partner[j] >= 0 && !isPickup[j] && !route.Contains(partner[j])))
                {
                    continue;
                }

                if (problem.Jobs[j].RequiredSkills.Any(s => !type.Skills.Contains(s)))
                {
                    continue;
                }

                Job job = problem.Jobs[j];
                double start = Math.Max(time + problem.Network.GetTime(last, job.Location), job.ReadyTime);
                if (start > job.DueTime + 1e-9)
                {
                    continue;
                }

                visited[j] = true;
                route.Add(j);
                Extend(vehicle, closedCost, start + job.ServiceTime, open + (partner[j] < 0 ? 0 : isPickup[j] ? 1 : -1), driven + problem.Network.GetDistance(last, job.Location));
                route.RemoveAt(route.Count - 1);
                visited[j] = false;
            }
        }

        Extend(0, 0, type.ShiftStart, 0, 0);
        return best;
    }

    private static double? Close(RoutingProblem problem, VehicleType type, List<int> route, double time, int[] partner, bool[] isPickup)
    {
        int last = problem.Jobs[route[route.Count - 1]].Location;
        if (type.EndLocation is { } end && time + problem.Network.GetTime(last, end) > type.ShiftEnd + 1e-9)
        {
            return null;
        }

        for (int k = 0; k < problem.Dimensions; k++)
        {
            double Demand(int j) => problem.Jobs[j].Demand.Count == 0 ? 0 : problem.Jobs[j].Demand[k];
            double load = route.Where(j => partner[j] < 0).Sum(Demand);
            if (load > type.Capacity[k] + 1e-9)
            {
                return null;
            }

            foreach (int j in route)
            {
                load += partner[j] >= 0 && isPickup[j] ? Demand(j) : -Demand(j);
                if (load > type.Capacity[k] + 1e-9)
                {
                    return null;
                }
            }
        }

        return IndependentValidator.RouteDistance(problem, type, route) * type.CostPerDistance;
    }
}
