using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProjectDelivery.Charts;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using Xunit;

namespace ProjectDelivery.Tests.Charts;

public sealed class RoutingMapsTests
{
    // Depot at location 0; jobs J1..J4 at locations 1..4; two vans, closed routes; one open-route type from depot 5.
    private static RoutingProblem Problem(TravelNetwork network) => new(
        network,
        new[] { new Job("J1", 1), new Job("J2", 2), new Job("J3", 3), new Job("J4", 4) },
        new[] { new VehicleType("van", 2, null, 0, 0), new VehicleType("bike", 1, null, 5, null) });

    private static TravelNetwork Planar() => TravelNetwork.FromPlanarCoordinates(
        new double[] { 0, 10, 10, -10, -10, 0 }, new double[] { 0, 0, 10, 0, -10, 20 });

    [Fact]
    public void FromSolution_ClosedAndOpenRoutes_RunFromDepotThroughStops()
    {
        RoutingProblem problem = Problem(Planar());
        RoutingSolution solution = RoutingSolution.FromRoutes(problem, new Dictionary<int, IReadOnlyList<int>>
        {
            [0] = new[] { 0, 1 },
            [1] = new[] { 2 },
            [2] = new[] { 3 },
        });
        RouteMap map = RoutingMaps.FromSolution(solution);

        Assert.Equal(6, map.Points.Count);
        Assert.Equal(new[] { 0, 5 }, map.Depots);
        Assert.Equal(new[] { "route 1 (van)", "route 2 (van)", "route 3 (bike)" }, map.Routes.Select(r => r.Name));
        Assert.Equal(map.Routes.Select(r => r.Name), RoutingMaps.RouteNames(solution));
        Assert.Equal(new[] { 0, 1, 2, 0 }, map.Routes[0].Stops);
        Assert.Equal(new[] { 0, 3, 0 }, map.Routes[1].Stops);
        Assert.Equal(new[] { 5, 4 }, map.Routes[2].Stops);
        Assert.Equal(new MapPoint(10, 10, "J2"), map.Points[2]);

        XDocument doc = Svg.Parse(RouteMapChart.Render(map));
        Assert.Equal(3, Svg.WithClass(doc, "route").Select(r => r.Attribute("stroke")!.Value).Distinct().Count());
        Assert.Equal(2, Svg.WithClass(doc, "depot").Count);
    }

    [Fact]
    public void FromSolution_GeographicCoordinates_ProjectsLongitudeScaledByLatitude()
    {
        // Two points 1° of longitude apart at 60° N: drawn half as far apart as 1° of latitude.
        var network = TravelNetwork.FromGeographicCoordinates(new double[] { 60, 60, 61, 60, 60, 60 }, new double[] { 10, 11, 10, 10, 10, 10 }, 10);
        RoutingSolution solution = RoutingSolution.FromRoutes(Problem(network), new Dictionary<int, IReadOnlyList<int>>());
        RouteMap map = RoutingMaps.FromSolution(solution);
        double meanLatitude = (60 * 5 + 61) / 6.0 * Math.PI / 180;
        Assert.Equal(Math.Cos(meanLatitude), map.Points[1].X - map.Points[0].X, 9);
        Assert.Equal(1.0, map.Points[2].Y - map.Points[0].Y, 9);
        Assert.Empty(map.Routes);
    }

    [Fact]
    public void FromSolution_MatrixNetwork_ThrowsSayingThereAreNoCoordinates()
    {
        var distance = new double[6, 6];
        RoutingSolution solution = RoutingSolution.FromRoutes(Problem(TravelNetwork.FromMatrices(distance)), new Dictionary<int, IReadOnlyList<int>>());
        var ex = Assert.Throws<ArgumentException>(() => RoutingMaps.FromSolution(solution));
        Assert.Contains("coordinates", ex.Message);
    }
}
