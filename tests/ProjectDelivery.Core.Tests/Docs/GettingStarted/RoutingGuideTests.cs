using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using ProjectDelivery.Reporting;
using Xunit;

namespace ProjectDelivery.Tests.Docs.GettingStarted;

/// <summary>Runs the code of docs/getting-started/routing.md word for word (<see cref="GettingStartedGuideTests"/> checks they match).</summary>
public sealed class RoutingGuideTests
{
    [Fact]
    public void Guide_Code_RunsAndGivesTheDocumentedResults()
    {
#pragma warning disable xUnit1051 // the guide shows the plain call, without a cancellation token
        // guide-begin
        var network = TravelNetwork.FromPlanarCoordinates(               // location 0 is the depot
            new double[] { 0, 10, 10, 0, -10, -10, 0 },
            new double[] { 0, 0, 10, 10, 0, -10, -10 });
        var jobs = new[]
        {
            new Job("C1", location: 1, demand: new double[] { 4 }), new Job("C2", location: 2, demand: new double[] { 4 }),
            new Job("C3", location: 3, demand: new double[] { 4 }), new Job("C4", location: 4, demand: new double[] { 4 }),
            new Job("C5", location: 5, demand: new double[] { 4 }), new Job("C6", location: 6, demand: new double[] { 4 }),
        };
        var fleet = new[] { new VehicleType("van", count: 2, capacity: new double[] { 12 }, startLocation: 0, endLocation: 0) };
        var problem = new RoutingProblem(network, jobs, fleet);

        RoutingSolution plan = RoutingSolver.Solve(problem, new RoutingSolverOptions { TimeLimit = null, MaxIterations = 2_000, Seed = 7 });
        int vans = plan.VehiclesUsed;                               // 2: 24 units of demand, 12 per van
        double distance = plan.Distance;                            // 80: each van serves one half of the ring
        IReadOnlyList<RouteStopRow> stops = RouteStopRow.From(plan); // vehicle, sequence, job, arrival, load
        // guide-end
#pragma warning restore xUnit1051
        Assert.Equal(2, vans);
        Assert.Equal(BruteForceOptimum(), distance, 9);
        Assert.Equal(80.0, distance, 9);
        Assert.Equal(6, stops.Count);
        Assert.Equal(new[] { "C1", "C2", "C3", "C4", "C5", "C6" }, stops.Select(s => s.JobId).OrderBy(id => id, StringComparer.Ordinal));
    }

    /// <summary>The shortest total distance over every split of the six customers into two routes of three, every order.</summary>
    private static double BruteForceOptimum()
    {
        double[] x = { 0, 10, 10, 0, -10, -10, 0 };
        double[] y = { 0, 0, 10, 10, 0, -10, -10 };
        double D(int a, int b) => Math.Sqrt(((x[a] - x[b]) * (x[a] - x[b])) + ((y[a] - y[b]) * (y[a] - y[b])));
        double Tour(IReadOnlyList<int> c) => Permutations(c).Min(p => D(0, p[0]) + D(p[0], p[1]) + D(p[1], p[2]) + D(p[2], 0));
        double best = double.PositiveInfinity;
        for (int mask = 0; mask < 64; mask++)
        {
            int[] a = Enumerable.Range(1, 6).Where(i => (mask & (1 << (i - 1))) != 0).ToArray();
            if (a.Length == 3)
            {
                best = Math.Min(best, Tour(a) + Tour(Enumerable.Range(1, 6).Except(a).ToArray()));
            }
        }

        return best;
    }

    private static IEnumerable<int[]> Permutations(IReadOnlyList<int> items) =>
        items.Count <= 1 ? new[] { items.ToArray() }
            : items.SelectMany((item, i) => Permutations(items.Where((_, j) => j != i).ToArray()).Select(rest => new[] { item }.Concat(rest).ToArray()));
}
