using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Delivery.Routing.Evaluation;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Routing.Solutions;

/// <summary>
/// A plan for a <see cref="RoutingProblem"/>: the routes with their schedules, the jobs left out with the
/// reason, totals and solver statistics. Immutable; evaluates itself from the job sequences.
/// </summary>
public sealed class RoutingSolution
{
    private RoutingSolution(RoutingProblem problem, IReadOnlyList<VehicleRoute> routes, IReadOnlyList<UnassignedJob> unassigned, SolverStatistics statistics)
    {
        Problem = problem;
        Routes = routes;
        Unassigned = unassigned;
        Statistics = statistics;
        Distance = routes.Sum(r => r.Distance);
        Duration = routes.Sum(r => r.Duration);
        Penalty = unassigned.Sum(u => problem.Jobs[u.JobIndex].Penalty ?? 0);
        LatenessCost = routes.Sum(r => r.LatenessCost);
        BalanceCost = routes.Count == 0 ? 0 : problem.BalanceCostPerUnit * routes.Max(r => r.Duration);
        UnservedPriority = unassigned.Sum(u => (long)problem.Jobs[u.JobIndex].Priority);
        Cost = routes.Sum(r => r.Cost) + Penalty + BalanceCost;
    }

    /// <summary>The problem this plan solves.</summary>
    public RoutingProblem Problem { get; }

    /// <summary>Non-empty routes, ordered by vehicle index.</summary>
    public IReadOnlyList<VehicleRoute> Routes { get; }

    /// <summary>Jobs not in any route, each with its reason.</summary>
    public IReadOnlyList<UnassignedJob> Unassigned { get; }

    /// <summary>Total distance.</summary>
    public double Distance { get; }

    /// <summary>Total route duration.</summary>
    public double Duration { get; }

    /// <summary>Sum of the penalties of unassigned optional jobs.</summary>
    public double Penalty { get; }

    /// <summary>
    /// Total cost: fixed, distance, time and lateness costs of the routes, penalties of left-out optional jobs, and the
    /// workload-balancing term.
    /// </summary>
    public double Cost { get; }

    /// <summary>Cost of lateness at soft windows over all routes (included in the route costs and <see cref="Cost"/>).</summary>
    public double LatenessCost { get; }

    /// <summary>The workload-balancing term: <see cref="RoutingProblem.BalanceCostPerUnit"/> times the longest route duration (included in <see cref="Cost"/>).</summary>
    public double BalanceCost { get; }

    /// <summary>Sum of the priorities of the jobs left out (the solver minimises it before cost).</summary>
    public long UnservedPriority { get; }

    /// <summary>Number of vehicles used.</summary>
    public int VehiclesUsed => Routes.Count;

    /// <summary>What the solver did to find this plan.</summary>
    public SolverStatistics Statistics { get; }

    /// <summary>
    /// Evaluates job sequences as a plan: computes every stop's schedule and the totals, and gives every job
    /// not in a sequence its reason.
    /// </summary>
    /// <param name="problem">The problem.</param>
    /// <param name="routes">Per vehicle index, the job indices in visiting order (vehicles not listed stay unused).</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">A job index or vehicle index is out of range, a job appears twice, or a
    /// route breaks capacity, a time window, the shift, duration, distance or skills (the message names the route and job).</exception>
    public static RoutingSolution FromRoutes(RoutingProblem problem, IReadOnlyDictionary<int, IReadOnlyList<int>> routes)
    {
        Preconditions.CheckNotNull(problem, nameof(problem));
        Preconditions.CheckNotNull(routes, nameof(routes));
        var seen = new bool[problem.Jobs.Count];
        var built = new List<VehicleRoute>();
        foreach (int vehicle in routes.Keys.OrderBy(k => k))
        {
            Preconditions.CheckArgumentRange(nameof(routes), vehicle, 0, problem.VehicleCount - 1);
            IReadOnlyList<int> jobs = routes[vehicle];
            foreach (int j in jobs)
            {
                Preconditions.CheckArgumentRange(nameof(routes), j, 0, problem.Jobs.Count - 1);
                Preconditions.CheckArgument(!seen[j], nameof(routes), $"Job '{problem.Jobs[j].Id}' appears more than once.");
                seen[j] = true;
            }

            if (jobs.Count == 0)
            {
                continue;
            }

            VehicleRoute route = RouteScheduler.Schedule(problem, problem.Data.SlotOfType(vehicle), jobs, vehicle);
            string? violation = RouteScheduler.FindViolation(problem, route);
            Preconditions.CheckArgument(violation is null, nameof(routes), $"Route of vehicle {vehicle}: {violation}");
            built.Add(route);
        }

        return Create(problem, built, seen, SolverStatistics.None);
    }

    internal static RoutingSolution Create(RoutingProblem problem, List<VehicleRoute> routes, bool[] served, SolverStatistics statistics)
    {
        var unassigned = new List<UnassignedJob>();
        PlanRoom? room = null;
        for (int j = 0; j < served.Length; j++)
        {
            if (!served[j])
            {
                // The diagnosis alone says the job could be served on its own; an optional job is "not worth serving" only when the
                // plan still has room for it, otherwise the fleet is full.
                UnassignedReason reason = UnassignedDiagnosis.Explain(problem, j);
                if (reason == UnassignedReason.NotWorthServing)
                {
                    room ??= new PlanRoom(problem.Data, routes);
                    reason = room.HasRoomFor(j) ? reason : UnassignedReason.FleetExhausted;
                }

                unassigned.Add(new UnassignedJob(j, problem.Jobs[j].Id, reason));
            }
        }

        return new RoutingSolution(problem, routes, unassigned, statistics);
    }

    /// <summary>A <see cref="Reporting.RoutingSummary"/> (totals, route, stop and unassigned rows), so that LINQPad (which calls <c>ToDump</c> by convention) shows tables instead of the object graph.</summary>
    /// <returns>The summary.</returns>
    public object ToDump() => Reporting.RoutingSummary.From(this);

    /// <summary>The job sequences of this plan by vehicle index (input for <see cref="FromRoutes"/>).</summary>
    /// <returns>A new dictionary.</returns>
    public IReadOnlyDictionary<int, IReadOnlyList<int>> ToRouteMap() =>
        Routes.ToDictionary(r => r.VehicleIndex, r => (IReadOnlyList<int>)r.Stops.Select(s => s.JobIndex).ToArray());

    /// <summary>A copy of this plan with other statistics.</summary>
    internal RoutingSolution WithStatistics(SolverStatistics statistics) => new(Problem, Routes, Unassigned, statistics);
}
