using System;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>Options of <see cref="EarnedValueAnalysis"/>; every default is documented here.</summary>
public sealed class EarnedValueOptions
{
    /// <summary>The defaults.</summary>
    public static EarnedValueOptions Default { get; } = new();

    /// <summary>
    /// Which EAC method gives <see cref="EarnedValueMetrics.EstimateAtCompletion"/> (and so ETC, VAC and TCPI to
    /// EAC). Default: <see cref="EstimateAtCompletionMethod.CumulativeCpi"/> (BAC / CPI).
    /// </summary>
    public EstimateAtCompletionMethod PrimaryEstimate { get; init; } = EstimateAtCompletionMethod.CumulativeCpi;

    /// <summary>Weight <c>w</c> of CPI in the composite index <c>w × CPI + (1 − w) × SPI</c>, in [0, 1]. Default 0.8 (the DoD's 0.8 CPI + 0.2 SPI).</summary>
    public double CompositeCpiWeight { get; init; } = 0.8;

    /// <summary>Threshold bands for statuses. Default <see cref="EarnedValueThresholds.Default"/>.</summary>
    public EarnedValueThresholds Thresholds { get; init; } = EarnedValueThresholds.Default;

    internal void Validate()
    {
        Preconditions.CheckArgumentRange(nameof(CompositeCpiWeight), CompositeCpiWeight, 0.0, 1.0);
        Preconditions.CheckArgument(Enum.IsDefined(typeof(EstimateAtCompletionMethod), PrimaryEstimate), nameof(PrimaryEstimate),
            $"Unknown estimate-at-completion method {(int)PrimaryEstimate}.");
        Preconditions.CheckNotNull(Thresholds, nameof(Thresholds));
        Preconditions.CheckNotNull(Thresholds.CostPerformanceIndex, nameof(Thresholds) + "." + nameof(Thresholds.CostPerformanceIndex));
        Preconditions.CheckNotNull(Thresholds.SchedulePerformanceIndex, nameof(Thresholds) + "." + nameof(Thresholds.SchedulePerformanceIndex));
        Preconditions.CheckNotNull(Thresholds.SchedulePerformanceIndexTime, nameof(Thresholds) + "." + nameof(Thresholds.SchedulePerformanceIndexTime));
        Preconditions.CheckNotNull(Thresholds.ToCompletePerformanceIndex, nameof(Thresholds) + "." + nameof(Thresholds.ToCompletePerformanceIndex));
        Preconditions.CheckNotNull(Thresholds.CostVariancePercent, nameof(Thresholds) + "." + nameof(Thresholds.CostVariancePercent));
        Preconditions.CheckNotNull(Thresholds.ScheduleVariancePercent, nameof(Thresholds) + "." + nameof(Thresholds.ScheduleVariancePercent));
    }

    /// <summary>Creates the default options (the same as <see cref="Default"/>).</summary>
    public EarnedValueOptions()
    {
    }

    private EarnedValueOptions(EarnedValueOptions other)
    {
        PrimaryEstimate = other.PrimaryEstimate;
        CompositeCpiWeight = other.CompositeCpiWeight;
        Thresholds = other.Thresholds;
    }

    /// <summary>A copy with <see cref="PrimaryEstimate"/> set: the way to configure the analysis from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="primaryEstimate">The EAC method reported as the estimate at completion.</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="primaryEstimate"/> is not a defined value.</exception>
    public EarnedValueOptions WithPrimaryEstimate(EstimateAtCompletionMethod primaryEstimate)
    {
        if (!Enum.IsDefined(typeof(EstimateAtCompletionMethod), primaryEstimate))
        {
            throw new ArgumentOutOfRangeException(nameof(primaryEstimate), primaryEstimate,
                "The estimate-at-completion method should be one of " + string.Join(", ", Enum.GetNames(typeof(EstimateAtCompletionMethod))) + ".");
        }

        return new EarnedValueOptions(this) { PrimaryEstimate = primaryEstimate };
    }

    /// <summary>A copy with <see cref="CompositeCpiWeight"/> set.</summary>
    /// <param name="compositeCpiWeight">Weight of CPI in the composite index, 0 to 1.</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="compositeCpiWeight"/> is outside [0, 1].</exception>
    public EarnedValueOptions WithCompositeCpiWeight(double compositeCpiWeight)
    {
        Preconditions.CheckArgumentRange(nameof(compositeCpiWeight), compositeCpiWeight, 0.0, 1.0);
        return new EarnedValueOptions(this) { CompositeCpiWeight = compositeCpiWeight };
    }

    /// <summary>A copy with <see cref="Thresholds"/> set.</summary>
    /// <param name="thresholds">Status thresholds of the indices.</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thresholds"/> is null.</exception>
    public EarnedValueOptions WithThresholds(EarnedValueThresholds thresholds) =>
        new(this) { Thresholds = Preconditions.CheckNotNull(thresholds, nameof(thresholds)) };
}
