namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>The threshold bands used to give each reported metric a <see cref="PerformanceStatus"/>.</summary>
/// <remarks>
/// Defaults, common in government EVM practice (e.g. the DCMA/NDIA ±5 % / ±10 % variance thresholds): indices
/// CPI, SPI and SPI(t) green from 0.95, amber from 0.90; TCPI (to BAC) green up to 1.05, amber up to 1.10; CV% and
/// SV% green from −5 %, amber from −10 %. Every band is replaceable.
/// </remarks>
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

    /// <summary>Creates the default thresholds (the same as <see cref="Default"/>).</summary>
    public EarnedValueThresholds()
    {
    }

    private EarnedValueThresholds(EarnedValueThresholds other)
    {
        CostPerformanceIndex = other.CostPerformanceIndex;
        SchedulePerformanceIndex = other.SchedulePerformanceIndex;
        SchedulePerformanceIndexTime = other.SchedulePerformanceIndexTime;
        ToCompletePerformanceIndex = other.ToCompletePerformanceIndex;
        CostVariancePercent = other.CostVariancePercent;
        ScheduleVariancePercent = other.ScheduleVariancePercent;
    }

    /// <summary>A copy with <see cref="CostPerformanceIndex"/> set: the way to configure thresholds from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="costPerformanceIndex">The band for this metric.</param>
    /// <returns>A new thresholds object; this one is unchanged.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="costPerformanceIndex"/> is null.</exception>
    public EarnedValueThresholds WithCostPerformanceIndex(ThresholdBand costPerformanceIndex) => new(this) { CostPerformanceIndex = ProjectDelivery.Utility.Preconditions.CheckNotNull(costPerformanceIndex, nameof(costPerformanceIndex)) };

    /// <summary>A copy with <see cref="SchedulePerformanceIndex"/> set: the way to configure thresholds from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="schedulePerformanceIndex">The band for this metric.</param>
    /// <returns>A new thresholds object; this one is unchanged.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="schedulePerformanceIndex"/> is null.</exception>
    public EarnedValueThresholds WithSchedulePerformanceIndex(ThresholdBand schedulePerformanceIndex) => new(this) { SchedulePerformanceIndex = ProjectDelivery.Utility.Preconditions.CheckNotNull(schedulePerformanceIndex, nameof(schedulePerformanceIndex)) };

    /// <summary>A copy with <see cref="SchedulePerformanceIndexTime"/> set: the way to configure thresholds from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="schedulePerformanceIndexTime">The band for this metric.</param>
    /// <returns>A new thresholds object; this one is unchanged.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="schedulePerformanceIndexTime"/> is null.</exception>
    public EarnedValueThresholds WithSchedulePerformanceIndexTime(ThresholdBand schedulePerformanceIndexTime) => new(this) { SchedulePerformanceIndexTime = ProjectDelivery.Utility.Preconditions.CheckNotNull(schedulePerformanceIndexTime, nameof(schedulePerformanceIndexTime)) };

    /// <summary>A copy with <see cref="ToCompletePerformanceIndex"/> set: the way to configure thresholds from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="toCompletePerformanceIndex">The band for this metric.</param>
    /// <returns>A new thresholds object; this one is unchanged.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="toCompletePerformanceIndex"/> is null.</exception>
    public EarnedValueThresholds WithToCompletePerformanceIndex(ThresholdBand toCompletePerformanceIndex) => new(this) { ToCompletePerformanceIndex = ProjectDelivery.Utility.Preconditions.CheckNotNull(toCompletePerformanceIndex, nameof(toCompletePerformanceIndex)) };

    /// <summary>A copy with <see cref="CostVariancePercent"/> set: the way to configure thresholds from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="costVariancePercent">The band for this metric.</param>
    /// <returns>A new thresholds object; this one is unchanged.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="costVariancePercent"/> is null.</exception>
    public EarnedValueThresholds WithCostVariancePercent(ThresholdBand costVariancePercent) => new(this) { CostVariancePercent = ProjectDelivery.Utility.Preconditions.CheckNotNull(costVariancePercent, nameof(costVariancePercent)) };

    /// <summary>A copy with <see cref="ScheduleVariancePercent"/> set: the way to configure thresholds from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="scheduleVariancePercent">The band for this metric.</param>
    /// <returns>A new thresholds object; this one is unchanged.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="scheduleVariancePercent"/> is null.</exception>
    public EarnedValueThresholds WithScheduleVariancePercent(ThresholdBand scheduleVariancePercent) => new(this) { ScheduleVariancePercent = ProjectDelivery.Utility.Preconditions.CheckNotNull(scheduleVariancePercent, nameof(scheduleVariancePercent)) };
}
