using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.Kpis;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Reporting;
using Xunit;

namespace ProjectDelivery.Tests.Reporting;

public sealed class ScheduleRowTests
{
    private static readonly HashSet<Type> Bindable = new()
    {
        typeof(string), typeof(double), typeof(int), typeof(bool), typeof(DateTime),
        typeof(double?), typeof(int?), typeof(bool?), typeof(DateTime?),
    };

    public static TheoryData<Type> RowTypes() => new()
    {
        typeof(ScheduleRow), typeof(SlaStatusRow), typeof(SimulationPercentileRow), typeof(ActivityRiskRow), typeof(KpiRow), typeof(ExposureRow),
        typeof(RouteRow), typeof(RouteStopRow), typeof(UnassignedJobRow), typeof(DeliveryStopRow),
    };

    [Theory]
    [MemberData(nameof(RowTypes))]
    public void RowType_PublicProperties_ArePrimitiveAndReadOnly(Type type)
    {
        Assert.All(type.GetProperties(), p =>
        {
            Assert.True(Bindable.Contains(p.PropertyType), $"{type.Name}.{p.Name} is {p.PropertyType.Name}, which a report designer cannot bind.");
            Assert.True(p.SetMethod is null || !p.SetMethod.IsPublic, $"{type.Name}.{p.Name} has a public setter.");
        });
    }

    /// <summary>Random small networks: each activity may depend on earlier ones.</summary>
    private static readonly Gen<ProjectNetwork> Networks =
        Gen.Int[1, 8].SelectMany(n => Gen.Int[0, 5].Array[n].SelectMany(durations => Gen.Int[0, 1 << 8].Array[n].Select(masks =>
            ProjectNetwork.Create(Enumerable.Range(0, n).Select(i => new Activity(
                "A" + i,
                durations[i],
                Enumerable.Range(0, i).Where(j => (masks[i] & (1 << j)) != 0).Select(j => new Dependency("A" + j)),
                name: i % 2 == 0 ? "Task " + i : null,
                wbsParent: i % 3 == 0 ? "W" : null))))));

    [Fact]
    public void From_PlainSchedule_CopiesEveryActivityField()
    {
        Networks.Sample(network =>
        {
            Schedule<double> schedule = CriticalPathScheduler.Schedule(network);
            IReadOnlyList<ScheduleRow> rows = ScheduleRow.From(schedule);
            Assert.Equal(schedule.Activities.Count, rows.Count);
            for (int i = 0; i < rows.Count; i++)
            {
                ActivitySchedule<double> a = schedule.Activities[i];
                ScheduleRow r = rows[i];
                Assert.Equal((i, a.Id, a.Activity.Name ?? "", a.Activity.WbsParent ?? "", a.Activity.Duration), (r.Index, r.Id, r.Name, r.Wbs, r.Duration));
                Assert.Equal((a.EarlyStart, a.EarlyFinish, a.LateStart, a.LateFinish), (r.EarlyStartUnits!.Value, r.EarlyFinishUnits!.Value, r.LateStartUnits!.Value, r.LateFinishUnits!.Value));
                Assert.Equal((a.TotalFloat, a.FreeFloat, a.Critical, a.Status.ToString(), a.DrivingPredecessorId ?? ""), (r.TotalFloat, r.FreeFloat, r.Critical, r.Status, r.DrivingPredecessor));
                Assert.Null(r.EarlyStart);
                Assert.Equal(a.Activity.IsMilestone, r.IsMilestone);
                Assert.Equal(a.Activity.Predecessors.Count, r.Predecessors.Length == 0 ? 0 : r.Predecessors.Split(',').Length);
            }
        }, iter: 300);
    }

    [Fact]
    public void From_CalendarSchedule_GivesWallClockDateTimes()
    {
        Networks.Sample(network =>
        {
            Schedule<LocalDateTime> schedule = CriticalPathScheduler.Schedule(network, new CalendarScheduleOptions(new LocalDateTime(2027, 3, 1, 8, 0), WorkingCalendar.Standard));
            IReadOnlyList<ScheduleRow> rows = ScheduleRow.From(schedule);
            for (int i = 0; i < rows.Count; i++)
            {
                ActivitySchedule<LocalDateTime> a = schedule.Activities[i];
                Assert.Equal(a.EarlyStart.ToDateTimeUnspecified(), rows[i].EarlyStart);
                Assert.Equal(a.LateFinish.ToDateTimeUnspecified(), rows[i].LateFinish);
                Assert.Equal(DateTimeKind.Unspecified, rows[i].EarlyFinish!.Value.Kind);
                Assert.Null(rows[i].EarlyStartUnits);
                Assert.Equal(a.TotalFloat, rows[i].TotalFloat);
            }
        }, iter: 100);
    }

    [Fact]
    public void ToDump_Schedule_ReturnsTheRows()
    {
        var network = ProjectNetwork.Create(new[] { new Activity("A", 2), new Activity("B", 3, new[] { new Dependency("A", DependencyType.FinishToStart, 1) }) });
        Schedule<double> schedule = CriticalPathScheduler.Schedule(network);
        var rows = Assert.IsAssignableFrom<IReadOnlyList<ScheduleRow>>(schedule.ToDump());
        Assert.Equal(new[] { 0.0, 3.0 }, rows.Select(r => r.EarlyStartUnits!.Value));
        Assert.Equal("A FS+1", rows[1].Predecessors);
        Assert.Equal("A", rows[1].DrivingPredecessor);
    }

    [Fact]
    public void From_NullSchedule_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ScheduleRow.From((Schedule<double>)null!));
        Assert.Throws<ArgumentNullException>(() => ScheduleRow.From((Schedule<LocalDateTime>)null!));
    }
}
