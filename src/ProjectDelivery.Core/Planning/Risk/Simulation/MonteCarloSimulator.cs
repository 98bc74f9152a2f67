using System;
using System.Threading.Tasks;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Risk.Simulation;

/// <summary>
/// Runs Monte Carlo schedule and cost risk analysis on a <see cref="ScheduleRiskModel"/>: each iteration samples
/// every uncertain duration and cost, lets each risk driver occur with its probability, runs the compiled
/// forward and backward critical-path passes and records finish, cost, critical activities and the inputs'
/// ranks.
/// </summary>
/// <remarks>
/// Iterations are cut into blocks of <see cref="MonteCarloOptions.BlockSize"/>; block b draws from a
/// xoshiro256** stream seeded from (seed, b) and writes its outcomes at fixed positions, and block sums are
/// added in block order, so the result is identical for any number of threads. Blocks run in parallel on up
/// to <see cref="MonteCarloOptions.MaxDegreeOfParallelism"/> threads; each thread owns preallocated arrays
/// and an iteration allocates nothing.
/// </remarks>
public static class MonteCarloSimulator
{
    /// <summary>Runs the simulation.</summary>
    /// <param name="model">The compiled model.</param>
    /// <param name="options">Settings (validated here); null for the defaults.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static ScheduleRiskResult Run(ScheduleRiskModel model, MonteCarloOptions? options = null)
    {
        Preconditions.CheckNotNull(model, nameof(model));
        options ??= new MonteCarloOptions();
        options.Validate();
        int iterations = options.Iterations;
        long seed = options.Seed;
        bool sensitivity = options.ComputeSensitivity;
        double tolerance = options.CriticalityTolerance;
        int blocks = (iterations + MonteCarloOptions.BlockSize - 1) / MonteCarloOptions.BlockSize;
        int inputs = model.InputIds.Length;
        var finishes = new double[iterations];
        var costs = new double[iterations];
        var blockSur = new double[blocks][];
        var blockSuu = new double[blocks][];
        var blockSrr = new double[blocks];
        var critical = new long[model.ActivityCount];
        var gate = new object();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Min(options.MaxDegreeOfParallelism, blocks) };
        Parallel.For(
            0,
            blocks,
            parallel,
            () => new SimulationWorker(model, sensitivity, tolerance),
            (b, _, worker) =>
            {
                int start = b * MonteCarloOptions.BlockSize;
                int count = Math.Min(MonteCarloOptions.BlockSize, iterations - start);
                var sur = new double[sensitivity ? inputs : 0];
                var suu = new double[sensitivity ? inputs : 0];
                worker.RunBlock(seed, b, start, count, finishes, costs, sur, suu, out double srr);
                blockSur[b] = sur;
                blockSuu[b] = suu;
                blockSrr[b] = srr;
                return worker;
            },
            worker =>
            {
                lock (gate)
                {
                    for (int i = 0; i < critical.Length; i++)
                    {
                        critical[i] += worker.Critical[i];
                    }
                }
            });

        var totalSur = new double[inputs];
        var totalSuu = new double[inputs];
        double totalSrr = 0.0;
        if (sensitivity)
        {
            for (int b = 0; b < blocks; b++)
            {
                for (int j = 0; j < inputs; j++)
                {
                    totalSur[j] += blockSur[b][j];
                    totalSuu[j] += blockSuu[b][j];
                }

                totalSrr += blockSrr[b];
            }
        }

        var activityIds = new string[model.ActivityCount];
        for (int i = 0; i < activityIds.Length; i++)
        {
            activityIds[i] = model.ActivityIdAt(i);
        }

        return new ScheduleRiskResult(activityIds, model.InputIds, model.UncertainActivities.Length, finishes, costs, critical,
            totalSur, totalSuu, totalSrr, model.DeterministicFinish, model.DeterministicCost, sensitivity);
    }
}
