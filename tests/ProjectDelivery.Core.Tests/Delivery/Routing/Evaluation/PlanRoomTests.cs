using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing.Evaluation;

/// <summary>
/// The reason given for an optional job left out: "fleet exhausted" exactly when no position in any route of the plan
/// and no unused vehicle can take it, "not worth serving" otherwise; the oracle tries every position with the
/// independent validator.
/// </summary>
public sealed class PlanRoomTests
{
    [Fact]
    public void Solve_OptionalJobWithoutRoom_ReportsFleetExhausted()
    {
        // One vehicle of capacity 10 and two optional jobs of 6 with large penalties: one is served, the other has no room.
        var network = TravelNetwork.FromPlanarCoordinates(new double[] { 0, 10, -10 }, new double[] { 0, 0, 0 });
        var jobs = new[] { new Job("a", 1, new double[] { 6 }, penalty: 1000), new Job("b", 2, new double[] { 6 }, penalty: 900) };
        var problem = new RoutingProblem(network, jobs, new[] { new VehicleType("v", 1, new double[] { 10 }, 0, 0) });
        RoutingSolution solution = RoutingSolver.Solve(problem, new RoutingSolverOptions { TimeLimit = null, MaxIterations = 50 }, TestContext.Current.CancellationToken);
        UnassignedJob left = Assert.Single(solution.Unassigned);
        Assert.Equal("b", left.JobId);
        Assert.Equal(UnassignedReason.FleetExhausted, left.Reason);
    }

    [Fact]
    public void FromRoutes_OptionalJobWithRoom_ReportsNotWorthServing()
    {
        var network = TravelNetwork.FromPlanarCoordinates(new double[] { 0, 10, -10 }, new double[] { 0, 0, 0 });
        var jobs = new[] { new Job("a", 1, new double[] { 4 }, penalty: 1000), new Job("b", 2, new double[] { 6 }, penalty: 1) };
        var problem = new RoutingProblem(network, jobs, new[] { new VehicleType("v", 1, new double[] { 10 }, 0, 0) });
        RoutingSolution plan = RoutingSolution.FromRoutes(problem, new Dictionary<int, IReadOnlyList<int>> { [0] = new[] { 0 } });
        Assert.Equal(UnassignedReason.NotWorthServing, Assert.Single(plan.Unassigned).Reason);
    }

    [Fact]
    public void Solve_RandomPlans_FleetExhaustedExactlyWhenNoPositionIsFeasible()
    {
        int optionalOut = 0;
        int exhausted = 0;
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            // Few vehicles and many optional jobs with penalties, so that both reasons occur.
            RoutingProblem problem = RandomInstances.Create(seed, 14, windows: seed % 2 == 0, extras: true, vehicles: 1 + (seed % 2));
            RoutingSolution plan = RoutingSolver.Solve(problem, new RoutingSolverOptions { TimeLimit = null, MaxIterations = 100, Seed = seed }, TestContext.Current.CancellationToken);
            foreach (UnassignedJob job in plan.Unassigned.Where(u => u.Reason is UnassignedReason.NotWorthServing or UnassignedReason.FleetExhausted))
            {
                bool optional = problem.Jobs[job.JobIndex].IsOptional;
                optionalOut += optional ? 1 : 0;
                bool room = HasFeasiblePosition(problem, plan, job.JobIndex);
                exhausted += optional && !room ? 1 : 0;
                Assert.True(
                    optional ? (job.Reason == UnassignedReason.FleetExhausted) == !room : job.Reason == UnassignedReason.FleetExhausted,
                    $"seed {seed}: job '{job.JobId}' ({(optional ? "optional" : "mandatory")}) is {job.Reason}, but a feasible position {(room ? "exists" : "does not exist")}");
            }
        }, iter: 300);
        Assert.True(optionalOut > 20 && exhausted > 5, $"only {optionalOut} optional jobs left out, {exhausted} without room: the property was barely exercised");
    }

    /// <summary>Brute force: the job at every position of every route, and alone on every unused vehicle, checked by the independent validator.</summary>
    private static bool HasFeasiblePosition(RoutingProblem problem, RoutingSolution plan, int job)
    {
        Dictionary<int, IReadOnlyList<int>> routes = plan.ToRouteMap().ToDictionary(p => p.Key, p => p.Value);
        for (int vehicle = 0; vehicle < problem.VehicleCount; vehicle++)
        {
            IReadOnlyList<int> route = routes.TryGetValue(vehicle, out IReadOnlyList<int>? r) ? r : new int[0];
            for (int position = 0; position <= route.Count; position++)
            {
                var candidate = new Dictionary<int, IReadOnlyList<int>>(routes)
                {
                    [vehicle] = route.Take(position).Append(job).Concat(route.Skip(position)).ToArray(),
                };
                if (IndependentValidator.Check(problem, candidate, requireAllServed: false).Feasible)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
