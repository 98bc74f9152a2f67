using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CsCheck;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Reporting;
using ProjectDelivery.Serialization;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

public sealed class PlanningReportingRowsJsonTests
{
    /// <summary>Random small networks: each activity may depend on earlier ones.</summary>
    private static readonly Gen<ProjectNetwork> Networks =
        Gen.Int[1, 8].SelectMany(n => Gen.Int[0, 5].Array[n].SelectMany(durations => Gen.Int[0, 1 << 8].Array[n].Select(masks =>
            ProjectNetwork.Create(Enumerable.Range(0, n).Select(i => new Activity(
                "A" + i,
                durations[i],
                Enumerable.Range(0, i).Where(j => (masks[i] & (1 << j)) != 0).Select(j => new Dependency("A" + j, DependencyType.FinishToStart, j % 2)),
                name: i % 2 == 0 ? "Task " + i : null,
                wbsParent: i % 3 == 0 ? "W" : null))))));

    [Fact]
    public void Serialize_PlainScheduleRow_WritesTheGoldenColumns()
    {
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            new Activity("A", 3, Array.Empty<Dependency>(), name: "Design", wbsParent: "W1"),
            new Activity("B", 2, new[] { new Dependency("A", DependencyType.FinishToStart, 1) }),
        });
        IReadOnlyList<ScheduleRow> rows = ScheduleRow.From(CriticalPathScheduler.Schedule(network));

        const string golden = """{"index":1,"id":"B","name":"","wbs":"","duration":2,"isMilestone":false,"predecessors":"A FS\u002B1","earlyStartUnits":4,"earlyFinishUnits":6,"lateStartUnits":4,"lateFinishUnits":6,"totalFloat":0,"freeFloat":0,"critical":true,"status":"NotStarted","drivingPredecessor":"A"}""";
        Assert.Equal(golden, ProjectDeliveryJson.Serialize(rows[1]));
        Assert.Equal(golden, ProjectDeliveryJson.Serialize(ProjectDeliveryJson.Deserialize<ScheduleRow>(golden)));
    }

    [Fact]
    public void Deserialize_CalendarScheduleRow_KeepsTheWallClockDates()
    {
        const string json = """{"index":0,"id":"M","name":"Go live","wbs":"W","duration":0,"isMilestone":true,"predecessors":"","earlyStart":"2026-03-02T08:00:00","earlyFinish":"2026-03-02T08:00:00","lateStart":"2026-03-04T17:00:00","lateFinish":"2026-03-04T17:00:00","totalFloat":2,"freeFloat":2,"critical":false,"status":"Complete","drivingPredecessor":""}""";

        ScheduleRow row = ProjectDeliveryJson.Deserialize<ScheduleRow>(json);

        Assert.Equal(new DateTime(2026, 3, 4, 17, 0, 0, DateTimeKind.Unspecified), row.LateFinish);
        Assert.Equal(DateTimeKind.Unspecified, row.EarlyStart!.Value.Kind);
        Assert.Null(row.EarlyStartUnits);
        Assert.True(row.IsMilestone);
        Assert.Equal(json, ProjectDeliveryJson.Serialize(row));
    }

    [Fact]
    public void RoundTrip_RandomScheduleRows_KeepEveryColumn()
    {
        Networks.Sample(network =>
        {
            foreach (ScheduleRow row in ScheduleRow.From(CriticalPathScheduler.Schedule(network)))
            {
                string json = ProjectDeliveryJson.Serialize(row);
                ScheduleRow back = ProjectDeliveryJson.Deserialize<ScheduleRow>(json);
                Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
                Assert.Equal(
                    (row.Index, row.Id, row.Name, row.Wbs, row.Duration, row.IsMilestone, row.Predecessors, row.EarlyStartUnits, row.EarlyFinishUnits, row.LateStartUnits, row.LateFinishUnits),
                    (back.Index, back.Id, back.Name, back.Wbs, back.Duration, back.IsMilestone, back.Predecessors, back.EarlyStartUnits, back.EarlyFinishUnits, back.LateStartUnits, back.LateFinishUnits));
                Assert.Equal((row.TotalFloat, row.FreeFloat, row.Critical, row.Status, row.DrivingPredecessor), (back.TotalFloat, back.FreeFloat, back.Critical, back.Status, back.DrivingPredecessor));
            }
        }, iter: 300);
    }

    [Theory]
    [InlineData("""{"index":0,"id":"X","duration":1,"totalFloat":0,"freeFloat":0,"critical":true,"status":"NotStarted","earlyStartUnits":0,"earlyFinishUnits":1,"lateStartUnits":0,"lateFinish":"2026-01-01T00:00:00"}""", "not a mix")]
    [InlineData("""{"index":0,"id":"X","duration":1,"totalFloat":0,"freeFloat":0,"critical":true,"status":"Late","earlyStartUnits":0,"earlyFinishUnits":1,"lateStartUnits":0,"lateFinishUnits":1}""", "status 'Late'")]
    [InlineData("""{"index":0,"id":"X","duration":1,"isMilestone":true,"totalFloat":0,"freeFloat":0,"critical":true,"status":"NotStarted","earlyStartUnits":0,"earlyFinishUnits":1,"lateStartUnits":0,"lateFinishUnits":1}""", "isMilestone")]
    [InlineData("""{"index":0,"id":"X","duration":0,"totalFloat":0,"freeFloat":0,"critical":true,"status":"NotStarted","earlyStart":"2026-01-01T00:00:00Z","earlyFinish":"2026-01-01T00:00:00","lateStart":"2026-01-01T00:00:00","lateFinish":"2026-01-01T00:00:00"}""", "offset")]
    public void Deserialize_InconsistentScheduleRow_ThrowsJsonExceptionNamingTheRow(string json, string expected)
    {
        string message = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ScheduleRow>(json)).Message;
        Assert.Contains("'X'", message);
        Assert.Contains(expected, message);
    }

    private static string SummaryJson(string percentilesOverride = "", string iterations = "1000") =>
        "{\"iterations\":" + iterations + ",\"deterministicFinish\":30,\"meanFinish\":32.5,\"finishStandardDeviation\":2.25,\"probabilityOfDeterministicFinish\":0.125,\"deterministicCost\":0,\"meanCost\":0,\"percentiles\":["
        + (percentilesOverride.Length > 0 ? percentilesOverride : string.Join(",", new[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95 }.Select((p, i) => FormattableString.Invariant($"{{\"probability\":{p},\"finish\":{30 + i},\"cost\":0}}"))))
        + "],\"activities\":[{\"activityId\":\"dig\",\"criticalityIndex\":1,\"sensitivity\":0.5},{\"activityId\":\"build\",\"criticalityIndex\":1}]}";

    [Fact]
    public void Serialize_ScheduleRiskSummary_WritesTheGoldenObject()
    {
        string golden = SummaryJson();

        ScheduleRiskSummary summary = ProjectDeliveryJson.Deserialize<ScheduleRiskSummary>(golden);

        Assert.Equal(golden, ProjectDeliveryJson.Serialize(summary));
        Assert.Equal((1000, 32.5, 2.25, 0.125), (summary.Iterations, summary.MeanFinish, summary.FinishStandardDeviation, summary.ProbabilityOfDeterministicFinish));
        Assert.Equal(37, summary.Percentiles[7].Finish);
        Assert.Equal(new[] { "dig", "build" }, summary.Activities.Select(a => a.ActivityId));
        Assert.Contains("P80 37", summary.ToString());
    }

    [Fact]
    public void RoundTrip_SimulatedSummary_KeepsEveryFigureAndRow()
    {
        ProjectNetwork network = ProjectNetwork.Create(new[] { new Activity("dig", 10), new Activity("build", 20, new[] { new Dependency("dig") }) });
        ScheduleRiskModel model = ScheduleRiskModel.Create(
            network,
            new[] { ActivityUncertainty.Create("dig", UncertainValue.Triangular(8, 10, 15)), ActivityUncertainty.Create("build", UncertainValue.Pert(18, 20, 26)) },
            Array.Empty<RiskDriver>());
        ScheduleRiskSummary summary = ScheduleRiskSummary.From(MonteCarloSimulator.Run(model, new MonteCarloOptions { Iterations = 500, Seed = 3 }));

        string json = ProjectDeliveryJson.Serialize(summary);
        ScheduleRiskSummary back = ProjectDeliveryJson.Deserialize<ScheduleRiskSummary>(json);

        Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
        Assert.Equal((summary.Iterations, summary.DeterministicFinish, summary.MeanFinish, summary.FinishStandardDeviation), (back.Iterations, back.DeterministicFinish, back.MeanFinish, back.FinishStandardDeviation));
        Assert.Equal(summary.Percentiles.Select(p => (p.Probability, p.Finish, p.Cost)), back.Percentiles.Select(p => (p.Probability, p.Finish, p.Cost)));
        Assert.Equal(summary.Activities.Select(a => (a.ActivityId, a.CriticalityIndex, a.Sensitivity)), back.Activities.Select(a => (a.ActivityId, a.CriticalityIndex, a.Sensitivity)));
        Assert.Equal(summary.ToString(), back.ToString());
    }

    [Fact]
    public void Deserialize_InconsistentScheduleRiskSummary_ThrowsJsonExceptionNamingTheField()
    {
        Assert.Contains("percentiles: expected 10 rows", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ScheduleRiskSummary>(SummaryJson("""{"probability":0.5,"finish":1,"cost":0}"""))).Message);
        Assert.Contains("iterations 0", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ScheduleRiskSummary>(SummaryJson(iterations: "0"))).Message);
        string swapped = SummaryJson().Replace("\"finish\":30,", "\"finish\":99,");
        Assert.Contains("percentiles[1]", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ScheduleRiskSummary>(swapped)).Message);
    }
}
