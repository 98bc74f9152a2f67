using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.EarnedValue;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Serialization;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

/// <summary>Golden JSON and error cases of the planning types' contract.</summary>
public sealed class PlanningJsonTests
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name));

    [Fact]
    public void Serialize_Calendar_WritesTheCalendarObject()
    {
        WorkingCalendar calendar = WorkingCalendar.Create(
            "UK office", WorkWeek.Standard.With(IsoDayOfWeek.Friday, WorkingDay.Parse("08:00-12:00,13:00-16:00")),
            new[] { CalendarException.Holiday(new LocalDate(2027, 4, 2)), CalendarException.Holidays(new LocalDate(2027, 8, 2), new LocalDate(2027, 8, 13), "shutdown") },
            DateTimeZoneProviders.Tzdb["Europe/London"], Duration.FromHours(7.5));

        string json = ProjectDeliveryJson.Serialize(calendar);

        Assert.Equal(
            """{"name":"UK office","zone":"Europe/London","hours":{"Mon":"08:00-12:00,13:00-17:00","Tue":"08:00-12:00,13:00-17:00","Wed":"08:00-12:00,13:00-17:00","Thu":"08:00-12:00,13:00-17:00","Fri":"08:00-12:00,13:00-16:00"},"holidays":["2027-04-02"],"exceptions":[{"from":"2027-08-02","to":"2027-08-13","name":"shutdown"}],"hoursPerDay":7.5}""",
            json);
        WorkingCalendar back = ProjectDeliveryJson.Deserialize<WorkingCalendar>(json);
        Assert.Equal(calendar.WorkWeek, back.WorkWeek);
        Assert.Equal(calendar.Exceptions, back.Exceptions);
        Assert.Equal(calendar.StandardDay, back.StandardDay);
        Assert.Equal(calendar.Zone, back.Zone);
    }

    [Fact]
    public void Serialize_PlainScheduleRequest_WritesTheScheduleFormat()
    {
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            new Activity("A", 3, name: "Design"),
            new Activity("B", 2, new[] { new Dependency("A", DependencyType.StartToStart, 1) }, constraint: new ActivityConstraint(ConstraintType.StartNoEarlierThan, 2)),
        });

        string json = ProjectDeliveryJson.Serialize(ScheduleRequest.Create(network, new ScheduleOptions()));

        Assert.Equal(
            """{"activities":[{"id":"A","name":"Design","duration":3},{"id":"B","duration":2,"predecessors":[{"id":"A","type":"SS","lag":1}],"constraint":{"type":"SNET","time":2}}]}""",
            json);
    }

    [Fact]
    public void Serialize_NetworkTypes_WriteTheActivityObjectOfTheScheduleFormat()
    {
        var activity = new Activity("B", 2.5, new[] { new Dependency("A", DependencyType.FinishToFinish, -1) }, "Build",
            new ActivityConstraint(ConstraintType.MustStartOn, new LocalDateTime(2027, 1, 4, 8, 0)), null, "W1", new ActivityProgress(1, null, 1.5));

        Assert.Equal(
            """{"id":"B","name":"Build","duration":2.5,"predecessors":[{"id":"A","type":"FF","lag":-1}],"constraint":{"type":"MSO","date":"2027-01-04T08:00:00"},"wbs":"W1","actualStart":1,"remaining":1.5}""",
            ProjectDeliveryJson.Serialize(activity));
        Assert.Equal("""{"id":"A","type":"FS"}""", ProjectDeliveryJson.Serialize(new Dependency("A")));
        Assert.Equal("""{"distribution":"pert","min":1,"mostLikely":2,"max":6}""", ProjectDeliveryJson.Serialize(UncertainValue.Pert(1, 2, 6)));
        Assert.Equal("3", ProjectDeliveryJson.Serialize(UncertainValue.Fixed(3)));
        Assert.Equal("""{"end":"2027-01-31","pv":100,"ev":80,"ac":90}""", ProjectDeliveryJson.Serialize(new EarnedValuePeriod(new LocalDate(2027, 1, 31), 100, 80, 90)));
        Assert.Equal("""{"id":"R","probability":0.5,"impact":2,"activities":["A"],"kind":"opportunity"}""",
            ProjectDeliveryJson.Serialize(RiskDriver.Create("R", 0.5, UncertainValue.Fixed(2), null, new[] { "A" }, RiskKind.Opportunity)));
    }

    [Fact]
    public void Deserialize_NetworkWithUnknownPredecessor_ThrowsTheDomainExceptionNamingIt()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() =>
            ProjectDeliveryJson.Deserialize<ProjectNetwork>("""{ "activities": [ { "id": "A", "duration": 1, "predecessors": [ { "id": "Q" } ] } ] }"""));

        Assert.Contains("'Q'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "id": "A" }""", "'duration'")]
    [InlineData("""{ "duration": 1 }""", "'id'")]
    [InlineData("""{ "id": "A", "duration": "1" }""", "$.duration")]
    [InlineData("""{ "id": "A", "duration": 1, "constraint": { "type": "SNET" } }""", "'time'")]
    public void Deserialize_InvalidActivity_ThrowsJsonExceptionNamingTheField(string json, string named)
    {
        JsonException ex = Assert.ThrowsAny<JsonException>(() => ProjectDeliveryJson.Deserialize<Activity>(json));

        Assert.Contains(named, ex.Message + " " + ex.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ActivityWithHugeDuration_ThrowsTheDomainExceptionNamingTheActivity()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProjectDeliveryJson.Deserialize<Activity>("""{ "id": "A", "duration": -3 }"""));

        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_CalendarSample_IsCalendarModeWithIsoDurations()
    {
        ScheduleRequest request = ProjectDeliveryJson.Deserialize<ScheduleRequest>(Sample("schedule-calendar.json"));

        Assert.NotNull(request.CalendarOptions);
        Assert.Equal(new LocalDateTime(2027, 3, 22, 8, 0), request.CalendarOptions!.ProjectStart);
        Assert.Equal(4 / 7.8, request.Network["ORDER"].Duration, 12); // PT4H of a 7.8-hour day (39 hours over 5 days)
        Assert.Equal(4 / 7.8, request.Network["STRIP"].Predecessors[0].Lag, 12);
        Assert.Equal("Office fit-out on a working calendar", request.Name);
    }

    [Fact]
    public void Serialize_ScheduleReport_IsTheCliOutput()
    {
        ScheduleRequest request = ProjectDeliveryJson.Deserialize<ScheduleRequest>("""{ "activities": [ { "id": "A", "duration": 1 }, { "id": "C", "duration": 4, "predecessors": [ { "id": "A" } ] } ] }""");
        ScheduleReport report = ScheduleReport.FromSchedule(CriticalPathScheduler.Schedule(request.Network, request.Options), 0);

        string json = ProjectDeliveryJson.Serialize(report);

        Assert.Equal(
            """{"projectStart":0,"projectFinish":5,"activities":[{"id":"A","duration":1,"earlyStart":0,"earlyFinish":1,"lateStart":0,"lateFinish":1,"totalFloat":0,"freeFloat":0,"critical":true,"drivingPredecessor":null,"status":"notStarted"},{"id":"C","duration":4,"earlyStart":1,"earlyFinish":5,"lateStart":1,"lateFinish":5,"totalFloat":0,"freeFloat":0,"critical":true,"drivingPredecessor":"A","status":"notStarted"}],"criticalPaths":[["A","C"]],"wbs":[]}""",
            json);
        Assert.Equal(json, ProjectDeliveryJson.Serialize(ProjectDeliveryJson.Deserialize<ScheduleReport>(json)));
    }

    [Fact]
    public void Serialize_EarnedValueRequest_WritesTheEvmFormat()
    {
        const string json = """{"bac":1000,"start":"2027-01-01","periods":[{"end":"2027-01-31","pv":100,"ev":80,"ac":90},{"end":"2027-02-28","pv":250}]}""";

        EarnedValueRequest request = ProjectDeliveryJson.Deserialize<EarnedValueRequest>(json);

        Assert.Equal(1, request.ReportedPeriodCount);
        Assert.Equal(json, ProjectDeliveryJson.Serialize(request));
    }

    [Fact]
    public void Serialize_EarnedValueStatement_HasNullForUndefinedMetrics()
    {
        EarnedValueRequest request = ProjectDeliveryJson.Deserialize<EarnedValueRequest>(
            """{ "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "pv": 100, "ev": 0, "ac": 0 }, { "end": "2027-02-28", "pv": 100 } ] }""");

        string json = ProjectDeliveryJson.Serialize(EarnedValueStatement.FromReport(request.Analyse()));

        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement status = doc.RootElement.GetProperty("status");
        Assert.Equal(JsonValueKind.Null, status.GetProperty("cpi").ValueKind);
        Assert.Equal("2027-01-01", status.GetProperty("start").GetString());
        Assert.Equal("undefined", status.GetProperty("cpiStatus").GetString());
        Assert.Equal(json, ProjectDeliveryJson.Serialize(ProjectDeliveryJson.Deserialize<EarnedValueStatement>(json)));
    }

    [Fact]
    public void Deserialize_RiskSample_BuildsModelAndRegister()
    {
        ScheduleRiskRequest request = ProjectDeliveryJson.Deserialize<ScheduleRiskRequest>(Sample("risk.json"));

        Assert.Equal(10000, request.Iterations);
        Assert.Equal(2027, request.Seed);
        Assert.Equal(4, request.Register.Risks.Count);
        Assert.Equal(3, request.Schedule.Network["A"].Duration); // triangular: the most likely value
        Assert.True(request.HasCost);
        string json = ProjectDeliveryJson.Serialize(request);
        Assert.Equal(json, ProjectDeliveryJson.Serialize(ProjectDeliveryJson.Deserialize<ScheduleRiskRequest>(json)));
    }

    [Fact]
    public void Serialize_ScheduleRiskReport_RoundTrips()
    {
        ScheduleRiskRequest request = ProjectDeliveryJson.Deserialize<ScheduleRiskRequest>(Sample("risk.json"));
        ScheduleRiskResult result = MonteCarloSimulator.Run(request.Model, new MonteCarloOptions { Iterations = 300, Seed = 1 });

        string json = ProjectDeliveryJson.Serialize(ScheduleRiskReport.FromResult(request, result, 1));

        Assert.Contains("\"register\":[{\"rank\":1,", json, StringComparison.Ordinal);
        Assert.Equal(json, ProjectDeliveryJson.Serialize(ProjectDeliveryJson.Deserialize<ScheduleRiskReport>(json)));
    }

    [Theory]
    [InlineData("""{ "acts": [] }""", "$.acts: unknown field")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1e999 } ] }""", "finite")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": "PT4H" } ] }""", "calendar mode")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1 } ], "start": "2027-01-04T08:00", "calendar": { "hourz": {} } }""", "$.calendar.hourz")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1, "calendar": "night" } ], "start": "2027-01-04" }""", "unknown calendar 'night'")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": NaN } ] }""", "invalid start of a value")]
    public void Deserialize_InvalidScheduleJson_ThrowsJsonExceptionNamingTheField(string json, string named)
    {
        JsonException ex = Assert.ThrowsAny<JsonException>(() => ProjectDeliveryJson.Deserialize<ScheduleRequest>(json));

        Assert.Contains(named, ex.Message + ex.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_LinkToUnknownActivity_ThrowsTheDomainExceptionNamingIt()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() =>
            ProjectDeliveryJson.Deserialize<ScheduleRequest>("""{ "activities": [ { "id": "A", "duration": 1, "predecessors": [ { "id": "Q" } ] } ] }"""));

        Assert.Contains("'Q'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NegativeDurationInvalidForTheDomain_NamesTheActivity()
    {
        JsonException ex = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ScheduleRequest>("""{ "activities": [ { "id": "A", "duration": -1 } ] }"""));

        Assert.Contains("activity 'A'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "bac": 10, "periods": [ { "end": "2027-01-31", "pv": 1, "ev": 1, "ac": 1 } ] }""", "'start'")]
    [InlineData("""{ "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "pv": 1, "ev": 1, "ac": 1, "xx": 1 } ] }""", "$.periods[0].xx")]
    [InlineData("""{ "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "pv": "1", "ev": 1, "ac": 1 } ] }""", "$.periods[0].pv")]
    public void Deserialize_InvalidEvmJson_ThrowsJsonExceptionNamingTheField(string json, string named)
    {
        JsonException ex = Assert.ThrowsAny<JsonException>(() => ProjectDeliveryJson.Deserialize<EarnedValueRequest>(json));

        Assert.Contains(named, ex.Message + " " + ex.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_EvmPeriodsOutOfOrder_ThrowsTheDomainExceptionNamingThePeriod()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<EarnedValueRequest>(
            """{ "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "ev": 1, "ac": 1 }, { "end": "2027-01-20" } ] }"""));

        Assert.Contains("periods[1].end", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_RiskOnUnknownActivity_NamesRiskAndActivity()
    {
        JsonException ex = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ScheduleRiskRequest>(
            """{ "activities": [ { "id": "A", "duration": 1 } ], "risks": [ { "id": "R", "probability": 0.5, "impact": 1, "activities": [ "Z" ] } ] }"""));

        Assert.Contains("risk 'R'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'Z'", ex.Message, StringComparison.Ordinal);
    }
}
