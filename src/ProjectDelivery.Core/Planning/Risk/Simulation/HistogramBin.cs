namespace ProjectDelivery.Planning.Risk.Simulation;

/// <summary>One bin of a histogram of simulated outcomes, with the cumulative share up to its upper edge.</summary>
public sealed class HistogramBin
{
    internal HistogramBin(double lower, double upper, long count, double cumulativeProbability)
    {
        Lower = lower;
        Upper = upper;
        Count = count;
        CumulativeProbability = cumulativeProbability;
    }

    /// <summary>Lower edge (inclusive, except that the first bin also starts at the minimum).</summary>
    public double Lower { get; }

    /// <summary>Upper edge (inclusive).</summary>
    public double Upper { get; }

    /// <summary>Number of iterations in (Lower, Upper] (the first bin is [Lower, Upper]).</summary>
    public long Count { get; }

    /// <summary>Share of iterations at or below <see cref="Upper"/>.</summary>
    public double CumulativeProbability { get; }
}
