using System;
using System.Linq;
using CsCheck;
using System.Xml.Linq;
using ProjectDelivery.Charts;
using ProjectDelivery.Planning.Risk.Simulation;
using Xunit;

namespace ProjectDelivery.Tests.Charts;

public sealed class HistogramChartTests
{
    private static OutcomeDistribution OneToHundred() => new(Enumerable.Range(1, 100).Select(i => (double)i).ToArray());

    [Fact]
    public void Render_OneToHundred_MarksP50AndP80AtTheirPlaceOnTheAxis()
    {
        XDocument doc = Svg.Parse(HistogramChart.Render(OneToHundred(), bins: 33));
        XElement area = Assert.Single(Svg.WithClass(doc, "plot-area"));
        double left = Svg.Number(area, "x"), width = Svg.Number(area, "width");

        // Nearest rank: P50 = 50, P80 = 80; the axis spans exactly [1, 100].
        XElement p50 = Assert.Single(Svg.WithClass(doc, "marker p50"));
        XElement p80 = Assert.Single(Svg.WithClass(doc, "marker p80"));
        Assert.Equal("50", p50.Attribute("data-value")!.Value);
        Assert.Equal("80", p80.Attribute("data-value")!.Value);
        Assert.Equal(left + (width * 49 / 99), Svg.Number(p50, "x1"), 1);
        Assert.Equal(left + (width * 79 / 99), Svg.Number(p80, "x1"), 1);
        Assert.Contains(Svg.WithClass(doc, "marker-label p50"), t => t.Value == "P50 = 50");
        Assert.Contains(Svg.WithClass(doc, "marker-label p80"), t => t.Value == "P80 = 80");
    }

    [Fact]
    public void Render_OneToHundred_DrawsEveryBinAndACumulativeCurveFromZeroToOne()
    {
        XDocument doc = Svg.Parse(HistogramChart.Render(OneToHundred(), bins: 10));
        XElement area = Assert.Single(Svg.WithClass(doc, "plot-area"));
        double top = Svg.Number(area, "y"), bottom = top + Svg.Number(area, "height");
        var bins = Svg.WithClass(doc, "bin");
        Assert.Equal(10, bins.Count);

        // Ten equal bins of ten values (the first holds 1..10.9 → 10): equal heights.
        Assert.All(bins, b => Assert.Equal(Svg.Number(bins[0], "height"), Svg.Number(b, "height"), 1));
        (double X, double Y)[] curve = Svg.Points(Assert.Single(Svg.WithClass(doc, "cumulative")));
        Assert.Equal(11, curve.Length);
        Assert.Equal(bottom, curve[0].Y, 1);
        Assert.Equal(top, curve[10].Y, 1);
        Assert.Equal(bottom - ((bottom - top) * 0.5), curve[5].Y, 1);
    }

    [Fact]
    public void Render_EveryOutcomeEqual_IsFiniteWithOneBin()
    {
        XDocument doc = Svg.Parse(HistogramChart.Render(new OutcomeDistribution(new[] { 5.0, 5.0, 5.0 })));
        Assert.Single(Svg.WithClass(doc, "bin"));
        Assert.Equal("5", Assert.Single(Svg.WithClass(doc, "marker p80")).Attribute("data-value")!.Value);
    }

    [Fact]
    public void Render_RandomSamples_MarkersInsideThePlotAtTheirPercentiles()
    {
        Gen.Select(Gen.Double[-1e6, 1e6].Array[1, 200], Gen.Int[1, 60]).Sample((sample, bins) =>
        {
            double[] sorted = sample.OrderBy(v => v).ToArray();
            var distribution = new OutcomeDistribution(sorted);
            XDocument doc = Svg.Parse(HistogramChart.Render(distribution, bins: bins));
            XElement area = Assert.Single(Svg.WithClass(doc, "plot-area"));
            double left = Svg.Number(area, "x"), right = left + Svg.Number(area, "width");
            Assert.Equal(distribution.Histogram(bins).Count, Svg.WithClass(doc, "bin").Count);
            foreach ((string cls, double q) in new[] { ("marker p50", 0.5), ("marker p80", 0.8) })
            {
                XElement marker = Assert.Single(Svg.WithClass(doc, cls));
                double x = Svg.Number(marker, "x1");
                Assert.InRange(x, left - 0.01, right + 0.01);
                if (sorted[sorted.Length - 1] - sorted[0] > 1e-3)
                {
                    double expected = left + ((right - left) * (distribution.Percentile(q) - sorted[0]) / (sorted[sorted.Length - 1] - sorted[0]));
                    Assert.Equal(expected, x, 0.02);
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void Render_OutcomesWithinRoundingNoise_IsFinite()
    {
        XDocument doc = Svg.Parse(HistogramChart.Render(new OutcomeDistribution(new[] { 10.0, 10.000000000000002, 10.000000000000004 })));
        Assert.Single(Svg.WithClass(doc, "marker p50"));
    }

    [Fact]
    public void Render_BinsOutOfRange_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => HistogramChart.Render(OneToHundred(), bins: 0));
        Assert.Equal("bins", ex.ParamName);
    }

    [Fact]
    public void Render_HostileAxisTitle_IsEscaped()
    {
        string svg = HistogramChart.Render(OneToHundred(), new ChartOptions { XAxisTitle = "days </text><script>x</script>", AccentColour = "red\" onload=\"x" });
        XDocument doc = Svg.Parse(svg);
        Assert.Empty(doc.Descendants(Svg.Ns + "script"));
        Assert.DoesNotContain(doc.Descendants(), e => e.Attribute("onload") is not null);
        Assert.Contains(doc.Descendants(Svg.Ns + "text"), t => t.Value == "days </text><script>x</script>");
    }
}
