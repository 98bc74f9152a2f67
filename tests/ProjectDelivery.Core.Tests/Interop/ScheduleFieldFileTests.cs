using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Interop;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Tests.Cli;
using Xunit;

namespace ProjectDelivery.Tests.Interop;

/// <summary>
/// Files from the field: every file MS Project or P6 saved (TestData/schedules, copies of the shared sample set) and the
/// hand-written files in other writers' layouts load through the readers and the CLI, and rescheduling them reproduces
/// the early dates stored in the file (differences are explained in docs/interop.md).
/// </summary>
public sealed class ScheduleFieldFileTests
{
    public static TheoryData<string> EveryFile()
    {
        var data = new TheoryData<string>();
        foreach (string file in ScheduleSamples.Real.Concat(ScheduleSamples.Field))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryFile))]
    public void Read_EveryFieldFile_LoadsAndSchedules(string file)
    {
        ImportedSchedule project = ScheduleSamples.Read(file);
        Schedule<LocalDateTime> schedule = project.Schedule();
        Assert.Equal(project.Network.Count, schedule.Activities.Count);
    }

    [Theory]
    // MS Project 2016 / 2019 files (BaseCalendarUID 0 on the base calendar). Assignments2019 has progress but no StatusDate:
    // it is scheduled from its actual dates as MS Project does (docs/interop.md, "Agreement with the files' own results").
    [InlineData(ScheduleSamples.Assignments2019, 3, 0, 3, 0, 3, 0)]
    [InlineData(ScheduleSamples.TaskCosts2019, 10, 0, 10, 0, 10, 0)]
    [InlineData(ScheduleSamples.ResourceTypes2016, 0, 0, 0, 0, 0, 0)]
    // Hand-written files in the layouts of other writers.
    [InlineData(ScheduleSamples.P6FieldLayout, 4, 0, 5, 0, 5, 0)]
    [InlineData(ScheduleSamples.ProjectLibreStyle, 4, 0, 4, 0, 4, 0)]
    [InlineData(ScheduleSamples.GanttProjectStyle, 4, 0, 4, 0, 4, 0)]
    [InlineData(ScheduleSamples.ProjectOnlineStyle, 4, 0, 4, 0, 4, 0)]
    public void Schedule_FieldFile_ReproducesStoredEarlyDates(string file, int esEqual, int esDiffer, int efEqual, int efDiffer, int tfEqual, int tfDiffer)
    {
        ScheduleSamples.Agreement agreement = ScheduleSamples.Compare(ScheduleSamples.Read(file));
        Assert.True(
            (esEqual, esDiffer, efEqual, efDiffer, tfEqual, tfDiffer)
                == (agreement.EarlyStartEqual, agreement.EarlyStartDiffer, agreement.EarlyFinishEqual, agreement.EarlyFinishDiffer, agreement.FloatEqual, agreement.FloatDiffer),
            $"{file}: {agreement}");
    }

    [Fact]
    public void Read_ManuallyScheduledTask_StaysAtItsStart()
    {
        // MS Project 2010 and later do not move a manually scheduled task (Manual=1) when its predecessor moves.
        string xml = "<?xml version=\"1.0\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\"><StartDate>2024-01-08T08:00:00</StartDate><Tasks>"
            + "<Task><UID>1</UID><Duration>PT16H0M0S</Duration></Task>"
            + "<Task><UID>2</UID><Manual>1</Manual><ManualStart>2024-01-08T08:00:00</ManualStart><Start>2024-01-08T08:00:00</Start><Duration>PT8H0M0S</Duration>"
            + "<PredecessorLink><PredecessorUID>1</PredecessorUID></PredecessorLink></Task></Tasks></Project>";
        ImportedSchedule p = ProjectDelivery.Interop.MsProject.MspdiReader.Read(new System.IO.StringReader(xml), "manual.xml");
        Assert.Equal(new ActivityConstraint(ConstraintType.MustStartOn, new LocalDateTime(2024, 1, 8, 8, 0)), p.Network["2"].Constraint);
        Assert.Equal(new LocalDateTime(2024, 1, 8, 17, 0), p.Schedule()["2"].EarlyFinish);
    }

    [Fact]
    public void Read_P6FieldLayout_ReadsBothCalendarLayoutsAlike()
    {
        ImportedSchedule p = ScheduleSamples.Read(ScheduleSamples.P6FieldLayout);
        WorkingCalendar delimited = p.Calendars["597"];
        WorkingCalendar multiLine = p.Calendars["598"];
        Assert.Equal(WorkingDay.Parse("08:00-12:00,13:00-17:00"), delimited.WorkWeek[IsoDayOfWeek.Monday]);
        Assert.Equal(WorkingDay.NonWorking, delimited.WorkWeek[IsoDayOfWeek.Sunday]);
        Assert.Equal(delimited.WorkWeek, multiLine.WorkWeek);
        Assert.Equal(delimited.Exceptions, multiLine.Exceptions);
        Assert.Equal(WorkingDay.NonWorking, delimited.Exceptions.Single(e => e.From == new LocalDate(2024, 1, 10)).Day);
        Assert.Equal(WorkingDay.Parse("08:00-12:00"), delimited.Exceptions.Single(e => e.From == new LocalDate(2024, 1, 13)).Day);
    }

    [Fact]
    public void Read_GanttProjectStyleWithoutSummaryElements_TakesTheOutline()
    {
        ImportedSchedule p = ScheduleSamples.Read(ScheduleSamples.GanttProjectStyle);
        Assert.Equal(new[] { "1" }, p.Network.WbsElements.Select(w => w.Id).ToArray());
        Assert.Equal("1", p.Network["2"].WbsParent);
        Assert.Null(p.Network["5"].WbsParent);
    }

    [Theory]
    [MemberData(nameof(EveryFile))]
    public void Schedule_EveryFieldFileThroughTheCli_PrintsTableAndJson(string file)
    {
        (int code, string output, string error) = ScheduleCommandTests.Run("schedule", ScheduleSamples.PathOf(file));
        Assert.True(code == 0, error);
        Assert.Contains("Project finish:", output);
        (code, output, error) = ScheduleCommandTests.Run("schedule", ScheduleSamples.PathOf(file), "--json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal(ScheduleSamples.Read(file).Network.Count, doc.RootElement.GetProperty("activities").GetArrayLength());
    }
}
