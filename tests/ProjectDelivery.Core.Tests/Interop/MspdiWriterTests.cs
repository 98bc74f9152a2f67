using System.IO;
using System.Linq;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Interop;
using ProjectDelivery.Interop.MsProject;
using ProjectDelivery.Planning.Scheduling;
using Xunit;

namespace ProjectDelivery.Tests.Interop;

public sealed class MspdiWriterTests
{
    private static ImportedSchedule RoundTrip(ImportedSchedule project, Schedule<LocalDateTime>? schedule = null)
    {
        var text = new StringWriter();
        MspdiWriter.Write(project, text, schedule);
        return MspdiReader.Read(new StringReader(text.ToString()), "written.xml");
    }

    internal static void AssertSameNetwork(ProjectNetwork expected, ProjectNetwork actual, WorkingCalendar expectedProject, WorkingCalendar actualProject)
    {
        Assert.Equal(expected.Activities.Select(a => a.Id).OrderBy(x => x), actual.Activities.Select(a => a.Id).OrderBy(x => x));
        Assert.Equal(expected.WbsElements.OrderBy(w => w.Id).ToArray(), actual.WbsElements.OrderBy(w => w.Id).ToArray());
        foreach (Activity e in expected.Activities)
        {
            Activity a = actual[e.Id];
            Assert.Equal(e.Name, a.Name);
            Assert.Equal(e.Duration, a.Duration, 6);
            Assert.Equal(e.Constraint, a.Constraint);
            Assert.Equal(e.WbsParent, a.WbsParent);
            Assert.Equal(e.Progress, a.Progress);
            Assert.Equal(e.Predecessors.OrderBy(d => d.PredecessorId).ToArray(), a.Predecessors.OrderBy(d => d.PredecessorId).ToArray());
            WorkingCalendar ec = e.Calendar ?? expectedProject;
            WorkingCalendar ac = a.Calendar ?? actualProject;
            Assert.Equal(ec.WorkWeek, ac.WorkWeek);
            Assert.Equal(ec.Exceptions.Select(x => (x.From, x.To, x.Day)).OrderBy(x => x.From).ToArray(), ac.Exceptions.Select(x => (x.From, x.To, x.Day)).OrderBy(x => x.From).ToArray());
        }
    }

    [Theory]
    [InlineData(ScheduleSamples.Relations)]
    [InlineData(ScheduleSamples.Legacy)]
    [InlineData(ScheduleSamples.Durations)]
    public void Write_SampleThenRead_GivesTheSameNetwork(string file)
    {
        ImportedSchedule original = ScheduleSamples.Read(file);
        ImportedSchedule again = RoundTrip(original, original.Schedule());
        AssertSameNetwork(original.Network, again.Network, original.Calendar, again.Calendar);
        Assert.Equal(original.ProjectStart, again.ProjectStart);
        Assert.Equal(original.Tasks.Select(t => t.ElapsedDuration), again.Tasks.Select(t => t.ElapsedDuration));
    }

    [Fact]
    public void Write_WithSchedule_StoresTheEnginesDatesAndFloats()
    {
        ImportedSchedule original = ScheduleSamples.Read(ScheduleSamples.Relations);
        Schedule<LocalDateTime> schedule = original.Schedule();
        ImportedSchedule again = RoundTrip(original, schedule);
        ScheduleSamples.Agreement agreement = ScheduleSamples.Compare(again);
        Assert.Equal((5, 0, 5, 0, 5, 0), (agreement.EarlyStartEqual, agreement.EarlyStartDiffer, agreement.EarlyFinishEqual, agreement.EarlyFinishDiffer, agreement.FloatEqual, agreement.FloatDiffer));
    }

    [Fact]
    public void Write_NetworkBuiltInCode_RoundTripsCalendarsProgressAndConstraints()
    {
        WorkingCalendar project = WorkingCalendar.Standard.WithHolidays(new LocalDate(2024, 1, 10)).WithName("Office");
        WorkingCalendar shift = WorkingCalendar.Create("Shift", WorkWeek.Create(Enumerable.Repeat(WorkingDay.Parse("06:00-14:00"), 7).ToArray()));
        var network = ProjectNetwork.Create(
            new[]
            {
                new Activity("1", 480, name: "Dig", wbsParent: "10", progress: new ActivityProgress(new LocalDateTime(2024, 1, 8, 8, 0), null, 120)),
                new Activity("2", 960, new[] { new Dependency("1", DependencyType.StartToStart, 240) }, "Pour", calendar: shift, wbsParent: "10"),
                new Activity("3", 0, new[] { new Dependency("2", DependencyType.FinishToFinish, -60) }, "Done",
                    new ActivityConstraint(ConstraintType.FinishNoLaterThan, new LocalDateTime(2024, 1, 19, 17, 0))),
            },
            new[] { new WbsElement("10", "Works") });
        var imported = new ImportedSchedule(ScheduleFileFormat.MsProjectXml, network, project, new LocalDateTime(2024, 1, 8, 8, 0), Duration.FromMinutes(1))
        {
            StatusDate = new LocalDateTime(2024, 1, 8, 14, 0),
            Name = "Code-built",
        };
        ImportedSchedule again = RoundTrip(imported);
        AssertSameNetwork(network, again.Network, project, again.Calendar);
        Assert.Equal(imported.StatusDate, again.StatusDate);
        Assert.Equal("Code-built", again.Name);
    }

    // Task child order of a file written by MS Project (the legacy sample) with the schema positions of
    // ActualStart/ActualFinish, Deadline, ExtendedAttribute and Baseline added.
    private static readonly string[] TaskOrder =
    {
        "UID", "ID", "Name", "Type", "IsNull", "CreateDate", "WBS", "OutlineNumber", "OutlineLevel", "Priority", "Start", "Finish",
        "Duration", "DurationFormat", "Work", "ResumeValid", "EffortDriven", "Recurring", "OverAllocated", "Estimated", "Milestone",
        "Summary", "Critical", "IsSubproject", "IsSubprojectReadOnly", "ExternalTask", "EarlyStart", "EarlyFinish", "LateStart",
        "LateFinish", "StartVariance", "FinishVariance", "WorkVariance", "FreeSlack", "TotalSlack", "FixedCost", "FixedCostAccrual",
        "PercentComplete", "PercentWorkComplete", "Cost", "OvertimeCost", "OvertimeWork", "ActualStart", "ActualFinish", "ActualDuration",
        "ActualCost", "ActualOvertimeCost", "ActualWork", "ActualOvertimeWork", "RegularWork", "RemainingDuration", "RemainingCost",
        "RemainingWork", "RemainingOvertimeCost", "RemainingOvertimeWork", "ACWP", "CV", "ConstraintType", "CalendarUID",
        "ConstraintDate", "Deadline", "LevelAssignments", "LevelingCanSplit", "LevelingDelay", "LevelingDelayFormat",
        "IgnoreResourceCalendar", "HideBar", "Rollup", "BCWS", "BCWP", "PhysicalPercentComplete", "EarnedValueMethod",
        "PredecessorLink", "ExtendedAttribute", "Baseline",
    };

    [Fact]
    public void Write_EveryTaskElement_FollowsTheSchemaSequence()
    {
        WorkingCalendar project = WorkingCalendar.Standard;
        var network = ProjectNetwork.Create(
            new[]
            {
                new Activity("dig", 480, name: "Dig", wbsParent: "site", progress: new ActivityProgress(new LocalDateTime(2024, 1, 8, 8, 0), null, 120)),
                new Activity("pour", 960, new[] { new Dependency("dig", DependencyType.FinishToStart, 60) }, "Pour",
                    new ActivityConstraint(ConstraintType.StartNoEarlierThan, new LocalDateTime(2024, 1, 9, 8, 0)), wbsParent: "site"),
            },
            new[] { new WbsElement("site", "Site") });
        var tasks = new[]
        {
            new ImportedTask("dig") { PercentComplete = 75, BaselineStart = new LocalDateTime(2024, 1, 8, 8, 0), BaselineCost = 100m },
            new ImportedTask("pour") { Deadline = new LocalDateTime(2024, 1, 19, 17, 0), BaselineDuration = 960 },
        };
        var imported = new ImportedSchedule(ScheduleFileFormat.MsProjectXml, network, project, new LocalDateTime(2024, 1, 8, 8, 0), Duration.FromMinutes(1), tasks)
        {
            StatusDate = new LocalDateTime(2024, 1, 8, 14, 0),
        };
        var text = new StringWriter();
        MspdiWriter.Write(imported, text, imported.Schedule());
        var document = System.Xml.Linq.XDocument.Parse(text.ToString());
        System.Xml.Linq.XNamespace ns = "http://schemas.microsoft.com/project";
        var written = document.Root!.Element(ns + "Tasks")!.Elements(ns + "Task").ToList();
        Assert.Equal(3, written.Count);
        foreach (var task in written)
        {
            int[] positions = task.Elements().Select(e => System.Array.IndexOf(TaskOrder, e.Name.LocalName)).ToArray();
            Assert.DoesNotContain(-1, positions);
            Assert.True(positions.Zip(positions.Skip(1), (a, b) => a <= b).All(x => x), string.Join(",", task.Elements().Select(e => e.Name.LocalName)));
        }

        // Non-numeric ids are renumbered in outline order and kept in Text1.
        ImportedSchedule again = MspdiReader.Read(new StringReader(text.ToString()), "renumbered.xml");
        Assert.Equal(new[] { "2", "3" }, again.Network.Activities.Select(a => a.Id).ToArray());
        Assert.Equal(new Dependency("2", DependencyType.FinishToStart, 60), again.Network["3"].Predecessors.Single());
        Assert.Equal(new LocalDateTime(2024, 1, 19, 17, 0), again["3"].Deadline);
        Assert.Equal(100m, again["2"].BaselineCost);
        Assert.Contains("<Value>dig</Value>", text.ToString());
    }
}
