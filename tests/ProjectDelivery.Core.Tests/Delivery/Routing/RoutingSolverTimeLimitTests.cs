using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CsCheck;
using NodaTime;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing;

/// <summary>The time limit and cancellation hold from the start of the call, construction included.</summary>
public sealed class RoutingSolverTimeLimitTests
{
    private static RoutingProblem RandomTsp(int seed, int jobs)
    {
        var random = new Random(seed);
        var x = new double[jobs + 1];
        var y = new double[jobs + 1];
        for (int i = 0; i <= jobs; i++)
        {
            x[i] = random.Next(0, 100_000);
            y[i] = random.Next(0, 100_000);
        }

        Job[] list = Enumerable.Range(1, jobs).Select(i => new Job(i.ToString(System.Globalization.CultureInfo.InvariantCulture), i)).ToArray();
        return new RoutingProblem(TravelNetwork.FromPlanarCoordinates(x, y, DistanceRounding.NearestInteger), list, new[] { new VehicleType("salesman", 1, null, 0, 0) });
    }

    [Theory]
    [InlineData(RoutingConstruction.Savings)]
    [InlineData(RoutingConstruction.Insertion)]
    [InlineData(RoutingConstruction.SolomonI1)]
    public void Solve_CancelledBeforeConstruction_ReturnsValidPlanServingWhatFits(RoutingConstruction construction)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = RandomInstances.Create(seed, 40, windows: seed % 2 == 0, extras: seed % 3 == 0, vehicles: 40);
            RoutingSolution plan = RoutingSolver.Solve(problem, new RoutingSolverOptions { Construction = construction, Seed = seed }, cancelled.Token);
            IndependentValidator.Result check = IndependentValidator.Check(problem, plan, requireAllServed: false);
            Assert.True(check.Feasible, check.Reason);
            Assert.Equal(0, plan.Statistics.Iterations);

            if (seed % 2 != 0 && seed % 3 != 0)
            {
                // No windows, no skills, every job fits an empty vehicle and there are as many vehicles as jobs: all served.
                Assert.Empty(plan.Unassigned);
            }
        }, iter: 30);
    }

    [Fact]
    public void Solve_CancelledTsp_ServesEveryNodeInOneValidTour()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        RoutingProblem problem = RandomTsp(7, 3000);
        RoutingSolution plan = RoutingSolver.Solve(problem, null, cancelled.Token);
        Assert.Empty(plan.Unassigned);
        VehicleRoute tour = Assert.Single(plan.Routes);
        Assert.Equal(3000, tour.Stops.Select(s => s.JobIndex).Distinct().Count());
        Assert.True(IndependentValidator.Check(problem, plan).Feasible);
    }

    [Fact]
    public void Solve_TwentyThousandNodeTspWithOneSecond_StaysNearTheLimit()
    {
        // Before the limit covered construction this took about 15 s on a shared 2-core machine.
        RoutingProblem problem = RandomTsp(11, 20_000);
        RoutingSolution plan = RoutingSolver.Solve(problem, new RoutingSolverOptions { TimeLimit = Duration.FromSeconds(1) }, TestContext.Current.CancellationToken);
        Assert.Empty(plan.Unassigned);
        Assert.InRange(plan.Statistics.Elapsed.TotalSeconds, 0, 4);
    }

    [Fact]
    public void Solve_TwentyThousandJobsManyUnservable_RecreateStepStopsAtTheLimit()
    {
        // Jobs that fit nowhere are offered to every recreate step; with 6,000 of them one step took about 2.5 s and the
        // time was checked every 8 steps, so a 30 s limit ran 41 s before the recreate step checked the deadline (this test:
        // 13.4 s). On a quiet machine construction ends well before 6 s, so the search runs such steps.
        var random = new Random(5);
        const int n = 20_000;
        var x = new double[n + 1];
        var y = new double[n + 1];
        var jobs = new Job[n];
        x[0] = y[0] = 50_000;
        for (int i = 1; i <= n; i++)
        {
            x[i] = random.Next(0, 100_000);
            y[i] = random.Next(0, 100_000);
            bool unservable = i % 3 == 0;
            double open = unservable ? 0 : random.Next(0, 50_000);
            jobs[i - 1] = new Job($"j{i}", i, new double[] { random.Next(1, 20) }, 10, open, unservable ? 1 : open + 50_000);
        }

        var problem = new RoutingProblem(TravelNetwork.FromPlanarCoordinates(x, y), jobs,
            new[] { new VehicleType("van", 2000, new double[] { 200 }, 0, 0, shiftStart: 0, shiftEnd: 300_000) });
        RoutingSolution plan = RoutingSolver.Solve(problem, new RoutingSolverOptions { TimeLimit = Duration.FromSeconds(6) }, TestContext.Current.CancellationToken);
        Assert.InRange(plan.Unassigned.Count, n / 3, n);
        Assert.InRange(plan.Statistics.Elapsed.TotalSeconds, 0, 9);
    }
}
