using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Delivery.Routing.Solutions;

namespace ProjectDelivery.Reporting;

/// <summary>
/// A report-ready view of a <see cref="RoutingSolution"/>: totals, one row per route, one per stop and one per
/// job left out. Returned by <see cref="RoutingSolution.ToDump"/> so that LINQPad shows tables.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class RoutingSummary
{
    private RoutingSummary(RoutingSolution solution)
    {
        Cost = solution.Cost;
        Distance = solution.Distance;
        Duration = solution.Duration;
        Penalty = solution.Penalty;
        VehiclesUsed = solution.VehiclesUsed;
        UnassignedCount = solution.Unassigned.Count;
        Routes = RouteRow.From(solution);
        Stops = RouteStopRow.From(solution);
        Unassigned = solution.Unassigned.Select(u => new UnassignedJobRow(u)).ToArray();
    }

    /// <summary>Reads a row back from its JSON (the library's contract); every field as written.</summary>
    [System.Text.Json.Serialization.JsonConstructor]
    internal RoutingSummary(double cost, double distance, double duration, double penalty, int vehiclesUsed, int unassignedCount, IReadOnlyList<RouteRow> routes, IReadOnlyList<RouteStopRow> stops, IReadOnlyList<UnassignedJobRow> unassigned)
    {
        Cost = cost;
        Distance = distance;
        Duration = duration;
        Penalty = penalty;
        VehiclesUsed = vehiclesUsed;
        UnassignedCount = unassignedCount;
        Routes = Utility.Preconditions.CheckNotNull(routes, nameof(routes));
        Stops = Utility.Preconditions.CheckNotNull(stops, nameof(stops));
        Unassigned = Utility.Preconditions.CheckNotNull(unassigned, nameof(unassigned));
    }

    /// <summary>Total cost, penalties included.</summary>
    public double Cost { get; }

    /// <summary>Total distance.</summary>
    public double Distance { get; }

    /// <summary>Total route duration.</summary>
    public double Duration { get; }

    /// <summary>Penalties of the optional jobs left out.</summary>
    public double Penalty { get; }

    /// <summary>Vehicles used.</summary>
    public int VehiclesUsed { get; }

    /// <summary>Jobs left out.</summary>
    public int UnassignedCount { get; }

    /// <summary>One row per route.</summary>
    public IReadOnlyList<RouteRow> Routes { get; }

    /// <summary>One row per stop.</summary>
    public IReadOnlyList<RouteStopRow> Stops { get; }

    /// <summary>One row per job left out.</summary>
    public IReadOnlyList<UnassignedJobRow> Unassigned { get; }

    /// <summary>Summarises a solution.</summary>
    /// <param name="solution">The solution.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="solution"/> is null.</exception>
    public static RoutingSummary From(RoutingSolution solution) => new(Utility.Preconditions.CheckNotNull(solution, nameof(solution)));

    /// <summary>Vehicles, cost and jobs left out.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => FormattableString.Invariant($"{VehiclesUsed} vehicles, cost {Cost:0.##}, {UnassignedCount} unassigned");
}

/// <summary>A job left out of a routing plan, with the reason as text.</summary>
/// <remarks>Immutable.</remarks>
public sealed class UnassignedJobRow
{
    internal UnassignedJobRow(UnassignedJob job)
    {
        JobId = job.JobId;
        Reason = job.Reason.ToString();
    }

    /// <summary>Reads a row back from its JSON (the library's contract); every field as written.</summary>
    [System.Text.Json.Serialization.JsonConstructor]
    internal UnassignedJobRow(string jobId, string reason)
    {
        JobId = Utility.Preconditions.CheckNotNull(jobId, nameof(jobId));
        Reason = Utility.Preconditions.CheckNotNull(reason, nameof(reason));
    }

    /// <summary>The job.</summary>
    public string JobId { get; }

    /// <summary>The reason: <c>Skill</c>, <c>Capacity</c>, <c>TimeWindow</c>, <c>Shift</c>, <c>Duration</c>, <c>Distance</c>, <c>FleetExhausted</c> or <c>NotWorthServing</c>.</summary>
    public string Reason { get; }

    /// <summary>Job and reason.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => $"{JobId}: {Reason}";
}
