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
    public void Read_ProgressWithoutStatusDate_SchedulesFromTheActualDatesNotTheCurrentDate()
    {
        // MS Project without a status date: remaining work follows the actual work; CurrentDate (the day the file was saved) is no status date.
        string xml = Project(
            "<Task><UID>1</UID><Duration>PT16H0M0S</Duration><ActualStart>2024-01-08T08:00:00</ActualStart><RemainingDuration>PT4H0M0S</RemainingDuration>"
            + "<Resume>2024-01-08T08:00:00</Resume><ResumeValid>0</ResumeValid></Task>\n"
            + "<Task><UID>2</UID><Duration>PT16H0M0S</Duration><ActualStart>2024-01-08T08:00:00</ActualStart><RemainingDuration>PT4H0M0S</RemainingDuration>"
            + "<Resume>2024-01-10T08:00:00</Resume><ResumeValid>1</ResumeValid></Task>\n",
            "<CurrentDate>2024-06-03T08:00:00</CurrentDate>\n");
        ImportedSchedule p = Parse(xml);
        Assert.Null(p.StatusDate);
        Assert.Null(p.Network["1"].Progress!.Resume);
        Assert.Equal(ScheduleMoment.FromDate(new LocalDateTime(2024, 1, 10, 8, 0)), p.Network["2"].Progress!.Resume);
        Assert.Equal(ProgressWithoutStatusDate.ContinueFromActualStart, p.CreateOptions().ProgressWithoutStatusDate);
        Schedule<LocalDateTime> s = p.Schedule();
        Assert.Equal(new LocalDateTime(2024, 1, 9, 17, 0), s["1"].EarlyFinish);  // 12 h done to Tue 12:00, 4 h after
        Assert.Equal(new LocalDateTime(2024, 1, 10, 12, 0), s["2"].EarlyFinish); // 4 h from the valid resume
    }

    [Fact]
    public void Read_ValidResumeBeforeActualStart_ThrowsNamingTheTask()
    {
        string xml = Project("<Task><UID>7</UID><Duration>PT16H0M0S</Duration><ActualStart>2024-01-09T08:00:00</ActualStart><RemainingDuration>PT4H0M0S</RemainingDuration>"
            + "<Resume>2024-01-08T08:00:00</Resume><ResumeValid>1</ResumeValid></Task>\n");
        var ex = Assert.ThrowsAny<System.Exception>(() => Parse(xml));
        Assert.Contains("task UID 7", ex.Message, System.StringComparison.Ordinal);
        Assert.Contains("Resume", ex.Message, System.StringComparison.Ordinal);
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

    [Theory]
    // Every Tuesday (4) from Wed 25 Dec 2024 to Tue 14 Jan 2025: 31 Dec, 7 Jan, 14 Jan.
    [InlineData(4, 1, null, "2024-12-31,2025-01-07,2025-01-14")]
    // Monday and Friday (2 + 32), every other week counted from the week of 25 Dec (Sunday-first weeks: 22 Dec, 5 Jan).
    [InlineData(34, 2, null, "2024-12-27,2025-01-06,2025-01-10")]
    // The same with Monday-first weeks (WeekStartDay 1): the weeks of 23 Dec and 6 Jan.
    [InlineData(34, 2, 1, "2024-12-27,2025-01-06,2025-01-10")]
    // Sunday and Saturday (1 + 64), every other week: Sunday-first weeks of 22 Dec and 5 Jan.
    [InlineData(65, 2, null, "2024-12-28,2025-01-05,2025-01-11")]
    // ... Monday-first weeks of 23 Dec (28, 29 Dec) and 6 Jan (11, 12 Jan).
    [InlineData(65, 2, 1, "2024-12-28,2024-12-29,2025-01-11,2025-01-12")]
    public void Read_WeeklyRecurringException_IsEachNamedDayOfEveryNthWeek(int daysOfWeek, int period, int? weekStartDay, string expected)
    {
        string calendars = (weekStartDay is { } w ? $"<WeekStartDay>{w}</WeekStartDay>" : "")
            + "<CalendarUID>1</CalendarUID><Calendars><Calendar><UID>1</UID><Name>Base</Name><Exceptions><Exception>"
            + "<TimePeriod><FromDate>2024-12-25T00:00:00</FromDate><ToDate>2025-01-14T23:59:00</ToDate></TimePeriod>"
            + $"<Name>Weekly</Name><Type>6</Type><Period>{period}</Period><DaysOfWeek>{daysOfWeek}</DaysOfWeek><DayWorking>0</DayWorking></Exception></Exceptions></Calendar></Calendars>\n";
        ImportedSchedule p = Parse(Project("<Task><UID>1</UID></Task>\n", calendars));
        Assert.Equal(expected.Split(',').Select(d => NodaTime.Text.LocalDatePattern.Iso.Parse(d).Value).ToArray(), p.Calendar.Exceptions.Select(e => e.From).ToArray());
        Assert.All(p.Calendar.Exceptions, e => Assert.Equal(e.From, e.To));
        Assert.All(p.Calendar.Exceptions, e => Assert.Equal(WorkingDay.NonWorking, e.Day));
    }

    [Fact]
    public void Read_WeeklyRecurringExceptionWithWorkingTimes_SchedulesOnThem()
    {
        // Every Wednesday of January 2024 (8 = Wednesday) a short day 08:00-10:00; 24 h from Mon 8th: Mon 8 h, Tue 8 h,
        // Wed 10th 2 h, Thu 11th 6 h (08:00-12:00, 13:00-15:00) → 15:00.
        string calendars = "<CalendarUID>1</CalendarUID><Calendars><Calendar><UID>1</UID><Name>Base</Name><Exceptions><Exception>"
            + "<TimePeriod><FromDate>2024-01-01T00:00:00</FromDate><ToDate>2024-01-31T23:59:00</ToDate></TimePeriod>"
            + "<Type>6</Type><Period>1</Period><DaysOfWeek>8</DaysOfWeek><DayWorking>1</DayWorking>"
            + "<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>10:00:00</ToTime></WorkingTime></WorkingTimes></Exception></Exceptions></Calendar></Calendars>\n";
        ImportedSchedule p = Parse(Project("<Task><UID>1</UID><Duration>PT24H0M0S</Duration></Task>\n", calendars));
        Assert.Equal(5, p.Calendar.Exceptions.Count);
        Assert.Equal(WorkingDay.Parse("08:00-10:00"), p.Calendar.GetWorkingDay(new LocalDate(2024, 1, 10)));
        Assert.Equal(new LocalDateTime(2024, 1, 11, 15, 0), p.Schedule()["1"].EarlyFinish);
    }

    [Theory]
    [InlineData("<Type>6</Type>", "DaysOfWeek", "no <DaysOfWeek>")]
    [InlineData("<Type>6</Type><DaysOfWeek>0</DaysOfWeek>", "DaysOfWeek", "names no day")]
    [InlineData("<Type>8</Type>", "Type", "by weekday count")]
    public void Read_WeeklyOrWeekdayCountExceptionWithoutItsDays_IsRefusedNamingTheCalendar(string elements, string field, string expected)
    {
        string calendars = "<CalendarUID>1</CalendarUID><Calendars><Calendar><UID>1</UID><Name>Base</Name><Exceptions><Exception>"
            + "<TimePeriod><FromDate>2024-12-25T00:00:00</FromDate><ToDate>2030-12-25T23:59:00</ToDate></TimePeriod>"
            + elements + "<DayWorking>0</DayWorking></Exception></Exceptions></Calendar></Calendars>\n";
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(Project("<Task><UID>1</UID></Task>\n", calendars)));
        Assert.Equal(field, ex.Field);
        Assert.Contains("calendar 1", ex.Message);
        Assert.Contains(expected, ex.Message);
    }

    private static string WithCalendar(string calendarElements, string taskCalendar = "") =>
        Project("<Task><UID>1</UID><Duration>PT8H0M0S</Duration>" + taskCalendar + "</Task>\n",
            "<CalendarUID>1</CalendarUID>\n<Calendars>\n<Calendar><UID>1</UID><Name>Standard</Name>" + calendarElements + "</Calendar>\n"
            + "<Calendar><UID>2</UID><Name>Resource</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID></Calendar>\n</Calendars>\n");

    [Theory]
    [InlineData("<IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>0</BaseCalendarUID>")] // MS Project 2013-2019
    [InlineData("<IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>")] // MS Project 2002-2010, ProjectLibre
    [InlineData("<IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>7</BaseCalendarUID>")] // a base calendar has no base, whatever it says
    [InlineData("<BaseCalendarUID>0</BaseCalendarUID>")] // no IsBaseCalendar: 0 means none when no calendar has UID 0
    [InlineData("")]
    public void Read_BaseCalendarUidOfABaseCalendar_MeansNoBase(string elements)
    {
        ImportedSchedule p = Parse(WithCalendar(elements));
        Assert.Equal("Standard", p.Calendar.Name);
        Assert.Equal(p.Calendar.WorkWeek, p.Calendars["2"].WorkWeek);
    }

    [Fact]
    public void Read_DerivedCalendarWithUnknownBase_IsRefusedNamingBoth()
    {
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(WithCalendar("<IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>7</BaseCalendarUID>")));
        Assert.Equal("BaseCalendarUID", ex.Field);
        Assert.Contains("calendar 1", ex.Message);
        Assert.Contains("UID 7", ex.Message);
    }

    [Theory]
    [InlineData("2024-01-15T08:00:00", 8, 0, 0)]
    [InlineData("2024-01-15T08:00", 8, 0, 0)] // without seconds
    [InlineData("2024-01-15T08:00:00.000", 8, 0, 0)] // fractional seconds
    [InlineData("2024-01-15T08:00:30.5", 8, 0, 30)]
    [InlineData("2024-01-15T08:00:00Z", 8, 0, 0)] // UTC marker: the wall-clock time is kept
    [InlineData("2024-01-15T08:00:00+05:30", 8, 0, 0)]
    [InlineData("2024-01-15T08:00:00-0800", 8, 0, 0)]
    [InlineData("2024-01-15 08:00:00", 8, 0, 0)]
    [InlineData("2024-01-15", 0, 0, 0)] // a date alone is midnight
    public void Read_DateForms_AreAccepted(string text, int hour, int minute, int second)
    {
        ImportedSchedule p = Parse(Project($"<Task><UID>1</UID><Duration>PT8H0M0S</Duration><ConstraintType>4</ConstraintType><ConstraintDate>{text}</ConstraintDate></Task>\n"));
        LocalDateTime expected = new LocalDateTime(2024, 1, 15, hour, minute, second) + (text.EndsWith(".5") ? Period.FromMilliseconds(500) : Period.Zero);
        Assert.Equal(new ActivityConstraint(ConstraintType.StartNoEarlierThan, expected), p.Network["1"].Constraint);
    }

    [Theory]
    [InlineData("2024-13-01T08:00:00")]
    [InlineData("2024-01-15T08:00:00+5")]
    [InlineData("2024-01-15T25:00")]
    [InlineData("15/01/2024")]
    [InlineData("1899-12-31T08:00:00")]
    public void Read_BadDate_NamesValueFieldAndExpectedForm(string text)
    {
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() =>
            Parse(Project($"<Task><UID>1</UID><Duration>PT8H0M0S</Duration><ConstraintType>4</ConstraintType>\n<ConstraintDate>{text}</ConstraintDate></Task>\n")));
        Assert.Equal("ConstraintDate", ex.Field);
        Assert.Equal(6, ex.Line);
        Assert.Contains(text, ex.Message);
        Assert.Contains("yyyy-MM-ddTHH:mm:ss", ex.Message);
    }

    [Theory]
    [InlineData("<Project>")]
    [InlineData("<p:Project xmlns:p=\"http://schemas.microsoft.com/project\">")]
    [InlineData("<Project xmlns=\"http://schemas.microsoft.com/project/2007\">")]
    public void Read_NamespaceVariations_ReadTheSameProject(string root)
    {
        string prefix = root.StartsWith("<p:") ? "p:" : string.Empty;
        string close = prefix.Length > 0 ? "</p:Project>" : "</Project>";
        string xml = "<?xml version=\"1.0\"?>\n" + root + $"<{prefix}StartDate>2024-01-08T08:00:00</{prefix}StartDate><{prefix}Tasks><{prefix}Task><{prefix}UID>1</{prefix}UID>"
            + $"<{prefix}Duration>PT16H0M0S</{prefix}Duration></{prefix}Task></{prefix}Tasks>" + close;
        ImportedSchedule p = Parse(xml);
        Assert.Equal(960, p.Network["1"].Duration);
    }

    [Fact]
    public void Read_EmptyOptionalElements_AreAbsentValues()
    {
        ImportedSchedule p = Parse(Project("<Task><UID>1</UID><Name/><Duration>PT8H0M0S</Duration><ConstraintType>0</ConstraintType><ConstraintDate/><Deadline></Deadline><CalendarUID/><PercentComplete/></Task>\n"));
        Assert.Null(p["1"].Deadline);
        Assert.Null(p.Network["1"].Calendar);
    }

    [Theory]
    [InlineData("<DurationFormat>99</DurationFormat>", "DurationFormat")]
    [InlineData("<DurationFormat>64</DurationFormat>", "DurationFormat")]
    [InlineData("<PredecessorLink><PredecessorUID>2</PredecessorUID><LagFormat>13</LagFormat></PredecessorLink>", "LagFormat")]
    public void Read_UnknownFormatCode_IsRefused(string element, string field)
    {
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() =>
            Parse(Project("<Task><UID>1</UID><Duration>PT8H0M0S</Duration>" + element + "</Task>\n<Task><UID>2</UID><Duration>PT8H0M0S</Duration></Task>\n")));
        Assert.Equal(field, ex.Field);
        Assert.Contains("task UID 1", ex.Message);
    }

    [Theory]
    [InlineData("<Units>1e308</Units>", "Units")]
    [InlineData("<Units>-1e308</Units>", "Units")]
    [InlineData("<Units>Infinity</Units>", "Units")]
    [InlineData("<Cost>1e308</Cost>", "Cost")]
    [InlineData("<Cost>1e20</Cost>", "Cost")]
    public void Read_NumbersOutOfRange_AreRefused(string element, string field)
    {
        string xml = Project("<Task><UID>1</UID><Duration>PT8H0M0S</Duration></Task>\n",
            string.Empty).Replace("</Project>", "<Resources><Resource><UID>1</UID><Name>R</Name></Resource></Resources>\n<Assignments><Assignment><UID>1</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID>" + element + "</Assignment></Assignments>\n</Project>");
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(xml));
        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void Read_LinkLagBeyondAWholeNumber_IsRefused()
    {
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(Project(
            "<Task><UID>1</UID><Duration>PT8H0M0S</Duration></Task>\n<Task><UID>2</UID><PredecessorLink><PredecessorUID>1</PredecessorUID><LinkLag>1e308</LinkLag></PredecessorLink></Task>\n")));
        Assert.Equal("LinkLag", ex.Field);
        Assert.Contains("whole number", ex.Message);
    }

    [Fact]
    public void Read_HundredThousandNestedElements_IsRefusedQuicklyWithTheLine()
    {
        const int depth = 100_000;
        string xml = "<?xml version=\"1.0\"?>\n<Project>\n<Tasks>" + string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth)) + "</Tasks></Project>";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(xml, "deep.xml"));
        watch.Stop();
        Assert.Equal(3, ex.Line);
        Assert.Contains("nested more than 32 deep", ex.Message);
        Assert.True(watch.Elapsed < System.TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
    }

    [Fact]
    public void Read_WideFile_LoadsInLinearTime()
    {
        // 20,000 tasks at the deepest level MSPDI uses: the tree is built once, each element visited a bounded number of times.
        var xml = new StringBuilder("<?xml version=\"1.0\"?>\n<Project><StartDate>2024-01-08T08:00:00</StartDate><Tasks>");
        for (int i = 1; i <= 20_000; i++)
        {
            xml.Append("<Task><UID>").Append(i).Append("</UID><Duration>PT8H0M0S</Duration></Task>\n");
        }

        xml.Append("</Tasks></Project>");
        Assert.Equal(20_000, Parse(xml.ToString()).Network.Count);
    }

    [Theory]
    [InlineData("<Project><Tasks><Task></Tasks></Project>", 1, "not well-formed XML")]
    [InlineData("<Project>\n<Name>a & b</Name>\n</Project>", 2, "not well-formed XML")]
    [InlineData("<Project>\n<Tasks>\n<Task>", 3, "cut short")]
    [InlineData("", 0, "empty")]
    public void Read_MalformedXml_SaysWhereAndWhatInUserWords(string xml, int line, string expected)
    {
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(xml, "bad.xml"));
        Assert.Equal(line, ex.Line);
        Assert.Contains(expected, ex.Message);
        Assert.DoesNotContain("Unexpected", ex.Message);
        Assert.DoesNotContain("position", ex.Message);
        Assert.DoesNotContain("Xml", ex.Message);
    }

    [Fact]
    public void Read_DuplicateAssignmentUid_IsRefused()
    {
        string xml = Project("<Task><UID>1</UID><Duration>PT8H0M0S</Duration></Task>\n").Replace("</Project>",
            "<Resources><Resource><UID>1</UID></Resource></Resources>\n<Assignments>\n<Assignment><UID>4</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID></Assignment>\n"
            + "<Assignment><UID>4</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID></Assignment>\n</Assignments>\n</Project>");
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(xml));
        Assert.Equal("UID", ex.Field);
        Assert.Equal(10, ex.Line);
        Assert.Contains("assignment UID 4", ex.Message);
    }

    private static WorkingCalendar CalendarWithException(string exception) =>
        Parse(WithCalendar("<IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>0</BaseCalendarUID><Exceptions><Exception>" + exception + "<DayWorking>0</DayWorking></Exception></Exceptions>")).Calendar;

    [Fact]
    public void Read_YearlyExceptionByPosition_IsTheNthWeekdayOfTheMonthEachYear()
    {
        // Microsoft's MSPDI example: Thanksgiving, the fourth (3) Thursday (7) of November (10), 2007 to 2026.
        WorkingCalendar c = CalendarWithException("<TimePeriod><FromDate>2007-11-22T00:00:00</FromDate><ToDate>2026-11-30T23:59:00</ToDate></TimePeriod>"
            + "<Occurrences>20</Occurrences><Name>Thanksgiving</Name><Type>3</Type><Month>10</Month><MonthItem>7</MonthItem><MonthPosition>3</MonthPosition>");
        Assert.Equal(20, c.Exceptions.Count);
        Assert.False(c.IsWorkingDay(new LocalDate(2024, 11, 28)));
        Assert.True(c.IsWorkingDay(new LocalDate(2024, 11, 21)));
        Assert.False(c.IsWorkingDay(new LocalDate(2007, 11, 22)));
        Assert.False(c.IsWorkingDay(new LocalDate(2026, 11, 26)));
    }

    [Fact]
    public void Read_YearlyExceptionByDate_IsThatDateEachYear()
    {
        WorkingCalendar c = CalendarWithException("<TimePeriod><FromDate>2024-12-25T00:00:00</FromDate><ToDate>2026-12-25T23:59:00</ToDate></TimePeriod>"
            + "<Occurrences>3</Occurrences><Name>Christmas</Name><Type>2</Type><Month>11</Month><MonthDay>25</MonthDay>");
        Assert.Equal(new[] { new LocalDate(2024, 12, 25), new LocalDate(2025, 12, 25), new LocalDate(2026, 12, 25) }, c.Exceptions.Select(e => e.From).ToArray());
    }

    [Fact]
    public void Read_MonthlyExceptionOnTheLastFriday_IsTheLastFridayOfEachMonth()
    {
        WorkingCalendar c = CalendarWithException("<TimePeriod><FromDate>2024-01-01T00:00:00</FromDate><ToDate>2024-03-31T23:59:00</ToDate></TimePeriod>"
            + "<Type>5</Type><MonthItem>8</MonthItem><MonthPosition>4</MonthPosition><Period>1</Period>");
        Assert.Equal(new[] { new LocalDate(2024, 1, 26), new LocalDate(2024, 2, 23), new LocalDate(2024, 3, 29) }, c.Exceptions.Select(e => e.From).ToArray());
    }

    [Theory]
    [InlineData("<Type>8</Type><DaysOfWeek>2</DaysOfWeek>", "Type", "by weekday count")]
    [InlineData("<Type>3</Type><Month>10</Month><MonthItem>1</MonthItem><MonthPosition>0</MonthPosition>", "MonthItem", "weekday")]
    [InlineData("<Type>2</Type><MonthDay>25</MonthDay>", "Month", "0 January")]
    public void Read_UnsupportedOrIncompleteRecurrence_IsRefusedSayingWhy(string elements, string field, string expected)
    {
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => CalendarWithException(
            "<TimePeriod><FromDate>2024-01-01T00:00:00</FromDate><ToDate>2024-12-31T23:59:00</ToDate></TimePeriod>" + elements));
        Assert.Equal(field, ex.Field);
        Assert.Contains("calendar 1", ex.Message);
        Assert.Contains(expected, ex.Message);
    }
}
