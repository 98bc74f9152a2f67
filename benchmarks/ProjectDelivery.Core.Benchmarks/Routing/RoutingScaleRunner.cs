using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using NodaTime;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;

namespace ProjectDelivery.Benchmarks.Routing;

/// <summary>
/// <c>quality --set scale [--time-limit S]</c>: (1) time to the first feasible plan of a random 1,000-customer VRPTW
/// (Solomon R1-like: uniform customers, 100–300 wide windows); (2) a random 10,000-customer CVRP from coordinates for
/// S seconds (default 60), printing the best cost every few seconds and the process's peak memory.
/// </summary>
internal static class RoutingScaleRunner
{
    internal static int Run(double seconds)
    {
        CultureInfo inv = CultureInfo.InvariantCulture;
        RoutingProblem vrptw = RandomVrptw(1000, 42);
        var clock = Stopwatch.StartNew();
        RoutingSolution first = RoutingSolver.Solve(vrptw, new RoutingSolverOptions { TimeLimit = null, MaxIterations = 0 });
        Console.WriteLine(string.Format(inv, "VRPTW 1000 customers: first plan in {0:0.00} s (including problem preprocessing), {1} vehicles, distance {2:0.0}, unassigned {3}",
            clock.Elapsed.TotalSeconds, first.VehiclesUsed, first.Distance, first.Unassigned.Count));

        long before = GC.GetTotalMemory(true);
        RoutingProblem cvrp = RandomCvrp(10_000, 7);
        long afterProblem = GC.GetTotalMemory(true);
        Console.WriteLine(string.Format(inv, "CVRP 10000 customers: problem uses {0:0.0} MB managed (a dense n² double matrix would need {1:0} MB)",
            (afterProblem - before) / 1e6, 10001.0 * 10001 * 8 / 1e6));
        clock.Restart();
        var reports = new List<string>();
        var options = new RoutingSolverOptions
        {
            TimeLimit = Duration.FromSeconds(seconds),
            ProgressInterval = Duration.FromSeconds(Math.Max(1, seconds / 10)),
            Progress = new Reporter(reports, clock),
        };
        RoutingSolution solution = RoutingSolver.Solve(cvrp, options);
        foreach (string line in reports)
        {
            Console.WriteLine(line);
        }

        Console.WriteLine(string.Format(inv, "CVRP 10000: final distance {0:0} with {1} vehicles after {2:0.0} s, {3} iterations, unassigned {4}; peak working set {5:0} MB",
            solution.Distance, solution.VehiclesUsed, solution.Statistics.Elapsed.TotalSeconds, solution.Statistics.Iterations, solution.Unassigned.Count,
            Process.GetCurrentProcess().PeakWorkingSet64 / 1e6));
        return 0;
    }

    private static RoutingProblem RandomVrptw(int n, int seed)
    {
        var random = new Random(seed);
        var x = new List<double> { 250 };
        var y = new List<double> { 250 };
        var jobs = new List<Job>();
        for (int i = 1; i <= n; i++)
        {
            x.Add(random.Next(0, 501));
            y.Add(random.Next(0, 501));
            double ready = random.Next(400, 2200);
            jobs.Add(new Job(i.ToString(CultureInfo.InvariantCulture), i, new double[] { random.Next(1, 41) }, 10, ready, ready + random.Next(100, 301)));
        }

        var fleet = new[] { new VehicleType("truck", 250, new double[] { 200 }, 0, 0, 0, 3000) };
        return new RoutingProblem(TravelNetwork.FromPlanarCoordinates(x, y), jobs, fleet);
    }

    private static RoutingProblem RandomCvrp(int n, int seed)
    {
        var random = new Random(seed);
        var x = new double[n + 1];
        var y = new double[n + 1];
        x[0] = 500;
        y[0] = 500;
        var jobs = new Job[n];
        for (int i = 1; i <= n; i++)
        {
            x[i] = random.Next(0, 1001);
            y[i] = random.Next(0, 1001);
            jobs[i - 1] = new Job(i.ToString(CultureInfo.InvariantCulture), i, new double[] { random.Next(1, 11) });
        }

        var fleet = new[] { new VehicleType("truck", n, new double[] { 100 }, 0, 0) };
        return new RoutingProblem(TravelNetwork.FromPlanarCoordinates(x, y, DistanceRounding.NearestInteger), jobs, fleet);
    }

    private sealed class Reporter : IProgress<RoutingProgress>
    {
        private readonly List<string> _lines;
        private readonly Stopwatch _clock;

        public Reporter(List<string> lines, Stopwatch clock)
        {
            _lines = lines;
            _clock = clock;
        }

        public void Report(RoutingProgress value) =>
            _lines.Add(string.Format(CultureInfo.InvariantCulture, "  t={0,5:0.0}s best distance {1:0} vehicles {2} iterations {3}",
                _clock.Elapsed.TotalSeconds, value.Best.Distance, value.Best.VehiclesUsed, value.Iterations));
    }
}
