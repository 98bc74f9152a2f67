using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ProjectDelivery.Cli;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Fulfilment;

public sealed class SlaCommandTests
{
    private const string IssueExample = """
        { "calendar": { "zone": "Europe/London",
                        "hours": { "Mon": "09:00-17:00", "Tue": "09:00-17:00", "Wed": "09:00-17:00", "Thu": "09:00-17:00", "Fri": "09:00-12:00,13:00-17:00" },
                        "holidays": [ "2027-04-02" ] },
          "goal": "PT8H", "warning": 0.75, "asOf": "2027-04-06T12:00:00Z",
          "tickets": [ { "id": "T-1", "events": [ { "at": "2027-03-26T15:00:00Z", "type": "start" },
                                                  { "at": "2027-03-29T10:00:00Z", "type": "pause" },
                                                  { "at": "2027-03-29T14:00:00Z", "type": "resume" } ] } ] }
        """;

    internal static (int Code, string Out, string Err) RunCommand(string command, string json, params string[] options)
    {
        string file = Path.Combine(Path.GetTempPath(), $"pd-fulfilment-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, json);
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = Program.Run(new[] { command, file }.Concat(options).ToArray(), stdout, stderr);
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (int Code, string Out, string Err) Run(string json, params string[] options) => RunCommand("sla", json, options);

    [Fact]
    public void Sla_IssueExample_PrintsHandComputedJson()
    {
        (int code, string output, string error) = Run(IssueExample, "--json");

        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement ticket = Assert.Single(doc.RootElement.GetProperty("tickets").EnumerateArray());
        Assert.Equal("T-1", ticket.GetProperty("id").GetString());
        Assert.Equal("breached", ticket.GetProperty("state").GetString());
        Assert.Equal(42 * 3600, ticket.GetProperty("elapsedSeconds").GetInt64());
        Assert.Equal(-34 * 3600, ticket.GetProperty("remainingSeconds").GetInt64());
        Assert.Equal("2027-03-30T10:00:00Z", ticket.GetProperty("breachAt").GetString());
        Assert.False(ticket.GetProperty("atRisk").GetBoolean());
        Assert.Equal(6, ticket.EnumerateObject().Count());
    }

    [Fact]
    public void Sla_IssueExampleText_PrintsTable()
    {
        (int code, string output, _) = Run(IssueExample);

        Assert.Equal(0, code);
        Assert.Contains("T-1", output, StringComparison.Ordinal);
        Assert.Contains("breached", output, StringComparison.Ordinal);
        Assert.Contains("42:00:00", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sla_NoCalendar_RunsTwentyFourSeven()
    {
        const string json = """
            { "goal": "PT4H", "asOf": "2027-01-02T03:00:00Z",
              "tickets": [ { "id": "A", "events": [ { "at": "2027-01-02T00:00:00Z", "type": "start" } ] },
                           { "id": "B", "events": [ { "at": "2027-01-01T20:00:00Z", "type": "start" }, { "at": "2027-01-01T21:00:00Z", "type": "pause" } ] } ] }
            """;
        (int code, string output, string error) = Run(json, "--json");

        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement a = doc.RootElement.GetProperty("tickets")[0];
        Assert.Equal("running", a.GetProperty("state").GetString());
        Assert.Equal(3 * 3600, a.GetProperty("elapsedSeconds").GetInt64());
        Assert.Equal("2027-01-02T04:00:00Z", a.GetProperty("breachAt").GetString());
        Assert.True(a.GetProperty("atRisk").GetBoolean());
        JsonElement b = doc.RootElement.GetProperty("tickets")[1];
        Assert.Equal("paused", b.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, b.GetProperty("breachAt").ValueKind);
        Assert.False(b.GetProperty("atRisk").GetBoolean());
    }

    [Fact]
    public void Sla_StoppedWithinGoal_IsMetWithNullBreach()
    {
        const string json = """
            { "goal": "PT4H", "asOf": "2027-01-03T00:00:00Z",
              "tickets": [ { "id": "A", "events": [ { "at": "2027-01-02T00:00:00Z", "type": "start" }, { "at": "2027-01-02T04:00:00Z", "type": "stop" } ] } ] }
            """;
        (int code, string output, _) = Run(json, "--json");

        Assert.Equal(0, code);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement a = doc.RootElement.GetProperty("tickets")[0];
        Assert.Equal("met", a.GetProperty("state").GetString());
        Assert.Equal(0, a.GetProperty("remainingSeconds").GetInt64());
        Assert.Equal(JsonValueKind.Null, a.GetProperty("breachAt").ValueKind);
    }

    [Fact]
    public void Sla_PriorityAndTicketGoals_OverrideDefault()
    {
        const string json = """
            { "goal": "PT8H", "priorities": { "P1": "PT1H" }, "asOf": "2027-01-02T02:00:00Z",
              "tickets": [ { "id": "A", "priority": "P1", "events": [ { "at": "2027-01-02T00:00:00Z", "type": "start" } ] },
                           { "id": "B", "goal": "PT30M", "events": [ { "at": "2027-01-02T00:00:00Z", "type": "start" } ] },
                           { "id": "C", "events": [ { "at": "2027-01-02T00:00:00Z", "type": "start" } ] } ] }
            """;
        (int code, string output, _) = Run(json, "--json");

        Assert.Equal(0, code);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement tickets = doc.RootElement.GetProperty("tickets");
        Assert.Equal("2027-01-02T01:00:00Z", tickets[0].GetProperty("breachAt").GetString());
        Assert.Equal("2027-01-02T00:30:00Z", tickets[1].GetProperty("breachAt").GetString());
        Assert.Equal("2027-01-02T08:00:00Z", tickets[2].GetProperty("breachAt").GetString());
    }

    [Theory]
    [InlineData("\"zone\": \"Mars/Olympus\"", "Mars/Olympus")]
    [InlineData("\"goal\": \"8 hours\"", "$.goal")]
    [InlineData("\"warning\": \"NaN\"", "$.warning")]
    [InlineData("\"warning\": 1.5", "$.warning")]
    [InlineData("\"type\": \"restart\"", "ticket 'T-1', event 1")]
    [InlineData("\"at\": \"yesterday\"", "ticket 'T-1', event 1")]
    [InlineData("\"colour\": \"red\"", "colour")]
    [InlineData("\"Mon\": \"9-5\"", "$.calendar.hours.Mon")]
    [InlineData("\"holidays\": [ \"2027-02-30\" ]", "$.calendar.holidays[0]")]
    public void Sla_HostileInput_ExitsTwoNamingTheItem(string replacement, string named)
    {
        string json = replacement.Split(':')[0] switch
        {
            "\"zone\"" => IssueExample.Replace("\"zone\": \"Europe/London\"", replacement, StringComparison.Ordinal),
            "\"goal\"" => IssueExample.Replace("\"goal\": \"PT8H\"", replacement, StringComparison.Ordinal),
            "\"warning\"" => IssueExample.Replace("\"warning\": 0.75", replacement, StringComparison.Ordinal),
            "\"type\"" => IssueExample.Replace("\"type\": \"pause\"", replacement, StringComparison.Ordinal),
            "\"at\"" => IssueExample.Replace("\"at\": \"2027-03-29T10:00:00Z\"", replacement, StringComparison.Ordinal),
            "\"Mon\"" => IssueExample.Replace("\"Mon\": \"09:00-17:00\"", replacement, StringComparison.Ordinal),
            "\"holidays\"" => IssueExample.Replace("\"holidays\": [ \"2027-04-02\" ]", replacement, StringComparison.Ordinal),
            _ => IssueExample.Replace("\"goal\": \"PT8H\"", "\"goal\": \"PT8H\", " + replacement, StringComparison.Ordinal),
        };
        Assert.NotEqual(IssueExample, json);

        (int code, string output, string error) = Run(json, "--json");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Sla_EventsOutOfOrder_ExitsTwoNamingTicketAndEvent()
    {
        string json = IssueExample.Replace("2027-03-29T14:00:00Z", "2027-03-29T09:00:00Z", StringComparison.Ordinal);
        (int code, _, string error) = Run(json);

        Assert.Equal(2, code);
        Assert.Contains("ticket 'T-1', event 2", error, StringComparison.Ordinal);
        Assert.Contains("time order", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"priority\": \"P9\", ", "ticket 'T-1': priority 'P9' has no goal in $.priorities and there is no default $.goal")]
    [InlineData("", "ticket 'T-1': no goal (set $.goal, the ticket's goal, or a priority listed in $.priorities)")]
    public void Sla_TicketWithoutGoal_ExitsTwoNamingThePaths(string priority, string expected)
    {
        string json = IssueExample.Replace("\"goal\": \"PT8H\", ", string.Empty, StringComparison.Ordinal)
            .Replace("\"id\": \"T-1\", ", "\"id\": \"T-1\", " + priority, StringComparison.Ordinal);

        (int code, string output, string error) = Run(json);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.EndsWith(expected, error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sla_EventsOutOfOrder_NamesTheJsonPathOfTheEvent()
    {
        string json = IssueExample.Replace("2027-03-29T14:00:00Z", "2027-03-29T09:00:00Z", StringComparison.Ordinal);
        (int code, _, string error) = Run(json);

        Assert.Equal(2, code);
        Assert.Contains("ticket 'T-1', event 2 ($.tickets[0].events[2]): ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sla_BundledSample_Runs()
    {
        string sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "sla.json"));
        (int code, string output, string error) = Run(sample, "--json");

        Assert.True(code == 0, error);
        Assert.Contains("\"T-5\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sla_CalendarWithFullDayNamesAndNoZone_CountsUtcHours()
    {
        const string json = """
            { "calendar": { "hours": { "monday": "09:00-17:00", "TUESDAY": "closed" } }, "goal": "PT10H", "asOf": "2027-01-05T12:00:00Z",
              "tickets": [ { "id": "A", "events": [ { "at": "2027-01-04T08:00:00Z", "type": "start" } ] } ] }
            """;
        (int code, string output, string error) = Run(json, "--json");

        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement a = doc.RootElement.GetProperty("tickets")[0];
        Assert.Equal(8 * 3600, a.GetProperty("elapsedSeconds").GetInt64()); // Monday 09–17 UTC; Tuesday closed
        Assert.Equal("2027-01-11T11:00:00Z", a.GetProperty("breachAt").GetString());
    }

    [Fact]
    public void Sla_CalendarWithNoHours_ExitsTwo()
    {
        string json = IssueExample.Replace("\"Mon\": \"09:00-17:00\", \"Tue\": \"09:00-17:00\", \"Wed\": \"09:00-17:00\", \"Thu\": \"09:00-17:00\", \"Fri\": \"09:00-12:00,13:00-17:00\"", "\"Sat\": \"closed\"", StringComparison.Ordinal);
        Assert.NotEqual(IssueExample, json);

        (int code, _, string error) = Run(json);

        Assert.Equal(2, code);
        Assert.Contains("$.calendar.hours", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarJson_ThroughTheContract_BuildsCalendarOrNamesThePath()
    {
        // The calendar object of the sla and promise inputs is the planning contract's WorkingCalendar JSON.
        const string Good = """{ "zone": "America/New_York", "hours": { "Fri": "09:00-17:00" }, "holidays": [ "2027-01-01" ] }""";
        var calendar = ProjectDelivery.Serialization.ProjectDeliveryJson.Deserialize<ProjectDelivery.Calendars.WorkingCalendar>(Good);
        Assert.Equal("America/New_York", calendar.Zone!.Id);
        Assert.False(calendar.IsWorkingDay(new NodaTime.LocalDate(2027, 1, 1)));
        Assert.True(calendar.IsWorkingDay(new NodaTime.LocalDate(2027, 1, 8)));
        var site = ProjectDelivery.Serialization.ProjectDeliveryJson.Deserialize<ProjectDelivery.Delivery.Fulfilment.Promises.Warehouse>(
            $$"""{ "name": "site", "calendar": {{Good}}, "cutOff": "12:00", "processingDays": 1 }""");
        Assert.Equal("America/New_York", site.Calendar.Name);

        const string Bad = """{ "hours": { "Fri": "09:00-17:00" }, "zone": "Mars/Base" }""";
        var ex = Assert.ThrowsAny<JsonException>(() => ProjectDelivery.Serialization.ProjectDeliveryJson.Deserialize<ProjectDelivery.Delivery.Fulfilment.Promises.Warehouse>(
            $$"""{ "calendar": {{Bad}}, "cutOff": "12:00", "processingDays": 1 }"""));
        Assert.StartsWith("$.calendar.zone:", ex.Message, StringComparison.Ordinal);
        (int code, _, string error) = Run($$"""{ "calendar": {{Bad}}, "goal": "PT1H", "asOf": "2027-01-01T00:00:00Z", "tickets": [] }""");
        Assert.Equal(2, code);
        Assert.Contains("$.calendar.zone", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 2)]
    public void Sla_RestartAfterStop_NeedsMultipleCycles(bool multiple, int expectedCode)
    {
        string json = $$"""
            { "goal": "PT4H", "asOf": "2027-01-03T02:00:00Z", "multipleCycles": {{(multiple ? "true" : "false")}},
              "tickets": [ { "id": "R", "events": [ { "at": "2027-01-02T00:00:00Z", "type": "start" }, { "at": "2027-01-02T05:00:00Z", "type": "stop" },
                                                   { "at": "2027-01-03T00:00:00Z", "type": "start" } ] } ] }
            """;
        (int code, string output, string error) = Run(json, "--json");

        Assert.Equal(expectedCode, code);
        if (multiple)
        {
            using JsonDocument doc = JsonDocument.Parse(output);
            JsonElement r = doc.RootElement.GetProperty("tickets")[0];
            Assert.Equal("running", r.GetProperty("state").GetString()); // second cycle, 2h of 4h
            Assert.Equal(2 * 3600, r.GetProperty("elapsedSeconds").GetInt64());
            Assert.False(r.GetProperty("atRisk").GetBoolean()); // 50% < 75% default warning
        }
        else
        {
            Assert.Contains("ticket 'R', event 2", error, StringComparison.Ordinal);
        }
    }
}
