using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.LocalSearch.Operators;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Tests.Delivery.Routing.LocalSearch.Operators;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing.LocalSearch;

/// <summary>
/// The exact evaluation of routes with several or soft windows (and the workload-balancing term): for random plans on
/// random instances, every delta claimed by <see cref="SearchState"/> and by each operator equals the objective change
/// recomputed by the independent validator, and every move claimed feasible leaves a valid plan.
/// </summary>
public sealed class SearchStateExactEvaluationTests
{
    private delegate double Evaluate(int u, int v);

    private delegate void Apply(int u, int v, int[] a, int[] b);

    public static TheoryData<bool> Balance => new() { false, true };

    [Theory]
    [MemberData(nameof(Balance))]
    public void InsertionDelta_SeveralAndSoftWindows_EqualsRecomputedCostChangeAndFeasibility(bool balance)
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.CreateRich(seed, 10, 3, balance);
            SearchState state = InterRouteOperatorTests.RandomPlan(problem, seed);
            for (int u = 0; u < state.UnassignedCount; u++)
            {
                int job = state.Unassigned(u);
                for (int v = 0; v < problem.Data.VehicleCount; v++)
                {
                    if (!state.FitsCapacity(v, job))
                    {
                        continue;
                    }

                    for (int p = 0; p <= state.RouteLength(v); p++)
                    {
                        double delta = state.InsertionDelta(job, v, p);
                        var before = InterRouteOperatorTests.Routes(state);
                        var after = before.ToDictionary(kv => kv.Key, kv => kv.Value);
                        var route = new List<int>(before[v]);
                        route.Insert(p, job);
                        after[v] = route;
                        IndependentValidator.Result old = IndependentValidator.Check(problem, before, false);
                        IndependentValidator.Result now = IndependentValidator.Check(problem, after, false);
                        Assert.True(old.Feasible, old.Reason);
                        Assert.Equal(now.Feasible, !double.IsPositiveInfinity(delta));
                        if (now.Feasible)
                        {
                            Assert.Equal(now.Cost - old.Cost + (problem.Jobs[job].Penalty ?? 0), delta, 1e-4);
                        }
                    }
                }
            }
        }, iter: 120);
    }

    [Theory]
    [MemberData(nameof(Balance))]
    public void RemovalDelta_SeveralAndSoftWindows_EqualsRecomputedCostChange(bool balance)
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.CreateRich(seed, 10, 3, balance);
            SearchState state = InterRouteOperatorTests.RandomPlan(problem, seed);
            for (int v = 0; v < problem.Data.VehicleCount; v++)
            {
                for (int p = 0; p < state.RouteLength(v); p++)
                {
                    double delta = state.RemovalDelta(v, p);
                    var before = InterRouteOperatorTests.Routes(state);
                    var after = before.ToDictionary(kv => kv.Key, kv => kv.Value);
                    int job = before[v][p];
                    after[v] = before[v].Where(j => j != job).ToList();
                    IndependentValidator.Result old = IndependentValidator.Check(problem, before, false);
                    IndependentValidator.Result now = IndependentValidator.Check(problem, after, false);
                    Assert.Equal(now.Feasible, !double.IsPositiveInfinity(delta));
                    if (now.Feasible)
                    {
                        Assert.Equal(now.Cost - old.Cost - (problem.Jobs[job].Penalty ?? 0), delta, 1e-4);
                    }
                }
            }
        }, iter: 120);
    }

    [Theory]
    [MemberData(nameof(Balance))]
    public void Relocate_SeveralAndSoftWindows_DeltaMatchesRecomputedCost(bool balance) =>
        Check(balance, state => { var op = new RelocateOperator(state); return (op.Evaluate, op.Apply); });

    [Theory]
    [MemberData(nameof(Balance))]
    public void Swap_SeveralAndSoftWindows_DeltaMatchesRecomputedCost(bool balance) =>
        Check(balance, state => { var op = new SwapOperator(state); return (op.Evaluate, op.Apply); });

    [Theory]
    [MemberData(nameof(Balance))]
    public void TwoOptStar_SeveralAndSoftWindows_DeltaMatchesRecomputedCost(bool balance) =>
        Check(balance, state => { var op = new TwoOptStarOperator(state); return (op.Evaluate, op.Apply); });

    [Fact]
    public void UpdateRoute_SeveralAndSoftWindows_RouteCostsMatchValidator()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.CreateRich(seed, 12, 3, balance: seed % 2 == 0);
            SearchState state = InterRouteOperatorTests.RandomPlan(problem, seed);
            IndependentValidator.Result check = IndependentValidator.Check(problem, InterRouteOperatorTests.Routes(state), false);
            Assert.True(check.Feasible, check.Reason);
            Assert.True(state.IsFeasible());
            Assert.Equal(check.Cost, PlanCost(problem, state), 1e-4);
        }, iter: 300);
    }

    /// <summary>Route costs, balancing term and penalties of optional jobs left out (the validator's cost).</summary>
    private static double PlanCost(RoutingProblem problem, SearchState state) =>
        state.Cost + state.Balance + Enumerable.Range(0, state.UnassignedCount).Sum(i => problem.Jobs[state.Unassigned(i)].Penalty ?? 0);

    private static void Check(bool balance, Func<SearchState, (Evaluate Evaluate, Apply Apply)> make)
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.CreateRich(seed, 14, 4, balance);
            SearchState state = InterRouteOperatorTests.RandomPlan(problem, seed);
            (Evaluate evaluate, Apply apply) = make(state);
            var a = new int[problem.Jobs.Count + 1];
            var b = new int[problem.Jobs.Count + 1];
            var random = new Random(seed);
            int feasible = 0;
            for (int attempt = 0; attempt < 60; attempt++)
            {
                int u = random.Next(problem.Jobs.Count);
                int v = random.Next(problem.Jobs.Count);
                double delta = evaluate(u, v);
                if (double.IsPositiveInfinity(delta))
                {
                    continue;
                }

                feasible++;
                IndependentValidator.Result old = IndependentValidator.Check(problem, InterRouteOperatorTests.Routes(state), requireAllServed: false);
                apply(u, v, a, b);
                IndependentValidator.Result now = IndependentValidator.Check(problem, InterRouteOperatorTests.Routes(state), requireAllServed: false);
                Assert.True(now.Feasible, now.Reason);
                Assert.True(state.IsFeasible());
                Assert.Equal(now.Cost - old.Cost, delta, 1e-4);
                state.RecomputeTotals();
                Assert.Equal(now.Cost, PlanCost(problem, state), 1e-4);
            }
        }, iter: 120);
    }
}
