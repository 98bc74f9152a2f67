using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProjectDelivery.Charts;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
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

    /// <summary>A generated plan: 1,000 customers on a grid around a central depot, 100 vehicles of 10 stops each.</summary>
    private static RoutingSolution LargePlan()
    {
        const int Customers = 1000, Vehicles = 100;
        var x = new double[Customers + 1];
        var y = new double[Customers + 1];
        var jobs = new Job[Customers];
        for (int c = 0; c < Customers; c++)
        {
            x[c + 1] = (c % 40) - 20;
            y[c + 1] = (c / 40) - 12;
            jobs[c] = new Job((c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), c + 1);
        }

        var problem = new RoutingProblem(TravelNetwork.FromPlanarCoordinates(x, y), jobs, new[] { new VehicleType("truck", Vehicles, null, 0, 0) });
        var routes = new Dictionary<int, IReadOnlyList<int>>();
        for (int v = 0; v < Vehicles; v++)
        {
            routes[v] = Enumerable.Range(v * 10, 10).ToArray();
        }

        return RoutingSolution.FromRoutes(problem, routes);
    }

    [Fact]
    public void Render_ThousandCustomersHundredVehicles_LegendAccountsForEveryRouteInsideThePicture()
    {
        RoutingSolution plan = LargePlan();
        XDocument doc = Svg.Parse(RouteMapChart.Render(RoutingMaps.FromSolution(plan)));
        double width = Svg.Number(doc.Root!, "width"), height = Svg.Number(doc.Root!, "height");

        List<XElement> entries = Svg.WithClass(doc, "legend legend-compact");
        Assert.Equal(Enumerable.Range(1, 100).Select(n => n + ": 10"), entries.Select(e => e.Value));
        Assert.Empty(Svg.WithClass(doc, "legend legend-more"));
        Assert.Equal("100 routes, 1000 stops", Assert.Single(Svg.WithClass(doc, "legend legend-summary")).Value);
        foreach (XElement text in doc.Descendants(Svg.Ns + "text").Where(t => t.Attribute("class")!.Value.StartsWith("legend", StringComparison.Ordinal)))
        {
            double tx = Svg.Number(text, "x"), ty = Svg.Number(text, "y");
            Assert.True(tx >= 0 && tx + (text.Value.Length * 6) <= width && ty > 0 && ty <= height, $"legend text '{text.Value}' at ({tx}, {ty}) is outside the {width}×{height} picture");
        }
    }

    [Fact]
    public void Render_ThousandCustomersHundredVehicles_EveryRouteIsLabelledWithItsNumber()
    {
        RoutingSolution plan = LargePlan();
        XDocument doc = Svg.Parse(RouteMapChart.Render(RoutingMaps.FromSolution(plan)));

        List<XElement> labels = Svg.WithClass(doc, "route-label");
        Assert.Equal(RoutingMaps.RouteNames(plan), labels.Select(l => l.Attribute("data-route")!.Value));
        Assert.Equal(Enumerable.Range(1, 100).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), labels.Select(l => l.Value));
        Assert.Equal(labels.Select(l => l.Attribute("data-route")!.Value), Svg.WithClass(doc, "route").Select(r => r.Attribute("data-route")!.Value));
    }

    [Fact]
    public void Render_MoreRoutesThanTheLegendHolds_SaysHowManyAreLeftOut()
    {
        var points = new[] { new MapPoint(0, 0) }.Concat(Enumerable.Range(1, 400).Select(i => new MapPoint(i % 20, i / 20))).ToArray();
        var routes = Enumerable.Range(1, 400).Select(i => new MapRoute("route " + i, new[] { 0, i, 0 }));
        XDocument doc = Svg.Parse(RouteMapChart.Render(new RouteMap(points, new[] { 0 }, routes)));

        int shown = Svg.WithClass(doc, "legend legend-compact").Count;
        Assert.InRange(shown, 10, 399);
        Assert.Equal("… " + (400 - shown) + " more routes", Assert.Single(Svg.WithClass(doc, "legend legend-more")).Value);
    }

    [Fact]
    public void Render_FewRoutes_LegendNamesEachRouteWithItsStops()
    {
        XDocument doc = Svg.Parse(RouteMapChart.Render(ThreeRoutes()));
        Assert.Equal(new[] { "Van 1 (2 stops)", "Van 2 (3 stops)", "Van 3 (1 stops)" },
            Svg.WithClass(doc, "legend").Select(t => t.Value).Where(v => v.StartsWith("Van", StringComparison.Ordinal)));
        Assert.Equal(new[] { "1", "2", "3" }, Svg.WithClass(doc, "route-label").Select(l => l.Value));
    }
}
