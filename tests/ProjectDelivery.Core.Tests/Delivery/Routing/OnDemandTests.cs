using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing;

public sealed class OnDemandTests
{
    private static RoutingSolverOptions Iterations(long n, int seed = 1) => new() { TimeLimit = null, MaxIterations = n, Seed = seed };

    [Fact]
    public void InsertJob_FeasibleNewJob_IsServedAndOthersKeepTheirOrder()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 20, windows: false, vehicles: 10);
            RoutingSolution plan = RoutingSolver.Solve(problem, Iterations(100, seed), TestContext.Current.CancellationToken);
            var job = new Job("new", 1 + (seed % 20), new double[] { 1, 0 });
            RoutingSolution after = RoutingSolver.InsertJob(plan, job);
            Assert.Contains(after.Routes.SelectMany(r => r.Stops), s => s.JobId == "new");
            IndependentValidator.Result check = IndependentValidator.Check(after.Problem, after, requireAllServed: false);
            Assert.True(check.Feasible, check.Reason);
            foreach (VehicleRoute route in plan.Routes)
            {
                string[] before = route.Stops.Select(s => s.JobId).ToArray();
                string[] now = after.Routes.Single(r => r.VehicleIndex == route.VehicleIndex).Stops.Select(s => s.JobId).Where(id => id != "new").ToArray();
                Assert.Equal(before, now);
            }
        }, iter: 50);
    }

    [Fact]
    public void InsertJob_ImpossibleJob_UnassignedWithReason()
    {
        RoutingProblem problem = RandomInstances.Create(3, 10, windows: true, vehicles: 2);
        RoutingSolution plan = RoutingSolver.Solve(problem, Iterations(100), TestContext.Current.CancellationToken);
        RoutingSolution after = RoutingSolver.InsertJob(plan, new Job("heavy", 1, new double[] { 1000, 0 }));
        Assert.Equal(UnassignedReason.Capacity, after.Unassigned.Single(u => u.JobId == "heavy").Reason);
    }

    [Fact]
    public void RemoveJob_ServedJob_GoneAndRestUnchanged()
    {
        RoutingProblem problem = RandomInstances.Create(4, 15, windows: true, vehicles: 4);
        RoutingSolution plan = RoutingSolver.Solve(problem, Iterations(200), TestContext.Current.CancellationToken);
        string victim = plan.Routes[0].Stops[0].JobId;
        RoutingSolution after = RoutingSolver.RemoveJob(plan, victim);
        Assert.DoesNotContain(after.Routes.SelectMany(r => r.Stops), s => s.JobId == victim);
        Assert.Equal(plan.Routes.SelectMany(r => r.Stops).Count() - 1, after.Routes.SelectMany(r => r.Stops).Count());
        Assert.True(IndependentValidator.Check(after.Problem, after, requireAllServed: false).Feasible);
    }

    [Fact]
    public void Reoptimise_FixedStops_NeverMove()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 25, windows: seed % 2 == 0, vehicles: 4);

            // A deliberately poor plan (construction only) so that re-optimisation has work to do.
            RoutingSolution plan = RoutingSolver.Solve(problem, Iterations(0, seed), TestContext.Current.CancellationToken);
            plan = RoutingSolver.InsertJob(plan, new Job("late", 5, new double[] { 1, 0 }, readyTime: 100, dueTime: 450));
            var fixedStops = plan.Routes.ToDictionary(r => r.VehicleIndex, r => System.Math.Min(2, r.Stops.Count));
            RoutingSolution after = RoutingSolver.Reoptimise(plan, fixedStops, Iterations(300, seed), TestContext.Current.CancellationToken);
            foreach (KeyValuePair<int, int> kv in fixedStops)
            {
                string[] before = plan.Routes.Single(r => r.VehicleIndex == kv.Key).Stops.Take(kv.Value).Select(s => s.JobId).ToArray();
                string[] now = after.Routes.Single(r => r.VehicleIndex == kv.Key).Stops.Take(kv.Value).Select(s => s.JobId).ToArray();
                Assert.Equal(before, now);
            }

            IndependentValidator.Result check = IndependentValidator.Check(after.Problem, after, requireAllServed: false);
            Assert.True(check.Feasible, check.Reason);
            Assert.True(after.Unassigned.Count <= plan.Unassigned.Count);
        }, iter: 30);
    }
}
