using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Fulfilment;

public sealed class PromiseCommandTests
{
    private static readonly string Sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "promise.json"));

    private static readonly string Golden = Path.Combine(AppContext.BaseDirectory, "TestData", "promise");

    public static TheoryData<string> GoldenInputs()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(Golden, "ok"), "*.json").Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    public static TheoryData<string, string> ErrorInputs()
    {
        var data = new TheoryData<string, string>();
        foreach (string line in File.ReadAllLines(Path.Combine(Golden, "errors", "expected-errors.tsv")).Where(l => l.Length > 0))
        {
            string[] parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }

        return data;
    }

    /// <summary>Outputs captured from the CLI before its input moved onto the contract (TestData/promise/README.md): byte-identical.</summary>
    [Theory]
    [MemberData(nameof(GoldenInputs))]
    public void Promise_GoldenInput_PrintsTheCapturedOutput(string name)
    {
        string json = File.ReadAllText(Path.Combine(Golden, "ok", name + ".json"));

        (int textCode, string text, string textError) = SlaCommandTests.RunCommand("promise", json);
        (int jsonCode, string output, string jsonError) = SlaCommandTests.RunCommand("promise", json, "--json");

        Assert.True(textCode == 0, textError);
        Assert.True(jsonCode == 0, jsonError);
        Assert.Equal(File.ReadAllText(Path.Combine(Golden, "ok", name + ".expected.txt")), text);
        Assert.Equal(File.ReadAllText(Path.Combine(Golden, "ok", name + ".expected.json")), output);
    }

    [Theory]
    [MemberData(nameof(ErrorInputs))]
    public void Promise_InvalidInput_ExitsTwoWithTheExpectedMessage(string name, string expected)
    {
        string file = Path.Combine(Path.GetTempPath(), $"pd-promise-{Guid.NewGuid():N}.json");
        File.Copy(Path.Combine(Golden, "errors", name + ".json"), file);
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            int code = ProjectDelivery.Cli.Program.Run(new[] { "promise", file }, stdout, stderr);

            Assert.Equal(2, code);
            Assert.Equal(string.Empty, stdout.ToString());
            Assert.Equal(expected.Replace("{file}", file, StringComparison.Ordinal), stderr.ToString().TrimEnd('\n', '\r'));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Promise_BundledSample_PrintsPromisesAndLatestOrder()
    {
        (int code, string output, string error) = SlaCommandTests.RunCommand("promise", Sample, "--json");

        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement first = doc.RootElement.GetProperty("orders")[0];
        Assert.Equal("O-1", first.GetProperty("id").GetString());
        Assert.Equal("2027-04-02", first.GetProperty("promisedDate").GetString());
        Assert.Equal("2027-04-02T09:00:00-04:00", first.GetProperty("windowStart").GetString());
        Assert.Equal("2027-03-31T13:00:00Z", first.GetProperty("latestOrderAt").GetString());
        Assert.Equal(7, first.GetProperty("steps").GetArrayLength());
        Assert.Equal("2027-04-09", doc.RootElement.GetProperty("orders")[1].GetProperty("promisedDate").GetString());
        Assert.Equal("2027-03-31", doc.RootElement.GetProperty("orders")[2].GetProperty("promisedDate").GetString());
    }

    [Fact]
    public void Promise_Text_ExplainsEachStep()
    {
        (int code, string output, _) = SlaCommandTests.RunCommand("promise", Sample);

        Assert.Equal(0, code);
        Assert.Contains("After the 14:00 cut-off", output, StringComparison.Ordinal);
        Assert.Contains("order by 2027-03-31T13:00:00Z", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"processingDays\": 0", "\"processingDays\": 0, \"processingTime\": \"PT4H\"", "exactly one of")]
    [InlineData("\"Mon\", \"Wed\", \"Fri\"", "\"Mon\", \"Someday\"", "$.carrier.pickUpDays[1]")]
    [InlineData("\"cutOff\": \"14:00\"", "\"cutOff\": \"2pm\"", "$.warehouse.cutOff")]
    [InlineData("\"customerZone\": \"Asia/Tokyo\"", "\"customerZone\": \"Asia/Nowhere\"", "order 'O-3'")]
    [InlineData("\"transitDays\": 2", "\"transitDays\": -2", "$.carrier.transitDays")]
    public void Promise_HostileInput_ExitsTwoNamingTheField(string find, string replace, string named)
    {
        string json = Sample.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Sample, json);

        (int code, _, string error) = SlaCommandTests.RunCommand("promise", json);

        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }
}
