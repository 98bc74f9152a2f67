using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing;

/// <summary>
/// <see cref="RoutingSolver"/> on the rich job model (several and soft windows, priorities, workload balancing)
/// against a brute-force oracle that enumerates every served set, every order and every split into routes, priced by
/// the independent validator under the lexicographic objective (mandatory jobs left out, unserved priority, cost).
/// </summary>
public sealed class RoutingSolverRichModelTests
{
    private static RoutingSolverOptions Iterations(long n, int seed = 1) => new() { TimeLimit = null, MaxIterations = n, Seed = seed };

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Solve_SmallRichInstances_ReachBruteForceOptimum(bool priorities, bool balance)
    {
        // Fixed seeds and iteration limits: deterministic, so the count below cannot flake.
        int matched = 0;
        int total = 0;
        var misses = new List<string>();
        for (int seed = 1; seed <= 7; seed++)
        {
            RoutingProblem problem = RandomInstances.CreateRich((seed * 7919) + (priorities ? 1 : 0) + (balance ? 2 : 0), 6, 3, balance, priorities);
            (int, long, double) optimum = BruteForce(problem);
            RoutingSolution solution = RoutingSolver.Solve(problem, Iterations(2500, seed), TestContext.Current.CancellationToken);
            IndependentValidator.Result check = IndependentValidator.Check(problem, solution, requireAllServed: false);
            Assert.True(check.Feasible, check.Reason);
            Assert.Equal(check.Cost, solution.Cost, 1e-4);
            Assert.Equal(check.UnservedPriority, solution.UnservedPriority);
            Assert.Equal(check.LatenessCost, solution.LatenessCost, 1e-6);

            // Never better than the optimum (the oracle is exact), and equal on nearly all instances.
            Assert.True(Compare(check.Key, optimum) >= 0, $"seed {seed}: solver {check.Key} beats brute force {optimum}");
            total++;
            if (Compare(check.Key, optimum) == 0)
            {
                matched++;
            }
            else
            {
                misses.Add($"seed {seed}: {check.Key} vs {optimum}");
            }
        }

        Assert.True(matched >= total - 1, $"{matched}/{total} optimal; " + string.Join("; ", misses));
    }

    [Fact]
    public void Solve_RandomRichInstances_EverySolutionValidAndPricedExactly()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.CreateRich(seed, 10 + (seed % 20), 2 + (seed % 3), balance: seed % 2 == 0, priorities: seed % 3 == 0);
            RoutingSolution solution = RoutingSolver.Solve(problem, Iterations(150, seed), TestContext.Current.CancellationToken);
            IndependentValidator.Result check = IndependentValidator.Check(problem, solution, requireAllServed: false);
            Assert.True(check.Feasible, check.Reason);
            Assert.Equal(check.Cost, solution.Cost, 1e-4);
            Assert.Equal(problem.Jobs.Count, solution.Routes.Sum(r => r.Stops.Count) + solution.Unassigned.Count);
            foreach (Stop stop in solution.Routes.SelectMany(r => r.Stops))
            {
                Job job = problem.Jobs[stop.JobIndex];
                bool inside = job.TimeWindows.Any(w => stop.ServiceStart >= w.Open - 1e-6 && stop.ServiceStart <= w.Close + 1e-6);
                Assert.True(inside || (job.HasSoftWindow && stop.Lateness > 0), $"job {job.Id} starts at {stop.ServiceStart} outside its windows");
                Assert.Equal(Math.Max(0, stop.ServiceStart - job.DueTime), stop.Lateness, 1e-6);
            }
        }, iter: 60);
    }

    [Fact]
    public void Solve_OverConstrainedWithPriorities_ServesTheHighestTotalPriority()
    {
        // One vehicle with room for two of four optional jobs: the two nearest are cheapest, but two far ones carry
        // priorities 2 and 3, and the brute-force oracle (and the solver) must serve those.
        var x = new double[] { 0, 1, -1, 40, -40 };
        var y = new double[] { 0, 0, 0, 0, 0 };
        var network = TravelNetwork.FromPlanarCoordinates(x, y, DistanceRounding.Exact);
        var jobs = new[]
        {
            new Job("near1", 1, new double[] { 1 }, penalty: 1000),
            new Job("near2", 2, new double[] { 1 }, penalty: 1000).WithPriority(1),
            new Job("far1", 3, new double[] { 1 }, penalty: 1).WithPriority(2),
            new Job("far2", 4, new double[] { 1 }, penalty: 1).WithPriority(3),
        };
        var problem = new RoutingProblem(network, jobs, new[] { new VehicleType("van", 1, new double[] { 2 }, 0, 0) });
        (int, long, double) optimum = BruteForce(problem);
        RoutingSolution solution = RoutingSolver.Solve(problem, Iterations(500), TestContext.Current.CancellationToken);
        IndependentValidator.Result check = IndependentValidator.Check(problem, solution, requireAllServed: false);
        Assert.Equal(0, Compare(check.Key, optimum));
        Assert.Equal(new[] { "far1", "far2" }, solution.Routes.Single().Stops.Select(s => s.JobId).OrderBy(id => id));
        Assert.Equal(1, solution.UnservedPriority);

        // The van (capacity 2) is full with the two priority jobs, so the near ones have no room: the fleet is exhausted.
        Assert.All(solution.Unassigned, u => Assert.Equal(UnassignedReason.FleetExhausted, u.Reason));
    }

    [Fact]
    public void Solve_SoftWindow_ServesLateAndChargesLateness()
    {
        // The job's window closes at 5 but the depot is 10 away: a hard window is unreachable, a soft one costs 5 × 2.
        var network = TravelNetwork.FromPlanarCoordinates(new double[] { 0, 10 }, new double[] { 0, 0 }, DistanceRounding.Exact);
        Job hard = new Job("late", 1, null, 0, 0, 5);
        var problem = new RoutingProblem(network, new[] { hard.WithLatenessCost(2) }, new[] { new VehicleType("van", 1, null, 0, 0) });
        RoutingSolution solution = RoutingSolver.Solve(problem, Iterations(50), TestContext.Current.CancellationToken);
        Stop stop = solution.Routes.Single().Stops.Single();
        Assert.Equal(5, stop.Lateness, 9);
        Assert.Equal(10, solution.LatenessCost, 9);
        Assert.Equal(20 + 10, solution.Cost, 9);

        RoutingSolution strict = RoutingSolver.Solve(new RoutingProblem(network, new[] { hard }, new[] { new VehicleType("van", 1, null, 0, 0) }), Iterations(50), TestContext.Current.CancellationToken);
        Assert.Equal(UnassignedReason.TimeWindow, strict.Unassigned.Single().Reason);
    }

    [Fact]
    public void Solve_SeveralWindowsAllUnreachable_ReportsTimeWindow()
    {
        var network = TravelNetwork.FromPlanarCoordinates(new double[] { 0, 10 }, new double[] { 0, 0 }, DistanceRounding.Exact);
        Job job = new Job("gone", 1).WithTimeWindows(new[] { new TimeWindow(0, 3), new TimeWindow(5, 8) });
        Job reachable = new Job("second", 1).WithTimeWindows(new[] { new TimeWindow(0, 3), new TimeWindow(20, 30) });
        var problem = new RoutingProblem(network, new[] { job, reachable }, new[] { new VehicleType("van", 2, null, 0, 0) });
        RoutingSolution solution = RoutingSolver.Solve(problem, Iterations(50), TestContext.Current.CancellationToken);
        Assert.Equal(UnassignedReason.TimeWindow, solution.Unassigned.Single(u => u.JobId == "gone").Reason);
        Stop stop = solution.Routes.Single().Stops.Single();
        Assert.Equal("second", stop.JobId);
        Assert.Equal(20, stop.ServiceStart, 9);

        // The floating start absorbs the wait: leave at 10, arrive at 20, back at 30.
        Assert.Equal(20, solution.Routes.Single().Duration, 9);
    }

    [Fact]
    public void Solve_Balance_ShortensTheLongestRouteAgainstBruteForce()
    {
        // Four jobs on a line: without balancing one vehicle serves all; with a high balance cost two vehicles share.
        var x = new double[] { 0, 10, 11, -10, -11 };
        var network = TravelNetwork.FromPlanarCoordinates(x, new double[5], DistanceRounding.Exact);
        var jobs = Enumerable.Range(1, 4).Select(i => new Job($"j{i}", i)).ToArray();
        var type = new VehicleType("van", 2, null, 0, 0, fixedCost: 1);
        var plain = new RoutingProblem(network, jobs, new[] { type });
        RoutingProblem balanced = plain.WithBalanceCost(5);
        foreach (RoutingProblem problem in new[] { plain, balanced })
        {
            (int, long, double) optimum = BruteForce(problem);
            RoutingSolution solution = RoutingSolver.Solve(problem, Iterations(500), TestContext.Current.CancellationToken);
            IndependentValidator.Result check = IndependentValidator.Check(problem, solution);
            Assert.Equal(optimum.Item3, check.Cost, 1e-6);
            Assert.Equal(check.Cost, solution.Cost, 1e-6);
        }

        Assert.Equal(2, RoutingSolver.Solve(balanced, Iterations(500), TestContext.Current.CancellationToken).VehiclesUsed);
    }

    private static int Compare((int, long, double) a, (int, long, double) b)
    {
        int c = a.Item1.CompareTo(b.Item1);
        if (c != 0)
        {
            return c;
        }

        c = a.Item2.CompareTo(b.Item2);
        if (c != 0)
        {
            return c;
        }

        return Math.Abs(a.Item3 - b.Item3) <= 1e-4 ? 0 : a.Item3.CompareTo(b.Item3);
    }

    /// <summary>Exact lexicographic optimum: every subset of served jobs, every order, every split into at most V routes (one vehicle type).</summary>
    private static (int, long, double) BruteForce(RoutingProblem problem)
    {
        int n = problem.Jobs.Count;
        var best = (int.MaxValue, long.MaxValue, double.PositiveInfinity);
        var subsets = Enumerable.Range(0, 1 << n)
            .Select(mask => (Mask: mask, Missing: Enumerable.Range(0, n).Count(j => (mask >> j & 1) == 0 && !problem.Jobs[j].IsOptional),
                Priority: Enumerable.Range(0, n).Where(j => (mask >> j & 1) == 0).Sum(j => (long)problem.Jobs[j].Priority)))
            .OrderBy(s => s.Missing).ThenBy(s => s.Priority);
        foreach (var subset in subsets)
        {
            if (subset.Missing > best.Item1 || (subset.Missing == best.Item1 && subset.Priority > best.Item2))
            {
                break;
            }

            int[] served = Enumerable.Range(0, n).Where(j => (subset.Mask >> j & 1) == 1).ToArray();
            foreach (Dictionary<int, IReadOnlyList<int>> routes in Splits(served, problem.VehicleCount))
            {
                IndependentValidator.Result result = IndependentValidator.Check(problem, routes, requireAllServed: false);
                if (result.Feasible && Compare(result.Key, best) < 0)
                {
                    best = result.Key;
                }
            }
        }

        return best;
    }

    private static IEnumerable<Dictionary<int, IReadOnlyList<int>>> Splits(int[] jobs, int vehicles)
    {
        if (jobs.Length == 0)
        {
            yield return new Dictionary<int, IReadOnlyList<int>>();
            yield break;
        }

        foreach (int[] p in Permutations(jobs, 0))
        {
            for (int cuts = 0; cuts < 1 << (p.Length - 1); cuts++)
            {
                var routes = new List<List<int>> { new() { p[0] } };
                for (int i = 1; i < p.Length; i++)
                {
                    if ((cuts & (1 << (i - 1))) != 0)
                    {
                        routes.Add(new List<int>());
                    }

                    routes[routes.Count - 1].Add(p[i]);
                }

                if (routes.Count <= vehicles)
                {
                    yield return Enumerable.Range(0, routes.Count).ToDictionary(r => r, r => (IReadOnlyList<int>)routes[r]);
                }
            }
        }
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
