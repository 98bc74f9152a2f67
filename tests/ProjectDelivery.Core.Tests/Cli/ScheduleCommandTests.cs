using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ProjectDelivery.Cli;
using Xunit;

namespace ProjectDelivery.Tests.Cli;

public sealed class ScheduleCommandTests
{
    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    internal static string TempJson(string json)
    {
        string path = Path.Combine(Path.GetTempPath(), "pdcore-test-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Schedule_IssueMinimalForm_PrintsExactJsonFields()
    {
        string file = TempJson("""
            { "activities": [
                { "id": "A", "duration": 3 },
                { "id": "B", "duration": 2, "predecessors": [ { "id": "A", "type": "FS", "lag": 0 } ] },
                { "id": "C", "duration": 4, "predecessors": [ { "id": "A", "type": "SS", "lag": 1 } ] } ] }
            """);
        (int code, string output, _) = Run("schedule", file, "--json");
        Assert.Equal(0, code);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal(5, doc.RootElement.GetProperty("projectFinish").GetDouble());
        JsonElement c = doc.RootElement.GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "C");
        Assert.Equal(1, c.GetProperty("earlyStart").GetDouble());
        Assert.Equal(5, c.GetProperty("earlyFinish").GetDouble());
        Assert.Equal(1, c.GetProperty("lateStart").GetDouble());
        Assert.Equal(5, c.GetProperty("lateFinish").GetDouble());
        Assert.Equal(0, c.GetProperty("totalFloat").GetDouble());
        Assert.Equal(0, c.GetProperty("freeFloat").GetDouble());
        Assert.True(c.GetProperty("critical").GetBoolean());
    }

    [Fact]
    public void Schedule_CalendarForm_PrintsIsoLocalDates()
    {
        string file = TempJson("""
            { "start": "2027-01-04T08:00", "calendar": { "hours": { "Mon": "08:00-12:00,13:00-17:00", "Tue": "08:00-12:00,13:00-17:00",
              "Wed": "08:00-12:00,13:00-17:00", "Thu": "08:00-12:00,13:00-17:00", "Fri": "08:00-12:00,13:00-17:00" }, "holidays": [ "2027-01-05" ] },
              "activities": [ { "id": "A", "duration": 2 }, { "id": "B", "duration": "PT4H", "predecessors": [ { "id": "A" } ] } ] }
            """);
        (int code, string output, _) = Run("schedule", file, "--json");
        Assert.Equal(0, code);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal("2027-01-06T17:00:00", doc.RootElement.GetProperty("activities")[0].GetProperty("earlyFinish").GetString());
        Assert.Equal("2027-01-07T12:00:00", doc.RootElement.GetProperty("projectFinish").GetString());
    }

    [Theory]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1, "predecessors": [ { "id": "B" } ] }, { "id": "B", "duration": 1, "predecessors": [ { "id": "A" } ] } ] }""", "cycle")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": -1 } ] }""", "activity 'A'")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1 }, { "id": "A", "duration": 2 } ] }""", "duplicate activity id 'A'")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1, "predecessors": [ { "id": "Q" } ] } ] }""", "'Q'")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": "x" } ] }""", "activity 'A'")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1e999 } ] }""", "finite")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1, "predecessors": [ { "id": "B", "type": "XX" } ] }, { "id": "B", "duration": 1 } ] }""", "XX")]
    [InlineData("""{ "activities": [ { "id": "A" """, "invalid JSON at line 1")]
    [InlineData("""{ "acts": [] }""", "activities")]
    public void Schedule_InvalidFile_ExitsTwoWithOneLineNamingTheProblem(string json, string expected)
    {
        (int code, string output, string error) = Run("schedule", TempJson(json), "--json");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Schedule_MissingFile_ExitsTwo()
    {
        (int code, _, string error) = Run("schedule", "/nonexistent/file.json");
        Assert.Equal(2, code);
        Assert.Contains("not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_RunsEveryStepSuccessfully()
    {
        (int code, string output, string error) = Run("demo");
        Assert.True(code == 0, error);
        Assert.Contains("Critical path:", output, StringComparison.Ordinal);
    }
}
