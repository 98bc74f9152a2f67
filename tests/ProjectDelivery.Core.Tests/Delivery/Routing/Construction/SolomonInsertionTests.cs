using System.IO;
using CsCheck;
using ProjectDelivery.Delivery.Routing.Construction;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Interop.Routing;
using ProjectDelivery.Tests.Delivery.Routing.LocalSearch.Operators;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing.Construction;

/// <summary>Solomon's I1: feasible plans on random instances and on Solomon files with a vehicle count near Solomon's own I1 results.</summary>
public sealed class SolomonInsertionTests
{
    [Fact]
    public void Build_RandomInstances_EveryPlanValid()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 20, windows: seed % 2 == 0, extras: seed % 3 == 0, vehicles: 6);
            var state = new SearchState(problem.Data);
            SolomonInsertion.Build(state, (seed % 2) == 0 ? 1 : 0, 1, 1 + (seed % 2));
            IndependentValidator.Result check = IndependentValidator.Check(problem, InterRouteOperatorTests.Routes(state), requireAllServed: false);
            Assert.True(check.Feasible, check.Reason);
        }, iter: 300);
    }

    // Solomon (1987), Table III, I1: 10 vehicles on C101 and about 13 on average over R1; here at most a few more
    // than the best-known fleets (C101 10, R101 19/20, C201 3, R201 4) must be enough.
    [Theory]
    [InlineData("C101.txt", 12)]
    [InlineData("R101.txt", 24)]
    [InlineData("C201.txt", 5)]
    [InlineData("R201.txt", 6)]
    public void BuildBest_SolomonFiles_ServesEveryoneWithFewVehicles(string file, int maxVehicles)
    {
        using var reader = new StreamReader(Interop.Routing.ReaderTests.DataPath(file));
        RoutingInstance instance = SolomonReader.Read(reader, file);
        var state = new SearchState(instance.Problem.Data);
        SolomonInsertion.BuildBest(state);
        IndependentValidator.Result check = IndependentValidator.Check(instance.Problem, InterRouteOperatorTests.Routes(state), requireAllServed: true);
        Assert.True(check.Feasible, check.Reason);
        Assert.InRange(state.UsedVehicles, 1, maxVehicles);
    }
}
