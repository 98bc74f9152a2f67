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
/// Iteration-limited runs: a longer run continues a shorter run's trajectory, so its best is never worse; a seed and
/// thread count reproduce the plan; progress reports are monotone and serialised.
/// </summary>
public sealed class RoutingSolverIterationTests
{
    private static readonly Gen<(int Seed, int Short, int Extra, int Construction)> Cases =
        Gen.Select(Gen.Int[1, 1_000_000], Gen.Int[0, 1500], Gen.Int[1, 1500], Gen.Int[0, 2]);

    [Fact]
    public void Solve_MoreIterations_NeverWorseBest()
    {
        Cases.Sample((seed, shortRun, extra, construction) =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 30, windows: seed % 2 == 0, extras: seed % 3 == 0, vehicles: 6);
            RoutingSolution small = Solve(problem, shortRun, seed, (RoutingConstruction)construction, 1);
            RoutingSolution large = Solve(problem, shortRun + extra, seed, (RoutingConstruction)construction, 1);
            Assert.False(RoutingSolver.IsBetter(small, large, RoutingObjective.Cost),
                $"N={shortRun}: cost {small.Cost}, {small.Unassigned.Count} out; M={shortRun + extra}: cost {large.Cost}, {large.Unassigned.Count} out");
            Assert.True(large.Cost <= small.Cost || MandatoryOut(large) < MandatoryOut(small));
        }, iter: 300);
    }

    [Fact]
    public void Solve_MoreIterationsWithVehiclesObjective_NeverWorseBest()
    {
        // The hierarchical objective (fewest vehicles, then cost) adds the fleet-minimisation phase; its budget also follows the problem size,
        // so a longer run still continues the shorter run's trajectory.
        Cases.Sample((seed, shortRun, extra, construction) =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 30, windows: seed % 2 == 0, extras: seed % 3 == 0, vehicles: 6);
            RoutingSolution small = Solve(problem, shortRun, seed, (RoutingConstruction)construction, 1, RoutingObjective.Vehicles);
            RoutingSolution large = Solve(problem, shortRun + extra, seed, (RoutingConstruction)construction, 1, RoutingObjective.Vehicles);
            Assert.False(RoutingSolver.IsBetter(small, large, RoutingObjective.Vehicles),
                $"N={shortRun}: {small.VehiclesUsed} vehicles, cost {small.Cost}, {small.Unassigned.Count} out; M={shortRun + extra}: {large.VehiclesUsed} vehicles, cost {large.Cost}, {large.Unassigned.Count} out");
        }, iter: 300);
    }

    [Fact]
    public void Solve_SameSeed_SamePlan()
    {
        Cases.Sample((seed, shortRun, _, construction) =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 12, windows: seed % 2 == 1, extras: seed % 3 == 0, vehicles: 4);
            RoutingSolution a = Solve(problem, shortRun, seed, (RoutingConstruction)construction, 1 + (seed % 2));
            RoutingSolution b = Solve(problem, shortRun, seed, (RoutingConstruction)construction, 1 + (seed % 2));
            Assert.Equal(Describe(a), Describe(b));
        }, iter: 30);
    }

    [Fact]
    public void Solve_TwoThreads_NeverWorseThanThreadZeroAlone()
    {
        // Thread 0 of a multi-threaded run uses the options' seed, so the winner is at least as good as the 1-thread run.
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 14, windows: seed % 2 == 0, vehicles: 4);
            RoutingSolution one = Solve(problem, 200, seed, RoutingConstruction.Insertion, 1);
            RoutingSolution two = Solve(problem, 200, seed, RoutingConstruction.Insertion, 2);
            Assert.False(RoutingSolver.IsBetter(one, two, RoutingObjective.Cost));
            Assert.True(IndependentValidator.Check(problem, two, requireAllServed: false).Feasible);
        }, iter: 20);
    }

    [Fact]
    public void Solve_ThreeThreadsWithProgress_ReportsSerialisedAndMonotone()
    {
        RoutingProblem problem = RandomInstances.Create(7, 40, windows: true, vehicles: 8);
        var progress = new Recorder();
        RoutingSolution plan = RoutingSolver.Solve(problem, new RoutingSolverOptions
        {
            TimeLimit = null,
            MaxIterations = 3000,
            Seed = 3,
            Threads = 3,
            Progress = progress,
            ProgressInterval = NodaTime.Duration.Zero,
        }, TestContext.Current.CancellationToken);
        Assert.True(progress.Reports.Count >= 2);
        Assert.Equal(0, progress.Overlaps);
        for (int i = 1; i < progress.Reports.Count; i++)
        {
            Assert.False(RoutingSolver.IsBetter(progress.Reports[i - 1].Best, progress.Reports[i].Best, RoutingObjective.Cost), $"report {i} is worse than report {i - 1}");
        }

        Assert.Equal(plan.Cost, progress.Reports[^1].Best.Cost);
        Assert.Equal(1.0, progress.Reports[^1].Fraction);
    }

    [Fact]
    public void Validate_ZeroThreads_Throws()
    {
        RoutingProblem problem = RandomInstances.Create(1, 5, windows: false);
        ArgumentException e = Assert.Throws<ArgumentException>(() => RoutingSolver.Solve(problem, new RoutingSolverOptions { Threads = 0 }, TestContext.Current.CancellationToken));
        Assert.Contains("Threads", e.Message, StringComparison.Ordinal);
    }

    private static RoutingSolution Solve(RoutingProblem problem, long iterations, int seed, RoutingConstruction construction, int threads) =>
        Solve(problem, iterations, seed, construction, threads, RoutingObjective.Cost);

    private static RoutingSolution Solve(RoutingProblem problem, long iterations, int seed, RoutingConstruction construction, int threads, RoutingObjective objective) =>
        RoutingSolver.Solve(
            problem,
            new RoutingSolverOptions { TimeLimit = null, MaxIterations = iterations, Seed = seed, Construction = construction, Threads = threads, Objective = objective },
            TestContext.Current.CancellationToken);

    private static int MandatoryOut(RoutingSolution plan) => plan.Unassigned.Count(u => !plan.Problem.Jobs[u.JobIndex].IsOptional);

    private static string Describe(RoutingSolution plan) =>
        string.Join(" | ", plan.Routes.Select(r => r.VehicleIndex + ":" + string.Join(",", r.Stops.Select(s => s.JobIndex)))) + " cost " + plan.Cost.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class Recorder : IProgress<RoutingProgress>
    {
        private int _inside;

        internal List<RoutingProgress> Reports { get; } = new();

        internal int Overlaps { get; private set; }

        public void Report(RoutingProgress value)
        {
            if (System.Threading.Interlocked.Exchange(ref _inside, 1) == 1)
            {
                Overlaps++;
            }

            Reports.Add(value);
            System.Threading.Thread.Sleep(1);
            System.Threading.Interlocked.Exchange(ref _inside, 0);
        }
    }
}
