namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>The threshold bands used to give each reported metric a <see cref="PerformanceStatus"/>.</summary>
/// <remarks>
/// Defaults, common in government EVM practice (e.g. the DCMA/NDIA ±5 % / ±10 % variance thresholds): indices
/// CPI, SPI and SPI(t) green from 0.95, amber from 0.90; TCPI (to BAC) green up to 1.05, amber up to 1.10; CV% and
/// SV% green from −5 %, amber from −10 %. Every band is replaceable.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ProjectDelivery.Serialization.Planning.EarnedValueThresholdsJsonConverter))]
public sealed class EarnedValueThresholds
{
    /// <summary>The default bands.</summary>
    public static EarnedValueThresholds Default { get; } = new();

    /// <summary>Band for the cost performance index. Default: green ≥ 0.95, amber ≥ 0.90.</summary>
    public ThresholdBand CostPerformanceIndex { get; init; } = ThresholdBand.HigherIsBetterFrom(0.95, 0.90);

    /// <summary>Band for the schedule performance index. Default: green ≥ 0.95, amber ≥ 0.90.</summary>
    public ThresholdBand SchedulePerformanceIndex { get; init; } = ThresholdBand.HigherIsBetterFrom(0.95, 0.90);

    /// <summary>Band for the time-based schedule performance index SPI(t). Default: green ≥ 0.95, amber ≥ 0.90.</summary>
    public ThresholdBand SchedulePerformanceIndexTime { get; init; } = ThresholdBand.HigherIsBetterFrom(0.95, 0.90);

    /// <summary>Band for the to-complete performance index to BAC. Default: green ≤ 1.05, amber ≤ 1.10.</summary>
    public ThresholdBand ToCompletePerformanceIndex { get; init; } = ThresholdBand.LowerIsBetterUpTo(1.05, 1.10);

    /// <summary>Band for the cost variance percentage CV% (in percent). Default: green ≥ −5, amber ≥ −10.</summary>
    public ThresholdBand CostVariancePercent { get; init; } = ThresholdBand.HigherIsBetterFrom(-5, -10);

    /// <summary>Band for the schedule variance percentage SV% (in percent). Default: green ≥ −5, amber ≥ −10.</summary>
    public ThresholdBand ScheduleVariancePercent { get; init; } = ThresholdBand.HigherIsBetterFrom(-5, -10);
}
