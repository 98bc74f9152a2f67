using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using NodaTime;
using ProjectDelivery.Delivery.Routing.Evaluation;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.Metaheuristics;
using ProjectDelivery.Delivery.Routing.Metaheuristics.Stopping;
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
        return Run(problem, new SearchState(problem.Data), options, cancellationToken);
    }

    /// <summary>
    /// Adds a new job to an existing plan at its cheapest feasible position (or a new route), leaving every
    /// other stop in its order. Takes milliseconds for plans with hundreds of stops.
    /// </summary>
    /// <param name="plan">The current plan.</param>
    /// <param name="job">The new job (its id must be new to the plan's problem).</param>
    /// <returns>A plan for <c>plan.Problem.WithJob(job)</c>; the job is listed as unassigned, with the reason, when it fits nowhere.</returns>
    /// <exception cref="ArgumentException">The job is invalid for the problem (duplicate id, bad location, ...).</exception>
    public static RoutingSolution InsertJob(RoutingSolution plan, Job job)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        RoutingProblem problem = plan.Problem.WithJob(job);
        SearchState state = StateFrom(problem, plan.ToRouteMap(), j => j);
        int index = problem.Jobs.Count - 1;
        var neighbours = new NeighbourLists(problem.Data, problem.Jobs.Count > Construction.BestInsertion.FullScanLimit ? 40 : 0);
        var insertion = new Construction.BestInsertion(state, neighbours);
        if (insertion.Find(index, null, 0, true, out int vehicle, out int position, out double delta)
            && (!problem.Data.Optional[index] || problem.Data.Priority[index] > 0 || delta < problem.Data.Penalty[index]))
        {
            state.Insert(index, vehicle, position);
        }

        return Snapshot(problem, state, SolverStatistics.None);
    }

    /// <summary>Removes a job from a plan (e.g. a cancelled order); the other stops keep their order.</summary>
    /// <param name="plan">The current plan.</param>
    /// <param name="jobId">Id of the job to remove.</param>
    /// <returns>A plan for <c>plan.Problem.WithoutJob(jobId)</c>.</returns>
    /// <exception cref="ArgumentException">There is no such job.</exception>
    public static RoutingSolution RemoveJob(RoutingSolution plan, string jobId)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        int removed = plan.Problem.IndexOfJob(jobId);
        RoutingProblem problem = plan.Problem.WithoutJob(jobId);
        SearchState state = StateFrom(problem, plan.ToRouteMap(), j => j == removed ? -1 : j > removed ? j - 1 : j);
        return Snapshot(problem, state, SolverStatistics.None);
    }

    /// <summary>
    /// Re-optimises a plan while the first stops of some routes stay exactly where they are (already served or in
    /// progress): they keep their vehicle and order, and nothing is inserted before them.
    /// </summary>
    /// <param name="plan">The current plan (may have unassigned jobs, e.g. after <see cref="InsertJob"/>).</param>
    /// <param name="fixedStops">Per vehicle index, how many leading stops of its route are fixed.</param>
    /// <param name="options">Settings; null for defaults.</param>
    /// <param name="cancellationToken">Stops the search early.</param>
    /// <returns>The improved plan (never worse than <paramref name="plan"/> under the objective).</returns>
    /// <exception cref="ArgumentException">A vehicle is not in the plan, or a count exceeds its route's length; or the options are invalid.</exception>
    public static RoutingSolution Reoptimise(RoutingSolution plan, IReadOnlyDictionary<int, int> fixedStops, RoutingSolverOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        Preconditions.CheckNotNull(fixedStops, nameof(fixedStops));
        options ??= new RoutingSolverOptions();
        options.Validate();
        RoutingProblem problem = plan.Problem;
        SearchState state = StateFrom(problem, plan.ToRouteMap(), j => j);
        foreach (KeyValuePair<int, int> entry in fixedStops)
        {
            int vehicle = entry.Key;
            Preconditions.CheckArgument(vehicle >= 0 && vehicle < problem.VehicleCount && state.RouteLength(vehicle) >= entry.Value && entry.Value >= 0, nameof(fixedStops),
                $"Vehicle {vehicle}: cannot fix {entry.Value} stops; its route has {(vehicle >= 0 && vehicle < problem.VehicleCount ? state.RouteLength(vehicle) : 0)}.");
            state.FixPrefix(vehicle, entry.Value);
        }

        return Run(problem, state, options, cancellationToken);
    }

    private static SearchState StateFrom(RoutingProblem problem, IReadOnlyDictionary<int, IReadOnlyList<int>> routes, Func<int, int> mapJob)
    {
        var arrays = new int[problem.VehicleCount][];
        for (int v = 0; v < arrays.Length; v++)
        {
            arrays[v] = routes.TryGetValue(v, out IReadOnlyList<int>? jobs) ? jobs.Select(mapJob).Where(j => j >= 0).ToArray() : Array.Empty<int>();
        }

        var state = new SearchState(problem.Data);
        state.LoadRoutes(arrays);
        state.RecomputeTotals();
        return state;
    }

    private static RoutingSolution Run(RoutingProblem problem, SearchState state, RoutingSolverOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        ProblemData data = problem.Data;
        var neighbours = new NeighbourLists(data, NeighbourCount);
        var random = new SearchRandom(unchecked((ulong)options.Seed));
        var search = new StringRemovalSearch(state, neighbours, random)
        {
            InitialTemperature = options.InitialTemperature ?? (data.HasTimeConstraints ? 1.0 : 10.0),
            FinalTemperature = options.FinalTemperature ?? (options.InitialTemperature ?? (data.HasTimeConstraints ? 1.0 : 10.0)) / 100,
            UseLocalSearch = options.UseLocalSearch,
        };
        search.Construct(); // inserts whatever is unassigned (everything for a new problem)

        double seconds = options.TimeLimit?.TotalSeconds ?? double.PositiveInfinity;
        long iterations = options.MaxIterations ?? long.MaxValue;
        var best = new int[data.VehicleCount][];
        var reporter = new ProgressReporter(problem, options, clock);
        double fraction = options.FleetShare ?? (options.Objective == RoutingObjective.Vehicles ? 0.4 : 0.1);
        if (state.UnassignedCount == 0 && fraction > 0)
        {
            // Fleet minimisation first: 40% of the budget for the hierarchical objective, 10% for cost, where the
            // smaller fleet is kept only if it is already cheaper and the route limit is lifted again afterwards.
            // Skipped while jobs are left out: serving them comes before saving vehicles.
            var fleetBudget = new SearchBudget(clock, seconds * fraction, iterations == long.MaxValue ? long.MaxValue : (long)(iterations * fraction), cancellationToken, search.Iterations);
            var start = new int[data.VehicleCount][];
            state.CopyRoutesTo(start);
            double startObjective = state.Objective;
            long startLevel = state.Level;
            if (options.FleetByEjection ?? options.Objective == RoutingObjective.Vehicles)
            {
                // String removals first (quick on long routes with wide windows, e.g. Solomon's C2), then the ejection
                // pool for the rest of the phase (strong on tight windows, R1 and RC1).
                double share = options.StringRemovalFleetShare;
                long fleetIterations = iterations == long.MaxValue ? long.MaxValue : (long)(iterations * fraction);
                double fleetStart = clock.Elapsed.TotalSeconds;
                long before = search.Iterations;
                search.MinimiseFleet(new SearchBudget(clock, seconds * fraction * share,
                    fleetIterations == long.MaxValue ? long.MaxValue : (long)(fleetIterations * share), cancellationToken, before), best);
                long spent = search.Iterations - before;
                search.MinimiseFleetByEjection(new SearchBudget(clock, Math.Max(0, (seconds * fraction) - (clock.Elapsed.TotalSeconds - fleetStart)),
                    fleetIterations == long.MaxValue ? long.MaxValue : Math.Max(0, fleetIterations - spent), cancellationToken, search.Iterations), best);
            }
            else
            {
                search.MinimiseFleet(fleetBudget, best);
            }

            if (options.Objective == RoutingObjective.Cost)
            {
                // Keep the smaller fleet only when it is already cheaper; then let routes come back if they pay.
                search.MaxRoutes = int.MaxValue;
                if (state.Level > startLevel || (state.Level == startLevel && state.Objective > startObjective && !options.KeepSmallerFleet))
                {
                    state.LoadRoutes(start);
                    state.RecomputeTotals();
                }
            }

            reporter.ReportIfDue(best, search.Iterations, fraction);
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
