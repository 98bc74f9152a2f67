using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Routing.Solutions;

/// <summary>
/// The short summary of a solved routing problem: total distance, vehicles used, each route's job ids in visiting order,
/// the jobs left out with the reason, cost, seconds and iterations. It is what <c>pdcore route --json</c> prints
/// (<c>{ "distance", "vehicles", "routes", "unassigned", "unassignedReasons", "cost", "seconds", "iterations" }</c>); the full
/// plan with schedules is <see cref="RoutingSolution"/>.
/// </summary>
public sealed class RoutingRunSummary
{
    /// <summary>Builds a summary and checks it: finite, non-negative figures; every job id once over the routes and the jobs left out.</summary>
    /// <param name="distance">Total distance (finite, ≥ 0).</param>
    /// <param name="routes">Job ids of each used vehicle's route in visiting order (the depot not listed; no route empty).</param>
    /// <param name="leftOut">Jobs left out with the reason.</param>
    /// <param name="cost">Total cost (finite).</param>
    /// <param name="seconds">Wall-clock seconds of the solve (finite, ≥ 0).</param>
    /// <param name="iterations">Search iterations (≥ 0).</param>
    /// <param name="numericIds">
    /// Whether the ids are the numbers of a Solomon, TSPLIB or CVRPLIB file (then each must be an integer, and the JSON writes them as numbers).
    /// </param>
    /// <exception cref="ArgumentException">A figure is out of range, a route is empty, an id is repeated or (with <paramref name="numericIds"/>) not an integer.</exception>
    public RoutingRunSummary(double distance, IEnumerable<IEnumerable<string>> routes, IEnumerable<LeftOutJob> leftOut, double cost, double seconds, long iterations, bool numericIds)
    {
        Preconditions.CheckNotNull(routes, nameof(routes));
        Preconditions.CheckNotNull(leftOut, nameof(leftOut));
        Preconditions.CheckFinite(nameof(distance), distance);
        Preconditions.CheckArgumentRange(nameof(distance), distance, 0, double.MaxValue);
        Preconditions.CheckFinite(nameof(cost), cost);
        Preconditions.CheckFinite(nameof(seconds), seconds);
        Preconditions.CheckArgumentRange(nameof(seconds), seconds, 0, double.MaxValue);
        Preconditions.CheckArgumentRange(nameof(iterations), iterations, 0, long.MaxValue);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var built = new List<IReadOnlyList<string>>();
        foreach (IEnumerable<string> route in routes)
        {
            string[] ids = Preconditions.CheckNotNull(route, nameof(routes)).ToArray();
            Preconditions.CheckArgument(ids.Length > 0, nameof(routes), $"Route {built.Count + 1} is empty; a summary lists used vehicles only.");
            foreach (string id in ids)
            {
                CheckId(id, numericIds, seen, nameof(routes));
            }

            built.Add(Array.AsReadOnly(ids));
        }

        LeftOutJob[] left = leftOut.ToArray();
        foreach (LeftOutJob job in left)
        {
            CheckId(Preconditions.CheckNotNull(job, nameof(leftOut)).Id, numericIds, seen, nameof(leftOut));
        }

        Distance = distance;
        Routes = built.AsReadOnly();
        LeftOut = Array.AsReadOnly(left);
        Cost = cost;
        Seconds = seconds;
        Iterations = iterations;
        NumericIds = numericIds;
    }

    /// <summary>Total distance.</summary>
    public double Distance { get; }

    /// <summary>Vehicles used (the number of routes).</summary>
    public int Vehicles => Routes.Count;

    /// <summary>Job ids of each used vehicle's route, in visiting order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Routes { get; }

    /// <summary>Jobs left out, with the reason.</summary>
    public IReadOnlyList<LeftOutJob> LeftOut { get; }

    /// <summary>Total cost (route costs, penalties of jobs left out, balancing term).</summary>
    public double Cost { get; }

    /// <summary>Wall-clock seconds of the solve.</summary>
    public double Seconds { get; }

    /// <summary>Search iterations.</summary>
    public long Iterations { get; }

    /// <summary>Whether the ids are file numbers (written as JSON numbers).</summary>
    public bool NumericIds { get; }

    /// <summary>
    /// The summary of <paramref name="solution"/>: distance and cost rounded to 6 decimals, seconds to 3 (as printed), ids as the
    /// problem names its jobs.
    /// </summary>
    /// <param name="solution">A solved plan.</param>
    /// <param name="numericIds">Whether the job ids are the numbers of a Solomon, TSPLIB or CVRPLIB file.</param>
    /// <returns>The summary.</returns>
    public static RoutingRunSummary From(RoutingSolution solution, bool numericIds)
    {
        Preconditions.CheckNotNull(solution, nameof(solution));
        return new RoutingRunSummary(
            Math.Round(solution.Distance, 6),
            solution.Routes.Select(r => r.Stops.Select(s => s.JobId)),
            solution.Unassigned.Select(u => new LeftOutJob(u.JobId, u.Reason)),
            Math.Round(solution.Cost, 6),
            Math.Round(solution.Statistics.Elapsed.TotalSeconds, 3),
            solution.Statistics.Iterations,
            numericIds);
    }

    private static void CheckId(string? id, bool numeric, HashSet<string> seen, string paramName)
    {
        Preconditions.CheckArgument(!string.IsNullOrEmpty(id), paramName, "A job id is null or empty.");
        Preconditions.CheckArgument(seen.Add(id!), paramName, $"Job '{id}' is listed twice.");
        Preconditions.CheckArgument(
            !numeric || long.TryParse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            paramName,
            $"Job '{id}' is not an integer, but the ids are file numbers.");
    }
}

/// <summary>A job left out of a plan, by id, with the reason (the short form of <see cref="UnassignedJob"/>).</summary>
/// <param name="Id">The job's id.</param>
/// <param name="Reason">Why it is not in the plan.</param>
public sealed record LeftOutJob(string Id, UnassignedReason Reason);
