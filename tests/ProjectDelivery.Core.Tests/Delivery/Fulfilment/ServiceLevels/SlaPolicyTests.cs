using System;
using System.Collections.Generic;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Fulfilment.ServiceLevels;

public sealed class SlaPolicyTests
{
    private static readonly SlaPolicy Policy = SlaPolicy.Create(
        "Service desk",
        SlaClockTests.LondonOffice,
        new[]
        {
            SlaGoal.When("VIP", s => s.Attributes.TryGetValue("tier", out string? tier) && tier == "gold", ("respond", Duration.FromMinutes(15)), ("resolve", Duration.FromHours(4))),
            SlaGoal.ForPriority("P1", ("respond", Duration.FromHours(1)), ("resolve", Duration.FromHours(8))),
            SlaGoal.ForPriority("P2", ("respond", Duration.FromHours(4)), ("resolve", Duration.FromHours(24))),
            SlaGoal.Always("default", ("resolve", Duration.FromHours(40))),
        },
        warningFraction: 0.5);

    [Fact]
    public void GoalFor_FirstMatchingGoalWins()
    {
        var gold = new SlaSubject("T-1", "P2", new Dictionary<string, string> { ["tier"] = "gold" });
        Assert.Equal("VIP", Policy.GoalFor(gold).Name);
        Assert.Equal("P1", Policy.GoalFor(new SlaSubject("T-2", "p1")).Name);
        Assert.Equal("default", Policy.GoalFor(new SlaSubject("T-3", "P4")).Name);
    }

    [Fact]
    public void ClockFor_UsesTheMetricTargetAndPolicySettings()
    {
        SlaClock clock = Policy.ClockFor(new SlaSubject("T-2", "P1"), "respond");

        Assert.Equal(Duration.FromHours(1), clock.Goal);
        Assert.Equal(0.5, clock.WarningFraction);
        Assert.Same(SlaClockTests.LondonOffice, clock.Calendar);
    }

    [Fact]
    public void Evaluate_RespondAndResolveClocks_AreIndependent()
    {
        // P1 ticket raised Mon 29 Mar 2027 08:00Z (09:00 BST); responded 08:30Z; open as of 10:00Z
        var subject = new SlaSubject("T-2", "P1");
        Instant raised = Instant.FromUtc(2027, 3, 29, 8, 0);
        SlaEvent[] respond = { SlaEvent.Start(raised), SlaEvent.Stop(Instant.FromUtc(2027, 3, 29, 8, 30)) };
        SlaEvent[] resolve = { SlaEvent.Start(raised) };
        Instant asOf = Instant.FromUtc(2027, 3, 29, 10, 0);

        Assert.Equal(SlaState.Met, Policy.Evaluate(subject, "respond", respond, asOf).State);
        SlaStatus resolving = Policy.Evaluate(subject, "resolve", resolve, asOf);
        Assert.Equal(SlaState.Running, resolving.State);
        Assert.Equal(Instant.FromUtc(2027, 3, 29, 16, 0), resolving.BreachAt); // 8 business hours: 09:00–17:00 BST
    }

    [Fact]
    public void ClockFor_MissingMetricOrNoGoal_ThrowsNamingTheSubject()
    {
        ArgumentException missing = Assert.Throws<ArgumentException>(() => Policy.ClockFor(new SlaSubject("T-9", "P4"), "respond"));
        Assert.Contains("T-9", missing.Message, StringComparison.Ordinal);

        SlaPolicy narrow = SlaPolicy.Create("narrow", WorkingCalendar.Continuous, new[] { SlaGoal.ForPriority("P1", ("resolve", Duration.FromHours(1))) });
        ArgumentException none = Assert.Throws<ArgumentException>(() => narrow.GoalFor(new SlaSubject("T-8", "P3")));
        Assert.Contains("T-8", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_InvalidGoals_Throw()
    {
        Assert.Throws<ArgumentException>(() => SlaGoal.ForPriority("P1"));
        Assert.Throws<ArgumentOutOfRangeException>(() => SlaGoal.ForPriority("P1", ("resolve", Duration.Zero)));
        Assert.Throws<ArgumentException>(() => SlaGoal.ForPriority("P1", ("resolve", Duration.FromHours(1)), ("resolve", Duration.FromHours(2))));
        Assert.Throws<ArgumentException>(() => SlaPolicy.Create("empty", WorkingCalendar.Continuous, Array.Empty<SlaGoal>()));
    }

    [Fact]
    public void EventLog_GetTimeline_ReturnsEachTicketsEvents()
    {
        Instant t = Instant.FromUtc(2027, 1, 4, 8, 0);
        SlaEventLog log = new SlaEventLogBuilder().Add(new[] { SlaEvent.Start(t) }).Add(Array.Empty<SlaEvent>()).Add(new[] { SlaEvent.Start(t), SlaEvent.Stop(t) }).Build();

        Assert.Equal(3, log.Count);
        Assert.Equal(3, log.EventCount);
        Assert.Equal(0, log.GetTimeline(1).Length);
        Assert.Equal(SlaEventType.Stop, log.GetTimeline(2)[1].Type);
        Assert.Throws<ArgumentOutOfRangeException>(() => log.GetTimeline(3).Length);
    }
}
