using System.Linq;
using System.Text.Json;
using ProjectDelivery.Tests.Cli;
using Xunit;

namespace ProjectDelivery.Tests.Interop;

public sealed class ScheduleFileCliTests
{
    [Fact]
    public void Schedule_MspdiFile_JsonIdsAreTaskUidsAndDatesIsoLocal()
    {
        (int code, string output, string error) = ScheduleCommandTests.Run("schedule", ScheduleSamples.PathOf(ScheduleSamples.Relations), "--json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal("2006-09-21T08:00:00", doc.RootElement.GetProperty("projectStart").GetString());
        Assert.Equal("2006-09-25T17:00:00", doc.RootElement.GetProperty("projectFinish").GetString());
        JsonElement[] activities = doc.RootElement.GetProperty("activities").EnumerateArray().ToArray();
        Assert.Equal(new[] { "1", "2", "3", "4", "5" }, activities.Select(a => a.GetProperty("id").GetString()).ToArray());
        JsonElement task5 = activities.Single(a => a.GetProperty("id").GetString() == "5");
        Assert.Equal("2006-09-22T08:00:00", task5.GetProperty("earlyStart").GetString());
        Assert.Equal(480, task5.GetProperty("totalFloat").GetDouble()); // minutes: the file's 4800 tenths
    }

    [Fact]
    public void Schedule_XerFile_JsonIdsAreTaskCodes()
    {
        (int code, string output, string error) = ScheduleCommandTests.Run("schedule", ScheduleSamples.PathOf(ScheduleSamples.PercentComplete), "--json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement a1020 = doc.RootElement.GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "A1020");
        Assert.Equal("2015-02-24T08:00:00", a1020.GetProperty("earlyStart").GetString());
        Assert.Equal("2015-03-30T16:00:00", a1020.GetProperty("earlyFinish").GetString());
        Assert.Equal("inProgress", a1020.GetProperty("status").GetString());
    }

    [Fact]
    public void Schedule_BrokenXml_ExitsTwoWithFileAndLine()
    {
        string file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pdcore-broken-" + System.Guid.NewGuid().ToString("N") + ".xml");
        System.IO.File.WriteAllText(file, "<?xml version=\"1.0\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\">\n<StartDate>soon</StartDate>\n</Project>\n");
        (int code, _, string error) = ScheduleCommandTests.Run("schedule", file);
        Assert.Equal(2, code);
        Assert.Contains(file + ":3 [StartDate]", error);
    }

    [Fact]
    public void Schedule_MspdiFileTable_PrintsCriticalPath()
    {
        (int code, string output, _) = ScheduleCommandTests.Run("schedule", ScheduleSamples.PathOf(ScheduleSamples.Legacy));
        Assert.Equal(0, code);
        Assert.Contains("Critical path:  2", output);
    }

    [Theory]
    [InlineData("FT_FF", 4)]
    [InlineData("FT_SF", 0)]
    public void Schedule_XerFloatType_JsonTotalFloatFollowsTheFile(string floatType, double expected)
    {
        // Same project as XerReaderTests.TotalFloatAsFile_FloatTypeOption_IsHonoured: A has 4 h finish float, 0 start float.
        string text = XerReaderTests.Minimal(
            "%R\t1\t1\t\t\tA\tFirst\tTK_Active\tTT_Task\t16\t4\t2024-01-08 08:00\t\t\t\t\n"
            + "%R\t2\t1\t\t\tB\tSecond\tTK_NotStart\tTT_Task\t8\t8\t\t\t\t\t\n",
            string.Empty, "\tsched_float_type", "\t" + floatType).Replace("2024-01-08 00:00\t2024-01-08 08:00", "2024-01-09 00:00\t2024-01-08 08:00");
        string file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pdcore-float-" + System.Guid.NewGuid().ToString("N") + ".xer");
        System.IO.File.WriteAllText(file, text);
        (int code, string output, string error) = ScheduleCommandTests.Run("schedule", file, "--json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement a = doc.RootElement.GetProperty("activities").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "A");
        Assert.Equal(expected, a.GetProperty("totalFloat").GetDouble(), 9);
    }
}
