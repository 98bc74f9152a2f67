using System;
using System.Collections.Generic;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Risk.Simulation;

/// <summary>
/// The simulated distribution of one outcome (project finish or total cost), kept as the exact sorted sample so
/// that percentiles are exact and results of separate runs merge without loss.
/// </summary>
/// <remarks>
/// Percentiles use the nearest-rank definition: P(q) is the smallest sample value x with at least a share q of
/// the samples ≤ x (P(0) is the minimum). The standard deviation is the sample standard deviation (n − 1
/// denominator; 0 for one sample). Immutable.
/// </remarks>
public sealed class OutcomeDistribution
{
    private readonly double[] _sorted;

    internal OutcomeDistribution(double[] sorted)
    {
        _sorted = sorted;
        double sum = 0.0;
        foreach (double x in sorted)
        {
            sum += x;
        }

        Mean = sum / sorted.Length;
        double ss = 0.0;
        foreach (double x in sorted)
        {
            ss += (x - Mean) * (x - Mean);
        }

        StandardDeviation = sorted.Length > 1 ? Math.Sqrt(ss / (sorted.Length - 1)) : 0.0;
    }

    /// <summary>Number of iterations.</summary>
    public int Count => _sorted.Length;

    /// <summary>Sample mean.</summary>
    public double Mean { get; }

    /// <summary>Sample standard deviation.</summary>
    public double StandardDeviation { get; }

    /// <summary>Smallest outcome.</summary>
    public double Minimum => _sorted[0];

    /// <summary>Largest outcome.</summary>
    public double Maximum => _sorted[_sorted.Length - 1];

    /// <summary>The sorted sample, smallest first.</summary>
    public IReadOnlyList<double> SortedSample => _sorted;

    /// <summary>The nearest-rank percentile.</summary>
    /// <param name="probability">Share in [0, 1], e.g. 0.8 for P80.</param>
    /// <returns>The outcome that a share <paramref name="probability"/> of iterations do not exceed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is outside [0, 1].</exception>
    public double Percentile(double probability)
    {
        Preconditions.CheckArgumentRange(nameof(probability), probability, 0.0, 1.0);
        int rank = (int)Math.Ceiling((probability * _sorted.Length) - 1e-9);
        return _sorted[Math.Min(_sorted.Length - 1, Math.Max(0, rank - 1))];
    }

    /// <summary>Share of iterations with an outcome at or below <paramref name="value"/> (e.g. finishing by a target date).</summary>
    /// <param name="value">The target (finite).</param>
    /// <returns>The probability in [0, 1].</returns>
    public double ProbabilityAtOrBelow(double value)
    {
        Preconditions.CheckFinite(nameof(value), value);
        return (double)UpperBound(_sorted, value) / _sorted.Length;
    }

    /// <summary>A histogram with equal-width bins from the minimum to the maximum.</summary>
    /// <param name="bins">Number of bins, 1 to 10,000.</param>
    /// <returns>The bins; a single bin when every outcome is equal.</returns>
    public IReadOnlyList<HistogramBin> Histogram(int bins)
    {
        Preconditions.CheckArgumentRange(nameof(bins), bins, 1, 10_000);
        double min = Minimum;
        double max = Maximum;
        if (max <= min)
        {
            return new[] { new HistogramBin(min, max, _sorted.Length, 1.0) };
        }

        return Histogram(min, max, bins);
    }

    /// <summary>A histogram with equal-width bins on fixed edges (use the same edges to compare or add runs).</summary>
    /// <param name="lower">Lower edge of the first bin.</param>
    /// <param name="upper">Upper edge of the last bin (&gt; lower); outcomes outside fall in the end bins.</param>
    /// <param name="bins">Number of bins, 1 to 10,000.</param>
    /// <returns>The bins.</returns>
    public IReadOnlyList<HistogramBin> Histogram(double lower, double upper, int bins)
    {
        Preconditions.CheckFinite(nameof(lower), lower);
        Preconditions.CheckFinite(nameof(upper), upper);
        Preconditions.CheckArgument(upper > lower, nameof(upper), FormattableString.Invariant($"Histogram upper edge {upper} must exceed lower edge {lower}."));
        Preconditions.CheckArgumentRange(nameof(bins), bins, 1, 10_000);
        var result = new HistogramBin[bins];
        double width = (upper - lower) / bins;
        int previous = 0;
        for (int b = 0; b < bins; b++)
        {
            double hi = b == bins - 1 ? upper : lower + ((b + 1) * width);
            int end = b == bins - 1 ? _sorted.Length : UpperBound(_sorted, hi);
            result[b] = new HistogramBin(lower + (b * width), hi, end - previous, (double)end / _sorted.Length);
            previous = end;
        }

        return result;
    }

    /// <summary>The cumulative (S-) curve at the given number of evenly spaced probabilities: (P(q), q) for q = 1/points … 1.</summary>
    /// <param name="points">Number of points, 1 to 10,000.</param>
    /// <returns>Pairs of outcome and cumulative probability.</returns>
    public IReadOnlyList<KeyValuePair<double, double>> CumulativeCurve(int points)
    {
        Preconditions.CheckArgumentRange(nameof(points), points, 1, 10_000);
        var curve = new KeyValuePair<double, double>[points];
        for (int k = 1; k <= points; k++)
        {
            double q = (double)k / points;
            curve[k - 1] = new KeyValuePair<double, double>(Percentile(q), q);
        }

        return curve;
    }

    internal static OutcomeDistribution Merge(OutcomeDistribution a, OutcomeDistribution b)
    {
        var merged = new double[a._sorted.Length + b._sorted.Length];
        int i = 0, j = 0, k = 0;
        while (i < a._sorted.Length && j < b._sorted.Length)
        {
            merged[k++] = a._sorted[i] <= b._sorted[j] ? a._sorted[i++] : b._sorted[j++];
        }

        while (i < a._sorted.Length)
        {
            merged[k++] = a._sorted[i++];
        }

        while (j < b._sorted.Length)
        {
            merged[k++] = b._sorted[j++];
        }

        return new OutcomeDistribution(merged);
    }

    /// <summary>Number of elements ≤ value in a sorted array.</summary>
    private static int UpperBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
