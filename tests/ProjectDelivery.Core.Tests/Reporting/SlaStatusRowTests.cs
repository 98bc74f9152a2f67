using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using ProjectDelivery.Reporting;
using Xunit;

namespace ProjectDelivery.Tests.Reporting;

public sealed class SlaStatusRowTests
{
    private static readonly Instant Monday9 = Instant.FromUtc(2027, 3, 1, 9, 0);

    [Fact]
    public void Constructor_Status_FlattensEveryFieldToHoursAndUtc()
    {
        SlaClock clock = SlaClock.Create(WorkingCalendar.Standard, Duration.FromHours(4));
        SlaStatus status = clock.Evaluate(new[] { SlaEvent.Start(Monday9), SlaEvent.Pause(Monday9.Plus(Duration.FromHours(2))), SlaEvent.Resume(Monday9.Plus(Duration.FromHours(5))) },
            Instant.FromUtc(2027, 3, 2, 8, 30));
        var row = new SlaStatusRow("T-9", "resolution", status);

        Assert.Equal(("T-9", "resolution", status.State.ToString(), status.IsAtRisk, status.Cycle), (row.SubjectId, row.Metric, row.State, row.IsAtRisk, row.Cycle));
        Assert.Equal(status.Elapsed.TotalHours, row.ElapsedHours);
        Assert.Equal(4.0, row.GoalHours);
        Assert.Equal(status.Remaining.TotalHours, row.RemainingHours);
        Assert.Equal(3.0, row.PausedHours, 9);
        Assert.Equal(status.BreachAt!.Value.ToDateTimeUtc(), row.BreachAtUtc);
        Assert.Equal(DateTimeKind.Utc, row.CycleStartedUtc!.Value.Kind);
        Assert.Equal(new DateTime(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc), row.CycleStartedUtc);
        Assert.Equal(status.State == SlaState.Breached, row.IsBreached);
        Assert.Equal(status.FractionOfGoal, row.FractionOfGoal);
    }

    [Fact]
    public void Constructor_NotStarted_HasNullInstantsAndEmptyMetric()
    {
        var row = new SlaStatusRow("T-1", null, default);
        Assert.Equal(("NotStarted", "", 0), (row.State, row.Metric, row.Cycle));
        Assert.Null(row.CycleStartedUtc);
        Assert.Null(row.BreachAtUtc);
    }

    [Fact]
    public void From_EvaluateManyResults_KeepsOrderAndIds()
    {
        SlaClock clock = SlaClock.Create(WorkingCalendar.Standard, Duration.FromHours(8));
        SlaEventLog log = SlaEventLog.Create(new[]
        {
            new[] { SlaEvent.Start(Monday9) },
            Array.Empty<SlaEvent>(),
            new[] { SlaEvent.Start(Monday9), SlaEvent.Stop(Monday9.Plus(Duration.FromHours(1))) },
        });
        IReadOnlyList<SlaStatusRow> rows = SlaStatusRow.From(new[] { "a", "b", "c" }, clock.EvaluateMany(log, Instant.FromUtc(2027, 3, 3, 9, 0)), "fix");
        Assert.Equal(new[] { "a", "b", "c" }, rows.Select(r => r.SubjectId));
        Assert.Equal(new[] { "Breached", "NotStarted", "Met" }, rows.Select(r => r.State));
        Assert.All(rows, r => Assert.Equal("fix", r.Metric));
    }

    [Fact]
    public void From_MismatchedLengths_ThrowsNamingTheCounts()
    {
        var ex = Assert.Throws<ArgumentException>(() => SlaStatusRow.From(new[] { "a" }, new SlaStatus[2]));
        Assert.Contains("1 subject ids but 2 statuses", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_EmptyId_ThrowsNamingTheIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => SlaStatusRow.From(new[] { "a", "" }, new SlaStatus[2]));
        Assert.Contains("index 1", ex.Message, StringComparison.Ordinal);
    }
}
