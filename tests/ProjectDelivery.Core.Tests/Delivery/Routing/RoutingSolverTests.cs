using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing;

public sealed class RoutingSolverTests
{
    private static RoutingSolverOptions Iterations(long n, int seed = 1, RoutingObjective objective = RoutingObjective.Cost) =>
        new() { TimeLimit = null, MaxIterations = n, Seed = seed, Objective = objective };

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    [InlineData(13, true)]
    [InlineData(14, false)]
    [InlineData(15, true)]
    public void Solve_SmallInstance_MatchesBruteForceOptimum(int seed, bool windows)
    {
        RoutingProblem problem = RandomInstances.Create(seed, 6, windows, vehicles: 3);
        double optimum = BruteForce(problem);
        RoutingSolution solution = RoutingSolver.Solve(problem, Iterations(3000), TestContext.Current.CancellationToken);
        IndependentValidator.Result check = IndependentValidator.Check(problem, solution, requireAllServed: false);
        Assert.True(check.Feasible, check.Reason);
        Assert.Equal(optimum, check.Cost, 6);
        Assert.Equal(check.Cost, solution.Cost, 6);
    }

    [Fact]
    public void Solve_RandomInstances_EverySolutionValid()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            bool windows = seed % 2 == 0;
            RoutingProblem problem = RandomInstances.Create(seed, 8 + (seed % 25), windows, extras: seed % 3 == 0);
            RoutingSolution solution = RoutingSolver.Solve(problem, Iterations(150, seed), TestContext.Current.CancellationToken);
            IndependentValidator.Result check = IndependentValidator.Check(problem, solution, requireAllServed: false);
            Assert.True(check.Feasible, check.Reason);

            // The validator finds the floating start by bisection within 1e-6, hence 4 decimals with time costs.
            Assert.Equal(check.Cost, solution.Cost, 4);
            Assert.Equal(problem.Jobs.Count, solution.Routes.Sum(r => r.Stops.Count) + solution.Unassigned.Count);
        }, iter: 150);
    }

    [Fact]
    public void Solve_SameSeedUnderIterationLimit_SamePlan()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 25, windows: true);
            RoutingSolution a = RoutingSolver.Solve(problem, Iterations(300, seed), TestContext.Current.CancellationToken);
            RoutingSolution b = RoutingSolver.Solve(problem, Iterations(300, seed), TestContext.Current.CancellationToken);
            Assert.Equal(Describe(a), Describe(b));
            Assert.Equal(a.Cost, b.Cost);
        }, iter: 20);
    }

    [Fact]
    public void Solve_ProgressReports_BestNeverWorsens()
    {
        RoutingProblem problem = RandomInstances.Create(7, 40, windows: true);
        var costs = new List<(int Missing, double Cost)>();
        var options = new RoutingSolverOptions
        {
            TimeLimit = null, MaxIterations = 3000, ProgressInterval = Duration.Zero, Progress = new Collect(costs),
        };
        RoutingSolution solution = RoutingSolver.Solve(problem, options, TestContext.Current.CancellationToken);
        Assert.NotEmpty(costs);
        for (int i = 1; i < costs.Count; i++)
        {
            // Hierarchical: serving more mandatory jobs comes first, then cost.
            Assert.True(costs[i].Missing < costs[i - 1].Missing || (costs[i].Missing == costs[i - 1].Missing && costs[i].Cost <= costs[i - 1].Cost + 1e-9),
                $"report {i}: {costs[i]} after {costs[i - 1]}");
        }

        Assert.Equal(solution.Cost, costs[costs.Count - 1].Cost, 9);
    }

    [Fact]
    public void Solve_OverConstrained_ServesWhatFitsAndExplainsTheRest()
    {
        var network = TravelNetwork.FromPlanarCoordinates(new double[] { 0, 10, 20, 500, 5 }, new double[] { 0, 0, 0, 0, 5 });
        var jobs = new[]
        {
            new Job("fits", 1, new double[] { 5 }, readyTime: 0, dueTime: 100),
            new Job("too-heavy", 2, new double[] { 50 }),
            new Job("too-far", 3, new double[] { 1 }, readyTime: 0, dueTime: 100),
            new Job("needs-crane", 2, new double[] { 1 }, requiredSkills: new[] { "crane" }),
        };
        var fleet = new[]
        {
            new VehicleType("van", 1, new double[] { 10 }, 0, 0, 0, 2000),
            new VehicleType("crane-truck", 1, new double[] { 2 }, 0, 0, 0, 30, skills: new[] { "crane" }),
        };
        var problem = new RoutingProblem(network, jobs, fleet);
        RoutingSolution solution = RoutingSolver.Solve(problem, Iterations(200), TestContext.Current.CancellationToken);
        Assert.Contains(solution.Routes.SelectMany(r => r.Stops), s => s.JobId == "fits");
        Dictionary<string, UnassignedReason> reasons = solution.Unassigned.ToDictionary(u => u.JobId, u => u.Reason);
        Assert.Equal(UnassignedReason.Capacity, reasons["too-heavy"]);
        Assert.Equal(UnassignedReason.TimeWindow, reasons["too-far"]);
        Assert.Equal(UnassignedReason.Shift, reasons["needs-crane"]);
        Assert.True(IndependentValidator.Check(problem, solution, requireAllServed: false).Feasible);
    }

    [Fact]
    public void Solve_FleetTooSmall_ReportsFleetExhausted()
    {
        var network = TravelNetwork.FromPlanarCoordinates(new double[] { 0, 10, -10 }, new double[] { 0, 0, 0 });
        var jobs = new[] { new Job("a", 1, new double[] { 6 }), new Job("b", 2, new double[] { 6 }) };
        var problem = new RoutingProblem(network, jobs, new[] { new VehicleType("v", 1, new double[] { 10 }, 0, 0) });
        RoutingSolution solution = RoutingSolver.Solve(problem, Iterations(50), TestContext.Current.CancellationToken);
        Assert.Single(solution.Routes);
        Assert.Equal(UnassignedReason.FleetExhausted, Assert.Single(solution.Unassigned).Reason);
    }

    [Fact]
    public void Solve_OptionalJobDearerThanPenalty_LeftOut()
    {
        var network = TravelNetwork.FromPlanarCoordinates(new double[] { 0, 1, 1000 }, new double[] { 0, 0, 0 });
        var jobs = new[] { new Job("near", 1), new Job("far", 2, penalty: 5) };
        var problem = new RoutingProblem(network, jobs, new[] { new VehicleType("v", 1, null, 0, 0) });
        RoutingSolution solution = RoutingSolver.Solve(problem, Iterations(50), TestContext.Current.CancellationToken);
        Assert.Equal(UnassignedReason.NotWorthServing, Assert.Single(solution.Unassigned).Reason);
        Assert.Equal(2 + 5, solution.Cost, 9);
    }

    [Fact]
    public void Solve_VehiclesObjective_UsesNoMoreVehiclesThanCostObjective()
    {
        RoutingProblem problem = RandomInstances.Create(99, 40, windows: true);
        RoutingSolution byCost = RoutingSolver.Solve(problem, Iterations(2000), TestContext.Current.CancellationToken);
        RoutingSolution byVehicles = RoutingSolver.Solve(problem, Iterations(2000, objective: RoutingObjective.Vehicles), TestContext.Current.CancellationToken);
        Assert.True(IndependentValidator.Check(problem, byVehicles, requireAllServed: false).Feasible);
        Assert.True(byVehicles.Unassigned.Count <= byCost.Unassigned.Count);
        Assert.True(byVehicles.VehiclesUsed <= byCost.VehiclesUsed);
    }

    [Fact]
    public void Solve_InvalidOptions_ReportsEveryProblem()
    {
        RoutingProblem problem = RandomInstances.Create(1, 5, false);
        var ex = Assert.Throws<ArgumentException>(() => RoutingSolver.Solve(problem, new RoutingSolverOptions { TimeLimit = null, ProgressInterval = Duration.FromSeconds(-1) }, TestContext.Current.CancellationToken));
        Assert.Contains("MaxIterations", ex.Message);
        Assert.Contains("ProgressInterval", ex.Message);
    }

    private static string Describe(RoutingSolution s) =>
        string.Join("|", s.Routes.Select(r => r.VehicleIndex + ":" + string.Join(",", r.Stops.Select(x => x.JobId))));

    /// <summary>Exact optimum by enumerating every order of the jobs, every split into routes and every assignment to vehicles.</summary>
    private static double BruteForce(RoutingProblem problem)
    {
        int n = problem.Jobs.Count;
        int vehicles = problem.VehicleCount;
        double best = double.PositiveInfinity;
        int[] perm = Enumerable.Range(0, n).ToArray();
        foreach (int[] p in Permutations(perm, 0))
        {
            for (int cuts = 0; cuts < 1 << (n - 1); cuts++)
            {
                var routes = new List<List<int>> { new() { p[0] } };
                for (int i = 1; i < n; i++)
                {
                    if ((cuts & (1 << (i - 1))) != 0)
                    {
                        routes.Add(new List<int>());
                    }

                    routes[routes.Count - 1].Add(p[i]);
                }

                if (routes.Count > vehicles)
                {
                    continue;
                }

                // Vehicles of the random instances are identical within a type; with one type, order does not matter.
                var map = new Dictionary<int, IReadOnlyList<int>>();
                for (int r = 0; r < routes.Count; r++)
                {
                    map[r] = routes[r];
                }

                IndependentValidator.Result result = IndependentValidator.Check(problem, map);
                if (result.Feasible && result.Cost < best)
                {
                    best = result.Cost;
                }
            }
        }

        return best;
    }

    private static IEnumerable<int[]> Permutations(int[] items, int k)
    {
        if (k == items.Length)
        {
            yield return (int[])items.Clone();
            yield break;
        }

        for (int i = k; i < items.Length; i++)
        {
            (items[k], items[i]) = (items[i], items[k]);
            foreach (int[] p in Permutations(items, k + 1))
            {
                yield return p;
            }

            (items[k], items[i]) = (items[i], items[k]);
        }
    }

    private sealed class Collect : IProgress<RoutingProgress>
    {
        private readonly List<(int, double)> _costs;

        public Collect(List<(int, double)> costs) => _costs = costs;

        public void Report(RoutingProgress value) => _costs.Add((value.Best.Unassigned.Count(u => !value.Best.Problem.Jobs[u.JobIndex].IsOptional), value.Best.Cost));
    }
}
