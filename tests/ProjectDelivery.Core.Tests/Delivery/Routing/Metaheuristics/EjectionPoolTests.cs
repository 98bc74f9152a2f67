using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using CsCheck;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.Metaheuristics;
using ProjectDelivery.Delivery.Routing.Metaheuristics.Stopping;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing.Metaheuristics;

public sealed class EjectionPoolTests
{
    [Fact]
    public void CapacityLowerBound_KnownDemands_IsCeilingOfDemandOverCapacity()
    {
        Assert.Equal(3, EjectionPool.CapacityLowerBound(Singletons(Packing(12, 5, 20), 12))); // 60 / 20
        Assert.Equal(4, EjectionPool.CapacityLowerBound(Singletons(Packing(13, 5, 20), 13))); // 65 / 20 → 3.25
        Assert.Equal(1, EjectionPool.CapacityLowerBound(Singletons(Packing(2, 0, 20), 2))); // no demand: still one route
        Assert.Equal(2, EjectionPool.CapacityLowerBound(Singletons(Packing(13, 5, 20), 8))); // only the served jobs count: 40 / 20
        Assert.Equal(0, EjectionPool.CapacityLowerBound(Singletons(Packing(13, 5, 20), 0)));
    }

    [Fact]
    public void Run_SingletonRoutesThatPackExactly_ReachesTheCapacityLowerBound()
    {
        // Twelve jobs of demand 5, capacity 20, no time windows: three full routes are the minimum (60 / 20).
        RoutingProblem problem = Packing(12, 5, 20);
        SearchState state = Singletons(problem, 12);

        var pool = new EjectionPool(state, new NeighbourLists(problem.Data, 11), new SearchRandom(7));
        var best = new int[problem.Data.VehicleCount][];
        long used = pool.Run(Iterations(20_000), best, 0);

        Assert.Equal(3, pool.LowerBound);
        Assert.Equal(3, state.UsedVehicles);
        Assert.Equal(0, state.UnassignedCount);
        Assert.True(used < 20_000); // stopped at the bound, not by the budget
        IndependentValidator.Result check = IndependentValidator.Check(problem, Map(best));
        Assert.True(check.Feasible, check.Reason);
    }

    [Fact]
    public void Run_RandomInstances_NeverMoreVehiclesNeverFewerJobsAlwaysFeasible()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 15, windows: seed % 3 != 0, extras: seed % 4 == 0, vehicles: 10);
            var state = new SearchState(problem.Data);
            var random = new SearchRandom((ulong)seed);
            var neighbours = new NeighbourLists(problem.Data, 14);
            var search = new StringRemovalSearch(state, neighbours, random);
            search.Construct();
            int startVehicles = state.UsedVehicles;
            int bound = EjectionPool.CapacityLowerBound(state);
            var served = new bool[problem.Jobs.Count];
            for (int j = 0; j < served.Length; j++)
            {
                served[j] = state.RouteOf(j) >= 0;
            }

            var best = new int[problem.Data.VehicleCount][];
            search.MinimiseFleetByEjection(Iterations(300), best);

            Assert.True(state.UsedVehicles <= startVehicles, $"seed {seed}: {state.UsedVehicles} > {startVehicles}");
            Assert.True(state.UsedVehicles >= bound, $"seed {seed}: {state.UsedVehicles} < bound {bound}");
            Assert.True(state.IsFeasible());
            for (int j = 0; j < served.Length; j++)
            {
                Assert.True(!served[j] || state.RouteOf(j) >= 0, $"seed {seed}: job {j} lost");
            }

            IndependentValidator.Result check = IndependentValidator.Check(problem, Map(best), requireAllServed: false);
            Assert.True(check.Feasible, $"seed {seed}: {check.Reason}");
        }, iter: 150);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    [InlineData(24)]
    [InlineData(25)]
    [InlineData(26)]
    public void Solve_VehiclesObjectiveOnTinyInstance_MatchesBruteForceMinimumFleet(int seed)
    {
        RoutingProblem problem = RandomInstances.Create(seed, 7, windows: true, vehicles: 7);
        int minimum = MinimumFleet(problem);
        var options = new RoutingSolverOptions { TimeLimit = null, MaxIterations = 2000, Seed = seed, Objective = RoutingObjective.Vehicles };
        RoutingSolution solution = RoutingSolver.Solve(problem, options, TestContext.Current.CancellationToken);
        IndependentValidator.Result check = IndependentValidator.Check(problem, solution);
        Assert.True(check.Feasible, check.Reason);
        Assert.Equal(minimum, solution.VehiclesUsed);
    }

    [Fact]
    public void Solve_VehiclesObjective_NeverMoreVehiclesThanTheConstructionAndReproducible()
    {
        for (int seed = 1; seed <= 25; seed++)
        {
            RoutingProblem problem = RandomInstances.Create(seed, 25, windows: seed % 2 == 0, vehicles: 12);
            var construction = new RoutingSolverOptions { TimeLimit = null, MaxIterations = 0, Seed = seed, Objective = RoutingObjective.Vehicles };
            var search = new RoutingSolverOptions { TimeLimit = null, MaxIterations = 1500, Seed = seed, Objective = RoutingObjective.Vehicles };
            RoutingSolution first = RoutingSolver.Solve(problem, construction, TestContext.Current.CancellationToken);
            RoutingSolution solved = RoutingSolver.Solve(problem, search, TestContext.Current.CancellationToken);
            RoutingSolution again = RoutingSolver.Solve(problem, search, TestContext.Current.CancellationToken);

            Assert.True(solved.VehiclesUsed <= first.VehiclesUsed, $"seed {seed}: {solved.VehiclesUsed} > {first.VehiclesUsed}");
            Assert.True(solved.Unassigned.Count <= first.Unassigned.Count);
            Assert.True(IndependentValidator.Check(problem, solved, requireAllServed: false).Feasible);
            Assert.Equal(Describe(solved), Describe(again));
        }
    }

    private static SearchBudget Iterations(long count) => new(Stopwatch.StartNew(), double.PositiveInfinity, count, default);

    private static string Describe(RoutingSolution solution) =>
        string.Join("|", solution.ToRouteMap().OrderBy(e => e.Key).Select(e => e.Key + ":" + string.Join(",", e.Value)));

    private static Dictionary<int, IReadOnlyList<int>> Map(int[][] routes)
    {
        var map = new Dictionary<int, IReadOnlyList<int>>();
        for (int v = 0; v < routes.Length; v++)
        {
            if (routes[v] is { Length: > 0 } jobs)
            {
                map[v] = jobs;
            }
        }

        return map;
    }

    /// <summary>State with the first <paramref name="served"/> jobs each on a route of its own.</summary>
    private static SearchState Singletons(RoutingProblem problem, int served)
    {
        var state = new SearchState(problem.Data);
        for (int j = 0; j < served; j++)
        {
            state.Insert(j, j, 0);
        }

        return state;
    }

    /// <summary>Jobs at distinct points, equal demand, one vehicle type with as many vehicles as jobs.</summary>
    private static RoutingProblem Packing(int jobs, double demand, double capacity)
    {
        var x = new List<double> { 0 };
        var y = new List<double> { 0 };
        var list = new List<Job>();
        for (int j = 0; j < jobs; j++)
        {
            x.Add(((j * 37) % 23) + 1);
            y.Add(((j * 17) % 11) - 5);
            list.Add(new Job($"j{j}", j + 1, new[] { demand }));
        }

        var types = new List<VehicleType> { new("van", jobs, new[] { capacity }, 0, null) };
        return new RoutingProblem(TravelNetwork.FromPlanarCoordinates(x, y), list, types);
    }

    /// <summary>Fewest routes serving every job: every order of the jobs, cut into consecutive routes in every way.</summary>
    private static int MinimumFleet(RoutingProblem problem)
    {
        int n = problem.Jobs.Count;
        int best = int.MaxValue;
        foreach (int[] p in Permutations(Enumerable.Range(0, n).ToArray(), 0))
        {
            for (int cuts = 0; cuts < 1 << (n - 1); cuts++)
            {
                int count = 1;
                for (int c = cuts; c != 0; c &= c - 1)
                {
                    count++;
                }

                if (count >= best || count > problem.Data.VehicleCount)
                {
                    continue;
                }

                var routes = new List<List<int>> { new() { p[0] } };
                for (int i = 1; i < n; i++)
                {
                    if ((cuts & (1 << (i - 1))) != 0)
                    {
                        routes.Add(new List<int>());
                    }

                    routes[routes.Count - 1].Add(p[i]);
                }

                var map = new Dictionary<int, IReadOnlyList<int>>();
                for (int r = 0; r < routes.Count; r++)
                {
                    map[r] = routes[r];
                }

                if (IndependentValidator.Check(problem, map).Feasible)
                {
                    best = count;
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
}
