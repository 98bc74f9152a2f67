using System;
using System.Linq;
using CsCheck;
using ProjectDelivery.Planning.Risk.Simulation;
using Xunit;

namespace ProjectDelivery.Tests.Planning.Risk.Simulation;

public sealed class UncertainValueTests
{
    [Fact]
    public void Pert_Mean_IsAPlusFourMPlusBOverSix()
    {
        UncertainValue v = UncertainValue.Pert(2, 4, 9);
        Assert.Equal((2 + 16 + 9) / 6.0, v.Mean, 12);
        // Sample mean of 40,000 draws within 4.5 standard errors.
        var random = new Random(5);
        double mean = Enumerable.Range(0, 40000).Select(_ => v.Sample(random)).Average();
        Assert.InRange(mean, v.Mean - (4.5 * v.StandardDeviation / 200), v.Mean + (4.5 * v.StandardDeviation / 200));
    }

    [Fact]
    public void LogNormal_ParameterisedByOwnMeanAndSd_HasThem()
    {
        UncertainValue v = UncertainValue.LogNormal(10, 4);
        Assert.Equal(10, v.Mean);
        Assert.Equal(4, v.StandardDeviation, 12);
        var random = new Random(11);
        double[] xs = Enumerable.Range(0, 40000).Select(_ => v.Sample(random)).ToArray();
        Assert.InRange(xs.Average(), 10 - (4.5 * 4 / 200.0), 10 + (4.5 * 4 / 200.0));
        Assert.All(xs, x => Assert.True(x > 0));
    }

    [Fact]
    public void Triangular_MomentsMatchClosedForm()
    {
        UncertainValue v = UncertainValue.Triangular(1, 2, 6);
        Assert.Equal(3.0, v.Mean, 12);
        Assert.Equal(((1 + 4 + 36) - 2 - 6 - 12) / 18.0, v.Variance, 12);
    }

    [Fact]
    public void QuantileAndCdf_AreInverse_ForEveryFamily()
    {
        UncertainValue[] values =
        {
            UncertainValue.Triangular(1, 3, 10), UncertainValue.Triangular(0, 0, 5), UncertainValue.Triangular(0, 5, 5), UncertainValue.Pert(2, 4, 9),
            UncertainValue.Uniform(-3, 7), UncertainValue.Normal(10, 2), UncertainValue.LogNormal(5, 2),
        };
        Gen.Double[0.001, 0.999].Sample(u =>
        {
            foreach (UncertainValue v in values)
            {
                Assert.Equal(u, v.CumulativeProbability(v.Quantile(u)), 6);
            }
        }, iter: 2000);
    }

    [Fact]
    public void Degenerate_BecomesFixed()
    {
        Assert.True(UncertainValue.Triangular(4, 4, 4).IsFixed);
        Assert.True(UncertainValue.Normal(4, 0).IsFixed);
        Assert.Equal(4, UncertainValue.Uniform(4, 4).Quantile(0.3));
    }

    [Theory]
    [InlineData(5, 4, 9)]
    [InlineData(2, 10, 9)]
    [InlineData(double.NaN, 4, 9)]
    public void Triangular_Unordered_Throws(double a, double m, double b) =>
        Assert.ThrowsAny<ArgumentException>(() => UncertainValue.Triangular(a, m, b));

    [Fact]
    public void LogNormal_NonPositiveMean_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => UncertainValue.LogNormal(0, 1));

    [Fact]
    public void PointEstimate_IsMostLikelyForThreePointAndMeanOtherwise()
    {
        Assert.Equal(4, UncertainValue.Triangular(2, 4, 9).PointEstimate);
        Assert.Equal(4, UncertainValue.Pert(2, 4, 9).PointEstimate);
        Assert.Equal(10, UncertainValue.Normal(10, 2).PointEstimate);
        Assert.Equal(5, UncertainValue.Uniform(0, 10).PointEstimate);
    }
}
