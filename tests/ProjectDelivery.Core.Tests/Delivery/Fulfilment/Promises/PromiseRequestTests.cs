using System;
using System.Linq;
using CsCheck;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.Promises;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Fulfilment.Promises;

public sealed class PromiseRequestTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    private static readonly Warehouse Leeds = Warehouse.Create("Leeds DC", Weekdays("Leeds", "08:00-18:00", London), new LocalTime(14, 0), ProcessingTime.FromWorkingDays(0));
    private static readonly CarrierService Express = CarrierService.Create("Express", Weekdays("Carrier US", "08:00-20:00", NewYork),
        new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday }, new LocalTime(16, 0), 2, WorkingInterval.Parse("09:00-18:00"));

    private static WorkingCalendar Weekdays(string name, string hours, DateTimeZone zone) =>
        WorkingCalendar.Create(name, WorkWeek.Create(Enumerable.Range(1, 5).ToDictionary(d => (IsoDayOfWeek)d, _ => WorkingDay.Parse(hours))), null, zone);

    [Fact]
    public void Create_DuplicateIds_Throws()
    {
        PromiseOrder order = PromiseOrder.Create("A", Instant.FromUtc(2027, 3, 1, 9, 0), Tokyo, null);

        var ex = Assert.Throws<ArgumentException>(() => PromiseRequest.Create(Leeds, Express, null, new[] { order, order }));

        Assert.Contains("'A' is used twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OrderWithoutZoneAndNoDefault_Throws()
    {
        PromiseOrder order = PromiseOrder.Create("B", Instant.FromUtc(2027, 3, 1, 9, 0), null, null);

        var ex = Assert.Throws<ArgumentException>(() => PromiseRequest.Create(Leeds, Express, null, new[] { order }));

        Assert.Contains("'B'", ex.Message, StringComparison.Ordinal);
        Assert.Same(NewYork, PromiseRequest.Create(Leeds, Express, NewYork, new[] { order }).CustomerZoneOf(order));
    }

    [Fact]
    public void Create_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => PromiseRequest.Create(null!, Express, null, Array.Empty<PromiseOrder>()));
        Assert.Throws<ArgumentNullException>(() => PromiseRequest.Create(Leeds, null!, null, Array.Empty<PromiseOrder>()));
        Assert.Throws<ArgumentNullException>(() => PromiseRequest.Create(Leeds, Express, null, null!));
        Assert.Throws<ArgumentNullException>(() => PromiseRequest.Create(Leeds, Express, null, new PromiseOrder[] { null! }));
        Assert.Throws<ArgumentException>(() => PromiseOrder.Create(string.Empty, Instant.MinValue, null, null));
        Assert.Throws<ArgumentNullException>(() => PromiseOrder.Create(null!, Instant.MinValue, null, null));
    }

    [Fact]
    public void Evaluate_RandomOrders_EqualsTheCalculatorInTheOrdersZone()
    {
        // Oracle: the calculator called directly with the zone each order resolves to.
        var calculator = PromiseDateCalculator.Create(Leeds, Express);
        DateTimeZone[] zones = { London, NewYork, Tokyo };
        Gen.Select(Gen.Long[0, 400L * NodaConstants.TicksPerDay].Array[1, 5], Gen.Int[-1, 2].Array[5], Gen.Int[-1, 2], Gen.Int[-1, 12].Array[5]).Sample((ticks, zone, fallback, wanted) =>
        {
            Instant origin = Instant.FromUtc(2027, 1, 1, 0, 0);
            DateTimeZone defaultZone = zones[fallback < 0 ? 0 : fallback];
            PromiseOrder[] orders = ticks.Select((t, i) => PromiseOrder.Create($"O-{i}", origin + Duration.FromTicks(t), zone[i] < 0 ? null : zones[zone[i]],
                wanted[i] < 0 ? null : (origin + Duration.FromTicks(t)).InUtc().Date.PlusDays(wanted[i]))).ToArray();
            PromiseRequest request = PromiseRequest.Create(Leeds, Express, defaultZone, orders);

            var outcomes = request.Evaluate();

            Assert.Equal(orders.Length, outcomes.Count);
            for (int i = 0; i < orders.Length; i++)
            {
                DateTimeZone expectedZone = orders[i].CustomerZone ?? defaultZone;
                DeliveryPromise expected = calculator.Promise(orders[i].OrderedAt, expectedZone);
                Assert.Equal(orders[i].Id, outcomes[i].Id);
                Assert.Equal((expected.PromisedDate, expected.WindowStart, expected.WindowEnd, expected.PickUpAt), (outcomes[i].Promise.PromisedDate, outcomes[i].Promise.WindowStart, outcomes[i].Promise.WindowEnd, outcomes[i].Promise.PickUpAt));
                Assert.Equal(orders[i].WantedBy, outcomes[i].WantedBy);
                Assert.Equal(orders[i].WantedBy is { } date ? calculator.LatestOrderInstant(date, expectedZone) : null, outcomes[i].LatestOrderAt);
            }
        }, iter: 100);
    }

    [Fact]
    public void Evaluate_CalendarsNeverLineUp_NamesTheOrder()
    {
        CarrierService saturdays = CarrierService.Create("Sat", Express.Calendar, new[] { IsoDayOfWeek.Saturday }, new LocalTime(16, 0), 1, null);
        PromiseRequest request = PromiseRequest.Create(Leeds, saturdays, NewYork, new[] { PromiseOrder.Create("X-9", Instant.FromUtc(2027, 3, 1, 9, 0), null, null) });

        var ex = Assert.Throws<InvalidOperationException>(() => request.Evaluate());

        Assert.StartsWith("Order 'X-9' (order 0): ", ex.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
    }
}
