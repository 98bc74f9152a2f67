using System.IO;
using System.Linq;
using NodaTime;
using ProjectDelivery.Interop;
using ProjectDelivery.Interop.Primavera;
using ProjectDelivery.Planning.Scheduling;
using Xunit;

namespace ProjectDelivery.Tests.Interop;

public sealed class XerReaderTests
{
    private const string Header = "ERMHDR\t8.4\t2015-02-25\tProject\n";

    private static ImportedSchedule Parse(string text) => XerReader.Read(new StringReader(text), "test.xer");

    internal static string Minimal(string taskRows, string predRows = "", string projectExtra = "", string projectExtraValues = "") =>
        Header
        + "%T\tPROJECT\n%F\tproj_id\tproj_short_name\tclndr_id\tlast_recalc_date\tplan_start_date" + projectExtra + "\n%R\t1\tP\t5\t2024-01-08 00:00\t2024-01-08 08:00" + projectExtraValues + "\n"
        + "%T\tCALENDAR\n%F\tclndr_id\tclndr_name\tday_hr_cnt\tclndr_data\n%R\t5\tStd\t8\t(0||CalendarData()((0||DaysOfWeek()((0||1()())(0||2()((0||0(s|08:00|f|16:00)())))(0||3()((0||0(s|08:00|f|16:00)())))(0||4()((0||0(s|08:00|f|16:00)())))(0||5()((0||0(s|08:00|f|16:00)())))(0||6()((0||0(s|08:00|f|16:00)())))(0||7()())))(0||Exceptions()((0||0(d|45301)())))))\n"
        + "%T\tTASK\n%F\ttask_id\tproj_id\twbs_id\tclndr_id\ttask_code\ttask_name\tstatus_code\ttask_type\ttarget_drtn_hr_cnt\tremain_drtn_hr_cnt\tact_start_date\tact_end_date\tcstr_type\tcstr_date\ttotal_float_hr_cnt\n"
        + taskRows
        + "%T\tTASKPRED\n%F\ttask_pred_id\ttask_id\tpred_task_id\tproj_id\tpred_proj_id\tpred_type\tlag_hr_cnt\n" + predRows
        + "%E\n";

    [Fact]
    public void Read_PercentCompleteSample_ReadsProgressDataDateAndCalendar()
    {
        ImportedSchedule p = ScheduleSamples.Read(ScheduleSamples.PercentComplete);
        Assert.Equal(12, p.Network.Count);
        Assert.Equal(Duration.FromHours(1), p.TimeUnit);
        Assert.Equal(new LocalDateTime(2015, 2, 24, 8, 0), p.StatusDate); // data date 00:00 moved to the next working moment
        Assert.Equal(ProgressMode.RetainedLogic, p.ProgressMode);
        Assert.Equal(LagCalendar.Predecessor, p.LagCalendar);
        Assert.Equal(24, p.Calendar.Exceptions.Count);
        Assert.Equal(WorkingDayParse("08:00-16:00"), p.Calendar.WorkWeek[IsoDayOfWeek.Monday]);
        Activity a1010 = p.Network["A1010"];
        Assert.Equal(800, a1010.Duration);
        Assert.Equal(600, a1010.Progress!.RemainingDuration);
        Assert.Equal(25, p["A1010"].PercentComplete);
        Assert.Equal(75, p["A1060"].PercentComplete);
        Assert.Null(p.Network["A1000"].Progress);
        Assert.Null(p.Network["A1000"].WbsParent); // WBS 26010 is the project node itself
        Schedule<LocalDateTime> s = p.Schedule();
        // P6 stored the remaining early finish (reend_date) of each activity: the engine reproduces them.
        Assert.Equal(new LocalDateTime(2015, 6, 8, 16, 0), s["A1010"].EarlyFinish);
        Assert.Equal(new LocalDateTime(2015, 3, 30, 16, 0), s["A1020"].EarlyFinish);
        Assert.Equal(new LocalDateTime(2015, 7, 13, 16, 0), s["A1000"].EarlyFinish);
    }

    private static ProjectDelivery.Calendars.WorkingDay WorkingDayParse(string text) => ProjectDelivery.Calendars.WorkingDay.Parse(text);

    [Fact]
    public void Read_LinksLagsAndConstraints_AreMapped()
    {
        string text = Minimal(
            "%R\t1\t1\t\t\tA\tFirst\tTK_NotStart\tTT_Task\t16\t16\t\t\t\t\t0\n"
            + "%R\t2\t1\t\t\tB\tSecond\tTK_NotStart\tTT_Task\t8\t8\t\t\tCS_MSOA\t2024-01-15 08:00\t\n"
            + "%R\t3\t1\t\t\tM\tDone\tTK_NotStart\tTT_FinMile\t0\t0\t\t\t\t\t\n",
            "%R\t1\t2\t1\t1\t1\tPR_SS\t4\n%R\t2\t3\t2\t1\t1\tPR_FF\t-2\n");
        ImportedSchedule p = Parse(text);
        Assert.Equal(new Dependency("A", DependencyType.StartToStart, 4), p.Network["B"].Predecessors.Single());
        Assert.Equal(new Dependency("B", DependencyType.FinishToFinish, -2), p.Network["M"].Predecessors.Single());
        Assert.Equal(new ActivityConstraint(ConstraintType.StartNoEarlierThan, new LocalDateTime(2024, 1, 15, 8, 0)), p.Network["B"].Constraint);
        Assert.True(p.Network["M"].IsMilestone);
        Assert.Equal(0, p["A"].StoredTotalFloat);
        // 2024-01-10 (serial 45301) is a holiday: A runs Mon 8th and Tue 9th; B starts on its SNET date.
        Schedule<LocalDateTime> s = p.Schedule();
        Assert.Equal(new LocalDateTime(2024, 1, 9, 16, 0), s["A"].EarlyFinish);
        Assert.Equal(new LocalDateTime(2024, 1, 15, 8, 0), s["B"].EarlyStart);
    }

    [Fact]
    public void Read_SchedulingOptions_AreHonoured()
    {
        string text = Minimal("%R\t1\t1\t\t\tA\tFirst\tTK_NotStart\tTT_Task\t8\t8\t\t\t\t\t\n", string.Empty,
            "\tsched_progress_override\tsched_calendar_on_relationship_lag\tsched_float_type", "\tY\trcal_24Hour\tFT_Smallest");
        ImportedSchedule p = Parse(text);
        Assert.Equal(ProgressMode.ProgressOverride, p.ProgressMode);
        Assert.Equal(LagCalendar.Continuous, p.LagCalendar);
        Assert.Equal(TotalFloatType.Smallest, p.TotalFloatType);
        Assert.Equal(ProgressMode.ProgressOverride, p.CreateOptions().ProgressMode);
    }

    [Fact]
    public void Read_DanglingPredecessor_NamesRecordLineAndField()
    {
        string text = Minimal("%R\t1\t1\t\t\tA\tFirst\tTK_NotStart\tTT_Task\t8\t8\t\t\t\t\t\n", "%R\t1\t1\t99\t1\t1\tPR_FS\t0\n");
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(text));
        Assert.Equal("TASKPRED.pred_task_id", ex.Field);
        Assert.Equal(13, ex.Line);
    }

    [Fact]
    public void Read_WrongType_NamesRecordLineAndField()
    {
        string text = Minimal("%R\t1\t1\t\t\tA\tFirst\tTK_NotStart\tTT_Task\teight\t8\t\t\t\t\t\n");
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(text));
        Assert.Equal("TASK.target_drtn_hr_cnt", ex.Field);
        Assert.Equal(10, ex.Line);
    }

    [Fact]
    public void Read_Truncated_IsRefused()
    {
        string text = File.ReadAllText(ScheduleSamples.PathOf(ScheduleSamples.PercentComplete));
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(text.Substring(0, text.Length / 2)));
        Assert.Contains("truncated", ex.Message);
    }

    [Fact]
    public void Read_NotXer_IsRefused()
    {
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse("<Project/>\n"));
        Assert.Equal(1, ex.Line);
    }

    [Theory]
    [InlineData("FT_FF", 4, 0)]
    [InlineData("FT_SF", 0, 0)]
    [InlineData("FT_Smallest", 0, 0)]
    public void TotalFloatAsFile_FloatTypeOption_IsHonoured(string floatType, double expectedA, double expectedB)
    {
        // A (16 h) started Mon 08:00 with 4 h left at the data date Tue 08:00: ES Mon 08:00, EF Tue 12:00.
        // B (8 h, not started) runs Tue 08:00-16:00 and sets the finish. A: LF Tue 16:00 → finish float 4 h;
        // LS = LF − 16 h = Mon 08:00 = ES → start float 0. B is critical either way.
        string text = Minimal(
            "%R\t1\t1\t\t\tA\tFirst\tTK_Active\tTT_Task\t16\t4\t2024-01-08 08:00\t\t\t\t\n"
            + "%R\t2\t1\t\t\tB\tSecond\tTK_NotStart\tTT_Task\t8\t8\t\t\t\t\t\n",
            string.Empty, "\tsched_float_type", "\t" + floatType).Replace("2024-01-08 00:00\t2024-01-08 08:00", "2024-01-09 00:00\t2024-01-08 08:00");
        ImportedSchedule p = Parse(text);
        Schedule<LocalDateTime> s = p.Schedule();
        Assert.Equal(new LocalDateTime(2024, 1, 9, 12, 0), s["A"].EarlyFinish);
        Assert.Equal(new LocalDateTime(2024, 1, 9, 16, 0), s["B"].EarlyFinish);
        Assert.Equal(expectedA, p.TotalFloatAsFile(s["A"]), 9);
        Assert.Equal(expectedB, p.TotalFloatAsFile(s["B"]), 9);
    }


    private const string TaskRow = "%R\t1\t1\t\t\tA\tFirst\tTK_NotStart\tTT_Task\t8\t8\t\t\t\t\t\n";

    [Fact]
    public void Read_RecordWithTooFewValues_NamesLineTableAndExpectedCount()
    {
        // Before: the short record was accepted and A got duration 0.
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(Minimal("%R\t1\t1\t\t\tA\tFirst\tTK_NotStart\tTT_Task\n")));
        Assert.Equal(10, ex.Line);
        Assert.Equal("TASK", ex.Field);
        Assert.Contains("has 8 values", ex.Message);
        Assert.Contains("names 15 fields", ex.Message);
        Assert.Contains("line 9", ex.Message);
    }

    [Fact]
    public void Read_RecordWithTooManyValues_IsRefused()
    {
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(Minimal(TaskRow.Replace("\n", "\textra\n"))));
        Assert.Equal(10, ex.Line);
        Assert.Contains("has 16 values", ex.Message);
    }

    [Fact]
    public void Read_ValueWithLineBreaks_ContinuesTheRecord()
    {
        string text = Minimal(TaskRow).Replace("(0||CalendarData()((0||DaysOfWeek()(", "(0||CalendarData()(\r\n  (0||DaysOfWeek()(\r\n");
        ImportedSchedule p = Parse(text);
        Assert.Equal(8, p.Network["A"].Duration);
        Assert.Single(p.Calendar.Exceptions);
    }

    [Theory]
    [InlineData("\u007f\u007f")] // P6 15 to 23
    [InlineData("\u007f\u007f    ")]
    [InlineData("  ")]
    [InlineData("\t")]
    [InlineData("\r\n ")]
    [InlineData("")] // P6 6 to 8: no layout at all
    public void Read_CalendarDataWithLayoutBetweenNodes_ReadsTheSameCalendar(string layout)
    {
        string compact = "(0||CalendarData()((0||DaysOfWeek()((0||1()())(0||2()((0||0(s|08:00|f|16:00)())))(0||3()((0||0(s|08:00|f|16:00)())))(0||4()((0||0(s|08:00|f|16:00)())))(0||5()((0||0(s|08:00|f|16:00)())))(0||6()((0||0(s|08:00|f|16:00)())))(0||7()())))(0||Exceptions()((0||0(d|45301)())))))";
        string spaced = compact.Replace("(0||", layout + "(0||").Replace("))", ")" + layout + ")");
        XerCalendarData expected = XerCalendarData.Parse(compact);
        XerCalendarData actual = XerCalendarData.Parse(spaced);
        Assert.Equal(expected.Week, actual.Week);
        Assert.Equal(expected.Exceptions, actual.Exceptions);
        Assert.Equal(ProjectDelivery.Calendars.WorkingDay.Parse("08:00-16:00"), actual.Week[0]);
    }

    [Theory]
    [InlineData("(0||CalendarData()((0||DaysOfWeek()((0||2()((0||0(s|08:00|f|16:00)()))))", "ends at character")]
    [InlineData("(0||CalendarData()((0||DaysOfWeek()((0||9()())))))", "should be 1 (Sunday) to 7 (Saturday)")]
    [InlineData("(0||CalendarData()((0||DaysOfWeek()((0||2()((0||0(s|8 am|f|16:00)())))))))", "'8 am' is not a time of day")]
    [InlineData("(0||CalendarData()((0||Exceptions()((0||0(d|next week)())))))", "whole number of days")]
    [InlineData("(0||CalendarData()(x))", "expected ')' to close the children of node 'CalendarData' at character 20, found 'x'")]
    [InlineData("(0||CalendarData()())junk", "unexpected text 'junk'")]
    public void Read_BrokenCalendarData_SaysWhereAndWhatWasExpected(string data, string expected)
    {
        string text = Minimal(TaskRow).Replace(
            "(0||CalendarData()((0||DaysOfWeek()((0||1()())(0||2()((0||0(s|08:00|f|16:00)())))(0||3()((0||0(s|08:00|f|16:00)())))(0||4()((0||0(s|08:00|f|16:00)())))(0||5()((0||0(s|08:00|f|16:00)())))(0||6()((0||0(s|08:00|f|16:00)())))(0||7()())))(0||Exceptions()((0||0(d|45301)())))))",
            data);
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(text));
        Assert.Equal("CALENDAR.clndr_data", ex.Field);
        Assert.Equal(7, ex.Line);
        Assert.Contains("calendar 5", ex.Message);
        Assert.Contains(expected, ex.Message);
    }

    [Theory]
    [InlineData("TT_Task", "TT_Bogus", "TASK.task_type")]
    [InlineData("TK_NotStart", "TK_Sleeping", "TASK.status_code")]
    public void Read_UnknownTaskCode_IsRefusedNamingTheAllowedCodes(string code, string replacement, string field)
    {
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(Minimal(TaskRow.Replace(code, replacement))));
        Assert.Equal(field, ex.Field);
        Assert.Contains(replacement, ex.Message);
        Assert.Contains(code, ex.Message);
    }

    [Theory]
    [InlineData("sched_float_type", "FT_Biggest")]
    [InlineData("sched_calendar_on_relationship_lag", "rcal_Moon")]
    [InlineData("sched_progress_override", "maybe")]
    public void Read_UnknownSchedulingOption_IsRefused(string option, string value)
    {
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(Minimal(TaskRow, string.Empty, "\t" + option, "\t" + value)));
        Assert.Equal("PROJECT." + option, ex.Field);
        Assert.Contains(value, ex.Message);
    }

    [Theory]
    [InlineData("1e308")]
    [InlineData("-1e308")]
    [InlineData("1e309")]
    [InlineData("Infinity")]
    [InlineData("NaN")]
    [InlineData("10000001")]
    public void Read_NumberOutOfRange_IsRefused(string value)
    {
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(Minimal(TaskRow.Replace("\tTT_Task\t8\t", "\tTT_Task\t" + value + "\t"))));
        Assert.Equal("TASK.target_drtn_hr_cnt", ex.Field);
        Assert.Equal(10, ex.Line);
    }

    [Fact]
    public void Read_ControlCharactersAndHugeValues_AreEscapedAndClippedInMessages()
    {
        string status = "TK_\u0001\u007f" + new string('x', 100_000);
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(Minimal(TaskRow.Replace("TK_NotStart", status))));
        Assert.Contains("TK_\\u0001\\u007F", ex.Message);
        Assert.DoesNotContain(ex.Message, char.IsControl);
        Assert.True(ex.Message.Length < 800, ex.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Read_DuplicateLinkId_IsRefusedNamingBothLines()
    {
        string text = Minimal(TaskRow + "%R\t2\t1\t\t\tB\tSecond\tTK_NotStart\tTT_Task\t8\t8\t\t\t\t\t\n" + "%R\t3\t1\t\t\tC\tThird\tTK_NotStart\tTT_Task\t8\t8\t\t\t\t\t\n",
            "%R\t7\t2\t1\t1\t1\tPR_FS\t0\n%R\t7\t3\t1\t1\t1\tPR_FS\t0\n");
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(text));
        Assert.Equal("TASKPRED.task_pred_id", ex.Field);
        Assert.Equal(16, ex.Line);
        Assert.Contains("first on line 15", ex.Message);
    }

    [Fact]
    public void Read_StrayLineAfterACompleteRecord_IsRefused()
    {
        ScheduleFileException ex = Assert.Throws<ScheduleFileException>(() => Parse(Minimal(TaskRow + "stray text\n")));
        Assert.Equal(11, ex.Line);
        Assert.Contains("unexpected line starting 'stray text'", ex.Message);
    }
}
