using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.LocalSearch.Operators;
using ProjectDelivery.Delivery.Routing.Model;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing.LocalSearch.Operators;

/// <summary>
/// Each inter-route operator on its own: for random plans and every job pair, the claimed delta equals the
/// cost change recomputed by the independent validator after applying the move, and a move claimed
/// feasible leaves a valid plan (capacity, windows, shift, duration, skills).
/// </summary>
public sealed class InterRouteOperatorTests
{
    private delegate double Evaluate(int u, int v);

    private delegate void Apply(int u, int v, int[] a, int[] b);

    [Fact]
    public void Relocate_RandomPlans_DeltaMatchesRecomputedCost() =>
        Check(state => { var op = new RelocateOperator(state); return (op.Evaluate, op.Apply); });

    [Fact]
    public void Swap_RandomPlans_DeltaMatchesRecomputedCost() =>
        Check(state => { var op = new SwapOperator(state); return (op.Evaluate, op.Apply); });

    [Fact]
    public void TwoOptStar_RandomPlans_DeltaMatchesRecomputedCost() =>
        Check(state => { var op = new TwoOptStarOperator(state); return (op.Evaluate, op.Apply); });

    [Fact]
    public void GranularLocalSearch_RandomPlans_NeverWorsensAndStaysValid()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 20, windows: seed % 2 == 0, extras: seed % 3 == 0, vehicles: 4);
            SearchState state = RandomPlan(problem, seed);
            double before = state.Objective;
            var ls = new GranularLocalSearch(state, new NeighbourLists(problem.Data, 30), new ProjectDelivery.Delivery.Routing.SearchRandom((ulong)seed));
            ls.Improve(Enumerable.Range(0, problem.Data.VehicleCount).Where(v => state.RouteLength(v) > 0).ToList());
            state.RecomputeTotals();
            Assert.True(state.Objective <= before + 1e-9);
            IndependentValidator.Result check = IndependentValidator.Check(problem, Routes(state), requireAllServed: false);
            Assert.True(check.Feasible, check.Reason);
        }, iter: 200);
    }

    private static void Check(Func<SearchState, (Evaluate Evaluate, Apply Apply)> make)
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 14, windows: seed % 2 == 0, extras: seed % 3 == 0, vehicles: 4);
            SearchState state = RandomPlan(problem, seed);
            (Evaluate evaluate, Apply apply) = make(state);
            var a = new int[problem.Jobs.Count + 1];
            var b = new int[problem.Jobs.Count + 1];
            var random = new Random(seed);
            for (int attempt = 0; attempt < 40; attempt++)
            {
                int u = random.Next(problem.Jobs.Count);
                int v = random.Next(problem.Jobs.Count);
                double delta = evaluate(u, v);
                if (double.IsPositiveInfinity(delta))
                {
                    continue;
                }

                IndependentValidator.Result old = IndependentValidator.Check(problem, Routes(state), requireAllServed: false);
                apply(u, v, a, b);
                IndependentValidator.Result now = IndependentValidator.Check(problem, Routes(state), requireAllServed: false);
                Assert.True(now.Feasible, now.Reason);
                Assert.Equal(now.Cost - old.Cost, delta, 1e-6);
            }
        }, iter: 150);
    }

    internal static SearchState RandomPlan(RoutingProblem problem, int seed)
    {
        var state = new SearchState(problem.Data);
        var random = new Random(seed);
        for (int j = 0; j < problem.Jobs.Count; j++)
        {
            int v = random.Next(problem.Data.VehicleCount);
            int p = random.Next(state.RouteLength(v) + 1);
            if (problem.Data.CanServe(v, j) && state.FitsCapacity(v, j) && !double.IsPositiveInfinity(state.InsertionDelta(j, v, p)))
            {
                state.Insert(j, v, p);
            }
        }

        return state;
    }

    internal static Dictionary<int, IReadOnlyList<int>> Routes(SearchState state) =>
        Enumerable.Range(0, state.Data.VehicleCount).ToDictionary(v => v, v => (IReadOnlyList<int>)Enumerable.Range(0, state.RouteLength(v)).Select(p => state.Node(v, p)).ToList());
}
