using System;

namespace ProjectDelivery.Reporting;

/// <summary>One confidence level of a Monte Carlo run: the finish and cost that a share of iterations did not exceed.</summary>
/// <remarks>Nearest-rank percentiles, as <see cref="Planning.Risk.Simulation.OutcomeDistribution.Percentile"/>. Immutable.</remarks>
public sealed class SimulationPercentileRow
{
    internal SimulationPercentileRow(double probability, double finish, double cost)
    {
        Probability = probability;
        Label = FormattableString.Invariant($"P{probability * 100:0.##}");
        Finish = finish;
        Cost = cost;
    }

    /// <summary>The confidence level as a label, for example <c>P80</c>.</summary>
    public string Label { get; }

    /// <summary>The confidence level in [0, 1].</summary>
    public double Probability { get; }

    /// <summary>Finish (time units from the start) not exceeded in that share of iterations.</summary>
    public double Finish { get; }

    /// <summary>Total cost not exceeded in that share of iterations.</summary>
    public double Cost { get; }

    /// <summary>Label, finish and cost.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => FormattableString.Invariant($"{Label}: finish {Finish:0.###}, cost {Cost:0.##}");
}
