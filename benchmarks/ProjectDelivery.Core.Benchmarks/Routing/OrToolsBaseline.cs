using System;
using System.Collections.Generic;
using Google.OrTools.ConstraintSolver;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Benchmarks.Routing;

/// <summary>
/// Google OR-Tools routing solver on the same problem, for side-by-side quality runs only (the library never
/// references OR-Tools). One thread, PATH_CHEAPEST_ARC first solution, GUIDED_LOCAL_SEARCH, same time limit.
/// </summary>
/// <remarks>
/// OR-Tools needs integer arc costs and times: distances are scaled by 1,000 and rounded for the objective,
/// travel times scaled by 1,000 and rounded up (so its plans stay feasible in the exact convention), windows
/// scaled by 1,000. The returned routes are re-evaluated by the caller in the problem's own convention.
/// Supports the single-depot, single-vehicle-type problems of the benchmark files.
/// </remarks>
internal static class OrToolsBaseline
{
    private const double Scale = 1000;

    /// <summary>Solves; returns job-index routes, or null when OR-Tools found no solution in time.</summary>
    internal static List<int[]>? Solve(RoutingProblem problem, double seconds)
    {
        int jobs = problem.Jobs.Count;
        int n = jobs + 1;
        VehicleType type = problem.VehicleTypes[0];
        int depot = type.StartLocation;
        int[] location = new int[n];
        location[0] = depot;
        for (int j = 0; j < jobs; j++)
        {
            location[j + 1] = problem.Jobs[j].Location;
        }

        TravelNetwork net = problem.Network;
        var manager = new RoutingIndexManager(n, type.Count, 0);
        var routing = new RoutingModel(manager);
        int cost = routing.RegisterTransitCallback((long from, long to) =>
            (long)Math.Round(net.GetDistance(location[manager.IndexToNode(from)], location[manager.IndexToNode(to)]) * Scale));
        routing.SetArcCostEvaluatorOfAllVehicles(cost);

        if (problem.Dimensions > 0)
        {
            int demand = routing.RegisterUnaryTransitCallback((long from) =>
            {
                int node = manager.IndexToNode(from);
                return node == 0 ? 0 : (long)Math.Round(problem.Jobs[node - 1].Demand[0]);
            });
            var capacities = new long[type.Count];
            for (int v = 0; v < capacities.Length; v++)
            {
                capacities[v] = (long)Math.Floor(type.Capacity[0]);
            }

            routing.AddDimensionWithVehicleCapacity(demand, 0, capacities, true, "Capacity");
        }

        bool windows = !double.IsPositiveInfinity(type.ShiftEnd);
        if (windows)
        {
            long horizon = (long)Math.Ceiling(type.ShiftEnd * Scale);
            int time = routing.RegisterTransitCallback((long from, long to) =>
            {
                int a = manager.IndexToNode(from);
                int b = manager.IndexToNode(to);
                double service = a == 0 ? 0 : problem.Jobs[a - 1].ServiceTime;
                return (long)Math.Ceiling((service + net.GetTime(location[a], location[b])) * Scale);
            });
            routing.AddDimension(time, horizon, horizon, false, "Time");
            RoutingDimension dimension = routing.GetMutableDimension("Time");
            for (int j = 0; j < jobs; j++)
            {
                Job job = problem.Jobs[j];
                long open = (long)Math.Ceiling(job.ReadyTime * Scale);
                long close = (long)Math.Floor(job.DueTime * Scale);
                dimension.CumulVar(manager.NodeToIndex(j + 1)).SetRange(open, close);
            }

            for (int v = 0; v < type.Count; v++)
            {
                dimension.CumulVar(routing.Start(v)).SetRange((long)(type.ShiftStart * Scale), horizon);
                dimension.CumulVar(routing.End(v)).SetRange((long)(type.ShiftStart * Scale), horizon);
            }
        }

        RoutingSearchParameters parameters = operations_research_constraint_solver.DefaultRoutingSearchParameters();
        parameters.FirstSolutionStrategy = FirstSolutionStrategy.Types.Value.PathCheapestArc;
        parameters.LocalSearchMetaheuristic = LocalSearchMetaheuristic.Types.Value.GuidedLocalSearch;
        parameters.TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(seconds));
        Assignment? solution = routing.SolveWithParameters(parameters);
        if (solution is null)
        {
            return null;
        }

        var routes = new List<int[]>();
        for (int v = 0; v < type.Count; v++)
        {
            var route = new List<int>();
            long index = routing.Start(v);
            index = solution.Value(routing.NextVar(index));
            while (!routing.IsEnd(index))
            {
                route.Add(manager.IndexToNode(index) - 1);
                index = solution.Value(routing.NextVar(index));
            }

            if (route.Count > 0)
            {
                routes.Add(route.ToArray());
            }
        }

        return routes;
    }
}
