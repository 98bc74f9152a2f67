using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.LocalSearch.Operators;
using ProjectDelivery.Delivery.Routing.Model;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing.LocalSearch;

public sealed class SearchStateTests
{
    [Fact]
    public void InsertionDelta_RandomMoves_EqualsRecomputedCostChangeAndFeasibility()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 12, windows: seed % 2 == 0, extras: seed % 3 == 0, vehicles: 3);
            var state = new SearchState(problem.Data);
            var random = new Random(seed);

            // Build random routes from whatever fits.
            for (int j = 0; j < problem.Jobs.Count; j++)
            {
                int v = random.Next(problem.Data.VehicleCount);
                int p = random.Next(state.RouteLength(v) + 1);
                if (problem.Data.CanServe(v, j) && state.FitsCapacity(v, j) && !double.IsPositiveInfinity(state.InsertionDelta(j, v, p)))
                {
                    state.Insert(j, v, p);
                }
            }

            for (int u = 0; u < state.UnassignedCount; u++)
            {
                int job = state.Unassigned(u);
                for (int v = 0; v < problem.Data.VehicleCount; v++)
                {
                    if (!problem.Data.CanServe(v, job) || !state.FitsCapacity(v, job))
                    {
                        continue;
                    }

                    for (int p = 0; p <= state.RouteLength(v); p++)
                    {
                        double delta = state.InsertionDelta(job, v, p);
                        List<int> before = Route(state, v);
                        List<int> after = new(before);
                        after.Insert(p, job);
                        IndependentValidator.Result old = IndependentValidator.Check(problem, new Dictionary<int, IReadOnlyList<int>> { [v] = before }, false);
                        IndependentValidator.Result now = IndependentValidator.Check(problem, new Dictionary<int, IReadOnlyList<int>> { [v] = after }, false);
                        Assert.Equal(now.Feasible, !double.IsPositiveInfinity(delta));
                        if (now.Feasible)
                        {
                            double penalty = problem.Jobs[job].Penalty ?? 0;
                            // The validator's bisection and 1e-6 window tolerance leave up to ~1e-6 of duration noise.
                            Assert.Equal(now.Cost - old.Cost + penalty, delta, 1e-6);
                        }
                    }
                }
            }
        }, iter: 200);
    }

    [Fact]
    public void Rollback_AfterChanges_RestoresRoutesAndCost()
    {
        RoutingProblem problem = RandomInstances.Create(5, 20, windows: false, vehicles: 3);
        var state = new SearchState(problem.Data);
        for (int j = 0; j < 10; j++)
        {
            if (state.FitsCapacity(j % 3, j))
            {
                state.Insert(j, j % 3, 0);
            }
        }

        string before = Describe(state);
        double cost = state.Objective;
        state.Begin();
        var removed = new bool[problem.Jobs.Count];
        removed[state.Node(0, 0)] = true;
        state.RemoveMarked(0, removed);
        state.Insert(15, 1, 0);
        state.Rollback();
        Assert.Equal(before, Describe(state));
        Assert.Equal(cost, state.Objective, 9);
    }

    [Fact]
    public void TwoOptDelta_RandomReversals_EqualsRecomputedDistanceChange()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 15, windows: false, vehicles: 1);
            var bigFleet = new RoutingProblem(problem.Network, problem.Jobs.Select(j => new Job(j.Id, j.Location)).ToArray(),
                new[] { new VehicleType("v", 1, null, 0, 0) });
            var state = new SearchState(bigFleet.Data);
            for (int j = 0; j < bigFleet.Jobs.Count; j++)
            {
                state.Insert(j, 0, state.RouteLength(0));
            }

            Assert.True(TwoOptOperator.Supports(bigFleet.Data));
            var op = new TwoOptOperator(state, new NeighbourLists(bigFleet.Data, 10));
            var random = new Random(seed);
            int from = random.Next(15);
            int to = from + random.Next(15 - from);
            double delta = op.Delta(0, from, to);
            double before = state.Cost;
            state.Reverse(0, from, to);
            Assert.Equal(state.Cost - before, delta, 6);
            Assert.True(op.Improve(0) || true);
            Assert.True(state.Cost <= before + delta + 1e-9);
        }, iter: 300);
    }

    [Fact]
    public void OrOptDelta_RandomMoves_EqualsRecomputedDistanceChange()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem tsp = RandomInstances.Create(seed, 15, windows: false, vehicles: 1);
            var problem = new RoutingProblem(tsp.Network, tsp.Jobs.Select(j => new Job(j.Id, j.Location)).ToArray(), new[] { new VehicleType("v", 1, null, 0, 0) });
            var state = new SearchState(problem.Data);
            for (int j = 0; j < problem.Jobs.Count; j++)
            {
                state.Insert(j, 0, state.RouteLength(0));
            }

            var op = new OrOptOperator(state, new NeighbourLists(problem.Data, 10));
            var random = new Random(seed);
            int i = random.Next(13);
            int k = 1 + random.Next(3);
            int j2 = Math.Min(14, i + k - 1);
            int q = random.Next(15);
            if (q >= i && q <= j2)
            {
                return;
            }

            bool after = random.Next(2) == 0;
            if ((after && q == i - 1) || (!after && q == j2 + 1))
            {
                return; // no-op placements, excluded by the operator
            }

            double delta = op.Delta(0, i, j2, q, after);
            List<int> route = Route(state, 0);
            List<int> segment = route.GetRange(i, j2 - i + 1);
            int c = route[q];
            route.RemoveRange(i, j2 - i + 1);
            int at = route.IndexOf(c);
            if (after)
            {
                route.InsertRange(at + 1, segment);
            }
            else
            {
                segment.Reverse();
                route.InsertRange(at, segment);
            }

            double before = state.Cost;
            state.SetRoute(0, route.ToArray());
            Assert.Equal(state.Cost - before, delta, 6);
            double improvedFrom = state.Cost;
            op.Improve(0);
            Assert.True(state.Cost <= improvedFrom + 1e-9);
            Assert.Equal(problem.Jobs.Count, state.RouteLength(0));
        }, iter: 300);
    }

    private static List<int> Route(SearchState state, int v) =>
        Enumerable.Range(0, state.RouteLength(v)).Select(p => state.Node(v, p)).ToList();

    private static string Describe(SearchState state) =>
        string.Join("|", Enumerable.Range(0, state.Data.VehicleCount).Select(v => string.Join(",", Route(state, v))));
}
