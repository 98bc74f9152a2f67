using System;
using System.Text.Json;
using NodaTime;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using ProjectDelivery.Serialization;
using Xunit;

namespace ProjectDelivery.Core.Tests.Serialization;

public sealed class DeliverySlaRequestJsonTests
{
    // The example of docs/formats.md, section "sla FILE.json".
    private const string DocumentedExample = """
        { "calendar": { "zone": "Europe/London", "hours": { "Mon": "09:00-17:00", "Fri": "09:00-12:00,13:00-17:00" }, "holidays": [ "2027-04-02" ] },
          "goal": "PT8H", "warning": 0.75, "asOf": "2027-04-06T12:00:00Z",
          "priorities": { "P1": "PT1H" }, "multipleCycles": false,
          "tickets": [ { "id": "T-1", "priority": "P1", "goal": "PT4H",
                         "events": [ { "at": "2027-03-26T15:00:00Z", "type": "start" }, { "at": "2027-03-29T10:00:00Z", "type": "pause" } ] } ] }
        """;

    [Fact]
    public void Deserialize_DocumentedExample_ReadsEveryField()
    {
        SlaRequest request = ProjectDeliveryJson.Deserialize<SlaRequest>(DocumentedExample);

        Assert.Equal("Europe/London", request.Calendar!.Zone!.Id);
        Assert.Equal(Duration.FromHours(8), request.Goal);
        Assert.Equal(Duration.FromHours(1), request.PriorityGoals["p1"]);
        Assert.Equal(0.75, request.WarningFraction);
        Assert.False(request.MultipleCycles);
        Assert.Equal(Instant.FromUtc(2027, 4, 6, 12, 0), request.AsOf);
        SlaTicketRequest ticket = Assert.Single(request.Tickets);
        Assert.Equal(("T-1", "P1", (Duration?)Duration.FromHours(4)), (ticket.Id, ticket.Priority, ticket.Goal));
        Assert.Equal(new SlaEvent(Instant.FromUtc(2027, 3, 29, 10, 0), SlaEventType.Pause), ticket.Events[1]);
        Assert.Equal(Duration.FromHours(4), request.GoalOf(ticket));
    }

    [Fact]
    public void Serialize_RoundTrip_KeepsEveryField()
    {
        SlaRequest request = ProjectDeliveryJson.Deserialize<SlaRequest>(DocumentedExample);

        string json = ProjectDeliveryJson.Serialize(request);
        SlaRequest back = ProjectDeliveryJson.Deserialize<SlaRequest>(json);

        Assert.Contains("\"goal\":\"PT8H\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"pause\"", json, StringComparison.Ordinal);
        Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
        Assert.Equal(request.Tickets[0].Events, back.Tickets[0].Events);
        Assert.Equal(request.Calendar!.Name, back.Calendar!.Name);
    }

    [Theory]
    [InlineData("\"goal\": \"PT8H\"", "\"goal\": \"P1M\"", "$.goal")]
    [InlineData("\"goal\": \"PT4H\"", "\"goal\": \"PT0S\"", "ticket 'T-1' ($.tickets[0].goal)")]
    [InlineData("\"type\": \"pause\"", "\"type\": \"hold\"", "ticket 'T-1', event 1 ($.tickets[0].events[1]).type")]
    [InlineData("\"2027-04-02\"", "\"2027-02-30\"", "$.calendar.holidays[0]")]
    [InlineData("\"warning\": 0.75", "\"warning\": 1.5", "$.warning")]
    public void Deserialize_BadValue_NamesThePath(string good, string bad, string path)
    {
        string json = DocumentedExample.Replace(good, bad, StringComparison.Ordinal);

        var ex = Assert.ThrowsAny<JsonException>(() => ProjectDeliveryJson.Deserialize<SlaRequest>(json));

        Assert.StartsWith(path + ":", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DuplicateTicketIds_Throws()
    {
        SlaTicketRequest ticket = SlaTicketRequest.Create("A", null, null, Array.Empty<SlaEvent>());

        Assert.Throws<ArgumentException>(() => SlaRequest.Create(null, Duration.FromHours(1), null, 0.5, false, Instant.MinValue, new[] { ticket, ticket }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SlaRequest.Create(null, Duration.FromHours(1), null, double.NaN, false, Instant.MinValue, new[] { ticket }));
    }
}
