using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using ProjectDelivery.Serialization;
using ProjectDelivery.Tests.Delivery.Fulfilment;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Fulfilment.ServiceLevels;

public sealed class SlaRequestTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>The issue's example: London hours Mon–Thu 09–17, Fri 09–12 and 13–17, Good Friday 2027-04-02 a holiday.</summary>
    private static readonly WorkingCalendar LondonOffice = WorkingCalendar.Create(
        "London office",
        WorkWeek.Create(new Dictionary<IsoDayOfWeek, WorkingDay>
        {
            [IsoDayOfWeek.Monday] = WorkingDay.Parse("09:00-17:00"),
            [IsoDayOfWeek.Tuesday] = WorkingDay.Parse("09:00-17:00"),
            [IsoDayOfWeek.Wednesday] = WorkingDay.Parse("09:00-17:00"),
            [IsoDayOfWeek.Thursday] = WorkingDay.Parse("09:00-17:00"),
            [IsoDayOfWeek.Friday] = WorkingDay.Parse("09:00-12:00,13:00-17:00"),
        }),
        new[] { CalendarException.Holiday(new LocalDate(2027, 4, 2)) },
        London);

    private static SlaEvent Event(int month, int day, int hour, SlaEventType type) => new(Instant.FromUtc(2027, month, day, hour, 0), type);

    [Fact]
    public void Evaluate_IssueExample_MatchesHandWorkedFigures()
    {
        // Start Fri 26 Mar 15:00 GMT: 2h to 17:00. Mon 29 Mar (BST): 09:00–11:00 local is 2h, paused 11:00–15:00, 15:00–17:00 is 2h (6h).
        // The last 2h run Tue 30 Mar 09:00–11:00 local, so the breach is 10:00Z. As of Tue 6 Apr 13:00 local: 6h + Tue–Thu 3×8h
        // + Fri 2 Apr (holiday) 0h + Mon 5 Apr 8h + Tue 6 Apr 09:00–13:00 4h = 42h elapsed, 34h over the 8h goal.
        SlaTicketRequest ticket = SlaTicketRequest.Create("T-1", null, null, new[]
        {
            Event(3, 26, 15, SlaEventType.Start), Event(3, 29, 10, SlaEventType.Pause), Event(3, 29, 14, SlaEventType.Resume),
        });
        SlaRequest request = SlaRequest.Create(LondonOffice, Duration.FromHours(8), null, 0.75, false, Instant.FromUtc(2027, 4, 6, 12, 0), new[] { ticket });

        SlaReport report = request.Evaluate();

        SlaTicketStatus row = Assert.Single(report.Tickets);
        Assert.Equal(new SlaTicketStatus("T-1", SlaState.Breached, Duration.FromHours(42), Duration.FromHours(-34), Instant.FromUtc(2027, 3, 30, 10, 0), false), row);
    }

    [Fact]
    public void Evaluate_GoalsByTicketPriorityAndDefault_EachTicketUsesItsOwn()
    {
        // 24×7 (no calendar), all started at midnight: the breach is the start plus the goal that applies.
        Instant start = Instant.FromUtc(2027, 1, 2, 0, 0);
        SlaTicketRequest Ticket(string id, string? priority, Duration? goal) => SlaTicketRequest.Create(id, priority, goal, new[] { new SlaEvent(start, SlaEventType.Start) });
        SlaRequest request = SlaRequest.Create(null, Duration.FromHours(8), new Dictionary<string, Duration> { ["P1"] = Duration.FromHours(1) }, 0.75, false,
            start + Duration.FromMinutes(45), new[] { Ticket("A", "p1", null), Ticket("B", "P1", Duration.FromMinutes(30)), Ticket("C", null, null) });

        SlaReport report = request.Evaluate();

        Assert.Equal(new[] { "A", "B", "C" }, report.Tickets.Select(r => r.Id));
        Assert.Equal(new Instant?[] { start + Duration.FromHours(1), start + Duration.FromMinutes(30), start + Duration.FromHours(8) }, report.Tickets.Select(r => r.BreachAt));
        Assert.Equal(new[] { SlaState.Running, SlaState.Breached, SlaState.Running }, report.Tickets.Select(r => r.State));
        Assert.Equal(new[] { true, false, false }, report.Tickets.Select(r => r.IsAtRisk)); // 45 of 60 min is 75%; breached is not "at risk"
    }

    [Fact]
    public void Evaluate_BundledSample_IsTheReportTheCliPrints()
    {
        string sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "sla.json"));
        (int code, string output, string error) = SlaCommandTests.RunCommand("sla", sample, "--json");
        Assert.True(code == 0, error);

        SlaReport report = ProjectDeliveryJson.Deserialize<SlaRequest>(sample).Evaluate();

        Assert.Equal(ProjectDeliveryJson.Deserialize<SlaReport>(output).Tickets, report.Tickets);
        Assert.Equal(output, Indented(report) + Environment.NewLine);
    }

    [Theory]
    [InlineData("P9", "priority 'P9' has no goal")]
    [InlineData(null, "no goal")]
    public void Evaluate_TicketWithoutGoal_ThrowsNamingTicket(string? priority, string expected)
    {
        SlaTicketRequest ok = SlaTicketRequest.Create("A", null, Duration.FromHours(1), Array.Empty<SlaEvent>());
        SlaTicketRequest none = SlaTicketRequest.Create("B", priority, null, Array.Empty<SlaEvent>());
        SlaRequest request = SlaRequest.Create(null, null, null, 0.75, false, Instant.FromUtc(2027, 1, 1, 0, 0), new[] { ok, none });

        var ex = Assert.Throws<SlaTicketException>(() => request.Evaluate());

        Assert.Equal((1, "B", (int?)null), (ex.TicketIndex, ex.TicketId, ex.EventIndex));
        Assert.StartsWith("Ticket 'B' (ticket 1): ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EventsOutOfOrder_ThrowsWithTheTimelineError()
    {
        SlaTicketRequest ticket = SlaTicketRequest.Create("T-1", null, null, new[]
        {
            Event(3, 26, 15, SlaEventType.Start), Event(3, 29, 10, SlaEventType.Pause), Event(3, 29, 9, SlaEventType.Resume),
        });
        SlaRequest request = SlaRequest.Create(LondonOffice, Duration.FromHours(8), null, 0.75, false, Instant.FromUtc(2027, 4, 6, 12, 0), new[] { ticket });

        var ex = Assert.Throws<SlaTicketException>(() => request.Evaluate());

        var timeline = Assert.IsType<SlaTimelineException>(ex.InnerException);
        Assert.Equal((0, "T-1", (int?)2, 2), (ex.TicketIndex, ex.TicketId, ex.EventIndex, timeline.EventIndex));
        Assert.StartsWith("Ticket 'T-1' (ticket 0), event 2: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("time order", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoTickets_IsAnEmptyReport()
    {
        SlaRequest request = SlaRequest.Create(null, Duration.FromHours(1), null, 0.75, false, Instant.FromUtc(2027, 1, 1, 0, 0), Array.Empty<SlaTicketRequest>());

        Assert.Empty(request.Evaluate().Tickets);
    }

    private static string Indented(SlaReport report)
    {
        var info = (JsonTypeInfo<SlaReport>)ProjectDeliveryJson.Options.GetTypeInfo(typeof(SlaReport));
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            JsonSerializer.Serialize(writer, report, info);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
