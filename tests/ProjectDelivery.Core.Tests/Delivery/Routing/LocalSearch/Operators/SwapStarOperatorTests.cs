using System;
using System.Linq;
using CsCheck;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.LocalSearch.Operators;
using ProjectDelivery.Delivery.Routing.Model;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing.LocalSearch.Operators;

/// <summary>
/// SWAP* on its own: the claimed delta of the move chosen for a route pair equals the cost change recomputed by the
/// independent validator, the move keeps the plan valid and exchanges exactly one job each way; without time
/// constraints the chosen move is as good as the best exchange found by brute force over all (u, v, positions).
/// </summary>
public sealed class SwapStarOperatorTests
{
    [Fact]
    public void Evaluate_RandomPlans_DeltaMatchesRecomputedCost()
    {
        int applied = 0;
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 16, windows: seed % 2 == 0, extras: seed % 3 == 0, vehicles: 3);
            SearchState state = InterRouteOperatorTests.RandomPlan(problem, seed);
            var op = new SwapStarOperator(state);
            var a = new int[problem.Jobs.Count + 1];
            var b = new int[problem.Jobs.Count + 1];
            for (int ra = 0; ra < problem.Data.VehicleCount; ra++)
            {
                for (int rb = 0; rb < problem.Data.VehicleCount; rb++)
                {
                    double delta = op.Evaluate(ra, rb);
                    if (double.IsPositiveInfinity(delta))
                    {
                        continue;
                    }

                    var before = InterRouteOperatorTests.Routes(state);
                    IndependentValidator.Result old = IndependentValidator.Check(problem, before, requireAllServed: false);
                    op.Apply(a, b);
                    applied++;
                    var after = InterRouteOperatorTests.Routes(state);
                    IndependentValidator.Result now = IndependentValidator.Check(problem, after, requireAllServed: false);
                    Assert.True(now.Feasible, now.Reason);
                    Assert.Equal(now.Cost - old.Cost, delta, 1e-6);
                    Assert.Equal(before[ra].Count, after[ra].Count);
                    Assert.Single(after[ra].Except(before[ra]));
                    Assert.Single(after[rb].Except(before[rb]));
                }
            }
        }, iter: 150);
        Assert.True(applied > 300, $"only {applied} moves applied");
    }

    [Fact]
    public void Evaluate_DistanceOnly_MatchesBruteForceBestExchange()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 11, windows: false, vehicles: 2);
            SearchState state = InterRouteOperatorTests.RandomPlan(problem, seed);
            if (state.RouteLength(0) == 0 || state.RouteLength(1) == 0)
            {
                return;
            }

            var op = new SwapStarOperator(state);
            double claimed = op.Evaluate(0, 1);
            var routes = InterRouteOperatorTests.Routes(state);
            double baseCost = IndependentValidator.Check(problem, routes, requireAllServed: false).Cost;
            double best = double.PositiveInfinity;
            foreach (int u in routes[0])
            {
                foreach (int v in routes[1])
                {
                    var restA = routes[0].Where(j => j != u).ToList();
                    var restB = routes[1].Where(j => j != v).ToList();
                    for (int qa = 0; qa <= restA.Count; qa++)
                    {
                        for (int qb = 0; qb <= restB.Count; qb++)
                        {
                            var newA = restA.ToList();
                            newA.Insert(qa, v);
                            var newB = restB.ToList();
                            newB.Insert(qb, u);
                            var changed = routes.ToDictionary(e => e.Key, e => e.Value);
                            changed[0] = newA;
                            changed[1] = newB;
                            IndependentValidator.Result check = IndependentValidator.Check(problem, changed, requireAllServed: false);
                            if (check.Feasible)
                            {
                                best = Math.Min(best, check.Cost - baseCost);
                            }
                        }
                    }
                }
            }

            if (double.IsPositiveInfinity(best))
            {
                Assert.True(double.IsPositiveInfinity(claimed));
            }
            else
            {
                Assert.Equal(best, claimed, 1e-6);
            }
        }, iter: 200);
    }
}
