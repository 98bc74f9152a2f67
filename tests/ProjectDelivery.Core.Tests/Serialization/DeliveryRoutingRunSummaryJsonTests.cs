using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CsCheck;
using ProjectDelivery.Cli;
using ProjectDelivery.Delivery.Routing.Solutions;
using ProjectDelivery.Serialization;
using ProjectDelivery.Tests.Interop.Routing;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

/// <summary>
/// <see cref="RoutingRunSummary"/>, the JSON that <c>pdcore route --json</c> prints: golden text for file-numbered and named ids, the
/// CLI's output read back and written again byte for byte, random round trips, and one test per reading check.
/// </summary>
public sealed class DeliveryRoutingRunSummaryJsonTests
{
    private static readonly UnassignedReason[] Reasons = Enum.GetValues(typeof(UnassignedReason)).Cast<UnassignedReason>().ToArray();

    [Fact]
    public void Summary_FileNumberedIds_GoldenJson()
    {
        var summary = new RoutingRunSummary(
            828.936, new[] { new[] { "5", "3" }, new[] { "7" } }, new[] { new LeftOutJob("9", UnassignedReason.TimeWindow) }, 1828.936, 0.512, 1234, numericIds: true);

        Assert.Equal(
            """{"distance":828.936,"vehicles":2,"routes":[[5,3],[7]],"unassigned":[9],"unassignedReasons":[{"id":9,"reason":"timeWindow"}],"cost":1828.936,"seconds":0.512,"iterations":1234}""",
            Compact(summary));
    }

    [Fact]
    public void Summary_NamedIds_GoldenJson()
    {
        var summary = new RoutingRunSummary(
            12.5, new[] { new[] { "A-101", "B-2" } }, new[] { new LeftOutJob("E-501", UnassignedReason.NotWorthServing), new LeftOutJob("E-503", UnassignedReason.FleetExhausted) },
            40, 2, 0, numericIds: false);

        Assert.Equal(
            """{"distance":12.5,"vehicles":1,"routes":[["A-101","B-2"]],"unassigned":["E-501","E-503"],"unassignedReasons":[{"id":"E-501","reason":"notWorthServing"},{"id":"E-503","reason":"fleetExhausted"}],"cost":40,"seconds":2,"iterations":0}""",
            Compact(summary));
        Assert.Equal("""{"id":"E-501","reason":"notWorthServing"}""", ProjectDeliveryJson.Serialize(summary.LeftOut[0]));
        Assert.Equal(summary.LeftOut[1], ProjectDeliveryJson.Deserialize<LeftOutJob>("""{"id":"E-503","reason":"fleetExhausted"}"""));
    }

    [Theory]
    [InlineData("C101.txt")]
    [InlineData("berlin52.tsp")]
    public void RouteCommand_Json_IsTheSummaryWrittenAgainByteForByte(string file)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = Program.Run(new[] { "route", ReaderTests.DataPath(file), "--max-iterations", "200", "--time-limit", "30", "--json" }, stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        string output = stdout.ToString().TrimEnd();

        RoutingRunSummary back = ProjectDeliveryJson.Deserialize<RoutingRunSummary>(output);

        Assert.True(back.NumericIds);
        Assert.Equal(output, Compact(back));
    }

    [Fact]
    public void Summary_RandomSummaries_RoundTripExactly()
    {
        Gen<RoutingRunSummary> summaries =
            Gen.Select(Gen.Int[1, 40], Gen.Int[0, 6], Gen.Bool, Gen.Double[0, 1e6], Gen.Double[-1e6, 1e6], Gen.Double[0, 1e4], Gen.Long[0, long.MaxValue], Gen.Int[0, int.MaxValue])
                .Select(t =>
                {
                    (int jobs, int routeLimit, bool numeric, double distance, double cost, double seconds, long iterations, int seed) = t;
                    int routeCount = Math.Min(routeLimit, jobs);
                    var random = new Random(seed);
                    string[] ids = Enumerable.Range(0, jobs).Select(i => numeric ? (i * 7 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : $"job-{i}\u00e9&<").OrderBy(_ => random.Next()).ToArray();
                    int served = routeCount == 0 ? 0 : random.Next(routeCount, jobs + 1);
                    var routes = Enumerable.Range(0, Math.Min(routeCount, served)).Select(r => ids.Take(served).Where((_, k) => k % Math.Min(routeCount, served) == r).ToArray()).ToArray();
                    LeftOutJob[] left = ids.Skip(served).Select(id => new LeftOutJob(id, Reasons[random.Next(Reasons.Length)])).ToArray();
                    return new RoutingRunSummary(Math.Round(distance, 6), routes, left, Math.Round(cost, 6), Math.Round(seconds, 3), iterations, numeric);
                });

        summaries.Sample(summary =>
        {
            string json = Compact(summary);
            RoutingRunSummary back = ProjectDeliveryJson.Deserialize<RoutingRunSummary>(json);
            Assert.Equal(json, Compact(back));
            Assert.Equal(summary.Distance, back.Distance);
            Assert.Equal(summary.Cost, back.Cost);
            Assert.Equal(summary.Seconds, back.Seconds);
            Assert.Equal(summary.Iterations, back.Iterations);
            Assert.Equal(summary.NumericIds, back.NumericIds);
            Assert.Equal(summary.Routes.Select(r => string.Join(",", r)), back.Routes.Select(r => string.Join(",", r)));
            Assert.Equal(summary.LeftOut, back.LeftOut);
        }, iter: 2000);
    }

    [Theory]
    [InlineData("""{"distance":1,"vehicles":2,"routes":[[1]],"unassigned":[],"unassignedReasons":[],"cost":1,"seconds":0,"iterations":0}""", "$.vehicles")]
    [InlineData("""{"distance":1,"vehicles":1,"routes":[[1]],"unassigned":[2],"unassignedReasons":[],"cost":1,"seconds":0,"iterations":0}""", "$.unassignedReasons")]
    [InlineData("""{"distance":1,"vehicles":1,"routes":[[1,"b"]],"unassigned":[],"unassignedReasons":[],"cost":1,"seconds":0,"iterations":0}""", "$.routes[0][1]")]
    [InlineData("""{"distance":1,"vehicles":1,"routes":[[1,1]],"unassigned":[],"unassignedReasons":[],"cost":1,"seconds":0,"iterations":0}""", "Job '1' is listed twice")]
    [InlineData("""{"distance":1,"vehicles":1,"routes":[[]],"unassigned":[],"unassignedReasons":[],"cost":1,"seconds":0,"iterations":0}""", "Route 1 is empty")]
    [InlineData("""{"distance":"NaN","vehicles":0,"routes":[],"unassigned":[],"unassignedReasons":[],"cost":1,"seconds":0,"iterations":0}""", "$.distance")]
    [InlineData("""{"distance":1e400,"vehicles":0,"routes":[],"unassigned":[],"unassignedReasons":[],"cost":1,"seconds":0,"iterations":0}""", "$.distance")]
    [InlineData("""{"distance":1,"vehicles":0,"routes":[],"unassigned":[],"unassignedReasons":[],"cost":1,"seconds":-1,"iterations":0}""", "$.seconds")]
    [InlineData("""{"distance":1,"vehicles":0,"routes":[],"unassigned":[],"unassignedReasons":[],"cost":1,"seconds":0,"iterations":-3}""", "$.iterations")]
    [InlineData("""{"distance":1,"vehicles":0,"routes":[],"unassigned":["a"],"unassignedReasons":[{"id":"a","reason":"lazy"}],"cost":1,"seconds":0,"iterations":0}""", "$.unassignedReasons[0].reason")]
    [InlineData("""{"distance":1,"vehicles":0,"routes":[],"unassigned":[],"unassignedReasons":[],"cost":1,"seconds":0}""", "'iterations'")]
    [InlineData("""[1]""", "$: expected an object")]
    public void Summary_BadJson_FailsNamingTheField(string json, string expected)
    {
        Exception error = Assert.ThrowsAny<Exception>(() => ProjectDeliveryJson.Deserialize<RoutingRunSummary>(json));

        Assert.True(error is JsonException or ArgumentException, error.GetType().Name);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Constructor_NumericIdsThatAreNotIntegers_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new RoutingRunSummary(1, new[] { new[] { "x" } }, Array.Empty<LeftOutJob>(), 1, 0, 0, numericIds: true));
        Assert.Contains("Job 'x' is not an integer", error.Message);
    }

    /// <summary>The summary written as the CLI writes it: a compact writer with the default encoder.</summary>
    private static string Compact(RoutingRunSummary summary)
    {
        var info = (JsonTypeInfo<RoutingRunSummary>)ProjectDeliveryJson.Options.GetTypeInfo(typeof(RoutingRunSummary));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonSerializer.Serialize(writer, summary, info);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
