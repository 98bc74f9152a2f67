using System;
using System.Linq;
using CsCheck;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.LocalSearch.Operators;
using ProjectDelivery.Delivery.Routing.Model;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing.LocalSearch.Operators;

/// <summary>
/// Cross-exchange on its own: over random plans (windows, capacity, skills, heterogeneous fleet, duration limits) the
/// claimed delta of every variant equals the cost change recomputed by the independent validator, and every move
/// claimed feasible leaves a valid plan; every feasible variant is found by brute force over the variants.
/// </summary>
public sealed class CrossExchangeOperatorTests
{
    [Fact]
    public void Evaluate_RandomPlans_DeltaMatchesRecomputedCost()
    {
        int applied = 0;
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 16, windows: seed % 2 == 0, extras: seed % 3 == 0, vehicles: 3);
            SearchState state = InterRouteOperatorTests.RandomPlan(problem, seed);
            var op = new CrossExchangeOperator(state);
            var a = new int[problem.Jobs.Count + 1];
            var b = new int[problem.Jobs.Count + 1];
            var random = new Random(seed);
            for (int attempt = 0; attempt < 40; attempt++)
            {
                int u = random.Next(problem.Jobs.Count);
                int v = random.Next(problem.Jobs.Count);
                double delta = op.Evaluate(u, v);
                if (double.IsPositiveInfinity(delta))
                {
                    continue;
                }

                IndependentValidator.Result old = IndependentValidator.Check(problem, InterRouteOperatorTests.Routes(state), requireAllServed: false);
                int servedBefore = Enumerable.Range(0, problem.Data.VehicleCount).Sum(state.RouteLength);
                op.Apply(u, v, a, b);
                applied++;
                IndependentValidator.Result now = IndependentValidator.Check(problem, InterRouteOperatorTests.Routes(state), requireAllServed: false);
                Assert.True(now.Feasible, now.Reason);
                Assert.Equal(servedBefore, Enumerable.Range(0, problem.Data.VehicleCount).Sum(state.RouteLength));
                Assert.Equal(now.Cost - old.Cost, delta, 1e-6);
            }
        }, iter: 150);
        Assert.True(applied > 500, $"only {applied} moves applied");
    }

    [Fact]
    public void Evaluate_BestVariant_NoVariantIsCheaper()
    {
        // The returned delta is the minimum over all (|A|, |B|, reversals): recompute every variant by applying it to a copy.
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 12, windows: seed % 2 == 0, vehicles: 3);
            SearchState state = InterRouteOperatorTests.RandomPlan(problem, seed);
            var op = new CrossExchangeOperator(state);
            var random = new Random(seed);
            int u = random.Next(problem.Jobs.Count);
            int v = random.Next(problem.Jobs.Count);
            int ru = state.RouteOf(u);
            int rv = state.RouteOf(v);
            if (ru < 0 || rv < 0 || ru == rv)
            {
                return;
            }

            double claimed = op.Evaluate(u, v);
            double best = double.PositiveInfinity;
            int pu = state.PositionOf(u);
            int pv = state.PositionOf(v);
            var routes = InterRouteOperatorTests.Routes(state);
            double baseCost = IndependentValidator.Check(problem, routes, requireAllServed: false).Cost;
            for (int la = 1; la <= 3 && pu + la <= state.RouteLength(ru); la++)
            {
                for (int lb = 0; lb <= 3 && pv + lb < state.RouteLength(rv); lb++)
                {
                    if (la == 1 && lb == 0)
                    {
                        continue;
                    }

                    for (int variant = 0; variant < 4; variant++)
                    {
                        var listU = routes[ru].ToList();
                        var listV = routes[rv].ToList();
                        var stringA = listU.GetRange(pu, la);
                        var stringB = listV.GetRange(pv + 1, lb);
                        if ((variant & 1) != 0)
                        {
                            stringA.Reverse();
                        }

                        if ((variant & 2) != 0)
                        {
                            stringB.Reverse();
                        }

                        listU.RemoveRange(pu, la);
                        listU.InsertRange(pu, stringB);
                        listV.RemoveRange(pv + 1, lb);
                        listV.InsertRange(pv + 1, stringA);
                        var changed = routes.ToDictionary(e => e.Key, e => e.Value);
                        changed[ru] = listU;
                        changed[rv] = listV;
                        IndependentValidator.Result check = IndependentValidator.Check(problem, changed, requireAllServed: false);
                        if (check.Feasible)
                        {
                            best = Math.Min(best, check.Cost - baseCost);
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
        }, iter: 300);
    }

    [Fact]
    public void Evaluate_WithCutoff_SameMoveAsFullScanWhenImproving()
    {
        // The distance pre-check (no time costs here) may only skip variants that could not beat the cutoff.
        int improving = 0;
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 16, windows: seed % 2 == 0, extras: seed % 3 == 0, vehicles: 3);
            SearchState state = InterRouteOperatorTests.RandomPlan(problem, seed);
            var op = new CrossExchangeOperator(state);
            for (int u = 0; u < problem.Jobs.Count; u++)
            {
                for (int v = 0; v < problem.Jobs.Count; v++)
                {
                    double full = op.Evaluate(u, v);
                    double cut = op.Evaluate(u, v, 0);
                    if (full < 0)
                    {
                        improving++;
                        Assert.Equal(full, cut, 9);
                    }
                    else
                    {
                        Assert.True(double.IsPositiveInfinity(cut));
                    }
                }
            }
        }, iter: 100);
        Assert.True(improving > 1000, $"only {improving} improving pairs");
    }
}
