using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using NodaTime;
using ProjectDelivery.Delivery.Routing.Construction;
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
/// Clarke–Wright savings (or greedy insertion, or Solomon I1: <see cref="RoutingSolverOptions.Construction"/>) builds a first plan; ruin-and-recreate with string removals and simulated annealing
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

    /// <summary>
    /// Adds a new shipment (a pickup and a delivery served by one vehicle, pickup first) to an existing plan at its
    /// cheapest feasible pickup and delivery positions in one route (or a new route), leaving every other stop in its order.
    /// </summary>
    /// <param name="plan">The current plan.</param>
    /// <param name="pickup">The pickup job (its id must be new to the plan's problem).</param>
    /// <param name="delivery">The delivery job (same demand as the pickup).</param>
    /// <returns>A plan for <c>plan.Problem.WithShipment(pickup, delivery)</c>; both jobs are listed as unassigned, with the reason, when the pair fits nowhere.</returns>
    /// <exception cref="ArgumentException">A job is invalid for the problem or the two do not make a valid pair.</exception>
    public static RoutingSolution InsertShipment(RoutingSolution plan, Job pickup, Job delivery)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        RoutingProblem problem = plan.Problem.WithShipment(pickup, delivery);
        SearchState state = StateFrom(problem, plan.ToRouteMap(), j => j);
        int p = problem.Jobs.Count - 2;
        int d = p + 1;
        var insertion = new Construction.BestInsertion(state, new NeighbourLists(problem.Data, 0));
        if (insertion.FindPair(p, d, null, 0, true, out int vehicle, out int pickupPosition, out int deliveryPosition, out double delta)
            && (!problem.Data.Optional[p] || problem.Data.Priority[p] + problem.Data.Priority[d] > 0 || delta < problem.Data.Penalty[p] + problem.Data.Penalty[d]))
        {
            insertion.InsertPair(p, d, vehicle, pickupPosition, deliveryPosition);
        }

        return Snapshot(problem, state, SolverStatistics.None);
    }

    /// <summary>
    /// Removes a job from a plan (e.g. a cancelled order); the other stops keep their order. Removing either end of a
    /// shipment removes the whole shipment (see <see cref="RoutingProblem.WithoutJob"/>).
    /// </summary>
    /// <param name="plan">The current plan.</param>
    /// <param name="jobId">Id of the job to remove.</param>
    /// <returns>A plan for <c>plan.Problem.WithoutJob(jobId)</c>.</returns>
    /// <exception cref="ArgumentException">There is no such job.</exception>
    public static RoutingSolution RemoveJob(RoutingSolution plan, string jobId)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        RoutingProblem old = plan.Problem;
        RoutingProblem problem = old.WithoutJob(jobId);
        var newIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int j = 0; j < problem.Jobs.Count; j++)
        {
            newIndex[problem.Jobs[j].Id] = j;
        }

        SearchState state = StateFrom(problem, plan.ToRouteMap(), j => newIndex.TryGetValue(old.Jobs[j].Id, out int index) ? index : -1);
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
            int slot = Array.IndexOf(state.PublicVehicle, vehicle);
            int length = slot >= 0 && vehicle >= 0 && vehicle < problem.VehicleCount ? state.RouteLength(slot) : 0;
            Preconditions.CheckArgument(vehicle >= 0 && vehicle < problem.VehicleCount && length >= entry.Value && entry.Value >= 0, nameof(fixedStops),
                $"Vehicle {vehicle}: cannot fix {entry.Value} stops; its route has {length}.");
            if (slot >= 0)
            {
                state.FixPrefix(slot, entry.Value);
            }
        }

        return Run(problem, state, options, cancellationToken);
    }

    private static SearchState StateFrom(RoutingProblem problem, IReadOnlyDictionary<int, IReadOnlyList<int>> routes, Func<int, int> mapJob)
    {
        int[][] arrays = problem.Data.AssignSlots(
            routes.OrderBy(r => r.Key).Select(r => new KeyValuePair<int, int[]>(r.Key, r.Value.Select(mapJob).Where(j => j >= 0).ToArray())), out int[] publicOf);
        var state = new SearchState(problem.Data) { PublicVehicle = publicOf };
        state.LoadRoutes(arrays);
        state.RecomputeTotals();
        return state;
    }

    private static RoutingSolution Run(RoutingProblem problem, SearchState state, RoutingSolverOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        ProblemData data = problem.Data;
        var neighbours = new NeighbourLists(data, NeighbourListSize(data.JobCount));
        var reporter = new ProgressReporter(problem, options, clock, state.PublicVehicle);
        int threads = options.Threads;
        var results = new SearchResult[threads];
        if (threads == 1)
        {
            results[0] = Search(problem, state, neighbours, options, options.Seed, clock, reporter, cancellationToken);
        }
        else
        {
            var starts = new SearchState[threads];
            starts[0] = state;
            for (int t = 1; t < threads; t++)
            {
                starts[t] = Copy(state);
            }

            var workers = new Thread[threads];
            var failures = new Exception?[threads];
            for (int t = 0; t < threads; t++)
            {
                int index = t;
                workers[t] = new Thread(() =>
                {
                    try
                    {
                        results[index] = Search(problem, starts[index], neighbours, options, ThreadSeed(options.Seed, index), clock, reporter, cancellationToken);
                    }
                    catch (Exception e)
                    {
                        failures[index] = e;
                    }
                })
                {
                    IsBackground = true,
                    Name = $"routing search {index}",
                };
                workers[t].Start();
            }

            foreach (Thread worker in workers)
            {
                worker.Join();
            }

            foreach (Exception? failure in failures)
            {
                if (failure is not null)
                {
                    throw new InvalidOperationException("A routing search thread failed: " + failure.Message, failure);
                }
            }
        }

        // Best plan wins; ties go to the lowest thread index, so the winner does not depend on timing.
        int winner = 0;
        for (int t = 1; t < threads; t++)
        {
            if (IsBetter(results[t].Plan, results[winner].Plan, options.Objective))
            {
                winner = t;
            }
        }

        SearchResult best = results[winner];
        long iterations = 0;
        long accepted = 0;
        long insertions = 0;
        long moves = 0;
        foreach (SearchResult result in results)
        {
            iterations += result.Iterations;
            accepted += result.Accepted;
            insertions += result.InsertionEvaluations;
            moves += result.LocalSearchMoves;
        }

        var statistics = new SolverStatistics(iterations, accepted, insertions, moves, Duration.FromTimeSpan(clock.Elapsed), options.Seed);
        RoutingSolution solution = Snapshot(problem, best.Routes, state.PublicVehicle, statistics);
        reporter.ReportFinal(solution, iterations);
        return solution;
    }

    /// <summary>
    /// Granular neighbours per job: 100, and above 20,000 jobs 2,000,000 / jobs but at least 20, so that building the
    /// lists stays near a second on a million-job scale and the time limit can hold.
    /// </summary>
    internal static int NeighbourListSize(int jobs) => jobs <= 20_000 ? NeighbourCount : Math.Max(20, 2_000_000 / jobs);

    /// <summary>Seed of search thread <paramref name="thread"/>: the options' seed for thread 0, a SplitMix64 mix of seed and index for the others.</summary>
    internal static int ThreadSeed(int seed, int thread)
    {
        if (thread == 0)
        {
            return seed;
        }

        ulong z = unchecked(((ulong)(uint)seed << 32) ^ (ulong)thread) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((int)(z ^ (z >> 31)));
    }

    /// <summary>
    /// Number of iterations of one cooling cycle (and the base of the fleet phase's length) for iteration-limited runs:
    /// 250 per job, at least 10,000 and at most 2,000,000 (about what a quiet core does in one second on 100 jobs); it
    /// depends on the problem size only.
    /// </summary>
    internal static long IterationHorizon(int jobs) => Math.Min(2_000_000L, Math.Max(10_000L, 250L * jobs));

    private static SearchResult Search(RoutingProblem problem, SearchState state, NeighbourLists neighbours, RoutingSolverOptions options, int seed,
        Stopwatch clock, ProgressReporter reporter, CancellationToken cancellationToken)
    {
        ProblemData data = problem.Data;
        double seconds = options.TimeLimit?.TotalSeconds ?? double.PositiveInfinity;

        // The limit holds from the start of the call: construction and polishing stop when it is reached (the first plan
        // is then finished cheaply), and so does the search. Iteration-limited runs without a time limit never expire.
        var deadline = new SearchBudget(clock, seconds - clock.Elapsed.TotalSeconds, long.MaxValue, cancellationToken, 0);
        Func<bool> expired = () => deadline.IsExpired();
        var random = new SearchRandom(unchecked((ulong)seed));
        var search = new StringRemovalSearch(state, neighbours, random)
        {
            InitialTemperature = options.InitialTemperature ?? (data.HasTimeConstraints ? 1.0 : 10.0),
            FinalTemperature = options.FinalTemperature ?? (options.InitialTemperature ?? (data.HasTimeConstraints ? 1.0 : 10.0)) / 100,
            UseLocalSearch = options.UseLocalSearch,
            FewestVehiclesFirst = options.Objective == RoutingObjective.Vehicles,
            // Cross-exchange and SWAP* price candidates by O(1) segment merges, exact only for single hard windows,
            // additive costs and loads delivered from the depot: not used with several/soft windows, balancing or shipments.
            UseCrossExchange = (options.UseCrossExchange ?? false) && IsPlain(data),
            UseSwapStar = (options.UseSwapStar ?? false) && IsPlain(data),
            Expired = expired,
        };
        if (state.UnassignedCount == data.JobCount && data.JobCount > 0)
        {
            Construct(state, neighbours, options.Construction, expired);
        }

        search.Construct(); // inserts whatever is still unassigned (everything for a new problem built by insertion)

        long iterations = options.MaxIterations ?? long.MaxValue;
        bool byIterations = options.MaxIterations is not null;
        long horizon = IterationHorizon(data.JobCount);
        if (byIterations)
        {
            // The trajectory must not depend on the limit: the schedule follows the iteration count and the problem size.
            search.ScheduleHorizon = horizon;
        }

        var best = new int[data.VehicleCount][];
        double fraction = options.FleetShare ?? (options.Objective == RoutingObjective.Vehicles ? 0.4 : 0.1);
        if (state.UnassignedCount == 0 && fraction > 0)
        {
            // Fleet minimisation first: 40% of the budget for the hierarchical objective, 10% for cost, where the
            // route limit is lifted again afterwards. Under an iteration limit the phase lasts a fixed share of the horizon (not of the
            // limit). Skipped while jobs are left out: serving them comes before saving vehicles.
            long fleetPhase = (long)(horizon * fraction);
            long fleetIterations = !byIterations ? long.MaxValue : Math.Min(iterations, fleetPhase);
            // The phase's share of the limit, but never past the limit itself (a long construction has used part of it).
            double fleetSeconds = Math.Min(seconds * fraction, Math.Max(0, seconds - clock.Elapsed.TotalSeconds));
            var fleetBudget = new SearchBudget(clock, fleetSeconds, fleetIterations, cancellationToken, search.Iterations);
            var cheapest = new int[data.VehicleCount][];
            state.CopyRoutesTo(cheapest);
            double cheapestObjective = state.Objective;
            long cheapestLevel = state.Level;

            // Iteration-limited runs keep the cheapest of the start and every fleet reduction found (so that a longer
            // fleet phase never ends on a dearer plan); time-limited runs keep the smallest fleet when it is cheaper than
            // the start, else the start.
            Action? onSuccess = !byIterations ? null : () =>
            {
                if (state.Level < cheapestLevel || (state.Level == cheapestLevel && state.Objective < cheapestObjective - 1e-9))
                {
                    cheapestObjective = state.Objective;
                    cheapestLevel = state.Level;
                    state.CopyRoutesTo(cheapest);
                }
            };
            // The ejection pool moves single jobs with O(1) segment tests: plain problems only (see IsPlain).
            if ((options.FleetByEjection ?? options.Objective == RoutingObjective.Vehicles) && IsPlain(data))
            {
                // String removals first (quick on long routes with wide windows, e.g. Solomon's C2), then the ejection
                // pool for the rest of the phase (strong on tight windows, R1 and RC1).
                double share = options.StringRemovalFleetShare;
                double fleetStart = clock.Elapsed.TotalSeconds;
                long before = search.Iterations;
                // Under an iteration limit the string-removal share is of the whole phase (not of the limit), so a shorter run is a prefix of a longer one.
                search.MinimiseFleet(new SearchBudget(clock, fleetSeconds * share,
                    fleetIterations == long.MaxValue ? long.MaxValue : Math.Min(fleetIterations, (long)(fleetPhase * share)), cancellationToken, before), best, onSuccess);
                long spent = search.Iterations - before;
                search.MinimiseFleetByEjection(new SearchBudget(clock, Math.Max(0, fleetSeconds - (clock.Elapsed.TotalSeconds - fleetStart)),
                    fleetIterations == long.MaxValue ? long.MaxValue : Math.Max(0, fleetIterations - spent), cancellationToken, search.Iterations), best);
            }
            else
            {
                search.MinimiseFleet(fleetBudget, best, onSuccess);
            }

            if (options.Objective == RoutingObjective.Cost)
            {
                // Then let routes come back if they pay.
                search.MaxRoutes = int.MaxValue;
                if (state.Level > cheapestLevel || (state.Level == cheapestLevel && state.Objective > cheapestObjective && !options.KeepSmallerFleet))
                {
                    state.LoadRoutes(cheapest);
                    state.RecomputeTotals();
                }
            }

            reporter.ReportIfDue(best, search.Iterations, fraction, options.Objective);
        }

        long used = search.Iterations;
        var budget = new SearchBudget(clock, Math.Max(0, seconds - clock.Elapsed.TotalSeconds), iterations == long.MaxValue ? long.MaxValue : iterations - used, cancellationToken, used);
        search.Improve(budget, best, () => reporter.ReportIfDue(best, search.Iterations, budget.Progress(search.Iterations), options.Objective));
        var routes = new int[data.VehicleCount][];
        state.CopyRoutesTo(routes);
        RoutingSolution plan = Snapshot(problem, routes, state.PublicVehicle, SolverStatistics.None);
        return new SearchResult(routes, plan, search.Iterations, search.Accepted, search.InsertionEvaluations, search.LocalSearchMoves.Applied);
    }

    /// <summary>Loads the first plan of a savings or I1 construction into an empty state; greedy insertion is <see cref="StringRemovalSearch.Construct"/>'s.</summary>
    internal static void Construct(SearchState state, NeighbourLists neighbours, RoutingConstruction construction, Func<bool>? expired = null)
    {
        if (expired?.Invoke() == true)
        {
            return; // no time left: StringRemovalSearch.Construct finishes the plan cheaply
        }

        // Savings joins routes by their O(1) segment summaries, which are exact only for single hard windows and
        // additive costs, and neither savings nor I1 keeps the two ends of a shipment together: with several or soft
        // windows, the balancing term or shipments the first plan comes from (pair-aware) insertion.
        if (!IsPlain(state.Data))
        {
            construction = RoutingConstruction.Insertion;
        }

        switch (construction)
        {
            case RoutingConstruction.Savings:
                SavingsConstruction.Build(state, neighbours, expired);
                break;
            case RoutingConstruction.SolomonI1:
                SolomonInsertion.BuildBest(state, expired);
                break;
            default:
                break;
        }

        state.RecomputeTotals();
    }

    /// <summary>True when segment summaries price every route exactly: single hard windows, no balancing term, no shipments.</summary>
    private static bool IsPlain(ProblemData data) => !data.HasComplexJobs && data.BalanceCost == 0 && !data.HasShipments;

    private static SearchState Copy(SearchState state)
    {
        ProblemData data = state.Data;
        var routes = new int[data.VehicleCount][];
        state.CopyRoutesTo(routes);
        var copy = new SearchState(data) { PublicVehicle = state.PublicVehicle };
        copy.LoadRoutes(routes);
        for (int v = 0; v < data.VehicleCount; v++)
        {
            copy.FixPrefix(v, state.FixedCount(v));
        }

        copy.RecomputeTotals();
        return copy;
    }

    /// <summary>
    /// True when plan <paramref name="a"/> is strictly better than <paramref name="b"/>: fewer mandatory jobs left out,
    /// then (for the hierarchical objective) fewer vehicles, then lower cost.
    /// </summary>
    internal static bool IsBetter(RoutingSolution a, RoutingSolution b, RoutingObjective objective)
    {
        int missingA = MandatoryMissing(a);
        int missingB = MandatoryMissing(b);
        if (missingA != missingB)
        {
            return missingA < missingB;
        }

        if (objective == RoutingObjective.Vehicles && a.VehiclesUsed != b.VehiclesUsed)
        {
            return a.VehiclesUsed < b.VehiclesUsed;
        }

        return a.Cost < b.Cost;
    }

    private static int MandatoryMissing(RoutingSolution plan)
    {
        int count = 0;
        foreach (UnassignedJob job in plan.Unassigned)
        {
            count += plan.Problem.Jobs[job.JobIndex].IsOptional ? 0 : 1;
        }

        return count;
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

            routes.Add(RouteScheduler.Schedule(problem, v, jobs.ToArray(), state.PublicVehicle[v]));
        }

        return RoutingSolution.Create(problem, routes, served, statistics);
    }

    private static RoutingSolution Snapshot(RoutingProblem problem, int[][] best, int[] publicOf, SolverStatistics statistics)
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

                routes.Add(RouteScheduler.Schedule(problem, v, jobs, publicOf[v]));
            }
        }

        return RoutingSolution.Create(problem, routes, served, statistics);
    }

    private sealed record SearchResult(int[][] Routes, RoutingSolution Plan, long Iterations, long Accepted, long InsertionEvaluations, long LocalSearchMoves);

    /// <summary>
    /// Serialises progress reports from every search thread (one at a time, under a lock) and keeps them monotone:
    /// a plan is reported only when it is at least as good as the last one reported.
    /// </summary>
    private sealed class ProgressReporter
    {
        private readonly RoutingProblem _problem;
        private readonly RoutingSolverOptions _options;
        private readonly Stopwatch _clock;
        private readonly int[] _publicOf;
        private readonly object _gate = new();
        private double _last = double.NegativeInfinity;
        private RoutingSolution? _reported;

        internal ProgressReporter(RoutingProblem problem, RoutingSolverOptions options, Stopwatch clock, int[] publicOf)
        {
            _publicOf = publicOf;
            _problem = problem;
            _options = options;
            _clock = clock;
        }

        internal void ReportIfDue(int[][] best, long iterations, double fraction, RoutingObjective objective)
        {
            if (_options.Progress is null || _clock.Elapsed.TotalSeconds - Volatile.Read(ref _last) < _options.ProgressInterval.TotalSeconds)
            {
                return;
            }

            lock (_gate)
            {
                if (_clock.Elapsed.TotalSeconds - _last < _options.ProgressInterval.TotalSeconds)
                {
                    return;
                }

                _last = _clock.Elapsed.TotalSeconds;
                Duration elapsed = Duration.FromTimeSpan(_clock.Elapsed);
                RoutingSolution snapshot = Snapshot(_problem, best, _publicOf, new SolverStatistics(iterations, 0, 0, 0, elapsed, _options.Seed));
                if (_reported is not null && IsBetter(_reported, snapshot, objective))
                {
                    return;
                }

                _reported = snapshot;
                _options.Progress.Report(new RoutingProgress(snapshot, iterations, elapsed, fraction));
            }
        }

        internal void ReportFinal(RoutingSolution solution, long iterations)
        {
            lock (_gate)
            {
                _options.Progress?.Report(new RoutingProgress(solution, iterations, solution.Statistics.Elapsed, 1.0));
            }
        }
    }
}
