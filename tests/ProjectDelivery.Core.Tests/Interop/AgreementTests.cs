using System.Linq;
using NodaTime;
using ProjectDelivery.Interop;
using ProjectDelivery.Planning.Scheduling;
using Xunit;

namespace ProjectDelivery.Tests.Interop;

/// <summary>
/// Scheduling each sample with the library's engine against the dates and floats the originating tool stored
/// in the file (the oracle). The counts are the table of docs/interop.md; each difference is explained there.
/// </summary>
public sealed class AgreementTests
{
    private readonly ITestOutputHelper _output;

    public AgreementTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData(ScheduleSamples.Relations, 5, 0, 5, 0, 5, 0)]
    [InlineData(ScheduleSamples.Legacy, 16, 0, 15, 1, 1, 15)]
    [InlineData(ScheduleSamples.Durations, 10, 0, 10, 0, 6, 4)]
    [InlineData(ScheduleSamples.PercentComplete, 0, 0, 0, 0, 0, 0)]
    public void Schedule_SampleFile_AgreesWithStoredValuesAsDocumented(string file, int esEqual, int esDiffer, int efEqual, int efDiffer, int tfEqual, int tfDiffer)
    {
        ScheduleSamples.Agreement agreement = ScheduleSamples.Compare(ScheduleSamples.Read(file));
        _output.WriteLine($"{file}: {agreement}");
        Assert.Equal((esEqual, esDiffer, efEqual, efDiffer, tfEqual, tfDiffer),
            (agreement.EarlyStartEqual, agreement.EarlyStartDiffer, agreement.EarlyFinishEqual, agreement.EarlyFinishDiffer, agreement.FloatEqual, agreement.FloatDiffer));
    }

    [Fact]
    public void Schedule_Assignments2019WithProgressAndNoStatusDate_ReproducesEveryStoredDateAndFloat()
    {
        // Project 2019, tasks 2 and 3 in progress since 2016-01-04, no StatusDate, CurrentDate 2018-10-18 and StartDate
        // 2018-10-18: MS Project kept every task at 2016-01-04..15 with zero slack, and so does the engine now.
        ImportedSchedule file = ScheduleSamples.Read(ScheduleSamples.Assignments2019);
        Assert.Null(file.StatusDate);
        Schedule<LocalDateTime> schedule = file.Schedule();
        foreach (ImportedTask task in file.Tasks)
        {
            ActivitySchedule<LocalDateTime> a = schedule[task.Id];
            Assert.Equal(task.StoredEarlyStart, a.EarlyStart);
            Assert.Equal(task.StoredEarlyFinish, a.EarlyFinish);
            Assert.Equal(task.StoredLateStart, a.LateStart);
            Assert.Equal(task.StoredLateFinish, a.LateFinish);
            Assert.Equal(task.StoredTotalFloat, a.TotalFloat);
            Assert.Equal(task.StoredFreeFloat, a.FreeFloat);
        }

        Assert.Equal(new LocalDateTime(2016, 1, 15, 17, 0), schedule.ProjectFinish); // the file's FinishDate
    }

    [Fact]
    public void Schedule_LegacySampleWithTask2AtItsStoredSpan_AgreesEverywhere()
    {
        // The file gives task 2 Duration PT800H but its stored Start..Finish span 400 working hours; every float
        // difference of the legacy sample is that 400 h (24000 min). With the duration the dates imply, all agree.
        ImportedSchedule file = ScheduleSamples.Read(ScheduleSamples.Legacy);
        Activity task2 = file.Network["2"];
        Assert.Equal(48000, task2.Duration);
        var fixedNetwork = ProjectNetwork.Create(file.Network.Activities.Select(a => a.Id == "2" ? a.WithDuration(24000) : a), file.Network.WbsElements);
        var fixedProject = new ImportedSchedule(file.Format, fixedNetwork, file.Calendar, file.ProjectStart, file.TimeUnit, file.Tasks) { Calendars = file.Calendars };
        ScheduleSamples.Agreement agreement = ScheduleSamples.Compare(fixedProject);
        Assert.Equal((16, 0, 16, 0, 16, 0),
            (agreement.EarlyStartEqual, agreement.EarlyStartDiffer, agreement.EarlyFinishEqual, agreement.EarlyFinishDiffer, agreement.FloatEqual, agreement.FloatDiffer));
    }
}
