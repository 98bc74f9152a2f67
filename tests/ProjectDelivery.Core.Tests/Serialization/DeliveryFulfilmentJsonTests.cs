using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CsCheck;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.Promises;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using ProjectDelivery.Serialization;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

public sealed class DeliveryFulfilmentJsonTests
{
    private static readonly Instant Origin = Instant.FromUtc(2027, 3, 1, 0, 0);
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static readonly WorkingCalendar Office = Weekdays("Office", "09:00-12:00,13:00-17:30", London, new LocalDate(2027, 4, 2));

    private static readonly Gen<(SlaEvent[] Events, Instant AsOf, long GoalTicks, bool Business)> Timelines =
        Gen.Select(Gen.Long[0, 20L * 24 * 3600 * NodaConstants.TicksPerSecond], Gen.Long[1, 3L * 24 * 3600 * NodaConstants.TicksPerSecond].Array[0, 6],
                Gen.Int[0, 7], Gen.Long[0, 40L * 24 * 3600 * NodaConstants.TicksPerSecond], Gen.Long[1, 50L * 3600 * NodaConstants.TicksPerSecond], Gen.Bool)
            .Select((start, gaps, stopAfter, asOf, goal, business) =>
            {
                var events = new List<SlaEvent> { SlaEvent.Start(Origin + Duration.FromTicks(start)) };
                Instant t = events[0].At;
                bool running = true;
                for (int i = 0; i < gaps.Length; i++)
                {
                    t += Duration.FromTicks(gaps[i]);
                    if (i == stopAfter)
                    {
                        events.Add(SlaEvent.Stop(t));
                        break;
                    }

                    events.Add(running ? SlaEvent.Pause(t) : SlaEvent.Resume(t));
                    running = !running;
                }

                return (events.ToArray(), Origin + Duration.FromTicks(asOf), goal, business);
            });

    private static T RoundTrip<T>(T value) => ProjectDeliveryJson.Deserialize<T>(ProjectDeliveryJson.Serialize(value));

    private static WorkingCalendar Weekdays(string name, string hours, DateTimeZone zone, params LocalDate[] holidays) =>
        WorkingCalendar.Create(
            name,
            WorkWeek.Create(Enumerable.Range(1, 5).ToDictionary(d => (IsoDayOfWeek)d, _ => WorkingDay.Parse(hours))),
            holidays.Select(h => CalendarException.Holiday(h)),
            zone);

    [Fact]
    public void SlaStatus_RandomTimelines_RoundTripExactly()
    {
        Timelines.Sample(sample =>
        {
            SlaClock clock = SlaClock.Create(sample.Business ? Office : WorkingCalendar.Continuous, Duration.FromTicks(sample.GoalTicks));
            SlaStatus status = clock.Evaluate(sample.Events.AsSpan(), sample.AsOf);

            Assert.Equal(status, RoundTrip(status));
            SlaTicketStatus ticket = SlaTicketStatus.From("T-1", status);
            Assert.Equal(ticket, RoundTrip(ticket));
            Assert.Equal(sample.Events, RoundTrip(SlaEventLog.Create(new[] { sample.Events, Array.Empty<SlaEvent>() })).GetTimeline(0).ToArray());
        }, iter: 1000);
    }

    [Fact]
    public void SlaStatusAndTicket_SmallExample_GoldenJson()
    {
        SlaClock clock = SlaClock.Create(WorkingCalendar.Continuous, Duration.FromHours(8));
        SlaEvent[] events = { SlaEvent.Start(Origin), SlaEvent.Pause(Origin + Duration.FromHours(2)), SlaEvent.Resume(Origin + Duration.FromHours(3)) };
        SlaStatus status = clock.Evaluate(events.AsSpan(), Origin + Duration.FromHours(5) + Duration.FromMilliseconds(500));

        string json = ProjectDeliveryJson.Serialize(status);

        Assert.Equal(
            """{"state":"running","elapsedSeconds":14400.5,"remainingSeconds":14399.5,"breachAt":"2027-03-01T09:00:00Z","atRisk":false,"goalSeconds":28800,"cycle":1,"cycleStartedAt":"2027-03-01T00:00:00Z","timePausedSeconds":3600}""",
            json);
        Assert.Equal(status, ProjectDeliveryJson.Deserialize<SlaStatus>(json));
        Assert.Equal(
            """{"id":"T-1","state":"running","elapsedSeconds":14400.5,"remainingSeconds":14399.5,"breachAt":"2027-03-01T09:00:00Z","atRisk":false}""",
            ProjectDeliveryJson.Serialize(SlaTicketStatus.From("T-1", status)));
    }

    [Fact]
    public void SlaStatus_WithoutGoal_DerivesItFromRemaining()
    {
        const string json = """{"state":"met","elapsedSeconds":100,"remainingSeconds":50,"breachAt":null,"atRisk":false,"cycle":1,"cycleStartedAt":"2027-03-01T00:00:00Z"}""";

        SlaStatus status = ProjectDeliveryJson.Deserialize<SlaStatus>(json);

        Assert.Equal(Duration.FromSeconds(150), status.Goal);
        Assert.Equal(SlaState.Met, status.State);
    }

    [Theory]
    [InlineData("""{"state":"sleeping","elapsedSeconds":1,"goalSeconds":2}""")]
    [InlineData("""{"state":"running","goalSeconds":2}""")]
    [InlineData("""{"state":"running","elapsedSeconds":"NaN","goalSeconds":2}""")]
    [InlineData("""{"state":"running","elapsedSeconds":1e300,"goalSeconds":2}""")]
    [InlineData("""{"state":"running","elapsedSeconds":1}""")]
    public void SlaStatus_Malformed_JsonException(string json)
    {
        Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<SlaStatus>(json));
    }

    [Fact]
    public void SlaStatus_CycleWithoutStart_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<SlaStatus>("""{"state":"running","elapsedSeconds":1,"goalSeconds":2,"cycle":1}"""));
    }

    [Theory]
    [InlineData("""{"state":"running","elapsedSeconds":1,"remainingSeconds":2}""")]
    [InlineData("""{"id":"","state":"running","elapsedSeconds":1,"remainingSeconds":2}""")]
    [InlineData("""{"id":"T","state":"running","elapsedSeconds":1}""")]
    public void SlaTicketStatus_Malformed_JsonException(string json)
    {
        Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<SlaTicketStatus>(json));
    }

    [Fact]
    public void SlaEventAndSubject_GoldenJson()
    {
        Assert.Equal("""{"at":"2027-03-01T10:00:00Z","type":"pause"}""", ProjectDeliveryJson.Serialize(SlaEvent.Pause(Origin + Duration.FromHours(10))));
        Assert.Equal(SlaEvent.Resume(Origin), ProjectDeliveryJson.Deserialize<SlaEvent>("""{"type":"resume","at":"2027-03-01T00:00:00Z"}"""));
        var subject = new SlaSubject("T-7", "P1", new Dictionary<string, string> { ["customer"] = "ACME" });
        Assert.Equal("""{"id":"T-7","priority":"P1","attributes":{"customer":"ACME"}}""", ProjectDeliveryJson.Serialize(subject));
        SlaSubject back = RoundTrip(subject);
        Assert.Equal((subject.Id, subject.Priority), (back.Id, back.Priority));
        Assert.Equal(subject.Attributes, back.Attributes);
    }

    [Fact]
    public void OrderPromise_RandomOrders_RoundTrip()
    {
        PromiseDateCalculator calculator = Calculator();
        Gen.Select(Gen.Long[0, 200L * 24 * 3600 * NodaConstants.TicksPerSecond], Gen.Int[0, 2], Gen.Int[-3, 20]).Sample((ticks, zone, wantedDays) =>
        {
            Instant orderedAt = Origin + Duration.FromTicks(ticks);
            DateTimeZone customer = new[] { NewYork, London, DateTimeZoneProviders.Tzdb["Asia/Tokyo"] }[zone];
            DeliveryPromise promise = calculator.Promise(orderedAt, customer);
            LocalDate wanted = orderedAt.InZone(customer).Date.PlusDays(wantedDays);
            var order = new OrderPromise("O-1", promise, wantedDays < 0 ? null : wanted, wantedDays < 0 ? null : calculator.LatestOrderInstant(wanted, customer));

            string json = ProjectDeliveryJson.Serialize(order);
            OrderPromise back = ProjectDeliveryJson.Deserialize<OrderPromise>(json);

            AssertSamePromise(promise, back.Promise);
            AssertSamePromise(promise, RoundTrip(promise));
            Assert.Equal((order.Id, order.WantedBy, order.LatestOrderAt), (back.Id, back.WantedBy, back.LatestOrderAt));
            Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
        }, iter: 300);
    }

    [Fact]
    public void OrderPromise_WantedButUnreachable_WritesNullLatestOrder()
    {
        DeliveryPromise promise = Calculator().Promise(Instant.FromUtc(2027, 3, 31, 12, 59), NewYork);

        string json = ProjectDeliveryJson.Serialize(new OrderPromise("O-1", promise, new LocalDate(2027, 3, 1), null));

        Assert.StartsWith(
            """{"id":"O-1","orderedAt":"2027-03-31T12:59:00Z","promisedDate":"2027-04-02","windowStart":"2027-04-02T09:00:00-04:00","windowEnd":"2027-04-02T18:00:00-04:00","customerZone":"America/New_York","releaseDate":"2027-03-31","readyDate":"2027-03-31","readyAt":null,"pickUpAt":"2027-03-31T15:00:00Z","deliveryDate":"2027-04-02","wantedBy":"2027-03-01","latestOrderAt":null,"steps":[{"step":"order","at":"2027-03-31T12:59:00Z","explanation":""",
            json);
        Assert.DoesNotContain("wantedBy", ProjectDeliveryJson.Serialize(new OrderPromise("O-1", promise, null, null)), StringComparison.Ordinal);
        Assert.Null(ProjectDeliveryJson.Deserialize<OrderPromise>(json).LatestOrderAt);
    }

    [Fact]
    public void DeliveryPromise_UnknownZone_JsonException()
    {
        string json = ProjectDeliveryJson.Serialize(Calculator().Promise(Instant.FromUtc(2027, 3, 31, 12, 59), NewYork)).Replace("America/New_York", "Mars/Olympus", StringComparison.Ordinal);

        JsonException ex = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<DeliveryPromise>(json));

        Assert.Contains("Mars/Olympus", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessingTime_BothForms_GoldenJson()
    {
        Assert.Equal("""{"workingDays":2}""", ProjectDeliveryJson.Serialize(ProcessingTime.FromWorkingDays(2)));
        Assert.Equal("""{"workingTime":"4:30:00"}""", ProjectDeliveryJson.Serialize(ProcessingTime.FromWorkingTime(Duration.FromMinutes(270))));
        Assert.Equal(ProcessingTime.FromWorkingTime(Duration.FromHours(4)), RoundTrip(ProcessingTime.FromWorkingTime(Duration.FromHours(4))));
        Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ProcessingTime>("""{"workingDays":1,"workingTime":"1:00:00"}"""));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProjectDeliveryJson.Deserialize<ProcessingTime>("""{"workingDays":400}"""));
    }

    private static PromiseDateCalculator Calculator() =>
        PromiseDateCalculator.Create(
            Warehouse.Create("Leeds DC", Weekdays("Leeds", "08:00-18:00", London, new LocalDate(2027, 4, 2), new LocalDate(2027, 4, 5)), new LocalTime(14, 0), ProcessingTime.FromWorkingDays(0)),
            CarrierService.Create("Express", Weekdays("Carrier US", "08:00-20:00", NewYork), new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday },
                new LocalTime(16, 0), 2, WorkingInterval.Parse("09:00-18:00")));

    private static void AssertSamePromise(DeliveryPromise expected, DeliveryPromise actual)
    {
        Assert.Equal((expected.OrderedAt, expected.ReleaseDate, expected.ReadyDate, expected.ReadyAt, expected.PickUpAt, expected.DeliveryDate, expected.PromisedDate),
            (actual.OrderedAt, actual.ReleaseDate, actual.ReadyDate, actual.ReadyAt, actual.PickUpAt, actual.DeliveryDate, actual.PromisedDate));
        Assert.Equal(expected.WindowStart, actual.WindowStart);
        Assert.Equal(expected.WindowEnd, actual.WindowEnd);
        Assert.Equal(expected.Steps.Select(s => (s.Name, s.At, s.Explanation)), actual.Steps.Select(s => (s.Name, s.At, s.Explanation)));
    }
}
