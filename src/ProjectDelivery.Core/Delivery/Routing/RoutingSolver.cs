using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using NodaTime;
using ProjectDelivery.Delivery.Routing.Evaluation;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.Metaheuristics;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Routing;

/// <summary>
/// Solves routing problems (TSP, CVRP, VRP with time windows and the extensions of <see cref="RoutingProblem"/>)
/// and edits plans on demand. Thread-safe: every call has its own search state.
/// </summary>
/// <remarks>
/// Greedy insertion builds a first plan; ruin-and-recreate with string removals and simulated annealing
/// (<see cref="StringRemovalSearch"/>, Christiaens and Vanden Berghe 2020) improves it, with O(1) feasibility
/// and cost checks by segment concatenation (Vidal et al. 2013) and granular neighbour lists (Toth and Vigo 2003).
/// </remarks>
public static class RoutingSolver
{
    private const int NeighbourCount = 100;

    /// <summary>Finds a good plan within the options' limits.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">Settings; null for defaults.</param>
    /// <param name="cancellationToken">Stops the search early; the best plan so far is returned.</param>
    /// <returns>The best plan found. Jobs that cannot be served are listed as unassigned with the reason.</returns>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static RoutingSolution Solve(RoutingProblem problem, RoutingSolverOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(problem, nameof(problem));
        options ??= new RoutingSolverOptions();
        options.Validate();
        var clock = Stopwatch.StartNew();
        ProblemData data = problem.Data;
        var state = new SearchState(data);
        var neighbours = new NeighbourLists(data, NeighbourCount);
        var random = new SearchRandom(unchecked((ulong)options.Seed));
        var search = new StringRemovalSearch(state, neighbours, random)
        {
            InitialTemperature = options.InitialTemperature,
            FinalTemperature = options.FinalTemperature,
            UseLocalSearch = options.UseLocalSearch,
        };
        search.Construct();

        double seconds = options.TimeLimit?.TotalSeconds ?? double.PositiveInfinity;
        long iterations = options.MaxIterations ?? long.MaxValue;
        var best = new int[data.VehicleCount][];
        var reporter = new ProgressReporter(problem, options, clock);
        if (options.Objective == RoutingObjective.Vehicles && state.UnassignedCount == 0)
        {
            // Spend 40% of the budget on removing routes, the rest on cost with the fleet size found. Skipped while
            // jobs are left out: serving them comes before saving vehicles.
            var fleetBudget = new SearchBudget(clock, seconds * 0.4, iterations == long.MaxValue ? long.MaxValue : iterations * 2 / 5, cancellationToken);
            search.MinimiseFleet(fleetBudget, best);
            reporter.ReportIfDue(best, search.Iterations, 0.4);
        }

        long used = search.Iterations;
        var budget = new SearchBudget(clock, Math.Max(0, seconds - clock.Elapsed.TotalSeconds), iterations == long.MaxValue ? long.MaxValue : iterations - used, cancellationToken, used);
        search.Improve(budget, best, () => reporter.ReportIfDue(best, search.Iterations, budget.Progress(search.Iterations)));
        var statistics = new SolverStatistics(search.Iterations, search.Accepted, search.InsertionEvaluations, search.LocalSearchMoves.Applied,
            Duration.FromTimeSpan(clock.Elapsed), options.Seed);
        RoutingSolution solution = Snapshot(problem, state, statistics);
        options.Progress?.Report(new RoutingProgress(solution, search.Iterations, statistics.Elapsed, 1.0));
        return solution;
    }

    internal static RoutingSolution Snapshot(RoutingProblem problem, SearchState state, SolverStatistics statistics)
    {
        ProblemData data = problem.Data;
        var routes = new List<VehicleRoute>();
        var served = new bool[data.JobCount];
        var jobs = new List<int>();
        for (int v = 0; v < data.VehicleCount; v++)
        {
            int len = state.RouteLength(v);
            if (len == 0)
            {
                continue;
            }

            jobs.Clear();
            for (int p = 0; p < len; p++)
            {
                int j = state.Node(v, p);
                jobs.Add(j);
                served[j] = true;
            }

            routes.Add(RouteScheduler.Schedule(problem, v, jobs.ToArray()));
        }

        return RoutingSolution.Create(problem, routes, served, statistics);
    }

    private static RoutingSolution Snapshot(RoutingProblem problem, int[][] best, SolverStatistics statistics)
    {
        var routes = new List<VehicleRoute>();
        var served = new bool[problem.Jobs.Count];
        for (int v = 0; v < best.Length; v++)
        {
            if (best[v] is { Length: > 0 } jobs)
            {
                foreach (int j in jobs)
                {
                    served[j] = true;
                }

                routes.Add(RouteScheduler.Schedule(problem, v, jobs));
            }
        }

        return RoutingSolution.Create(problem, routes, served, statistics);
    }

    private sealed class ProgressReporter
    {
        private readonly RoutingProblem _problem;
        private readonly RoutingSolverOptions _options;
        private readonly Stopwatch _clock;
        private double _last = double.NegativeInfinity;

        internal ProgressReporter(RoutingProblem problem, RoutingSolverOptions options, Stopwatch clock)
        {
            _problem = problem;
            _options = options;
            _clock = clock;
        }

        internal void ReportIfDue(int[][] best, long iterations, double fraction)
        {
            if (_options.Progress is null || _clock.Elapsed.TotalSeconds - _last < _options.ProgressInterval.TotalSeconds)
            {
                return;
            }

            _last = _clock.Elapsed.TotalSeconds;
            Duration elapsed = Duration.FromTimeSpan(_clock.Elapsed);
            RoutingSolution snapshot = Snapshot(_problem, best, new SolverStatistics(iterations, 0, 0, 0, elapsed, _options.Seed));
            _options.Progress.Report(new RoutingProgress(snapshot, iterations, elapsed, fraction));
        }
    }
}
