using System;
using System.Collections.Generic;
using NodaTime;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Routing;

/// <summary>
/// Settings of <see cref="RoutingSolver"/>. Defaults: 10 s time limit, no iteration limit, seed 1, cost objective,
/// no progress reports.
/// </summary>
/// <remarks>
/// <para>Time-limited runs spread the annealing schedule (and the fleet-minimisation share) over the time budget.</para>
/// <para>
/// Iteration-limited runs (<see cref="MaxIterations"/> set) follow a schedule that depends on the iteration number and
/// the problem size only, never on the limit: with H = min(2,000,000, max(10,000, 250 × jobs)), fleet minimisation
/// takes the first 0.1 H iterations (0.4 H for <see cref="RoutingObjective.Vehicles"/>), and the temperature then falls
/// geometrically from its initial to its final value over each block of H iterations, starting again after each block.
/// A run with limit M therefore passes through every state of a run with limit N &lt; M and its best plan is never
/// worse; the same seed and thread count give the same plan on any machine (as long as a time limit does not stop
/// the search first).
/// </para>
/// </remarks>
public sealed class RoutingSolverOptions
{
    /// <summary>Wall-clock limit; null for none (then <see cref="MaxIterations"/> must be set). Default 10 s.</summary>
    public Duration? TimeLimit { get; init; } = Duration.FromSeconds(10);

    /// <summary>
    /// Limit on ruin-and-recreate iterations (per thread); null for none. When set, the search schedule follows the
    /// iteration count only (see the remarks), so more iterations never give a worse best plan.
    /// </summary>
    public long? MaxIterations { get; init; }

    /// <summary>Random seed.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>What to minimise.</summary>
    public RoutingObjective Objective { get; init; } = RoutingObjective.Cost;

    /// <summary>
    /// How the first plan is built. Default <see cref="RoutingConstruction.Savings"/>, which gave better final plans than
    /// greedy insertion at equal iterations on the Solomon and CVRPLIB X benchmarks (see docs/routing.md). Savings
    /// and Solomon I1 fall back to insertion for problems with several or soft windows, a workload-balancing term or
    /// shipments (pickup-and-delivery pairs), which their route-building tests do not cover.
    /// </summary>
    public RoutingConstruction Construction { get; init; } = RoutingConstruction.Savings;

    /// <summary>
    /// Independent searches run in parallel, one per thread, each with the full time limit and, when set, the full
    /// <see cref="MaxIterations"/>; thread 0 uses <see cref="Seed"/>, thread k a seed mixed from it and k. The best plan
    /// wins, ties going to the lowest thread index, so under an iteration limit the same seed and thread count give
    /// the same plan on any machine. Default 1 (today's single search, unchanged).
    /// </summary>
    public int Threads { get; init; } = 1;

    /// <summary>Receives the best plan so far, at most every <see cref="ProgressInterval"/> and once at the end; null for none.</summary>
    public IProgress<RoutingProgress>? Progress { get; init; }

    /// <summary>Least time between two progress reports. Default 0.25 s.</summary>
    public Duration ProgressInterval { get; init; } = Duration.FromMilliseconds(250);

    /// <summary>
    /// Initial annealing temperature as a multiple of the mean distance to the ten nearest jobs (tuning hook for the
    /// quality runner); null picks 1 for problems with time constraints and 10 for untimed symmetric ones (TSP, CVRP),
    /// as measured on the Solomon and TSPLIB sets.
    /// </summary>
    internal double? InitialTemperature { get; set; }

    /// <summary>Final annealing temperature, same unit; null picks 1% of the initial one.</summary>
    internal double? FinalTemperature { get; set; }

    /// <summary>Share of the budget for fleet minimisation before the cost phase (tuning hook); null: 0.4 for the hierarchical objective, 0.1 for cost.</summary>
    internal double? FleetShare { get; set; }

    /// <summary>
    /// Fleet minimisation method (tuning hook): ejection pool (true, Nagata and Bräysy 2009) or absence-driven string
    /// removals (false, Christiaens and Vanden Berghe 2020); null picks the ejection pool for the hierarchical objective
    /// and string removals for cost.
    /// </summary>
    internal bool? FleetByEjection { get; set; }

    /// <summary>With the ejection pool: share of the fleet phase given first to absence-driven string removals (tuning hook). Default 0.25.</summary>
    internal double StringRemovalFleetShare { get; set; } = 0.25;

    /// <summary>Cost objective only (tuning hook): go on from the smaller fleet even when it is dearer than the first plan.</summary>
    internal bool KeepSmallerFleet { get; set; }

    /// <summary>Whether new best solutions are polished by granular local search.</summary>
    internal bool UseLocalSearch { get; set; } = true;

    /// <summary>Whether local search tries cross-exchange (tuning hook); null: the measured default.</summary>
    internal bool? UseCrossExchange { get; set; }

    /// <summary>Whether local search runs SWAP* (tuning hook); null: the measured default.</summary>
    internal bool? UseSwapStar { get; set; }

    /// <summary>Creates the default options (10 s time limit, no iteration limit, seed 1, cost objective).</summary>
    public RoutingSolverOptions()
    {
    }

    private RoutingSolverOptions(RoutingSolverOptions other)
    {
        TimeLimit = other.TimeLimit;
        MaxIterations = other.MaxIterations;
        Seed = other.Seed;
        Objective = other.Objective;
        Construction = other.Construction;
        Threads = other.Threads;
        Progress = other.Progress;
        ProgressInterval = other.ProgressInterval;
        InitialTemperature = other.InitialTemperature;
        FinalTemperature = other.FinalTemperature;
        FleetShare = other.FleetShare;
        FleetByEjection = other.FleetByEjection;
        StringRemovalFleetShare = other.StringRemovalFleetShare;
        KeepSmallerFleet = other.KeepSmallerFleet;
        UseLocalSearch = other.UseLocalSearch;
        UseCrossExchange = other.UseCrossExchange;
        UseSwapStar = other.UseSwapStar;
    }

    /// <summary>A copy with <see cref="TimeLimit"/> set: the way to configure the solver from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="timeLimit">Wall-clock limit; null for none (then set <see cref="MaxIterations"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeLimit"/> is negative.</exception>
    public RoutingSolverOptions WithTimeLimit(Duration? timeLimit)
    {
        if (timeLimit is { } limit && limit < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeLimit), limit, "The time limit must not be negative.");
        }

        return new RoutingSolverOptions(this) { TimeLimit = timeLimit };
    }

    /// <summary>A copy with <see cref="MaxIterations"/> set.</summary>
    /// <param name="maxIterations">Iterations per thread; null for none (then set <see cref="TimeLimit"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxIterations"/> is negative.</exception>
    public RoutingSolverOptions WithMaxIterations(long? maxIterations)
    {
        if (maxIterations is { } iterations && iterations < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxIterations), iterations, "The iteration limit must not be negative.");
        }

        return new RoutingSolverOptions(this) { MaxIterations = maxIterations };
    }

    /// <summary>A copy with <see cref="Seed"/> set.</summary>
    /// <param name="seed">Random seed; any value.</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    public RoutingSolverOptions WithSeed(int seed) => new(this) { Seed = seed };

    /// <summary>A copy with <see cref="Objective"/> set.</summary>
    /// <param name="objective">What to minimise.</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objective"/> is not a defined value.</exception>
    public RoutingSolverOptions WithObjective(RoutingObjective objective)
    {
        if (!Enum.IsDefined(typeof(RoutingObjective), objective))
        {
            throw new ArgumentOutOfRangeException(nameof(objective), objective, "The objective should be Cost or Vehicles.");
        }

        return new RoutingSolverOptions(this) { Objective = objective };
    }

    /// <summary>A copy with <see cref="Construction"/> set.</summary>
    /// <param name="construction">How the first plan is built.</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="construction"/> is not a defined value.</exception>
    public RoutingSolverOptions WithConstruction(RoutingConstruction construction)
    {
        if (!Enum.IsDefined(typeof(RoutingConstruction), construction))
        {
            throw new ArgumentOutOfRangeException(nameof(construction), construction,
                "The construction should be one of " + string.Join(", ", Enum.GetNames(typeof(RoutingConstruction))) + ".");
        }

        return new RoutingSolverOptions(this) { Construction = construction };
    }

    /// <summary>A copy with <see cref="Threads"/> set.</summary>
    /// <param name="threads">Independent parallel searches, 1 to 256.</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is outside [1, 256].</exception>
    public RoutingSolverOptions WithThreads(int threads)
    {
        Preconditions.CheckArgumentRange(nameof(threads), threads, 1, 256);
        return new RoutingSolverOptions(this) { Threads = threads };
    }

    /// <summary>A copy with <see cref="Progress"/> set.</summary>
    /// <param name="progress">Receives the best plan so far; null for none.</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    public RoutingSolverOptions WithProgress(IProgress<RoutingProgress>? progress) => new(this) { Progress = progress };

    /// <summary>A copy with <see cref="ProgressInterval"/> set.</summary>
    /// <param name="progressInterval">Least time between two progress reports.</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progressInterval"/> is negative.</exception>
    public RoutingSolverOptions WithProgressInterval(Duration progressInterval)
    {
        if (progressInterval < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(progressInterval), progressInterval, "The progress interval must not be negative.");
        }

        return new RoutingSolverOptions(this) { ProgressInterval = progressInterval };
    }

    /// <summary>Checks every setting; reports all problems together.</summary>
    /// <exception cref="ArgumentException">One or more settings are invalid.</exception>
    internal void Validate()
    {
        var errors = new List<string>();
        if (TimeLimit is { } limit && limit < Duration.Zero)
        {
            errors.Add($"TimeLimit must not be negative, got {limit}.");
        }

        if (MaxIterations is { } iterations && iterations < 0)
        {
            errors.Add($"MaxIterations must not be negative, got {iterations}.");
        }

        if (TimeLimit is null && MaxIterations is null)
        {
            errors.Add("Set TimeLimit, MaxIterations or both; with neither the search would not stop.");
        }

        if (Threads < 1 || Threads > 256)
        {
            errors.Add($"Threads must be between 1 and 256, got {Threads}.");
        }

        if (ProgressInterval < Duration.Zero)
        {
            errors.Add($"ProgressInterval must not be negative, got {ProgressInterval}.");
        }

        if (!Enum.IsDefined(typeof(RoutingObjective), Objective))
        {
            errors.Add($"Objective {(int)Objective} is not a defined value.");
        }

        if (!Enum.IsDefined(typeof(RoutingConstruction), Construction))
        {
            errors.Add($"Construction {(int)Construction} is not a defined value.");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid routing solver options: " + string.Join(" ", errors), "options");
        }
    }
}
