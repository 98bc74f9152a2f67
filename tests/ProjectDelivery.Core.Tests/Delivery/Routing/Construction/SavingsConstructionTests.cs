using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Construction;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Interop.Routing;
using ProjectDelivery.Tests.Delivery.Routing.LocalSearch.Operators;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing.Construction;

/// <summary>Clarke–Wright savings against a hand-computed example and the independent validator on random instances.</summary>
public sealed class SavingsConstructionTests
{
    [Fact]
    public void Build_TwoClusters_PairsEachClusterAsHandComputed()
    {
        // Depot (0,0); A(10,0), B(11,0), C(0,10), D(0,11); demand 1, capacity 2.
        // Savings: s(A,B) = 10 + 11 − 1 = 20 = s(C,D); s(B,D) = 11 + 11 − 15.56 = 6.44 and the others are smaller.
        // Parallel savings joins A–B and C–D, after which every route is full: two routes of 22, total 44.
        var network = TravelNetwork.FromPlanarCoordinates(new double[] { 0, 10, 11, 0, 0 }, new double[] { 0, 0, 0, 10, 11 });
        var jobs = Enumerable.Range(1, 4).Select(i => new Job($"c{i}", i, new double[] { 1 })).ToList();
        var problem = new RoutingProblem(network, jobs, new[] { new VehicleType("van", 4, new double[] { 2 }, 0, 0) });
        var state = new SearchState(problem.Data);
        SavingsConstruction.Build(state, new NeighbourLists(problem.Data, 3));
        state.RecomputeTotals();
        var routes = InterRouteOperatorTests.Routes(state).Values.Where(r => r.Count > 0).Select(r => r.OrderBy(j => j).ToArray()).OrderBy(r => r[0]).ToList();
        Assert.Equal(2, routes.Count);
        Assert.Equal(new[] { 0, 1 }, routes[0]);
        Assert.Equal(new[] { 2, 3 }, routes[1]);
        Assert.Equal(44, state.Cost, 9);
    }

    [Fact]
    public void Build_UncapacitatedLine_OneRouteAtTheSavingsOptimum()
    {
        // Jobs on a ray from the depot: with no capacity limit savings chains them into one out-and-back route (2 × 40).
        var network = TravelNetwork.FromPlanarCoordinates(new double[] { 0, 10, 20, 30, 40 }, new double[] { 0, 0, 0, 0, 0 });
        var jobs = Enumerable.Range(1, 4).Select(i => new Job($"c{i}", i, new double[] { 1 })).ToList();
        var problem = new RoutingProblem(network, jobs, new[] { new VehicleType("van", 4, new double[] { 10 }, 0, 0) });
        var state = new SearchState(problem.Data);
        SavingsConstruction.Build(state, new NeighbourLists(problem.Data, 3));
        state.RecomputeTotals();
        Assert.Equal(1, state.UsedVehicles);
        Assert.Equal(80, state.Cost, 9);
    }

    [Fact]
    public void Build_RandomInstances_EveryPlanValid()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 25, windows: seed % 2 == 0, extras: seed % 3 == 0, vehicles: 6);
            var state = new SearchState(problem.Data);
            SavingsConstruction.Build(state, new NeighbourLists(problem.Data, 24));
            IndependentValidator.Result check = IndependentValidator.Check(problem, InterRouteOperatorTests.Routes(state), requireAllServed: false);
            Assert.True(check.Feasible, check.Reason);
        }, iter: 300);
    }

    [Theory]
    [InlineData("C101.txt")]
    [InlineData("R101.txt")]
    [InlineData("RC208.txt")]
    public void Solve_SavingsConstruction_SolomonFirstPlanFeasible(string file)
    {
        using var reader = new StreamReader(Interop.Routing.ReaderTests.DataPath(file));
        RoutingInstance instance = SolomonReader.Read(reader, file);
        var state = new SearchState(instance.Problem.Data);
        RoutingSolver.Construct(state, new NeighbourLists(instance.Problem.Data, 100), RoutingConstruction.Savings);
        IndependentValidator.Result check = IndependentValidator.Check(instance.Problem, InterRouteOperatorTests.Routes(state), requireAllServed: false);
        Assert.True(check.Feasible, check.Reason);
        Assert.True(state.UnassignedCount < instance.Problem.Jobs.Count / 2, $"{state.UnassignedCount} left out");
    }
}
