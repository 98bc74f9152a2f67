using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Interop;
using ProjectDelivery.Interop.MsProject;
using ProjectDelivery.Planning.Scheduling;
using Xunit;

namespace ProjectDelivery.Tests.Interop;

public sealed class MspdiReaderTests
{
    private static ImportedSchedule Parse(string xml, string name = "test.xml") => MspdiReader.Read(new StringReader(xml), name);

    private static string Project(string tasks, string extra = "") =>
        "<?xml version=\"1.0\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\">\n<StartDate>2024-01-08T08:00:00</StartDate>\n"
        + extra + "<Tasks>\n" + tasks + "</Tasks>\n</Project>\n";

    [Fact]
    public void Read_RelationsSample_HasEveryLinkTypeAndLag()
    {
        ImportedSchedule p = ScheduleSamples.Read(ScheduleSamples.Relations);
        Assert.Equal(5, p.Network.Count);
        Assert.Equal(Duration.FromMinutes(1), p.TimeUnit);
        Assert.Equal(new LocalDateTime(2006, 9, 21, 8, 0), p.ProjectStart);
        var types = p.Network.Activities.SelectMany(a => a.Predecessors).Select(d => d.Type).Distinct().OrderBy(t => t).ToArray();
        Assert.Equal(new[] { DependencyType.FinishToStart, DependencyType.StartToStart, DependencyType.FinishToFinish, DependencyType.StartToFinish }, types);
        Assert.Contains(p.Network.Activities.SelectMany(a => a.Predecessors), d => d.Type == DependencyType.StartToStart && d.Lag == 480);
        Assert.All(p.Network.Activities, a => Assert.Equal(480, a.Duration));
    }

    [Fact]
    public void Read_LegacySample_MapsOutlineConstraintsMilestoneLagsAndCalendars()
    {
        ImportedSchedule p = ScheduleSamples.Read(ScheduleSamples.Legacy);
        Assert.Equal(new[] { "1", "6", "19" }, p.Network.WbsElements.Select(w => w.Id).ToArray());
        Assert.Equal("19", p.Network["9"].WbsParent);
        Assert.True(p.Network["3"].IsMilestone);
        Assert.Equal(new ActivityConstraint(ConstraintType.StartNoEarlierThan, new LocalDateTime(2003, 2, 1, 8, 0)), p.Network["7"].Constraint);
        Assert.Equal(new Dependency("11", DependencyType.FinishToStart, 480), p.Network["12"].Predecessors.Single());
        Assert.Equal(new Dependency("13", DependencyType.FinishToStart, -480), p.Network["14"].Predecessors.Single());
        Assert.Equal(new Dependency("20", DependencyType.StartToFinish, 0), p.Network["21"].Predecessors.Single());
        WorkingCalendar night = p.Calendars["2"];
        Assert.Equal(WorkingDay.Parse("00:00-03:00,04:00-08:00,23:00-24:00"), night.WorkWeek[IsoDayOfWeek.Tuesday]);
        Assert.Equal(night.WorkWeek, p.Calendars["4"].WorkWeek); // derived resource calendar inherits its base
        Assert.Equal(2400, p["3"].StoredTotalFloat!.Value / 10);
    }

    [Fact]
    public void Read_DurationSample_ElapsedUnitsRunOnTheContinuousCalendar()
    {
        ImportedSchedule p = ScheduleSamples.Read(ScheduleSamples.Durations);
        Assert.False(p["5"].ElapsedDuration);
        Assert.Null(p.Network["5"].Calendar);
        Assert.True(p["8"].ElapsedDuration);
        Assert.Same(WorkingCalendar.Continuous, p.Network["8"].Calendar);
        Assert.Equal(1440, p.Network["8"].Duration);
        Schedule<LocalDateTime> s = p.Schedule();
        Assert.Equal(new LocalDateTime(2009, 3, 26, 8, 0), s["8"].EarlyFinish);
        Assert.Equal(new LocalDateTime(2009, 4, 21, 17, 0), s["5"].EarlyFinish);
    }

    [Fact]
    public void Read_Dtd_IsRefused()
    {
        string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [ <!ENTITY x \"boom\"> ]>\n<Project xmlns=\"http://schemas.microsoft.com/project\"><Name>&x;</Name></Project>";
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(xml, "evil.xml"));
        Assert.Equal("evil.xml", ex.SourceName);
        Assert.Contains("DTD", ex.Message);
        Assert.DoesNotContain("boom", ex.Message);
    }

    [Fact]
    public void Read_ExternalEntity_IsRefused()
    {
        string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project SYSTEM \"file:///etc/passwd\">\n<Project xmlns=\"http://schemas.microsoft.com/project\"/>";
        Assert.Throws<ScheduleFileException>(() => Parse(xml));
    }

    [Fact]
    public void Read_TruncatedFile_NamesFileAndLine()
    {
        byte[] bytes = ScheduleSamples.Bytes(ScheduleSamples.Relations);
        string text = Encoding.UTF8.GetString(bytes, 0, bytes.Length / 2);
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(text, "half.xml"));
        Assert.StartsWith("half.xml:", ex.Message);
        Assert.True(ex.Line > 100);
    }

    [Fact]
    public void Read_WrongType_NamesLineAndField()
    {
        string xml = Project("<Task>\n<UID>1</UID>\n<Duration>eight hours</Duration>\n</Task>\n");
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(xml));
        Assert.Equal("Duration", ex.Field);
        Assert.Equal(7, ex.Line);
    }

    [Fact]
    public void Read_DanglingPredecessor_NamesTaskAndLine()
    {
        string xml = Project("<Task>\n<UID>1</UID>\n<Duration>PT8H0M0S</Duration>\n<PredecessorLink>\n<PredecessorUID>42</PredecessorUID>\n</PredecessorLink>\n</Task>\n");
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(xml));
        Assert.Equal("PredecessorUID", ex.Field);
        Assert.Equal(8, ex.Line);
        Assert.Contains("42", ex.Message);
    }

    [Fact]
    public void Read_DanglingCalendar_IsRefused()
    {
        string xml = Project("<Task><UID>1</UID><CalendarUID>9</CalendarUID></Task>\n");
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(xml));
        Assert.Equal("CalendarUID", ex.Field);
    }

    [Fact]
    public void Read_Cycle_IsAScheduleFileException()
    {
        string xml = Project("<Task><UID>1</UID><PredecessorLink><PredecessorUID>2</PredecessorUID></PredecessorLink></Task>\n"
            + "<Task><UID>2</UID><PredecessorLink><PredecessorUID>1</PredecessorUID></PredecessorLink></Task>\n");
        Assert.Throws<ScheduleFileException>(() => Parse(xml));
    }

    [Fact]
    public void Read_LinkFromSummary_ExpandsToItsLeaves()
    {
        string xml = Project(
            "<Task><UID>1</UID><OutlineLevel>1</OutlineLevel><Summary>1</Summary></Task>\n"
            + "<Task><UID>2</UID><OutlineLevel>2</OutlineLevel><Duration>PT8H0M0S</Duration></Task>\n"
            + "<Task><UID>3</UID><OutlineLevel>2</OutlineLevel><Duration>PT16H0M0S</Duration></Task>\n"
            + "<Task><UID>4</UID><OutlineLevel>1</OutlineLevel><PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink></Task>\n");
        ImportedSchedule p = Parse(xml);
        Assert.Equal(new[] { "2", "3" }, p.Network["4"].Predecessors.Select(d => d.PredecessorId).OrderBy(x => x).ToArray());
        Assert.Equal("1", p.Network["2"].WbsParent);
        Assert.Null(p.Network["4"].WbsParent);
    }

    [Fact]
    public void Read_ProgressAndStatusDate_AreHonoured()
    {
        string xml = Project(
            "<Task><UID>1</UID><Duration>PT16H0M0S</Duration><ActualStart>2024-01-08T08:00:00</ActualStart><RemainingDuration>PT4H0M0S</RemainingDuration><PercentComplete>75</PercentComplete></Task>\n",
            "<StatusDate>2024-01-09T08:00:00</StatusDate>\n");
        ImportedSchedule p = Parse(xml);
        Assert.Equal(new LocalDateTime(2024, 1, 9, 8, 0), p.StatusDate);
        Assert.Equal(240, p.Network["1"].Progress!.RemainingDuration);
        Assert.Equal(75, p["1"].PercentComplete);
        Assert.Equal(new LocalDateTime(2024, 1, 9, 12, 0), p.Schedule()["1"].EarlyFinish); // 4 h remaining from the status date
    }

    [Fact]
    public void Read_PercentLag_IsThatShareOfThePredecessorDuration()
    {
        string xml = Project("<Task><UID>1</UID><Duration>PT16H0M0S</Duration></Task>\n"
            + "<Task><UID>2</UID><Duration>PT8H0M0S</Duration><PredecessorLink><PredecessorUID>1</PredecessorUID><Type>3</Type><LinkLag>50</LinkLag><LagFormat>19</LagFormat></PredecessorLink></Task>\n");
        ImportedSchedule p = Parse(xml);
        Assert.Equal(new Dependency("1", DependencyType.StartToStart, 480), p.Network["2"].Predecessors.Single());
    }

    [Fact]
    public void Read_DerivedCalendarException_OverridesItsBase()
    {
        string calendars = "<CalendarUID>1</CalendarUID><Calendars>"
            + "<Calendar><UID>1</UID><Name>Base</Name><BaseCalendarUID>-1</BaseCalendarUID><Exceptions><Exception><TimePeriod><FromDate>2024-01-09T00:00:00</FromDate><ToDate>2024-01-09T23:59:00</ToDate></TimePeriod><Type>1</Type><DayWorking>0</DayWorking></Exception></Exceptions></Calendar>"
            + "<Calendar><UID>2</UID><Name>Derived</Name><BaseCalendarUID>1</BaseCalendarUID><Exceptions><Exception><TimePeriod><FromDate>2024-01-09T00:00:00</FromDate><ToDate>2024-01-09T23:59:00</ToDate></TimePeriod><Type>1</Type><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>09:00:00</FromTime><ToTime>11:00:00</ToTime></WorkingTime></WorkingTimes></Exception></Exceptions></Calendar>"
            + "</Calendars>\n";
        ImportedSchedule p = Parse(Project("<Task><UID>1</UID><Duration>PT16H0M0S</Duration><CalendarUID>2</CalendarUID></Task>\n", calendars));
        Assert.False(p.Calendar.IsWorkingDay(new LocalDate(2024, 1, 9)));
        Assert.Equal(WorkingDay.Parse("09:00-11:00"), p.Calendars["2"].GetWorkingDay(new LocalDate(2024, 1, 9)));
        Assert.Same(p.Calendars["2"], p.Network["1"].Calendar);
        // 8 h Mon 8th + 2 h Tue 9th + 6 h Wed 10th (08:00-12:00, 13:00-15:00)
        Assert.Equal(new LocalDateTime(2024, 1, 10, 15, 0), p.Schedule()["1"].EarlyFinish);
    }

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(1, 2, false)]
    [InlineData(7, 2, false)]
    public void Read_DailyRecurringException_HonoursItsPeriod(int type, int period, bool tuesdayIsHoliday)
    {
        // Mon 8 .. Fri 12 Jan 2024 as holidays, every day or every other day (8th, 10th, 12th).
        string calendars = "<CalendarUID>1</CalendarUID><Calendars><Calendar><UID>1</UID><Name>Base</Name><Exceptions><Exception>"
            + "<TimePeriod><FromDate>2024-01-08T00:00:00</FromDate><ToDate>2024-01-12T23:59:00</ToDate></TimePeriod>"
            + $"<Type>{type}</Type><Period>{period}</Period><DayWorking>0</DayWorking></Exception></Exceptions></Calendar></Calendars>\n";
        ImportedSchedule p = Parse(Project("<Task><UID>1</UID></Task>\n", calendars));
        Assert.False(p.Calendar.IsWorkingDay(new LocalDate(2024, 1, 8)));
        Assert.Equal(tuesdayIsHoliday, !p.Calendar.IsWorkingDay(new LocalDate(2024, 1, 9)));
        Assert.False(p.Calendar.IsWorkingDay(new LocalDate(2024, 1, 12)));
    }

    [Fact]
    public void Read_YearlyRecurringException_IsRefusedNamingTheCalendar()
    {
        string calendars = "<CalendarUID>1</CalendarUID><Calendars><Calendar><UID>1</UID><Name>Base</Name><Exceptions><Exception>"
            + "<TimePeriod><FromDate>2024-12-25T00:00:00</FromDate><ToDate>2030-12-25T23:59:00</ToDate></TimePeriod>"
            + "<Type>2</Type><DayWorking>0</DayWorking></Exception></Exceptions></Calendar></Calendars>\n";
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(Project("<Task><UID>1</UID></Task>\n", calendars)));
        Assert.Equal("Type", ex.Field);
        Assert.Contains("calendar 1", ex.Message);
    }
}
