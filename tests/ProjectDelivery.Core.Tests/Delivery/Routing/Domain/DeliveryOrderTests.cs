using System;
using System.Linq;
using NodaTime;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Domain;
using ProjectDelivery.Delivery.Routing.Model;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing.Domain;

public sealed class DeliveryOrderTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    private static ZonedDateTime At(int hour, int minute = 0) => Berlin.AtStrictly(new LocalDateTime(2026, 3, 10, hour, minute));

    private static Interval Between(ZonedDateTime from, ZonedDateTime to) => new(from.ToInstant(), to.ToInstant());

    private static readonly GeoPoint Depot = new(52.5200, 13.4050);

    private static DeliveryVehicle[] Vehicles => new[] { new DeliveryVehicle("van", Depot, Depot, Between(At(8), At(18)), new double[] { 10 }) };

    [Fact]
    public void ToProblem_SeveralWindowsLatenessAndPriority_MapsToSecondsFromTheFirstShift()
    {
        DeliveryOrder order = DeliveryOrder.Between("o1", new GeoPoint(52.53, 13.38), At(9), At(10), Duration.FromMinutes(5), new double[] { 1 }) with
        {
            Windows = new[] { Between(At(9), At(10)), Between(At(14), At(15, 30)) },
            LatenessCostPerHour = 36,
            Priority = 4,
        };

        Job job = DeliveryPlanner.ToProblem(new[] { order }, Vehicles, 8).Jobs.Single();

        Assert.Equal(new[] { new TimeWindow(3600, 7200), new TimeWindow(6 * 3600, (7 * 3600) + 1800) }, job.TimeWindows);
        Assert.Equal(0.01, job.LatenessCost, 12);
        Assert.Equal(4, job.Priority);
    }

    [Fact]
    public void Plan_SecondWindowOnly_StartsInItAndReportsNoLateness()
    {
        // The first window closes before the shift starts; the second is the one to make.
        DeliveryOrder order = DeliveryOrder.Between("o1", new GeoPoint(52.53, 13.38), At(6), At(7), Duration.FromMinutes(5), new double[] { 1 }) with
        {
            Windows = new[] { Between(At(6), At(7)), Between(At(13), At(14)) },
        };

        DeliveryPlan plan = DeliveryPlanner.Plan(new[] { order }, Vehicles, 8, new RoutingSolverOptions { TimeLimit = null, MaxIterations = 50 }, TestContext.Current.CancellationToken);

        PlannedStop stop = plan.Routes.Single().Stops.Single();
        Assert.True(stop.ServiceStart >= At(13).ToInstant() && stop.ServiceStart <= At(14).ToInstant(), stop.ToString());
        Assert.Equal(Duration.Zero, stop.Lateness);
    }

    [Fact]
    public void Plan_SoftWindowMissed_ServesLateAndReportsLateness()
    {
        // Window closes at 08:00 sharp, the shift starts at 08:00 and the address is a few minutes away.
        DeliveryOrder order = DeliveryOrder.Between("o1", new GeoPoint(52.53, 13.38), At(7), At(8), Duration.FromMinutes(5), new double[] { 1 }) with
        {
            LatenessCostPerHour = 60,
        };

        DeliveryPlan plan = DeliveryPlanner.Plan(new[] { order }, Vehicles, 8, new RoutingSolverOptions { TimeLimit = null, MaxIterations = 50 }, TestContext.Current.CancellationToken);

        PlannedStop stop = plan.Routes.Single().Stops.Single();
        Assert.True(stop.Lateness > Duration.Zero);
        Assert.Equal(At(8).ToInstant() + stop.Lateness, stop.ServiceStart);
        Assert.Equal(stop.Lateness.TotalHours * 60, plan.Solution.LatenessCost, 6);
    }

    [Fact]
    public void Init_InvalidValues_ThrowNamingTheOrder()
    {
        DeliveryOrder order = DeliveryOrder.Between("bad-order", Depot, At(9), At(10), Duration.Zero, new double[] { 1 });
        Assert.Contains("bad-order", Assert.Throws<ArgumentOutOfRangeException>(() => order with { Priority = -1 }).Message);
        Assert.Contains("bad-order", Assert.Throws<ArgumentOutOfRangeException>(() => order with { LatenessCostPerHour = double.NaN }).Message);
        Assert.Contains("bad-order", Assert.Throws<ArgumentException>(() => order with { Windows = Array.Empty<Interval>() }).Message);
        DeliveryOrder overlapping = order with { Windows = new[] { Between(At(9), At(11)), Between(At(10), At(12)) } };
        Assert.Contains("bad-order", Assert.Throws<ArgumentException>(() => DeliveryPlanner.ToProblem(new[] { overlapping }, Vehicles, 8)).Message);
    }
}
