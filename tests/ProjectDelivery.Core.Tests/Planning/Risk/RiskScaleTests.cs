using System;
using ProjectDelivery.Planning.Risk;
using Xunit;

namespace ProjectDelivery.Tests.Planning.Risk;

public sealed class RiskScaleTests
{
    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(0.0999, 1)]
    [InlineData(0.1, 2)]
    [InlineData(0.3, 3)]
    [InlineData(0.69, 4)]
    [InlineData(0.7, 5)]
    [InlineData(1.0, 5)]
    public void DefaultProbability_LevelOf_UsesHalfOpenRanges(double p, int level) =>
        Assert.Equal(level, RiskScale.DefaultProbability.LevelOf(p));

    [Fact]
    public void FivePointImpact_ValuesBeyondTop_MapToTopLevel()
    {
        RiskScale s = RiskScale.FivePointImpact(1, 3, 5, 10);
        Assert.Equal(1, s.LevelOf(0.5));
        Assert.Equal(4, s.LevelOf(9.99));
        Assert.Equal(5, s.LevelOf(1e9));
        Assert.Equal("Very high", s[5].Label);
    }

    [Fact]
    public void LevelOf_AgreesWithLinearScanOverBounds()
    {
        var bounds = new[] { 0.0, 2.0, 4.5, 7.0, 100.0 };
        RiskScale s = RiskScale.FromBounds(bounds);
        for (double x = -1; x <= 120; x += 0.25)
        {
            int expected = 1;
            for (int k = 1; k < bounds.Length - 1; k++)
            {
                if (x >= bounds[k])
                {
                    expected = k + 1;
                }
            }

            Assert.Equal(expected, s.LevelOf(x));
        }
    }

    [Fact]
    public void Create_BoundsNotIncreasing_ThrowsNamingLevel()
    {
        var ex = Assert.Throws<ArgumentException>(() => RiskScale.Create(new[] { "a", "b" }, new[] { 0.0, 1.0, 1.0 }));
        Assert.Contains("level 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LevelOf_NaN_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => RiskScale.DefaultProbability.LevelOf(double.NaN));
}
