using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Benchmarks.Planning.Risk;

/// <summary>
/// Monte Carlo schedule risk on a random layered network of n activities with 2 predecessors each
/// (~2n links), triangular durations and n/50 risk drivers: 10,000 iterations per operation.
/// Baseline: the same number of bare forward + backward passes on fixed durations, single-threaded.
/// </summary>
[MemoryDiagnoser]
public class MonteCarloSimulatorBenchmarks
{
    private ScheduleRiskModel _model = null!;
    private CompiledNetwork _compiled = null!;
    private double[] _durations = null!;
    private double[] _es = null!;
    private double[] _ef = null!;
    private double[] _ls = null!;
    private double[] _lf = null!;

    /// <summary>Number of activities.</summary>
    [Params(100, 1000)]
    public int Activities { get; set; }

    /// <summary>Iterations per run.</summary>
    public int Iterations { get; set; } = 10_000;

    [GlobalSetup]
    public void Setup()
    {
        (ProjectNetwork network, ScheduleRiskModel model) = Build(Activities, seed: 1);
        _model = model;
        _compiled = network.Compiled;
        int n = _compiled.ActivityCount;
        _durations = _compiled.NominalDurations.ToArray();
        _es = new double[n];
        _ef = new double[n];
        _ls = new double[n];
        _lf = new double[n];
    }

    /// <summary>Builds the benchmark network and model (also used by the documentation's measurement).</summary>
    public static (ProjectNetwork Network, ScheduleRiskModel Model) Build(int n, int seed)
    {
        var random = new Random(seed);
        var activities = new List<Activity>(n);
        var uncertain = new List<ActivityUncertainty>(n);
        for (int i = 0; i < n; i++)
        {
            var predecessors = new List<Dependency>();
            if (i >= 2)
            {
                int window = Math.Min(i, 40);
                int a = i - 1 - random.Next(window);
                int b;
                do
                {
                    b = i - 1 - random.Next(window);
                }
                while (b == a);
                predecessors.Add(new Dependency("T" + a));
                predecessors.Add(new Dependency("T" + b, random.Next(4) == 0 ? DependencyType.StartToStart : DependencyType.FinishToStart, random.Next(3)));
            }
            else if (i == 1)
            {
                predecessors.Add(new Dependency("T0"));
            }

            double ml = 2 + random.Next(10);
            activities.Add(new Activity("T" + i, ml, predecessors));
            uncertain.Add(ActivityUncertainty.Create("T" + i, UncertainValue.Triangular(ml * 0.8, ml, ml * 1.6), null, 100));
        }

        var drivers = new List<RiskDriver>();
        for (int r = 0; r < n / 50; r++)
        {
            drivers.Add(RiskDriver.Create("R" + r, 0.1 + (0.3 * random.NextDouble()), UncertainValue.Triangular(1, 3, 8), UncertainValue.Uniform(500, 5000),
                new[] { "T" + random.Next(n), "T" + ((r * 37) % n == 0 ? 1 : (r * 37) % n) }.Distinct()));
        }

        ProjectNetwork network = ProjectNetwork.Create(activities);
        return (network, ScheduleRiskModel.Create(network, uncertain, drivers));
    }

    /// <summary>Bare passes, one thread: the floor the simulation adds sampling and bookkeeping to.</summary>
    [Benchmark(Baseline = true)]
    public double PassesOnly()
    {
        double sum = 0;
        for (int t = 0; t < Iterations; t++)
        {
            double finish = _compiled.ForwardPass(_durations, _es, _ef);
            _compiled.BackwardPass(_durations, finish, _ls, _lf);
            sum += finish;
        }

        return sum;
    }

    /// <summary>Full run on all cores: sampling, risks, passes, criticality and sensitivity.</summary>
    [Benchmark]
    [BenchmarkCategory("ci")]
    public double Simulate() =>
        MonteCarloSimulator.Run(_model, new MonteCarloOptions { Iterations = Iterations, Seed = 42 }).Finish.Mean;

    /// <summary>Full run without sensitivity accumulation.</summary>
    [Benchmark]
    public double SimulateWithoutSensitivity() =>
        MonteCarloSimulator.Run(_model, new MonteCarloOptions { Iterations = Iterations, Seed = 42, ComputeSensitivity = false }).Finish.Mean;

    /// <summary>Full run on one thread.</summary>
    [Benchmark]
    public double SimulateSingleThread() =>
        MonteCarloSimulator.Run(_model, new MonteCarloOptions { Iterations = Iterations, Seed = 42, MaxDegreeOfParallelism = 1 }).Finish.Mean;
}
