using System.Globalization;
using System.Linq;
using System.Text.Json;
using CsCheck;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Reporting;
using ProjectDelivery.Serialization;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

/// <summary>Golden JSON, error cases and round trips of the simulation's outcome distributions and histogram bins.</summary>
public sealed class PlanningSimulationResultsJsonTests
{
    [Fact]
    public void Serialize_DistributionAndBin_WritesSortedSampleAndBinObject()
    {
        OutcomeDistribution distribution = ProjectDeliveryJson.Deserialize<OutcomeDistribution>("""{"sample":[12,10,11.5,10]}""");

        Assert.Equal("""{"sample":[10,10,11.5,12]}""", ProjectDeliveryJson.Serialize(distribution));
        Assert.Equal(10.875, distribution.Mean, 12);
        Assert.Equal(
            """{"lower":10,"upper":11,"count":2,"cumulativeProbability":0.5}""",
            ProjectDeliveryJson.Serialize(distribution.Histogram(10, 12, 2)[0]));
    }

    [Fact]
    public void Deserialize_InvalidDistributionOrBin_ThrowsJsonException()
    {
        Assert.Contains("at least one", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<OutcomeDistribution>("""{"sample":[]}""")).Message);
        Assert.Contains("'sample'", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<OutcomeDistribution>("{}")).Message);
        Assert.Contains("lower ≤ upper", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<HistogramBin>("""{"lower":3,"upper":2,"count":1,"cumulativeProbability":0.5}""")).Message);
        Assert.Contains("[0, 1]", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<HistogramBin>("""{"lower":1,"upper":2,"count":1,"cumulativeProbability":1.5}""")).Message);
    }

    [Fact]
    public void Serialize_ReportingRows_WritesTheirObjectsAndReadsThemBack()
    {
        const string row = """{"activityId":"A1","criticalityIndex":0.75,"sensitivity":-0.5}""";
        const string percentile = """{"probability":0.8,"finish":42.5,"cost":1000}""";

        Assert.Equal(row, ProjectDeliveryJson.Serialize(ProjectDeliveryJson.Deserialize<ActivityRiskRow>(row)));
        Assert.Equal("""{"activityId":"A2","criticalityIndex":0}""", ProjectDeliveryJson.Serialize(ProjectDeliveryJson.Deserialize<ActivityRiskRow>("""{"activityId":"A2","criticalityIndex":0}""")));
        SimulationPercentileRow p = ProjectDeliveryJson.Deserialize<SimulationPercentileRow>(percentile);
        Assert.Equal(percentile, ProjectDeliveryJson.Serialize(p));
        Assert.Equal(0.8, p.Probability);
        Assert.Contains("80", p.Label);
    }

    [Fact]
    public void Deserialize_ReportingRowsOutOfRange_ThrowJsonExceptionNamingTheRow()
    {
        Assert.Contains("'A1'", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ActivityRiskRow>("""{"activityId":"A1","criticalityIndex":1.5}""")).Message);
        Assert.Contains("[0, 1]", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<SimulationPercentileRow>("""{"probability":2,"finish":1,"cost":1}""")).Message);
    }

    [Fact]
    public void RoundTrip_RandomSamples_KeepEveryStatisticAndBin()
    {
        Gen.Double[-1e6, 1e6].Array[1, 200].Sample(values =>
        {
            OutcomeDistribution distribution = ProjectDeliveryJson.Deserialize<OutcomeDistribution>("{\"sample\":[" + string.Join(",", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "]}");
            OutcomeDistribution back = ProjectDeliveryJson.Deserialize<OutcomeDistribution>(ProjectDeliveryJson.Serialize(distribution));

            Assert.Equal(values.OrderBy(v => v).ToArray(), back.SortedSample.ToArray());
            Assert.Equal(distribution.Mean, back.Mean);
            Assert.Equal(distribution.StandardDeviation, back.StandardDeviation);
            Assert.Equal(distribution.Percentile(0.8), back.Percentile(0.8));
            Assert.All(distribution.Histogram(5), bin =>
            {
                HistogramBin copy = ProjectDeliveryJson.Deserialize<HistogramBin>(ProjectDeliveryJson.Serialize(bin));
                Assert.Equal((bin.Lower, bin.Upper, bin.Count, bin.CumulativeProbability), (copy.Lower, copy.Upper, copy.Count, copy.CumulativeProbability));
            });
        });
    }
}
