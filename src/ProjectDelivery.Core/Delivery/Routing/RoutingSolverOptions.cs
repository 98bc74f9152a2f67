using System;
using System.Collections.Generic;
using NodaTime;

namespace ProjectDelivery.Delivery.Routing;

/// <summary>
/// Settings of <see cref="RoutingSolver"/>. Defaults: 10 s time limit, no iteration limit, seed 1, cost objective,
/// no progress reports.
/// </summary>
/// <remarks>
/// The search is single-threaded. With <see cref="MaxIterations"/> set, the temperature schedule follows the
/// iteration count only, so the same seed gives the same plan on any machine (as long as the time limit does
/// not stop the search first).
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ProjectDelivery.Serialization.Delivery.RoutingSolverOptionsJsonConverter))]
public sealed class RoutingSolverOptions
{
    /// <summary>Wall-clock limit; null for none (then <see cref="MaxIterations"/> must be set). Default 10 s.</summary>
    public Duration? TimeLimit { get; init; } = Duration.FromSeconds(10);

    /// <summary>Limit on ruin-and-recreate iterations; null for none.</summary>
    public long? MaxIterations { get; init; }

    /// <summary>Random seed.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>What to minimise.</summary>
    public RoutingObjective Objective { get; init; } = RoutingObjective.Cost;

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

        if (ProgressInterval < Duration.Zero)
        {
            errors.Add($"ProgressInterval must not be negative, got {ProgressInterval}.");
        }

        if (!Enum.IsDefined(typeof(RoutingObjective), Objective))
        {
            errors.Add($"Objective {(int)Objective} is not a defined value.");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid routing solver options: " + string.Join(" ", errors), "options");
        }
    }
}
