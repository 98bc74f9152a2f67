using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Construction;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.LocalSearch.Operators;
using ProjectDelivery.Delivery.Routing.Model;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing.LocalSearch.Operators;

/// <summary>
/// Every operator on its own on problems with shipments: a move claimed feasible never separates a pair, never puts
/// a delivery before its pickup and keeps the load within capacity at every point (independent validator), and the
/// claimed delta equals the recomputed cost change.
/// </summary>
public sealed class ShipmentOperatorTests
{
    private delegate double Evaluate(int u, int v);

    private delegate void Apply(int u, int v, int[] a, int[] b);

    [Fact]
    public void Relocate_ShipmentPlans_PairsKeptAndDeltaMatches() =>
        Check(state => { var op = new RelocateOperator(state); return (op.Evaluate, op.Apply); });

    [Fact]
    public void Swap_ShipmentPlans_PairsKeptAndDeltaMatches() =>
        Check(state => { var op = new SwapOperator(state); return (op.Evaluate, op.Apply); });

    [Fact]
    public void TwoOptStar_ShipmentPlans_PairsKeptAndDeltaMatches() =>
        Check(state => { var op = new TwoOptStarOperator(state); return (op.Evaluate, op.Apply); });

    [Fact]
    public void PairRelocate_ShipmentPlans_BothEndsMovedTogetherAndDeltaMatches() =>
        Check(state =>
        {
            var op = new PairRelocateOperator(state, new BestInsertion(state, new NeighbourLists(state.Data, 0)));
            return (op.Evaluate, op.Apply);
        });

    [Fact]
    public void TwoOpt_ShipmentPlans_OnlyPairFreeSegmentsReversedAndDeltaMatches()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.CreateWithShipments(seed, 4, 6, windows: false, vehicles: 2);
            SearchState state = RandomPlan(problem, seed);
            var op = new TwoOptOperator(state, new NeighbourLists(problem.Data, 20));
            for (int v = 0; v < problem.Data.VehicleCount; v++)
            {
                int len = state.RouteLength(v);
                for (int from = 0; from < len; from++)
                {
                    for (int to = from + 1; to < len; to++)
                    {
                        if (state.SegmentHasPair(v, from, to))
                        {
                            Assert.Contains(InterRouteOperatorTests.Routes(state)[v].Skip(from).Take(to - from + 1), j => problem.ShipmentOf(problem.Jobs[j].Id) is not null);
                            continue;
                        }

                        double old = IndependentValidator.Check(problem, InterRouteOperatorTests.Routes(state), false).Cost;
                        double delta = op.Delta(v, from, to);
                        state.Reverse(v, from, to);
                        IndependentValidator.Result now = IndependentValidator.Check(problem, InterRouteOperatorTests.Routes(state), false);
                        Assert.True(now.Feasible, now.Reason);
                        Assert.Equal(now.Cost - old, delta, 6);
                        state.Reverse(v, from, to);
                    }
                }

                op.Improve(v);
                IndependentValidator.Result after = IndependentValidator.Check(problem, InterRouteOperatorTests.Routes(state), false);
                Assert.True(after.Feasible, after.Reason);
            }
        }, iter: 100);
    }

    [Fact]
    public void OrOpt_ShipmentPlans_ImproveKeepsPairsAndLoad()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.CreateWithShipments(seed, 4, 8, windows: false, vehicles: 2);
            SearchState state = RandomPlan(problem, seed);
            var op = new OrOptOperator(state, new NeighbourLists(problem.Data, 20));
            for (int v = 0; v < problem.Data.VehicleCount; v++)
            {
                double before = IndependentValidator.Check(problem, InterRouteOperatorTests.Routes(state), false).Cost;
                bool changed = op.Improve(v);
                IndependentValidator.Result after = IndependentValidator.Check(problem, InterRouteOperatorTests.Routes(state), false);
                Assert.True(after.Feasible, after.Reason);
                Assert.True(changed ? after.Cost < before - 1e-9 : Math.Abs(after.Cost - before) < 1e-9);
            }
        }, iter: 150);
    }

    [Fact]
    public void GranularLocalSearch_ShipmentPlans_NeverWorsensAndStaysValid()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.CreateWithShipments(seed, 6, 8, windows: seed % 2 == 0, vehicles: 4);
            SearchState state = RandomPlan(problem, seed);
            double before = state.Objective;
            var ls = new GranularLocalSearch(state, new NeighbourLists(problem.Data, 30), new SearchRandom((ulong)seed));
            ls.Improve(Enumerable.Range(0, problem.Data.VehicleCount).Where(v => state.RouteLength(v) > 0).ToList());
            state.RecomputeTotals();
            Assert.True(state.Objective <= before + 1e-9);
            Assert.True(state.IsFeasible());
            IndependentValidator.Result check = IndependentValidator.Check(problem, InterRouteOperatorTests.Routes(state), requireAllServed: false);
            Assert.True(check.Feasible, check.Reason);
        }, iter: 150);
    }

    [Fact]
    public void PairGuards_RandomPlans_AgreeWithScanningTheRoute()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.CreateWithShipments(seed, 5, 5, windows: seed % 2 == 0, vehicles: 3);
            SearchState state = RandomPlan(problem, seed);
            for (int v = 0; v < problem.Data.VehicleCount; v++)
            {
                List<int> route = InterRouteOperatorTests.Routes(state)[v].ToList();
                bool Paired(int j) => problem.ShipmentOf(problem.Jobs[j].Id) is not null;
                for (int count = 0; count <= route.Count; count++)
                {
                    // Open at the cut: a pickup before it whose delivery is after it.
                    bool open = route.Take(count).Any(j => problem.ShipmentOf(problem.Jobs[j].Id) is { } s && s.PickupJobId == problem.Jobs[j].Id
                        && route.Skip(count).Any(k => problem.Jobs[k].Id == s.DeliveryJobId));
                    Assert.Equal(!open, state.IsCutAllowed(v, count));
                }

                for (int from = 0; from < route.Count; from++)
                {
                    for (int to = from; to < route.Count; to++)
                    {
                        Assert.Equal(route.Skip(from).Take(to - from + 1).Any(Paired), state.SegmentHasPair(v, from, to));
                    }
                }

                foreach (int j in route)
                {
                    Assert.Equal(!Paired(j), state.CanMoveAlone(j));
                }
            }
        }, iter: 200);
    }

    [Fact]
    public void FitsLoad_RandomInsertions_AgreesWithWalkingTheRoute()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.CreateWithShipments(seed, 4, 8, windows: false, vehicles: 2);
            SearchState state = RandomPlan(problem, seed);
            for (int i = 0; i < state.UnassignedCount; i++)
            {
                int job = state.Unassigned(i);
                if (problem.ShipmentOf(problem.Jobs[job].Id) is not null)
                {
                    continue;
                }

                for (int v = 0; v < problem.Data.VehicleCount; v++)
                {
                    List<int> route = InterRouteOperatorTests.Routes(state)[v].ToList();
                    for (int p = 0; p <= route.Count; p++)
                    {
                        var candidate = new List<int>(route);
                        candidate.Insert(p, job);
                        bool walk = IndependentValidator.CheckPairsAndLoad(problem, v, problem.VehicleTypes[0], candidate) is null;
                        Assert.Equal(walk, state.FitsLoad(v, v, p, job, v, p));
                    }
                }
            }
        }, iter: 200);
    }

    [Fact]
    public void FindPair_RandomPlans_FindsTheCheapestValidPositionsOfAllPairs()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.CreateWithShipments(seed, 4, 6, windows: seed % 2 == 0, vehicles: 2);
            SearchState state = RandomPlan(problem, seed);
            var insertion = new BestInsertion(state, new NeighbourLists(problem.Data, 0));
            foreach (Shipment s in problem.Shipments)
            {
                int p = problem.IndexOfJob(s.PickupJobId);
                int d = problem.IndexOfJob(s.DeliveryJobId);
                if (state.RouteOf(p) >= 0)
                {
                    continue;
                }

                Dictionary<int, IReadOnlyList<int>> routes = InterRouteOperatorTests.Routes(state);
                double baseCost = IndependentValidator.Check(problem, routes, false).Cost;
                double best = double.PositiveInfinity;
                foreach (int v in routes.Keys)
                {
                    for (int i = 0; i <= routes[v].Count; i++)
                    {
                        for (int j = i; j <= routes[v].Count; j++)
                        {
                            var candidate = new List<int>(routes[v]);
                            candidate.Insert(j, d);
                            candidate.Insert(i, p);
                            var all = new Dictionary<int, IReadOnlyList<int>>(routes) { [v] = candidate };
                            IndependentValidator.Result r = IndependentValidator.Check(problem, all, false);
                            if (r.Feasible)
                            {
                                best = Math.Min(best, r.Cost - baseCost + problem.Jobs[p].Penalty.GetValueOrDefault() + problem.Jobs[d].Penalty.GetValueOrDefault());
                            }
                        }
                    }
                }

                bool found = insertion.FindPair(p, d, null, 0, true, out _, out _, out _, out double delta);
                Assert.Equal(!double.IsPositiveInfinity(best), found);
                if (found)
                {
                    Assert.Equal(best, delta, 6);
                }
            }
        }, iter: 150);
    }

    private static void Check(Func<SearchState, (Evaluate Evaluate, Apply Apply)> make)
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.CreateWithShipments(seed, 5, 6, windows: seed % 2 == 0, vehicles: 4);
            SearchState state = RandomPlan(problem, seed);
            (Evaluate evaluate, Apply apply) = make(state);
            var a = new int[problem.Jobs.Count + 1];
            var b = new int[problem.Jobs.Count + 1];
            var random = new Random(seed);
            for (int attempt = 0; attempt < 60; attempt++)
            {
                int u = random.Next(problem.Jobs.Count);
                int v = random.Next(problem.Jobs.Count);
                double delta = evaluate(u, v);
                if (double.IsPositiveInfinity(delta))
                {
                    continue;
                }

                IndependentValidator.Result old = IndependentValidator.Check(problem, InterRouteOperatorTests.Routes(state), requireAllServed: false);
                apply(u, v, a, b);
                IndependentValidator.Result now = IndependentValidator.Check(problem, InterRouteOperatorTests.Routes(state), requireAllServed: false);
                Assert.True(now.Feasible, now.Reason);
                Assert.Equal(now.Cost - old.Cost, delta, 1e-6);
            }
        }, iter: 150);
    }

    /// <summary>A random feasible plan: shipments and single jobs inserted in random order by greedy insertion with many blinks.</summary>
    internal static SearchState RandomPlan(RoutingProblem problem, int seed)
    {
        var state = new SearchState(problem.Data);
        var insertion = new BestInsertion(state, new NeighbourLists(problem.Data, 0));
        var random = new SearchRandom((ulong)seed);
        int[] order = Enumerable.Range(0, problem.Jobs.Count).ToArray();
        random.Shuffle(order, order.Length);
        int take = Math.Max(1, order.Length - (seed % 4));
        insertion.InsertAll(order, take, random, 0.5);
        state.RecomputeTotals();
        return state;
    }
}
