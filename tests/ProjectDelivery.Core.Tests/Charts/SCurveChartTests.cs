using System;
using System.Linq;
using System.Xml.Linq;
using ProjectDelivery.Charts;
using ProjectDelivery.Planning.EarnedValue;
using ProjectDelivery.Tests.Planning.EarnedValue;
using Xunit;

namespace ProjectDelivery.Tests.Charts;

public sealed class SCurveChartTests
{
    private static SCurve Curve() => SingleAccountProject.Analyse(
        1000, new double[] { 100, 150, 200, 350, 200 }, new double[] { 80, 120, 180 }, new double[] { 90, 150, 200 }).Total.SCurve();

    [Fact]
    public void Render_ThreeReportedPeriods_DrawsEverySeriesUpToTheRightTime()
    {
        SCurve curve = Curve();
        XDocument doc = Svg.Parse(SCurveChart.Render(curve));
        XElement pv = Assert.Single(Svg.WithClass(doc, "series pv"));
        XElement ev = Assert.Single(Svg.WithClass(doc, "series ev"));
        XElement ac = Assert.Single(Svg.WithClass(doc, "series ac"));
        XElement eac = Assert.Single(Svg.WithClass(doc, "series eac"));

        Assert.Equal(curve.Points.Count, Svg.Points(pv).Length);
        Assert.Equal(4, Svg.Points(ev).Length); // times 0..3
        Assert.Equal(4, Svg.Points(ac).Length);
        XElement status = Assert.Single(Svg.WithClass(doc, "marker status"));
        Assert.Equal(Svg.Points(ev).Last().X, Svg.Number(status, "x1"), 1);
        Assert.Equal(Svg.Points(ac).Last(), Svg.Points(eac).First());

        // Cumulative values go up the page: PV ends at BAC, drawn at the BAC marker's height.
        XElement bac = Assert.Single(Svg.WithClass(doc, "marker bac"));
        Assert.Equal(Svg.Number(bac, "y1"), Svg.Points(pv).Last().Y, 1);
        (double X, double Y)[] p = Svg.Points(pv);
        Assert.True(p.Zip(p.Skip(1), (a, b) => b.Y <= a.Y + 1e-9 && b.X > a.X).All(ok => ok));

        // EAC = BAC / CPI = 1000 / (380 / 440).
        Assert.Contains(Svg.WithClass(doc, "marker-label"), t => t.Value.StartsWith("EAC 1,158", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_NothingReported_HasNoEarnedOrActualSeriesAndNoNaN()
    {
        SCurve curve = SingleAccountProject.Analyse(1000, new double[] { 500, 500 }, Array.Empty<double>(), Array.Empty<double>(), calendarPeriods: 2).Total.SCurve();
        XDocument doc = Svg.Parse(SCurveChart.Render(curve, new ChartOptions { Title = "Empty <status>" }));
        Assert.Single(Svg.WithClass(doc, "series pv"));
        Assert.Equal(3, Svg.Points(Svg.WithClass(doc, "series pv")[0]).Length);
        Assert.Contains(doc.Descendants(Svg.Ns + "text"), t => t.Value == "Empty <status>");
    }

    [Fact]
    public void Render_ZeroBudget_StaysFinite()
    {
        SCurve curve = SingleAccountProject.Analyse(0, new double[] { 0, 0 }, new double[] { 0 }, new double[] { 0 }).Total.SCurve();
        Svg.Parse(SCurveChart.Render(curve));
    }
}
