using System;
using MathNet.Numerics.Statistics;
using NodaTime;

namespace ProjectDelivery.Delivery.Fulfilment.Kpis;

/// <summary>Count, mean, median, 90th and 95th percentile of a set of durations; the statistics are null when the set is empty.</summary>
/// <remarks>
/// Percentiles use Math.NET Numerics' <see cref="QuantileDefinition.R7"/> (linear interpolation between order statistics,
/// as Excel's PERCENTILE.INC and R's default): for sorted x₁..xₙ, Q(p) = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋) with h = (n − 1)p + 1.
/// The median is Q(0.5). Computed on seconds, rounded back to ticks. Immutable.
/// </remarks>
public sealed class DurationSummary
{
    internal DurationSummary(int count, Duration? mean, Duration? median, Duration? p90, Duration? p95)
    {
        Count = count;
        Mean = mean;
        Median = median;
        P90 = p90;
        P95 = p95;
    }

    /// <summary>Number of durations.</summary>
    public int Count { get; }

    /// <summary>Arithmetic mean, or null when empty.</summary>
    public Duration? Mean { get; }

    /// <summary>Median, or null when empty.</summary>
    public Duration? Median { get; }

    /// <summary>90th percentile, or null when empty.</summary>
    public Duration? P90 { get; }

    /// <summary>95th percentile, or null when empty.</summary>
    public Duration? P95 { get; }

    /// <summary>Summarises durations given in seconds (the array is sorted in place).</summary>
    internal static DurationSummary FromSeconds(double[] seconds)
    {
        if (seconds.Length == 0)
        {
            return new DurationSummary(0, null, null, null, null);
        }

        Array.Sort(seconds);
        return new DurationSummary(
            seconds.Length,
            FromSeconds(ArrayStatistics.Mean(seconds)),
            FromSeconds(SortedArrayStatistics.QuantileCustom(seconds, 0.5, QuantileDefinition.R7)),
            FromSeconds(SortedArrayStatistics.QuantileCustom(seconds, 0.9, QuantileDefinition.R7)),
            FromSeconds(SortedArrayStatistics.QuantileCustom(seconds, 0.95, QuantileDefinition.R7)));
    }

    /// <summary>A readable form.</summary>
    /// <returns>Count and statistics.</returns>
    public override string ToString() => Count == 0 ? "n/a (0 measured)" : $"n={Count} mean {Mean} median {Median} P90 {P90} P95 {P95}";

    private static Duration FromSeconds(double seconds) => Duration.FromTicks((long)Math.Round(seconds * NodaConstants.TicksPerSecond));
}
