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
}
