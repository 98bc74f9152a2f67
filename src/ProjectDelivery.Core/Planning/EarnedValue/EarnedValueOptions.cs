using System;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>Options of <see cref="EarnedValueAnalysis"/>; every default is documented here.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(ProjectDelivery.Serialization.Planning.EarnedValueOptionsJsonConverter))]
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
}
