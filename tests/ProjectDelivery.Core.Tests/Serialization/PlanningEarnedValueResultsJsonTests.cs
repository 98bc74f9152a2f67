using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CsCheck;
using NodaTime;
using ProjectDelivery.Planning.EarnedValue;
using ProjectDelivery.Serialization;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

/// <summary>Golden JSON, error cases and round trips of the earned value results: metrics, nodes (with their sub-trees) and report rows.</summary>
public sealed class PlanningEarnedValueResultsJsonTests
{
    private static readonly ReportingCalendar Months = ReportingCalendar.Monthly(new LocalDate(2027, 1, 1), 4);

    private const string Options =
        """{"primaryEstimate":"cumulativeCpi","compositeCpiWeight":0.8,"thresholds":{"costPerformanceIndex":{"higherIsBetter":true,"greenBound":0.95,"amberBound":0.9},"schedulePerformanceIndex":{"higherIsBetter":true,"greenBound":0.95,"amberBound":0.9},"schedulePerformanceIndexTime":{"higherIsBetter":true,"greenBound":0.95,"amberBound":0.9},"toCompletePerformanceIndex":{"higherIsBetter":false,"greenBound":1.05,"amberBound":1.1},"costVariancePercent":{"higherIsBetter":true,"greenBound":-5,"amberBound":-10},"scheduleVariancePercent":{"higherIsBetter":true,"greenBound":-5,"amberBound":-10}}}""";

    private static EarnedValueReport Wbs() => EarnedValueAnalysis.Analyse(EarnedValueProject.Create(Months, new[]
    {
        ControlAccount.Create("1.1", 300, new double[] { 100, 200 }, new double[] { 80, 150 }, new double[] { 90, 170 }, parentId: "1", name: "Design", bottomUpEstimateToComplete: 60),
        ControlAccount.Create("1.2", 200, new double[] { 0, 50, 150 }, new double[] { 0, 60 }, new double[] { 0, 50 }, parentId: "1", bottomUpEstimateToComplete: 150),
        ControlAccount.Create("2", 500, new double[] { 0, 0, 200, 300 }, new double[] { 0, 0 }, new double[] { 0, 0 }),
    }, 2, new[] { new WbsElement("1", null, "Engineering") }));

    [Fact]
    public void Serialize_MetricsOfAnAnalysedAccount_WritesInputsDerivedFiguresAndOptions()
    {
        EarnedValueMetrics metrics = Wbs().Node("1.2").Status;

        Assert.Equal(
            """{"periodNumber":2,"date":"2027-02-28","budgetAtCompletion":200,"plannedValue":50,"earnedValue":60,"actualCost":50,"plannedValueInPeriod":50,"earnedValueInPeriod":60,"actualCostInPeriod":50,"bottomUpEstimateToComplete":150,"plannedDuration":3,"earnedSchedule":2.066666666666667,"forecastFinish":"2027-03-28","costVariance":10,"scheduleVariance":10,"costVariancePercent":16.666666666666668,"scheduleVariancePercent":20,"costPerformanceIndex":1.2,"schedulePerformanceIndex":1.2,"costVarianceInPeriod":10,"scheduleVarianceInPeriod":10,"costPerformanceIndexInPeriod":1.2,"schedulePerformanceIndexInPeriod":1.2,"percentComplete":30,"percentSpent":25,"estimateAtCompletionCumulativeCpi":166.66666666666669,"estimateAtCompletionAtBudgetedRate":190,"estimateAtCompletionCpiTimesSpi":147.22222222222223,"estimateAtCompletionComposite":166.66666666666669,"estimateAtCompletionBottomUp":200,"estimateAtCompletion":166.66666666666669,"estimateToComplete":116.66666666666669,"varianceAtCompletion":33.333333333333314,"toCompletePerformanceIndex":0.9333333333333333,"toCompletePerformanceIndexToEstimate":1.1999999999999997,"actualTime":2,"scheduleVarianceTime":0.06666666666666687,"schedulePerformanceIndexTime":1.0333333333333334,"independentEstimateAtCompletionTime":2.9032258064516125,"costPerformanceStatus":"green","schedulePerformanceStatus":"green","schedulePerformanceTimeStatus":"green","toCompletePerformanceStatus":"green","costVarianceStatus":"green","scheduleVarianceStatus":"green","options":"""
            + Options + "}",
            ProjectDeliveryJson.Serialize(metrics));
    }

    [Fact]
    public void Serialize_RowOfAnAnalysedAccount_WritesItsColumns()
    {
        EarnedValueRow row = Wbs().Rows().Single(r => r.NodeId == "1.1" && r.IsStatusPeriod);

        Assert.Equal(
            """{"nodeId":"1.1","parentId":"1","nodeName":"Design","nodeKind":"ControlAccount","level":2,"periodNumber":2,"periodStart":"2027-02-01","periodEnd":"2027-02-28","isStatusPeriod":true,"bac":300,"pv":300,"ev":230,"ac":260,"pvPeriod":200,"evPeriod":150,"acPeriod":170,"cv":-30,"sv":-70,"cvPercent":-13.043478260869565,"svPercent":-23.333333333333332,"cpi":0.8846153846153846,"spi":0.7666666666666667,"cpiPeriod":0.8823529411764706,"spiPeriod":0.75,"percentComplete":76.66666666666667,"eac":339.1304347826087,"etc":79.13043478260869,"vac":-39.13043478260869,"tcpi":1.75,"tcpiEac":0.8846153846153847,"eacBudgetedRate":330,"eacCpi":339.1304347826087,"eacCpiSpi":363.2136105860113,"eacComposite":341.29839189994044,"eacBottomUp":320,"es":1.65,"at":2,"pd":2,"svt":-0.3500000000000001,"spit":0.825,"ieact":2.4242424242424243,"forecastFinish":"2027-03-14","cpiStatus":"Red","spiStatus":"Red","spitStatus":"Red","tcpiStatus":"Red","cvStatus":"Red","svStatus":"Red"}""",
            ProjectDeliveryJson.Serialize(row));
    }

    [Fact]
    public void Serialize_Node_WritesFiguresSubTreeAndReportOnce()
    {
        EarnedValueReport report = Wbs();
        string json = ProjectDeliveryJson.Serialize(report.Node("1"));
        string Status(string id) => ProjectDeliveryJson.Serialize(report.Node(id).Status);

        Assert.Equal(
            "{\"id\":\"1\",\"name\":\"Engineering\",\"kind\":\"wbsElement\",\"parentId\":\"TOTAL\",\"level\":1,\"budgetAtCompletion\":500,\"bottomUpEstimateToComplete\":210,\"plannedDuration\":3,"
            + "\"status\":" + Status("1") + ",\"children\":["
            + "{\"id\":\"1.1\",\"name\":\"Design\",\"kind\":\"controlAccount\",\"parentId\":\"1\",\"level\":2,\"budgetAtCompletion\":300,\"bottomUpEstimateToComplete\":60,\"plannedDuration\":2,\"status\":" + Status("1.1") + "},"
            + "{\"id\":\"1.2\",\"kind\":\"controlAccount\",\"parentId\":\"1\",\"level\":2,\"budgetAtCompletion\":200,\"bottomUpEstimateToComplete\":150,\"plannedDuration\":3,\"status\":" + Status("1.2") + "}],"
            + "\"report\":" + ProjectDeliveryJson.Serialize(report) + "}",
            json);
        EarnedValueNode back = ProjectDeliveryJson.Deserialize<EarnedValueNode>(json);
        Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
        Assert.Equal(("1", 1, "TOTAL"), (back.Id, back.Level, back.ParentId));
    }

    [Fact]
    public void Deserialize_MinimalMetrics_RecomputesEveryDerivedFigure()
    {
        EarnedValueMetrics m = ProjectDeliveryJson.Deserialize<EarnedValueMetrics>(
            """{"periodNumber":2,"date":"2027-02-28","budgetAtCompletion":1000,"plannedValue":400,"earnedValue":300,"actualCost":360,"plannedValueInPeriod":200,"earnedValueInPeriod":150,"actualCostInPeriod":160,"plannedDuration":4,"earnedSchedule":1.5,"options":{}}""");

        Assert.Equal(-60, m.CostVariance);
        Assert.Equal(300.0 / 360, m.CostPerformanceIndex);
        Assert.Equal(1000 / (300.0 / 360), m.EstimateAtCompletion);
        Assert.Equal(0.75, m.SchedulePerformanceIndexTime);
        Assert.Equal(PerformanceStatus.Red, m.CostPerformanceStatus);
        Assert.Null(m.ForecastFinish);
        Assert.Null(m.EstimateAtCompletionBottomUp);
    }

    [Theory]
    [InlineData("\"costVariance\":-59,", "'costVariance'")]
    [InlineData("\"costPerformanceStatus\":\"green\",", "'costPerformanceStatus'")]
    [InlineData("\"estimateAtCompletionBottomUp\":5,", "'estimateAtCompletionBottomUp'")]
    [InlineData("\"forecastFinish\":\"2027-05-01\",\"earnedSchedule\":null,", "forecast finish")]
    public void Deserialize_MetricsInconsistentWithTheirInputs_ThrowsNamingThePeriodAndField(string extra, string expected)
    {
        string json = """{"periodNumber":2,"date":"2027-02-28","budgetAtCompletion":1000,"plannedValue":400,"earnedValue":300,"actualCost":360,"plannedValueInPeriod":200,"earnedValueInPeriod":150,"actualCostInPeriod":160,"plannedDuration":4,"earnedSchedule":1.5,"options":{},"""
            + extra.TrimEnd(',') + "}";

        Exception? error = Record.Exception(() => ProjectDeliveryJson.Deserialize<EarnedValueMetrics>(json));

        Assert.True(error is JsonException or ArgumentException, error?.ToString());
        Assert.Contains("period 2", error!.Message);
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("""{"periodNumber":1,"date":"2027-01-31","budgetAtCompletion":1,"plannedValue":1,"earnedValue":1,"actualCost":1,"plannedValueInPeriod":1,"earnedValueInPeriod":1,"plannedDuration":1,"options":{}}""", "'actualCostInPeriod'")]
    [InlineData("""{"periodNumber":1,"date":"2027-01-31","budgetAtCompletion":1e400,"plannedValue":1,"earnedValue":1,"actualCost":1,"plannedValueInPeriod":1,"earnedValueInPeriod":1,"actualCostInPeriod":1,"plannedDuration":1,"options":{}}""", "")]
    [InlineData("""{"periodNumber":1,"date":"2027-01-31","budgetAtCompletion":NaN,"plannedValue":1,"earnedValue":1,"actualCost":1,"plannedValueInPeriod":1,"earnedValueInPeriod":1,"actualCostInPeriod":1,"plannedDuration":1,"options":{}}""", "")]
    [InlineData("""{"periodNumber":1,"date":"2027-01-31","budgetAtCompletion":1,"plannedValue":1,"earnedValue":1,"actualCost":1,"plannedValueInPeriod":1,"earnedValueInPeriod":1,"actualCostInPeriod":1,"plannedDuration":1}""", "'options'")]
    public void Deserialize_MetricsWithMissingOrNonFiniteInput_ThrowsJsonException(string json, string expected)
    {
        JsonException error = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<EarnedValueMetrics>(json));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Deserialize_MetricsWithNegativePlannedDuration_ThrowsArgumentExceptionNamingThePeriod()
    {
        ArgumentException error = Assert.ThrowsAny<ArgumentException>(() => ProjectDeliveryJson.Deserialize<EarnedValueMetrics>(
            """{"periodNumber":3,"date":"2027-03-31","budgetAtCompletion":1,"plannedValue":1,"earnedValue":1,"actualCost":1,"plannedValueInPeriod":1,"earnedValueInPeriod":1,"actualCostInPeriod":1,"plannedDuration":-1,"options":{}}"""));

        Assert.Contains("period 3", error.Message);
        Assert.Contains("plannedDuration", error.ToString());
    }

    [Fact]
    public void Deserialize_NodeNotMatchingItsReport_ThrowsJsonExceptionNamingTheNode()
    {
        EarnedValueReport report = Wbs();
        string json = ProjectDeliveryJson.Serialize(report.Node("1"));
        string reportJson = ProjectDeliveryJson.Serialize(report);

        Assert.Contains("'budgetAtCompletion'", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<EarnedValueNode>("{\"id\":\"1\",\"budgetAtCompletion\":501,\"report\":" + reportJson + "}")).Message);
        Assert.Contains("'9'", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<EarnedValueNode>("{\"id\":\"9\",\"report\":" + reportJson + "}")).Message);
        Assert.Contains("'report'", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<EarnedValueNode>("""{"id":"1"}""")).Message);
        Assert.Contains("'children'", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<EarnedValueNode>("{\"id\":\"1\",\"children\":[{\"id\":\"1.2\"},{\"id\":\"1.1\"}],\"report\":" + reportJson + "}")).Message);
        Assert.Contains("'1.1'", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<EarnedValueNode>("{\"id\":\"1\",\"children\":[{\"id\":\"1.1\",\"level\":1},{\"id\":\"1.2\"}],\"report\":" + reportJson + "}")).Message);
        Assert.Contains("'status'", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<EarnedValueNode>(
            "{\"id\":\"1.1\",\"status\":" + ProjectDeliveryJson.Serialize(report.Node("1.2").Status) + ",\"report\":" + reportJson + "}")).Message);
        Assert.Equal("1.2", ProjectDeliveryJson.Deserialize<EarnedValueNode>("{\"id\":\"1.2\",\"report\":" + reportJson + "}").Id);
    }

    [Theory]
    [InlineData("\"cv\":-30,", "\"cv\":-31,", "'cv'")]
    [InlineData("\"cpiStatus\":\"Red\"", "\"cpiStatus\":\"Purple\"", "'cpiStatus'")]
    [InlineData("\"nodeKind\":\"ControlAccount\"", "\"nodeKind\":\"Project\"", "Project")]
    [InlineData("\"at\":2,", "\"at\":3,", "'at'")]
    [InlineData("\"pv\":300,", "\"pv\":1e400,", "")]
    [InlineData("\"periodEnd\":\"2027-02-28\"", "\"periodEnd\":\"2026-02-28\"", "'periodEnd'")]
    public void Deserialize_InvalidRow_ThrowsJsonExceptionNamingTheRow(string from, string to, string expected)
    {
        string json = ProjectDeliveryJson.Serialize(Wbs().Rows().Single(r => r.NodeId == "1.1" && r.IsStatusPeriod));
        Assert.Contains(from, json);

        JsonException error = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<EarnedValueRow>(json.Replace(from, to)));

        Assert.Contains(expected, error.Message);
        if (!to.Contains("1e400", StringComparison.Ordinal))
        {
            Assert.Contains("'1.1' period 2", error.Message);
        }
    }

    [Fact]
    public void Deserialize_RowWithStatusButUndefinedMetric_ThrowsJsonException()
    {
        string json = ProjectDeliveryJson.Serialize(Wbs().Rows().Single(r => r.NodeId == "2" && r.PeriodNumber == 1));
        Assert.Contains("\"cpiStatus\":\"Undefined\"", json);

        Assert.Contains("'cpiStatus'", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<EarnedValueRow>(json.Replace("\"cpiStatus\":\"Undefined\"", "\"cpiStatus\":\"Green\""))).Message);
    }

    private static readonly Gen<EarnedValueReport> Reports =
        from periods in Gen.Int[1, 6]
        from status in Gen.Int[0, periods]
        from accounts in Gen.Select(Gen.Double[0, 1000].Array[periods], Gen.Double[0, 1000].Array[status], Gen.Double[0, 1000].Array[status], Gen.Int[0, 3], Gen.Double[0, 500].Array[0, 1]).Array[1, 5]
        from options in Gen.Select(Gen.Int[0, 4], Gen.Double[0, 1])
        select Report(periods, status, accounts, options);

    private static EarnedValueReport Report(int periods, int status, (double[] Pv, double[] Ev, double[] Ac, int Parent, double[] Etc)[] accounts, (int Primary, double Weight) options)
    {
        var elements = new[] { new WbsElement("W1", null, "Works"), new WbsElement("W2", "W1"), new WbsElement("W3") };
        var list = accounts.Select((a, i) => ControlAccount.Create(
            "CA" + i, a.Pv.Sum() + (i * 10), a.Pv, a.Ev, a.Ac, a.Parent == 0 ? null : "W" + a.Parent, i % 2 == 0 ? "account " + i : null, a.Etc.Length == 0 ? null : a.Etc[0]));
        EarnedValueProject project = EarnedValueProject.Create(ReportingCalendar.Monthly(new LocalDate(2027, 1, 1), periods), list, status, elements);
        return EarnedValueAnalysis.Analyse(project, new EarnedValueOptions { PrimaryEstimate = (EstimateAtCompletionMethod)options.Primary, CompositeCpiWeight = options.Weight });
    }

    [Fact]
    public void RoundTrip_RandomReports_MetricsRowsAndNodesReserialiseIdentically()
    {
        int rows = 0;
        Reports.Sample(report =>
        {
            foreach (EarnedValueNode node in report.Nodes)
            {
                for (int k = 0; k <= report.Project.StatusPeriodCount; k++)
                {
                    EarnedValueMetrics metrics = node.MetricsAt(k);
                    string json = ProjectDeliveryJson.Serialize(metrics);
                    EarnedValueMetrics back = ProjectDeliveryJson.Deserialize<EarnedValueMetrics>(json);
                    Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
                    Assert.Equal(metrics.ForecastFinish, back.ForecastFinish);
                    Assert.Equal(metrics.EstimateAtCompletion, back.EstimateAtCompletion);
                }
            }

            foreach (EarnedValueRow row in report.Rows())
            {
                string json = ProjectDeliveryJson.Serialize(row);
                EarnedValueRow back = ProjectDeliveryJson.Deserialize<EarnedValueRow>(json);
                Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
                Assert.Equal((row.NodeId, row.PeriodStart, row.Eac, row.ForecastFinish, row.SvStatus), (back.NodeId, back.PeriodStart, back.Eac, back.ForecastFinish, back.SvStatus));
                rows++;
            }

            string tree = ProjectDeliveryJson.Serialize(report.Total);
            EarnedValueNode total = ProjectDeliveryJson.Deserialize<EarnedValueNode>(tree);
            Assert.Equal(tree, ProjectDeliveryJson.Serialize(total));
            Assert.Equal(report.Nodes.Select(n => (n.Id, n.Level, n.ParentId)), ProjectDeliveryJson.Deserialize<EarnedValueNode>(tree).Report.Nodes.Select(n => (n.Id, n.Level, n.ParentId)));
            EarnedValueNode leaf = report.Nodes[report.Nodes.Count - 1];
            Assert.Equal(ProjectDeliveryJson.Serialize(leaf), ProjectDeliveryJson.Serialize(ProjectDeliveryJson.Deserialize<EarnedValueNode>(ProjectDeliveryJson.Serialize(leaf))));
        }, iter: 200);

        Assert.True(rows >= 1000, $"only {rows} rows were checked");
    }
}
