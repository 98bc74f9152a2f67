using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing.Model;

public sealed class ProblemDataTests
{
    private static RoutingProblem ThreeJobs(int count, int secondCount = 1)
    {
        var network = TravelNetwork.FromPlanarCoordinates(new double[] { 0, 3, 6, 0 }, new double[] { 0, 4, 8, 5 });
        var jobs = new[] { new Job("a", 1, new double[] { 4 }), new Job("b", 2, new double[] { 5 }), new Job("c", 3, new double[] { 5 }) };
        return new RoutingProblem(network, jobs, new[]
        {
            new VehicleType("van", count, new double[] { 10 }, 0, 0),
            new VehicleType("truck", secondCount, new double[] { 20 }, 0, 0, fixedCost: 100),
        });
    }

    [Fact]
    public void VehicleCount_FleetFarLargerThanJobs_SlotsCappedAtJobsAndPublicIndicesKept()
    {
        RoutingProblem problem = ThreeJobs(int.MaxValue - 10, 10);
        Assert.Equal(int.MaxValue, problem.VehicleCount);
        Assert.Equal(6, problem.Data.VehicleCount);
        Assert.Equal(new[] { 0, 1, 2, int.MaxValue - 10, int.MaxValue - 9, int.MaxValue - 8 }, problem.Data.PublicIndex);
    }

    [Fact]
    public void Solve_FleetScaledFarBeyondJobs_SamePlanAsFleetOfJobCount()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem small = RandomInstances.Create(seed, 8, windows: seed % 2 == 0, extras: true, vehicles: 8);
            var huge = new RoutingProblem(small.Network, small.Jobs,
                small.VehicleTypes.Select(t => new VehicleType(t.Id, t.Id == "small" ? 1_000_000_000 : t.Count, t.Capacity, t.StartLocation, t.EndLocation, t.ShiftStart,
                    t.ShiftEnd, t.MaxDuration, t.MaxDistance, t.FixedCost, t.CostPerDistance, t.CostPerTime, t.Skills)).ToArray());
            var options = new RoutingSolverOptions { MaxIterations = 300, Seed = seed };
            RoutingSolution a = RoutingSolver.Solve(small, options, TestContext.Current.CancellationToken);
            RoutingSolution b = RoutingSolver.Solve(huge, options, TestContext.Current.CancellationToken);
            Assert.Equal(a.Cost, b.Cost, 9);
            Assert.Equal(a.Routes.Select(r => r.VehicleTypeId), b.Routes.Select(r => r.VehicleTypeId));
            Assert.All(b.Routes.Where(r => r.VehicleTypeId == "cold"), r => Assert.Equal(1_000_000_000, r.VehicleIndex));
        }, iter: 20);
    }

    [Fact]
    public void Reoptimise_PlanOnVehicleBeyondTheSlots_KeepsVehicleIndexAndFixedStops()
    {
        RoutingProblem problem = ThreeJobs(1000);
        RoutingSolution plan = RoutingSolution.FromRoutes(problem, new Dictionary<int, IReadOnlyList<int>> { [700] = new[] { 0, 1 }, [5] = new[] { 2 } });
        Assert.Equal(new[] { 5, 700 }, plan.Routes.Select(r => r.VehicleIndex).OrderBy(v => v));

        RoutingSolution after = RoutingSolver.Reoptimise(plan, new Dictionary<int, int> { [700] = 2 }, new RoutingSolverOptions { MaxIterations = 200 },
            TestContext.Current.CancellationToken);
        VehicleRoute kept = Assert.Single(after.Routes, r => r.VehicleIndex == 700);
        Assert.Equal(new[] { "a", "b" }, kept.Stops.Take(2).Select(s => s.JobId));
        Assert.All(after.Routes, r => Assert.InRange(r.VehicleIndex, 0, 999));

        RoutingSolution inserted = RoutingSolver.InsertJob(plan, new Job("d", 3, new double[] { 1 }));
        Assert.Contains(inserted.Routes, r => r.VehicleIndex == 700);
        Assert.Empty(inserted.Unassigned);
    }

    [Fact]
    public void Reoptimise_FixedStopsOnUnusedVehicleBeyondTheSlots_NamesTheVehicle()
    {
        RoutingProblem problem = ThreeJobs(1000);
        RoutingSolution plan = RoutingSolution.FromRoutes(problem, new Dictionary<int, IReadOnlyList<int>> { [5] = new[] { 0 }, [6] = new[] { 1, 2 } });
        var ex = Assert.Throws<System.ArgumentException>(() => RoutingSolver.Reoptimise(plan, new Dictionary<int, int> { [900] = 1 }, null, TestContext.Current.CancellationToken));
        Assert.Contains("Vehicle 900: cannot fix 1 stops; its route has 0.", ex.Message, System.StringComparison.Ordinal);
    }
}
