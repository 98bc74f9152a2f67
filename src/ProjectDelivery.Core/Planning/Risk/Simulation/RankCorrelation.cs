using System;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Risk.Simulation;

/// <summary>A target rank (Spearman) correlation between the durations of two activities.</summary>
public sealed class RankCorrelation
{
    private RankCorrelation(string first, string second, double coefficient)
    {
        FirstActivityId = first;
        SecondActivityId = second;
        Coefficient = coefficient;
    }

    /// <summary>First activity.</summary>
    public string FirstActivityId { get; }

    /// <summary>Second activity.</summary>
    public string SecondActivityId { get; }

    /// <summary>Target rank correlation in [−1, 1].</summary>
    public double Coefficient { get; }

    /// <summary>Creates a correlation.</summary>
    /// <param name="firstActivityId">First activity.</param>
    /// <param name="secondActivityId">Second activity (different from the first).</param>
    /// <param name="coefficient">Target rank correlation in [−1, 1].</param>
    /// <returns>The correlation.</returns>
    public static RankCorrelation Create(string firstActivityId, string secondActivityId, double coefficient)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(firstActivityId), nameof(firstActivityId), "A correlation needs two activity ids.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(secondActivityId), nameof(secondActivityId), "A correlation needs two activity ids.");
        Preconditions.CheckArgument(!string.Equals(firstActivityId, secondActivityId, StringComparison.Ordinal), nameof(secondActivityId), $"Activity '{firstActivityId}' cannot be correlated with itself.");
        Preconditions.CheckArgumentRange(nameof(coefficient), coefficient, -1.0, 1.0);
        return new RankCorrelation(firstActivityId, secondActivityId, coefficient);
    }
}
