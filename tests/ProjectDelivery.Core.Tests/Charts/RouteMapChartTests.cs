using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProjectDelivery.Charts;
using Xunit;

namespace ProjectDelivery.Tests.Charts;

public sealed class RouteMapChartTests
{
    private static RouteMap ThreeRoutes(string firstName = "Van 1") => new(
        new[]
        {
            new MapPoint(0, 0, "Depot"), new MapPoint(10, 0, "a"), new MapPoint(10, 5, "b"), new MapPoint(0, 5, "c"),
            new MapPoint(-10, 0, "d"), new MapPoint(-10, -5, "e"), new MapPoint(5, -5, "f"), new MapPoint(20, 20, "unvisited"),
        },
        new[] { 0 },
        new[] { new MapRoute(firstName, new[] { 0, 1, 2, 0 }), new MapRoute("Van 2", new[] { 0, 3, 4, 5, 0 }), new MapRoute("Van 3", new[] { 0, 6, 0 }) });

    [Fact]
    public void Render_ThreeRoutes_OnePolylinePerRouteInDistinctColours()
    {
        RouteMap map = ThreeRoutes();
        XDocument doc = Svg.Parse(RouteMapChart.Render(map));
        List<XElement> routes = Svg.WithClass(doc, "route");
        Assert.Equal(3, routes.Count);
        Assert.Equal(new[] { "Van 1", "Van 2", "Van 3" }, routes.Select(r => r.Attribute("data-route")!.Value));
        Assert.Equal(3, routes.Select(r => r.Attribute("stroke")!.Value).Distinct().Count());
        Assert.Equal(map.Routes.Select(r => r.Stops.Count), routes.Select(r => Svg.Points(r).Length));
        Assert.Single(Svg.WithClass(doc, "depot"));
        Assert.Equal(6, Svg.WithClass(doc, "stop").Count);
        Assert.Single(Svg.WithClass(doc, "stop unrouted"));
    }

    [Fact]
    public void Render_ThreeRoutes_KeepsEqualScalesAndPutsNorthUp()
    {
        XDocument doc = Svg.Parse(RouteMapChart.Render(ThreeRoutes()));
        (double X, double Y)[] first = Svg.Points(Svg.WithClass(doc, "route")[0]); // (0,0) → (10,0) → (10,5)
        double dx = first[1].X - first[0].X;
        double dy = first[2].Y - first[1].Y;
        Assert.True(dx > 0);
        Assert.Equal(-0.5, dy / dx, 3);
        Assert.Equal(first[0].Y, first[1].Y, 3);
    }

    [Fact]
    public void Render_ManyRoutes_AllColoursDistinct()
    {
        var points = new List<MapPoint> { new(0, 0) };
        var routes = new List<MapRoute>();
        for (int r = 0; r < 40; r++)
        {
            points.Add(new MapPoint(Math.Cos(r), Math.Sin(r)));
            routes.Add(new MapRoute("R" + r, new[] { 0, r + 1, 0 }));
        }

        XDocument doc = Svg.Parse(RouteMapChart.Render(new RouteMap(points, new[] { 0 }, routes)));
        Assert.Equal(40, Svg.WithClass(doc, "route").Select(r => r.Attribute("stroke")!.Value).Distinct().Count());
    }

    [Fact]
    public void Render_HostileRouteName_IsEscaped()
    {
        XDocument doc = Svg.Parse(RouteMapChart.Render(ThreeRoutes("<script>&amp;\"'")));
        Assert.Empty(doc.Descendants(Svg.Ns + "script"));
        Assert.Equal("<script>&amp;\"'", Svg.WithClass(doc, "route")[0].Attribute("data-route")!.Value);
    }

    [Fact]
    public void Render_AllPointsTogether_StaysFinite()
    {
        var map = new RouteMap(new[] { new MapPoint(3, 3), new MapPoint(3, 3) }, new[] { 0 }, new[] { new MapRoute("only", new[] { 0, 1, 0 }) });
        XDocument doc = Svg.Parse(RouteMapChart.Render(map, new ChartOptions { Width = 200, Height = 150 }));
        Assert.Single(Svg.WithClass(doc, "route"));
    }

    [Fact]
    public void Create_BadIndicesOrCoordinates_ThrowNamingTheItem()
    {
        var points = new[] { new MapPoint(0, 0), new MapPoint(1, 1) };
        var ex = Assert.Throws<ArgumentException>(() => new RouteMap(points, new[] { 0 }, new[] { new MapRoute("Van 9", new[] { 0, 2 }) }));
        Assert.Contains("Van 9", ex.Message);
        Assert.Contains("point 2", ex.Message);
        Assert.Throws<ArgumentException>(() => new RouteMap(points, new[] { 5 }, Array.Empty<MapRoute>()));
        Assert.Throws<ArgumentException>(() => new RouteMap(points, new[] { 0, 0 }, Array.Empty<MapRoute>()));
        Assert.Throws<ArgumentException>(() => new RouteMap(new[] { new MapPoint(double.NaN, 0) }, Array.Empty<int>(), Array.Empty<MapRoute>()));
        Assert.Throws<ArgumentException>(() => new RouteMap(Array.Empty<MapPoint>(), Array.Empty<int>(), Array.Empty<MapRoute>()));
    }
}
