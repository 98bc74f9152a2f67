using System;
using ProjectDelivery.Planning.EarnedValue;
using Xunit;

namespace ProjectDelivery.Tests.Planning.EarnedValue;

public sealed class ThresholdBandTests
{
    [Theory]
    [InlineData(1.2, PerformanceStatus.Green)]
    [InlineData(0.95, PerformanceStatus.Green)]
    [InlineData(0.9499, PerformanceStatus.Amber)]
    [InlineData(0.90, PerformanceStatus.Amber)]
    [InlineData(0.8999, PerformanceStatus.Red)]
    public void Classify_DefaultCpiBand_GivesTrafficLight(double value, PerformanceStatus expected)
    {
        Assert.Equal(expected, EarnedValueThresholds.Default.CostPerformanceIndex.Classify(value));
    }

    [Theory]
    [InlineData(1.0, PerformanceStatus.Green)]
    [InlineData(1.05, PerformanceStatus.Green)]
    [InlineData(1.08, PerformanceStatus.Amber)]
    [InlineData(1.2, PerformanceStatus.Red)]
    public void Classify_DefaultTcpiBand_LowerIsBetter(double value, PerformanceStatus expected)
    {
        Assert.Equal(expected, EarnedValueThresholds.Default.ToCompletePerformanceIndex.Classify(value));
    }

    [Fact]
    public void Classify_Undefined_IsUndefined()
    {
        Assert.Equal(PerformanceStatus.Undefined, ThresholdBand.HigherIsBetterFrom(1, 0.5).Classify(null));
    }

    [Fact]
    public void HigherIsBetterFrom_AmberAboveGreen_Throws()
    {
        Assert.Throws<ArgumentException>(() => ThresholdBand.HigherIsBetterFrom(0.9, 0.95));
        Assert.Throws<ArgumentException>(() => ThresholdBand.LowerIsBetterUpTo(1.1, 1.05));
    }

    [Fact]
    public void Analyse_CustomBands_AreApplied()
    {
        var options = new EarnedValueOptions { Thresholds = new EarnedValueThresholds { CostPerformanceIndex = ThresholdBand.HigherIsBetterFrom(0.8, 0.7) } };
        EarnedValueReport r = SingleAccountProject.Analyse(1000, new double[] { 500, 500 }, new double[] { 425 }, new double[] { 500 }, options: options);
        Assert.Equal(PerformanceStatus.Green, r.Total.Status.CostPerformanceStatus);
        Assert.Equal(PerformanceStatus.Red, SingleAccountProject.Analyse(1000, new double[] { 500, 500 }, new double[] { 425 }, new double[] { 500 }).Total.Status.CostPerformanceStatus);
    }

    [Fact]
    public void Analyse_InvalidCompositeWeight_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            SingleAccountProject.Analyse(1000, new double[] { 500, 500 }, new double[] { 425 }, new double[] { 500 }, options: new EarnedValueOptions { CompositeCpiWeight = 1.5 }));
        Assert.Equal("CompositeCpiWeight", ex.ParamName);
    }
}
