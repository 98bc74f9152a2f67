using System;
using System.Text.Json;
using CsCheck;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using ProjectDelivery.Serialization;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

/// <summary><see cref="SlaClock"/> in the contract, with the field names of the <c>sla</c> input.</summary>
public sealed class DeliverySlaClockJsonTests
{
    private static readonly Gen<SlaClock> Clocks =
        from calendar in Gen.OneOf(Gen.Const(WorkingCalendar.Continuous), PlanningJsonPropertyTests.Calendars)
        from goal in Gen.OneOf(Gen.Long[1, 36500L * NodaConstants.TicksPerDay], Gen.Int[1, 200].Select(q => q * 15L * NodaConstants.TicksPerMinute))
        from warning in Gen.OneOf(Gen.Double[0, 1], Gen.Const(0.0), Gen.Const(1.0), Gen.Const(SlaClock.DefaultWarningFraction))
        from multiple in Gen.Bool
        select SlaClock.Create(calendar, Duration.FromTicks(goal), warning, multiple);

    [Fact]
    public void SlaClock_GoldenJson()
    {
        WorkingCalendar office = WorkingCalendar.Create("Office", WorkWeek.Standard, new[] { CalendarException.Holiday(new LocalDate(2027, 4, 2)) }, DateTimeZoneProviders.Tzdb["Europe/London"]);

        Assert.Equal("""{"goal":"PT8H","warning":0.75,"multipleCycles":false}""", ProjectDeliveryJson.Serialize(SlaClock.Create(WorkingCalendar.Continuous, Duration.FromHours(8))));
        Assert.Equal(
            """{"calendar":{"name":"Office","zone":"Europe/London","hours":{"Mon":"08:00-12:00,13:00-17:00","Tue":"08:00-12:00,13:00-17:00","Wed":"08:00-12:00,13:00-17:00","Thu":"08:00-12:00,13:00-17:00","Fri":"08:00-12:00,13:00-17:00"},"holidays":["2027-04-02"]},"goal":"P1DT4H30M","warning":0.5,"multipleCycles":true}""",
            ProjectDeliveryJson.Serialize(SlaClock.Create(office, Duration.FromMinutes(28 * 60 + 30), 0.5, multipleCycles: true)));
    }

    [Fact]
    public void SlaClock_SlaInputFields_ReadWithTheirDefaults()
    {
        SlaClock clock = ProjectDeliveryJson.Deserialize<SlaClock>("""{ "goal": "PT4H" }""");

        Assert.Same(WorkingCalendar.Continuous, clock.Calendar);
        Assert.Equal((Duration.FromHours(4), SlaClock.DefaultWarningFraction, false), (clock.Goal, clock.WarningFraction, clock.MultipleCycles));

        SlaClock office = ProjectDeliveryJson.Deserialize<SlaClock>("""{ "calendar": { "zone": "Europe/London", "hours": { "Mon": "09:00-17:00" } }, "goal": "P2D", "warning": 0.9, "multipleCycles": true }""");
        Assert.Equal(("Europe/London", Duration.FromDays(2), 0.9, true), (office.Calendar.Zone!.Id, office.Goal, office.WarningFraction, office.MultipleCycles));
    }

    [Fact]
    public void SlaClock_Random_RoundTrips()
    {
        Clocks.Sample(clock =>
        {
            string json = ProjectDeliveryJson.Serialize(clock);
            SlaClock back = ProjectDeliveryJson.Deserialize<SlaClock>(json);

            Assert.Equal((clock.Goal, clock.WarningFraction, clock.MultipleCycles), (back.Goal, back.WarningFraction, back.MultipleCycles));
            Assert.Equal(ReferenceEquals(clock.Calendar, WorkingCalendar.Continuous), ReferenceEquals(back.Calendar, WorkingCalendar.Continuous));
            Assert.Equal(ProjectDeliveryJson.Serialize(clock.Calendar), ProjectDeliveryJson.Serialize(back.Calendar));
            Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
        }, iter: 1000);
    }

    [Fact]
    public void SlaClock_RoundTrip_EvaluatesTheSame()
    {
        // Each random calendar builds its working-time tables on first use, so fewer cases than the round trip above.
        Instant start = Instant.FromUtc(2027, 1, 4, 7, 0);
        SlaEvent[] events = { SlaEvent.Start(start), SlaEvent.Pause(start + Duration.FromHours(30)), SlaEvent.Resume(start + Duration.FromDays(3)) };
        Clocks.Sample(clock =>
        {
            SlaClock back = ProjectDeliveryJson.Deserialize<SlaClock>(ProjectDeliveryJson.Serialize(clock));

            Assert.Equal(clock.Evaluate(events, start + Duration.FromDays(10)), back.Evaluate(events, start + Duration.FromDays(10)));
        }, iter: 100);
    }

    [Theory]
    [InlineData("""{ "goal": "PT0S" }""", "$.goal:")]
    [InlineData("""{ "goal": "P1M" }""", "$.goal:")]
    [InlineData("""{ "goal": "eight hours" }""", "$.goal:")]
    [InlineData("""{ "goal": null }""", "$.goal:")]
    [InlineData("""{ "goal": "P40000D" }""", "$:")]
    [InlineData("""{ "goal": "PT8H", "warning": 1.5 }""", "$.warning:")]
    [InlineData("""{ "goal": "PT8H", "warning": -1e308 }""", "$.warning:")]
    [InlineData("""{ "goal": "PT8H", "calendar": { "hours": { "Sat": "closed" } } }""", "$.calendar.hours:")]
    [InlineData("""{ "goal": "PT8H", "calendar": { "zone": "Mars/Base", "hours": { "Mon": "09:00-17:00" } } }""", "$.calendar.zone:")]
    [InlineData("""{ "goal": "PT8H", "calendar": { "zone": "Europe/London" } }""", "$.calendar: missing required field 'hours'")]
    public void SlaClock_InvalidValue_MessageNamesThePath(string json, string prefix)
    {
        Exception ex = Assert.ThrowsAny<Exception>(() => ProjectDeliveryJson.Deserialize<SlaClock>(json));

        Assert.True(ex is JsonException or ArgumentException, ex.ToString());
        Assert.StartsWith(prefix, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "goal": "PT8H", "warning": "0.5" }""")]
    [InlineData("""{ "goal": "PT8H", "warning": NaN }""")]
    [InlineData("""{ "goal": "PT8H", "multipleCycles": 1 }""")]
    [InlineData("""{ "goal": 28800 }""")]
    [InlineData("""{ "goal": "PT8H", "colour": "red" }""")]
    [InlineData("""{ "warning": 0.5 }""")]
    public void SlaClock_WrongTypeOrShape_JsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => ProjectDeliveryJson.Deserialize<SlaClock>(json));
    }
}
