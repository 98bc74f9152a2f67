using System;
using ProjectDelivery.Planning.Risk;
using Xunit;

namespace ProjectDelivery.Tests.Planning.Risk;

public sealed class ProbabilityImpactMatrixTests
{
    [Fact]
    public void Default_FiveByFive_HasPmbokStyleWeightsAndZones()
    {
        ProbabilityImpactMatrix m = ProbabilityImpactMatrix.Default;
        Assert.Equal(5, m.Size);
        Assert.Equal(new[] { 0.1, 0.3, 0.5, 0.7, 0.9 }, m.ProbabilityWeights, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(new[] { 0.05, 0.1, 0.2, 0.4, 0.8 }, m.ImpactWeights, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(0.9 * 0.8, m.Score(5, 5), 12);
        Assert.Equal(RagZone.Red, m.Zone(5, 5));
        Assert.Equal(RagZone.Green, m.Zone(1, 1));
        Assert.Equal(RagZone.Amber, m.Zone(3, 2)); // 0.5 × 0.1 = 0.05
        Assert.Equal(RagZone.Red, m.Zone(3, 4));   // 0.5 × 0.4 = 0.2
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Create_AnySize_ZonesFollowScoreThresholdsAndAreMonotone(int size)
    {
        ProbabilityImpactMatrix m = ProbabilityImpactMatrix.Create(size);
        for (int p = 1; p <= size; p++)
        {
            for (int i = 1; i <= size; i++)
            {
                double score = m.Score(p, i);
                RagZone expected = score >= m.RedThreshold ? RagZone.Red : score >= m.AmberThreshold ? RagZone.Amber : RagZone.Green;
                Assert.Equal(expected, m.Zone(p, i));
                if (p > 1)
                {
                    Assert.True(m.Zone(p, i) >= m.Zone(p - 1, i));
                }

                if (i > 1)
                {
                    Assert.True(m.Zone(p, i) >= m.Zone(p, i - 1));
                }
            }
        }
    }

    [Fact]
    public void WithZone_OverridesOneCellOnly()
    {
        ProbabilityImpactMatrix m = ProbabilityImpactMatrix.Default.WithZone(1, 5, RagZone.Red);
        Assert.Equal(RagZone.Red, m.Zone(1, 5));
        Assert.Equal(RagZone.Amber, ProbabilityImpactMatrix.Default.Zone(1, 5));
        Assert.Equal(ProbabilityImpactMatrix.Default.Zone(2, 5), m.Zone(2, 5));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(11)]
    public void Create_SizeOutOfRange_Throws(int size) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProbabilityImpactMatrix.Create(size));

    [Fact]
    public void Create_NonIncreasingWeights_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ProbabilityImpactMatrix.Create(new[] { 0.1, 0.5, 0.3 }, new[] { 0.1, 0.2, 0.3 }, 0.05, 0.2));
        Assert.Contains("level 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_LevelOutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProbabilityImpactMatrix.Default.Score(6, 1));
}
