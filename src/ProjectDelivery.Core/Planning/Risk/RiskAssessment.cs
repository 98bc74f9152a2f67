using System;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Risk;

/// <summary>
/// A numeric assessment of one risk: the probability that it occurs and the size of its effect on cost and
/// on schedule if it does.
/// </summary>
/// <remarks>
/// Impacts are magnitudes (never negative): for a threat they are a cost increase and a delay, for an
/// opportunity a saving and a gain of time; the sign is applied from <see cref="RiskKind"/> when exposure
/// is computed. The default value is probability 0 and no impact.
/// </remarks>
public readonly struct RiskAssessment : IEquatable<RiskAssessment>
{
    private RiskAssessment(double probability, double costImpact, double scheduleImpact)
    {
        Probability = probability;
        CostImpact = costImpact;
        ScheduleImpact = scheduleImpact;
    }

    /// <summary>Probability of occurrence in [0, 1].</summary>
    public double Probability { get; }

    /// <summary>Cost impact if the risk occurs, in money units (≥ 0).</summary>
    public double CostImpact { get; }

    /// <summary>Schedule impact if the risk occurs, in the schedule's time units (≥ 0).</summary>
    public double ScheduleImpact { get; }

    /// <summary>Expected cost effect, probability × cost impact (unsigned).</summary>
    public double ExpectedCost => Probability * CostImpact;

    /// <summary>Expected schedule effect, probability × schedule impact (unsigned).</summary>
    public double ExpectedDelay => Probability * ScheduleImpact;

    /// <summary>Creates an assessment.</summary>
    /// <param name="probability">Probability of occurrence in [0, 1].</param>
    /// <param name="costImpact">Cost impact (finite, ≥ 0).</param>
    /// <param name="scheduleImpact">Schedule impact (finite, ≥ 0).</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range, NaN or infinite.</exception>
    public static RiskAssessment Create(double probability, double costImpact, double scheduleImpact)
    {
        Preconditions.CheckArgumentRange(nameof(probability), probability, 0.0, 1.0);
        Preconditions.CheckArgumentRange(nameof(costImpact), costImpact, 0.0, double.MaxValue);
        Preconditions.CheckArgumentRange(nameof(scheduleImpact), scheduleImpact, 0.0, double.MaxValue);
        return new RiskAssessment(probability, costImpact, scheduleImpact);
    }

    /// <inheritdoc />
    public bool Equals(RiskAssessment other) =>
        Probability.Equals(other.Probability) && CostImpact.Equals(other.CostImpact) && ScheduleImpact.Equals(other.ScheduleImpact);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RiskAssessment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Probability, CostImpact, ScheduleImpact);

    /// <summary>Equality of all three numbers.</summary>
    /// <param name="left">First assessment.</param>
    /// <param name="right">Second assessment.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RiskAssessment left, RiskAssessment right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">First assessment.</param>
    /// <param name="right">Second assessment.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(RiskAssessment left, RiskAssessment right) => !left.Equals(right);

    /// <summary>Formats as <c>p=0.3 cost=1000 schedule=5</c>.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"p={Probability} cost={CostImpact} schedule={ScheduleImpact}");
}
