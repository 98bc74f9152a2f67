using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ProjectDelivery.Tests.Cli;

public sealed class EvmCommandTests
{
    private const string Minimal = """
        { "bac": 1000, "start": "2027-01-01", "periods": [
           { "end": "2027-01-31", "pv": 100, "ev": 80,  "ac": 90 },
           { "end": "2027-02-28", "pv": 250, "ev": 200, "ac": 240 },
           { "end": "2027-03-31", "pv": 450, "ev": 380, "ac": 430 },
           { "end": "2027-04-30", "pv": 200 } ] }
        """;

    private static (int Code, string Out, string Err) Run(string json, params string[] options)
    {
        string path = Path.Combine(Path.GetTempPath(), $"evm-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = ProjectDelivery.Cli.Program.Run(new[] { "evm", path }.Concat(options).ToArray(), stdout, stderr);
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static double Number(JsonElement e, string name) => e.GetProperty(name).GetDouble();

    [Fact]
    public void Execute_IssueMinimalExampleAsJson_PrintsStatusAndPeriods()
    {
        var (code, output, error) = Run(Minimal, "--json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        Assert.Equal(1000, Number(root, "bac"));
        Assert.Equal("2027-03-31", root.GetProperty("statusDate").GetString());
        Assert.Equal(3, root.GetProperty("periods").GetArrayLength());
        JsonElement s = root.GetProperty("status");
        Assert.Equal(800, Number(s, "pv"));
        Assert.Equal(660, Number(s, "ev"));
        Assert.Equal(760, Number(s, "ac"));
        Assert.Equal(-100, Number(s, "cv"));
        Assert.Equal(-140, Number(s, "sv"));
        Assert.Equal(660.0 / 760, Number(s, "cpi"), 1e-9);
        Assert.Equal(0.825, Number(s, "spi"), 1e-9);
        Assert.Equal(1000 / (660.0 / 760), Number(s, "eac"), 1e-9);
        Assert.Equal((1000 / (660.0 / 760)) - 760, Number(s, "etc"), 1e-9);
        Assert.Equal(1000 - (1000 / (660.0 / 760)), Number(s, "vac"), 1e-9);
        Assert.Equal(340.0 / 240, Number(s, "tcpi"), 1e-9);
        double es = 2 + (310.0 / 450);
        Assert.Equal(es, Number(s, "es"), 1e-9);
        Assert.Equal(es - 3, Number(s, "svt"), 1e-9);
        Assert.Equal(es / 3, Number(s, "spit"), 1e-9);
        Assert.Equal(4 / (es / 3), Number(s, "ieact"), 1e-9);
        Assert.Equal("2027-05-14", s.GetProperty("forecastFinish").GetString());

        JsonElement first = root.GetProperty("periods")[0];
        Assert.Equal("2027-01-31", first.GetProperty("end").GetString());
        Assert.Equal(100, Number(first, "pvPeriod"));
        Assert.Equal(80, Number(first, "evPeriod"));
        Assert.Equal(90, Number(first, "acPeriod"));
        JsonElement second = root.GetProperty("periods")[1];
        Assert.Equal(350, Number(second, "pv"));
        Assert.Equal(250, Number(second, "pvPeriod"));
        Assert.Equal(1.72, Number(second, "es"), 1e-9);
    }

    [Fact]
    public void Execute_NoCostYet_UndefinedMetricsAreJsonNull()
    {
        var (code, output, error) = Run("""{ "bac": 100, "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "pv": 0, "ev": 0, "ac": 0 }, { "end": "2027-02-28", "pv": 100 } ] }""", "--json");
        Assert.True(code == 0, error);
        JsonElement s = JsonDocument.Parse(output).RootElement.GetProperty("status");
        Assert.Equal(JsonValueKind.Null, s.GetProperty("cpi").ValueKind);
        Assert.Equal(JsonValueKind.Null, s.GetProperty("spi").ValueKind);
        Assert.Equal(JsonValueKind.Null, s.GetProperty("eac").ValueKind);
        Assert.Equal(1, Number(s, "es"));
        Assert.Equal(0, Number(s, "svt"));
        Assert.Equal(1, Number(s, "spit"));
        Assert.Equal("2027-02-28", s.GetProperty("forecastFinish").GetString());
        Assert.DoesNotContain("NaN", output);
    }

    [Fact]
    public void Execute_DefaultOutput_PrintsReadableTable()
    {
        var (code, output, _) = Run(Minimal);
        Assert.Equal(0, code);
        Assert.Contains("Status at 2027-03-31 (period 3)", output);
        Assert.Contains("2027-05-14", output);
        Assert.Contains("0.868", output);
    }

    [Fact]
    public void Execute_BundledSample_Succeeds()
    {
        string sample = Path.Combine(AppContext.BaseDirectory, "samples", "evm.json");
        var stdout = new StringWriter();
        Assert.Equal(0, ProjectDelivery.Cli.Program.Run(new[] { "evm", sample, "--json" }, stdout, new StringWriter()));
    }

    [Theory]
    [InlineData("""{ "bac": -1, "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "pv": 1, "ev": 1, "ac": 1 } ] }""", "bac")]
    [InlineData("""{ "bac": 10, "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "pv": 1, "ev": 1, "ac": 1 }, { "end": "2027-01-31", "pv": 1 } ] }""", "periods[1]")]
    [InlineData("""{ "bac": 10, "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "pv": 1, "ev": 1 } ] }""", "periods[0]")]
    [InlineData("""{ "bac": 10, "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "pv": "NaN", "ev": 1, "ac": 1 } ] }""", "periods[0].pv")]
    [InlineData("""{ "bac": 10, "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "pv": 1, "ev": 1, "ac": 1, "xx": 2 } ] }""", "periods[0].xx")]
    [InlineData("""{ "bac": 10, "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "pv": 1, "ev": 1, "ac": 1 } ], "other": true }""", "'other'")]
    [InlineData("""{ "bac": "10", "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "pv": 1, "ev": 1, "ac": 1 } ] }""", "bac")]
    [InlineData("""{ "bac": 10, "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "pv": 1 }, { "end": "2027-02-28", "pv": 1, "ev": 1, "ac": 1 } ] }""", "periods[1]")]
    [InlineData("""{ "bac": 10, "start": "2027-01-01", "periods": [ { "end": "2027-13-31", "pv": 1, "ev": 1, "ac": 1 } ] }""", "periods[0].end")]
    [InlineData("""{ "bac": 10, "start": "2027-01-01", "periods": [ { "end": "2026-12-31", "pv": 1, "ev": 1, "ac": 1 } ] }""", "periods[0]")]
    [InlineData("""{ "bac": 10, "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "pv": 1e999, "ev": 1, "ac": 1 } ] }""", "periods[0].pv")]
    [InlineData("""{ "bac": 10, "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "pv": 1, "ev": -1, "ac": 1 } ] }""", "periods[0].ev")]
    [InlineData("""{ "bac": 10, "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "pv": 1 } ] }""", "no period")]
    [InlineData("""{ "bac": 10, "start": "2027-01-01", "periods": [ """, "JSON")]
    [InlineData("""{ "bac": 10, "periods": [ { "end": "2027-01-31", "pv": 1, "ev": 1, "ac": 1 } ] }""", "'start'")]
    public void Execute_InvalidInput_ExitsTwoWithOneLineMessageNamingTheField(string json, string named)
    {
        var (code, output, error) = Run(json, "--json");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(named, error);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Execute_FileWithByteOrderMark_IsRead()
    {
        var (code, _, error) = Run("\uFEFF" + Minimal, "--json");
        Assert.True(code == 0, error);
    }

    [Fact]
    public void Execute_MissingFile_ExitsTwo()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, ProjectDelivery.Cli.Program.Run(new[] { "evm", "/nonexistent/evm.json" }, new StringWriter(), stderr));
        Assert.Contains("/nonexistent/evm.json", stderr.ToString());
    }

    [Fact]
    public void Execute_LateProjectWithPlannedPeriods_SpiOneButSpiTimeBelowOne()
    {
        const string json = """
            { "start": "2027-01-01", "plannedPeriods": 2, "periods": [
               { "end": "2027-01-31", "pv": 50, "ev": 25, "ac": 25 },
               { "end": "2027-02-28", "pv": 50, "ev": 25, "ac": 25 },
               { "end": "2027-03-31", "ev": 25, "ac": 25 },
               { "end": "2027-04-30", "ev": 25, "ac": 25 } ] }
            """;
        var (code, output, error) = Run(json, "--json");
        Assert.True(code == 0, error);
        JsonElement s = JsonDocument.Parse(output).RootElement.GetProperty("status");
        Assert.Equal(1, Number(s, "spi"));
        Assert.Equal(2, Number(s, "es"));
        Assert.Equal(0.5, Number(s, "spit"));
        Assert.Equal(4, Number(s, "ieact"));
        Assert.Equal("2027-04-30", s.GetProperty("forecastFinish").GetString());
    }
}
