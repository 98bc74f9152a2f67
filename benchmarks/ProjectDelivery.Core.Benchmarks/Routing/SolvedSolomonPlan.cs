using System;
using System.IO;
using System.Linq;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using ProjectDelivery.Interop.Routing;

namespace ProjectDelivery.Benchmarks.Routing;

/// <summary>
/// The fixture of the move-evaluation benchmarks: a Solomon instance from shared/data/vrptw/solomon, solved for a fixed
/// number of iterations (so the plan is the same on every machine) and loaded into a <see cref="SearchState"/>.
/// </summary>
internal static class SolvedSolomonPlan
{
    /// <summary>Solves <paramref name="instance"/> for <paramref name="iterations"/> iterations and loads the plan.</summary>
    /// <param name="instance">Instance name, e.g. <c>R101</c>.</param>
    /// <param name="iterations">Search iterations of the solve.</param>
    /// <returns>The problem's data, the plan, and a search state holding the plan's routes.</returns>
    internal static (ProblemData Data, RoutingSolution Plan, SearchState State) Load(string instance, long iterations)
    {
        string path = RoutingQualityRunner.FindSolomon(instance);
        using var reader = new StreamReader(path);
        RoutingProblem problem = SolomonReader.Read(reader, Path.GetFileName(path)).Problem;
        RoutingSolution plan = RoutingSolver.Solve(problem, new RoutingSolverOptions { TimeLimit = null, MaxIterations = iterations });
        ProblemData data = problem.Data;
        var state = new SearchState(data);
        var routes = new int[data.VehicleCount][];
        for (int v = 0; v < routes.Length; v++)
        {
            routes[v] = Array.Empty<int>();
        }

        foreach (VehicleRoute route in plan.Routes)
        {
            routes[route.VehicleIndex] = route.Stops.Select(s => s.JobIndex).ToArray();
        }

        state.LoadRoutes(routes);
        return (data, plan, state);
    }
}
