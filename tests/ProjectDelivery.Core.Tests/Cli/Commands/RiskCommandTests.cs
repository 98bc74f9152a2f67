using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ProjectDelivery.Cli;
using Xunit;

namespace ProjectDelivery.Tests.Cli.Commands;

public sealed class RiskCommandTests : IDisposable
{
    private const string Minimal = """
        { "iterations": 20000, "seed": 42,
          "activities": [
            { "id": "A", "duration": { "distribution": "triangular", "min": 2, "mostLikely": 4, "max": 9 } },
            { "id": "B", "duration": { "distribution": "normal", "mean": 10, "sd": 2 }, "predecessors": [ { "id": "A" } ] },
            { "id": "C", "duration": 5, "predecessors": [ { "id": "A", "type": "SS", "lag": 1 } ] } ],
          "risks": [ { "id": "R1", "probability": 0.3,
                       "impact": { "distribution": "triangular", "min": 1, "mostLikely": 2, "max": 5 }, "activities": [ "B" ] } ] }
        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "risk-cli-" + Guid.NewGuid().ToString("N"));

    public RiskCommandTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string json)
    {
        string path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Json_MinimalExample_HasPrescribedFieldsAndAnalyticValues()
    {
        (int code, string output, string error) = Run("risk", Write(Minimal), "--json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        JsonElement finish = root.GetProperty("finish");
        double previous = double.MinValue;
        foreach (int p in new[] { 10, 20, 30, 40, 50, 60, 70, 80, 90 })
        {
            double value = finish.GetProperty("p" + p).GetDouble();
            Assert.True(value >= previous);
            previous = value;
        }

        // finish ≈ A + B + risk on B (C ends at 6 and is almost never critical): mean 5 + 10 + 0.3·8/3.
        double sd = finish.GetProperty("sd").GetDouble();
        double tolerance = 4.5 * sd / Math.Sqrt(20000);
        Assert.InRange(finish.GetProperty("mean").GetDouble(), 15.8 - tolerance, 15.8 + tolerance);
        Assert.Equal(1.0, root.GetProperty("criticality").GetProperty("A").GetDouble());
        Assert.InRange(root.GetProperty("criticality").GetProperty("C").GetDouble(), 0.0, 0.001);
        Assert.Equal(new[] { "A", "B", "C" }, root.GetProperty("criticality").EnumerateObject().Select(p => p.Name));
        JsonElement sensitivity = root.GetProperty("sensitivity");
        Assert.True(sensitivity.GetProperty("B").GetDouble() > sensitivity.GetProperty("R1").GetDouble());
        Assert.True(sensitivity.GetProperty("R1").GetDouble() > 0.2);
        Assert.False(sensitivity.TryGetProperty("C", out _)); // fixed durations have no sensitivity
        Assert.Equal(0.3 * (1 + 2 + 5) / 3.0, root.GetProperty("emvSchedule").GetDouble(), 12);
        Assert.Equal(20000, root.GetProperty("iterations").GetInt32());
        Assert.Equal(20000, root.GetProperty("finishHistogram").EnumerateArray().Sum(b => b.GetProperty("count").GetInt64()));
    }

    [Fact]
    public void Options_IterationsAndSeed_OverrideFileAndAreDeterministic()
    {
        string file = Write(Minimal);
        (int _, string a, string _) = Run("risk", file, "--iterations", "3000", "--seed", "7", "--json");
        (int _, string b, string _) = Run("risk", file, "--iterations", "3000", "--seed", "7", "--json");
        (int _, string c, string _) = Run("risk", file, "--iterations", "3000", "--seed", "8", "--json");
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        using JsonDocument doc = JsonDocument.Parse(a);
        Assert.Equal(3000, doc.RootElement.GetProperty("iterations").GetInt32());
        Assert.Equal(7, doc.RootElement.GetProperty("seed").GetInt64());
    }

    [Fact]
    public void Text_Sample_PrintsRegisterAndSimulationSummary()
    {
        string sample = Path.Combine(AppContext.BaseDirectory, "samples", "risk.json");
        (int code, string output, string error) = Run("risk", sample, "--iterations", "2000");
        Assert.True(code == 0, error);
        Assert.Contains("Risk register", output, StringComparison.Ordinal);
        Assert.Contains("P80", output, StringComparison.Ordinal);
        Assert.Contains("joint confidence", output, StringComparison.Ordinal);
        Assert.Contains("Tornado", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "activities": [ { "id": "A", "duration": { "distribution": "gamma", "min": 1 } } ] }""", "$.activities[0] (activity 'A').duration.distribution")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": { "distribution": "triangular", "min": 1, "max": 3 } } ] }""", "mostLikely")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": { "distribution": "triangular", "min": 5, "mostLikely": 1, "max": 3 } } ] }""", "activity 'A'")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1 } ], "risks": [ { "id": "R", "probability": 1.5, "impact": 1, "activities": [ "A" ] } ] }""", "probability")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1 } ], "risks": [ { "id": "R", "probability": 0.5, "impact": 1, "activities": [ "Z" ] } ] }""", "'Z'")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1 } ], "risks": [ { "id": "R", "probability": 0.5, "impact": 1 } ] }""", "risk 'R'")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1 }, { "id": "B", "duration": 1 } ], "correlations": [ { "activities": [ "A" ], "coefficient": 0.5 } ] }""", "two activity ids")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1, "predecessors": [ { "id": "Q" } ] } ] }""", "'Q'")]
    public void InvalidInput_ExitsWithCode2AndNamesTheItem(string json, string expected)
    {
        (int code, string _, string error) = Run("risk", Write(json));
        Assert.Equal(Program.InvalidInput, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_CalendarMode_ConvertsTargetDateAndPercentilesToDates()
    {
        // Fixed 10-day activity from Monday 2027-01-04 08:00 on the standard calendar: finishes Friday 2027-01-15 17:00.
        const string json = """
            { "start": "2027-01-04T08:00", "iterations": 1000, "targetFinish": "2027-01-15T12:00",
              "activities": [ { "id": "A", "duration": 10 } ],
              "risks": [ { "id": "R", "probability": 1, "impact": 5, "activities": [ "A" ] } ] }
            """;
        (int code, string output, string error) = Run("risk", Write(json), "--json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal("2027-01-15T17:00:00", doc.RootElement.GetProperty("finishDates").GetProperty("deterministic").GetString());
        Assert.Equal("2027-01-22T17:00:00", doc.RootElement.GetProperty("finishDates").GetProperty("p50").GetString());
        Assert.Equal(9.5, doc.RootElement.GetProperty("targetFinish").GetDouble(), 9);
        Assert.Equal(0.0, doc.RootElement.GetProperty("probabilityOfTarget").GetDouble());
    }

    [Fact]
    public void Options_UnknownOption_IsRejected()
    {
        (int code, string _, string error) = Run("risk", Write(Minimal), "--threads", "2");
        Assert.Equal(Program.InvalidInput, code);
        Assert.Contains("--threads", error, StringComparison.Ordinal);
    }
}
