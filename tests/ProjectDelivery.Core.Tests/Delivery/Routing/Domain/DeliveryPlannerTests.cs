using System.Linq;
using NodaTime;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Domain;
using ProjectDelivery.Delivery.Routing.Solutions;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing.Domain;

public sealed class DeliveryPlannerTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    private static ZonedDateTime At(int hour, int minute = 0) => Berlin.AtStrictly(new LocalDateTime(2026, 3, 10, hour, minute));

    [Fact]
    public void Plan_ZonedWindows_StopsInsideWindowsAndShift()
    {
        var depot = new GeoPoint(52.5200, 13.4050);
        var orders = new[]
        {
            DeliveryOrder.Between("o1", new GeoPoint(52.5300, 13.3800), At(9), At(10), Duration.FromMinutes(10), new double[] { 5 }),
            DeliveryOrder.Between("o2", new GeoPoint(52.5000, 13.4500), At(8), At(12), Duration.FromMinutes(5), new double[] { 3 }),
            DeliveryOrder.Between("o3", new GeoPoint(52.5450, 13.4200), At(11), At(11, 30), Duration.FromMinutes(15), new double[] { 2 }),
            DeliveryOrder.Between("too-early", new GeoPoint(52.5100, 13.4000), At(5), At(6), Duration.FromMinutes(5), new double[] { 1 }),
        };
        var shift = new Interval(At(8).ToInstant(), At(16).ToInstant());
        var vehicles = new[] { new DeliveryVehicle("van-1", depot, depot, shift, new double[] { 20 }) { MaxWorkingTime = Duration.FromHours(6) } };

        DeliveryPlan plan = DeliveryPlanner.Plan(orders, vehicles, averageSpeedMetresPerSecond: 8,
            new RoutingSolverOptions { TimeLimit = null, MaxIterations = 500 }, TestContext.Current.CancellationToken);

        PlannedRoute route = Assert.Single(plan.Routes);
        Assert.Equal(new[] { "o2", "o1", "o3" }.OrderBy(x => x), route.Stops.Select(s => s.OrderId).OrderBy(x => x));
        foreach (PlannedStop stop in route.Stops)
        {
            DeliveryOrder order = orders.Single(o => o.Id == stop.OrderId);
            Assert.True(order.Window.Start <= stop.ServiceStart + Duration.FromMilliseconds(1) && stop.ServiceStart <= order.Window.End + Duration.FromMilliseconds(1), stop.ToString());
            // Seconds are converted to instants separately, so allow sub-millisecond rounding.
            Assert.True(System.Math.Abs((stop.Arrival + stop.Waiting - stop.ServiceStart).TotalMilliseconds) < 1);
        }

        Assert.True(shift.Start <= route.Departure && route.Return <= shift.End);
        Assert.True(route.WorkingTime <= Duration.FromHours(6));
        Assert.Equal(UnassignedReason.TimeWindow, Assert.Single(plan.Unplanned).Reason);
        Assert.True(plan.DistanceMetres > 0);
    }

    [Fact]
    public void DeliveryOrder_WindowClosingBeforeOpening_Throws()
    {
        var ex = Assert.Throws<System.ArgumentException>(() =>
            DeliveryOrder.Between("bad", new GeoPoint(0, 0), At(12), At(11), Duration.Zero, new double[] { 1 }));
        Assert.Contains("bad", ex.Message);
    }

    [Fact]
    public void PlanWithShipments_ZonedWindows_PickupBeforeDeliveryOnOneVehicleAndMappedBack()
    {
        var depot = new GeoPoint(52.5200, 13.4050);
        var orders = new[] { DeliveryOrder.Between("o1", new GeoPoint(52.5300, 13.3800), At(9), At(12), Duration.FromMinutes(10), new double[] { 5 }) };
        var shipments = new[]
        {
            new ShipmentOrder("s1", new GeoPoint(52.5450, 13.4200), new Interval(At(9).ToInstant(), At(10).ToInstant()), Duration.FromMinutes(5),
                new GeoPoint(52.5000, 13.4500), new Interval(At(10).ToInstant(), At(13).ToInstant()), Duration.FromMinutes(5), new double[] { 12 }),
            new ShipmentOrder("too-big", new GeoPoint(52.5100, 13.4000), new Interval(At(9).ToInstant(), At(10).ToInstant()), Duration.Zero,
                new GeoPoint(52.5000, 13.4000), new Interval(At(9).ToInstant(), At(13).ToInstant()), Duration.Zero, new double[] { 50 }) { Penalty = 100 },
        };
        var shift = new Interval(At(8).ToInstant(), At(16).ToInstant());
        var vehicles = new[] { new DeliveryVehicle("van-1", depot, depot, shift, new double[] { 20 }) };

        var problem = DeliveryPlanner.ToProblem(orders, shipments, vehicles, 8);
        Assert.Equal(new[] { "o1", "s1/pickup", "s1/delivery", "too-big/pickup", "too-big/delivery" }, problem.Jobs.Select(j => j.Id));
        Assert.Equal(3600, problem.Jobs[1].ReadyTime, 6);
        Assert.Equal(7200, problem.Jobs[1].DueTime, 6);
        Assert.Equal(7200, problem.Jobs[2].ReadyTime, 6);
        Assert.Equal(100, problem.Jobs[3].Penalty);
        Assert.Equal(0, problem.Jobs[4].Penalty);
        Assert.Equal(2, problem.Shipments.Count);

        DeliveryPlan plan = DeliveryPlanner.PlanWithShipments(orders, shipments, vehicles, averageSpeedMetresPerSecond: 8,
            new RoutingSolverOptions { TimeLimit = null, MaxIterations = 300 }, TestContext.Current.CancellationToken);

        PlannedRoute route = Assert.Single(plan.Routes);
        PlannedStop pickup = route.Stops.Single(s => s.Kind == StopKind.ShipmentPickup);
        PlannedStop delivery = route.Stops.Single(s => s.Kind == StopKind.ShipmentDelivery);
        Assert.Equal("s1", pickup.OrderId);
        Assert.Equal("s1", delivery.OrderId);
        Assert.True(pickup.ServiceStart < delivery.ServiceStart);
        Assert.True(shipments[0].PickupWindow.Contains(pickup.ServiceStart) || pickup.ServiceStart == shipments[0].PickupWindow.End);
        Assert.True(shipments[0].DeliveryWindow.Start <= delivery.ServiceStart);
        Assert.Equal(StopKind.Delivery, route.Stops.Single(s => s.OrderId == "o1").Kind);
        Assert.True(route.Stops.All(s => s.OnBoard[0] <= 20));
        Assert.Equal(12, pickup.OnBoard[0] - (route.Stops.TakeWhile(s => s != pickup).Any(s => s.OrderId == "o1") ? 0 : 5));
        UnplannedOrder unplanned = Assert.Single(plan.Unplanned);
        Assert.Equal("too-big", unplanned.OrderId);
        Assert.Equal(UnassignedReason.Capacity, unplanned.Reason);
    }
}
