using System;
using System.Linq;
using CsCheck;
using ProjectDelivery.Planning.Risk.Simulation;
using Xunit;

namespace ProjectDelivery.Tests.Planning.Risk.Simulation;

public sealed class OutcomeDistributionTests
{
    [Fact]
    public void Percentile_NearestRank_MatchesBruteForce()
    {
        Gen.Select(Gen.Double[-100, 100].Array[1, 200], Gen.Double[0, 1]).Sample((xs, q) =>
        {
            double[] sorted = xs.OrderBy(x => x).ToArray();
            var d = new OutcomeDistribution(sorted);
            // Brute force: smallest x with share(≤ x) ≥ q.
            double expected = sorted.First(x => sorted.Count(y => y <= x) >= (q * sorted.Length) - 1e-9);
            Assert.Equal(expected, d.Percentile(q));
            Assert.Equal(sorted.Count(y => y <= xs[0]) / (double)xs.Length, d.ProbabilityAtOrBelow(xs[0]), 12);
        }, iter: 2000);
    }

    [Fact]
    public void Histogram_CountsSumToSampleSize_AndCumulativeEndsAtOne()
    {
        Gen.Double[0, 50].Array[1, 300].Sample(xs =>
        {
            var d = new OutcomeDistribution(xs.OrderBy(x => x).ToArray());
            var bins = d.Histogram(12);
            Assert.Equal(xs.Length, bins.Sum(b => b.Count));
            Assert.Equal(1.0, bins[bins.Count - 1].CumulativeProbability, 12);
        }, iter: 1000);
    }

    [Fact]
    public void MeanAndSd_MatchTwoPassFormulas()
    {
        double[] xs = { 1, 2, 3, 4, 10 };
        var d = new OutcomeDistribution(xs);
        Assert.Equal(4.0, d.Mean, 12);
        Assert.Equal(Math.Sqrt(((9 + 4 + 1 + 0 + 36) / 4.0)), d.StandardDeviation, 12);
    }
}
