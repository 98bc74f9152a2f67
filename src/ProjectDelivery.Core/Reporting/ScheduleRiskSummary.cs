using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Planning.Risk.Simulation;

namespace ProjectDelivery.Reporting;

/// <summary>
/// A report-ready summary of a <see cref="ScheduleRiskResult"/>: headline figures, a percentile table (P10 … P90)
/// and one row per activity with its criticality index and sensitivity. Returned by
/// <see cref="ScheduleRiskResult.ToDump"/> so that LINQPad shows tables instead of the sample arrays.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class ScheduleRiskSummary
{
    /// <summary>The confidence levels of <see cref="Percentiles"/>: 0.1, 0.2, … 0.9, plus 0.95.</summary>
    internal static readonly double[] Levels = { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95 };

    /// <summary>Rebuilds a summary from its figures and rows (JSON reading); the caller has validated them.</summary>
    internal ScheduleRiskSummary(
        int iterations, double deterministicFinish, double meanFinish, double finishStandardDeviation, double probabilityOfDeterministicFinish,
        double deterministicCost, double meanCost, IReadOnlyList<SimulationPercentileRow> percentiles, IReadOnlyList<ActivityRiskRow> activities)
    {
        Iterations = iterations;
        DeterministicFinish = deterministicFinish;
        MeanFinish = meanFinish;
        FinishStandardDeviation = finishStandardDeviation;
        ProbabilityOfDeterministicFinish = probabilityOfDeterministicFinish;
        DeterministicCost = deterministicCost;
        MeanCost = meanCost;
        Percentiles = percentiles;
        Activities = activities;
    }

    private ScheduleRiskSummary(ScheduleRiskResult result)
    {
        Iterations = result.Iterations;
        DeterministicFinish = result.DeterministicFinish;
        MeanFinish = result.Finish.Mean;
        FinishStandardDeviation = result.Finish.StandardDeviation;
        ProbabilityOfDeterministicFinish = result.ProbabilityOfFinishingBy(result.DeterministicFinish);
        DeterministicCost = result.DeterministicCost;
        MeanCost = result.Cost.Mean;
        Percentiles = Levels.Select(p => new SimulationPercentileRow(p, result.Finish.Percentile(p), result.Cost.Percentile(p))).ToArray();
        IReadOnlyDictionary<string, double> criticality = result.Criticality;
        IReadOnlyDictionary<string, double> sensitivity = result.Sensitivity;
        Activities = result.ActivityIds
            .Select(id => new ActivityRiskRow(id, criticality[id], sensitivity.TryGetValue(id, out double s) ? s : null))
            .ToArray();
    }

    /// <summary>Number of iterations.</summary>
    public int Iterations { get; }

    /// <summary>Finish of the deterministic (most likely) schedule.</summary>
    public double DeterministicFinish { get; }

    /// <summary>Mean simulated finish.</summary>
    public double MeanFinish { get; }

    /// <summary>Sample standard deviation of the finish.</summary>
    public double FinishStandardDeviation { get; }

    /// <summary>Probability of finishing no later than the deterministic finish.</summary>
    public double ProbabilityOfDeterministicFinish { get; }

    /// <summary>Cost of the deterministic schedule.</summary>
    public double DeterministicCost { get; }

    /// <summary>Mean simulated cost.</summary>
    public double MeanCost { get; }

    /// <summary>Finish and cost at P10, P20 … P90 and P95.</summary>
    public IReadOnlyList<SimulationPercentileRow> Percentiles { get; }

    /// <summary>One row per activity, in network order.</summary>
    public IReadOnlyList<ActivityRiskRow> Activities { get; }

    /// <summary>Summarises a result.</summary>
    /// <param name="result">The Monte Carlo result.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static ScheduleRiskSummary From(ScheduleRiskResult result) => new(Utility.Preconditions.CheckNotNull(result, nameof(result)));

    /// <summary>Iterations and P50/P80 finish.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Iterations} iterations: P50 {Percentiles[4].Finish:0.###}, P80 {Percentiles[7].Finish:0.###}");
}
