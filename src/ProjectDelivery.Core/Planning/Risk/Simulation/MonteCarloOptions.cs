using System;
using System.Collections.Generic;

namespace ProjectDelivery.Planning.Risk.Simulation;

/// <summary>Settings of a Monte Carlo run. Defaults are documented on each property.</summary>
public sealed class MonteCarloOptions
{
    /// <summary>Iterations are simulated in blocks of this size; block b always draws from the stream of (seed, b).</summary>
    public const int BlockSize = 1000;

    /// <summary>Number of iterations, 1 to 100,000,000. Default 10,000.</summary>
    public int Iterations { get; set; } = 10_000;

    /// <summary>Seed of the random streams. Default 0. The same seed gives the same result whatever the number of threads.</summary>
    public long Seed { get; set; }

    /// <summary>Most threads to use, 1 to 1,024; default <see cref="Environment.ProcessorCount"/>.</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>An activity is critical in an iteration when its total float is at most this many time units. Default 1e-6.</summary>
    public double CriticalityTolerance { get; set; } = 1e-6;

    /// <summary>Whether to accumulate rank correlations for sensitivity (tornado) output. Default true.</summary>
    public bool ComputeSensitivity { get; set; } = true;

    /// <summary>Checks every setting and reports all problems together.</summary>
    /// <exception cref="ArgumentException">One or more settings are out of range.</exception>
    public void Validate()
    {
        var errors = new List<string>();
        if (Iterations < 1 || Iterations > 100_000_000)
        {
            errors.Add($"Iterations must be in [1, 100000000], got {Iterations}.");
        }

        if (MaxDegreeOfParallelism < 1 || MaxDegreeOfParallelism > 1024)
        {
            errors.Add($"MaxDegreeOfParallelism must be in [1, 1024], got {MaxDegreeOfParallelism}.");
        }

        if (double.IsNaN(CriticalityTolerance) || CriticalityTolerance < 0.0 || double.IsInfinity(CriticalityTolerance))
        {
            errors.Add(FormattableString.Invariant($"CriticalityTolerance must be finite and >= 0, got {CriticalityTolerance}."));
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid Monte Carlo options: " + string.Join(" ", errors), "options");
        }
    }
}
