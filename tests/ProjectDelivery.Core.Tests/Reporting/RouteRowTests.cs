using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ProjectDelivery.Delivery.Routing.Domain;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using ProjectDelivery.Reporting;
using Xunit;

namespace ProjectDelivery.Tests.Reporting;

public sealed class RouteRowTests
{
    /// <summary>A line of customers at x = 1 … 4 with windows; one depot at 0; two vehicles; one job unreachable in time.</summary>
    private static RoutingSolution Plan()
    {
        var network = TravelNetwork.FromPlanarCoordinates(new double[] { 0, 1, 2, 3, 4, 50 }, new double[] { 0, 0, 0, 0, 0, 0 });
        var jobs = new[]
        {
            new Job("a", 1, new double[] { 2, 1 }, serviceTime: 1),
            new Job("b", 2, new double[] { 3, 0 }, serviceTime: 1, readyTime: 10),
            new Job("c", 3, new double[] { 1, 1 }, serviceTime: 1),
            new Job("d", 4, new double[] { 1, 0 }, serviceTime: 1),
            new Job("far", 5, new double[] { 1, 0 }, dueTime: 10, penalty: 100),
        };
        var fleet = new[] { new VehicleType("van", 2, new double[] { 10, 5 }, 0, 0) };
        var problem = new RoutingProblem(network, jobs, fleet);
        return RoutingSolution.FromRoutes(problem, new Dictionary<int, IReadOnlyList<int>> { [0] = new[] { 0, 1 }, [1] = new[] { 3, 2 } });
    }

    [Fact]
    public void RouteStopRows_Plan_CopyEveryStopInRouteOrder()
    {
        RoutingSolution plan = Plan();
        IReadOnlyList<RouteStopRow> rows = RouteStopRow.From(plan);
        Stop[] stops = plan.Routes.SelectMany(r => r.Stops).ToArray();
        Assert.Equal(stops.Select(s => s.JobId), rows.Select(r => r.JobId));
        Assert.Equal(new[] { 1, 2, 1, 2 }, rows.Select(r => r.Sequence));
        Assert.Equal(stops.Select(s => (s.Arrival, s.Waiting, s.ServiceStart, s.Departure)), rows.Select(r => (r.Arrival, r.Waiting, r.ServiceStart, r.Departure)));
        Assert.Equal(10.0, rows[1].ServiceStart); // b opens at 10
        Assert.Equal(rows[1].ServiceStart - rows[1].Arrival, rows[1].Waiting, 9);
        Assert.Equal(new[] { "2;1", "5;1", "1;0", "2;1" }, rows.Select(r => r.Load));
        Assert.All(rows, r => Assert.Equal("van", r.VehicleType));
    }

    [Fact]
    public void RouteRows_Plan_CopyTotalsSequenceAndFinalLoad()
    {
        RoutingSolution plan = Plan();
        IReadOnlyList<RouteRow> rows = RouteRow.From(plan);
        Assert.Equal(plan.Routes.Select(r => (r.VehicleIndex, r.Departure, r.Arrival, r.Distance, r.Duration, r.Cost)),
            rows.Select(r => (r.VehicleIndex, r.Departure, r.Arrival, r.Distance, r.Duration, r.Cost)));
        Assert.Equal(new[] { "a > b", "d > c" }, rows.Select(r => r.Sequence));
        Assert.Equal(new[] { 2, 2 }, rows.Select(r => r.StopCount));
        Assert.Equal(new[] { "5;1", "2;1" }, rows.Select(r => r.Load));
        Assert.Equal(new[] { 4.0, 8.0 }, rows.Select(r => r.Distance)); // out and back along the line
    }

    [Fact]
    public void ToDump_RoutingSolution_ReturnsTheSummary()
    {
        RoutingSolution plan = Plan();
        RoutingSummary summary = Assert.IsType<RoutingSummary>(plan.ToDump());
        Assert.Equal((plan.Cost, plan.Distance, plan.Duration, plan.Penalty, plan.VehiclesUsed), (summary.Cost, summary.Distance, summary.Duration, summary.Penalty, summary.VehiclesUsed));
        Assert.Equal(2, summary.Routes.Count);
        Assert.Equal(4, summary.Stops.Count);
        UnassignedJobRow far = Assert.Single(summary.Unassigned);
        Assert.Equal(("far", plan.Unassigned[0].Reason.ToString()), (far.JobId, far.Reason));
        Assert.Equal(1, summary.UnassignedCount);
        Assert.Equal(100.0, summary.Penalty);
    }

    [Fact]
    public void DeliveryStopRows_Plan_AreTheSolutionStopsInUtc()
    {
        RoutingSolution solution = Plan();
        Instant origin = Instant.FromUtc(2027, 3, 1, 8, 0);
        DeliveryPlan plan = DeliveryPlanner.FromSolution(solution, origin);
        var rows = Assert.IsAssignableFrom<IReadOnlyList<DeliveryStopRow>>(plan.ToDump());
        Assert.Equal(new[] { "a", "b", "d", "c" }, rows.Select(r => r.OrderId));
        Assert.Equal(new[] { 1, 2, 1, 2 }, rows.Select(r => r.Sequence));
        PlannedStop[] stops = plan.Routes.SelectMany(r => r.Stops).ToArray();
        Assert.Equal(stops.Select(s => s.Arrival.ToDateTimeUtc()), rows.Select(r => r.ArrivalUtc));
        Assert.Equal(stops.Select(s => s.Departure.ToDateTimeUtc()), rows.Select(r => r.DepartureUtc));
        Assert.Equal(stops.Select(s => s.Waiting.TotalMinutes), rows.Select(r => r.WaitingMinutes));
        Assert.All(rows, r => Assert.Equal(DateTimeKind.Utc, r.ServiceStartUtc.Kind));
        Assert.Equal(plan.Routes.SelectMany(r => r.Stops.Select(_ => r.VehicleId)), rows.Select(r => r.VehicleId));
    }

    [Fact]
    public void From_NullSolution_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => RouteRow.From(null!));
        Assert.Throws<ArgumentNullException>(() => RouteStopRow.From(null!));
        Assert.Throws<ArgumentNullException>(() => RoutingSummary.From(null!));
        Assert.Throws<ArgumentNullException>(() => DeliveryStopRow.From(null!));
    }
}
