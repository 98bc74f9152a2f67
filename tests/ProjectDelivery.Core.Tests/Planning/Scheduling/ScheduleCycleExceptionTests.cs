using System.Linq;
using ProjectDelivery.Planning.Scheduling;
using Xunit;

namespace ProjectDelivery.Tests.Planning.Scheduling;

public sealed class ScheduleCycleExceptionTests
{
    [Fact]
    public void Message_ShortCycle_ListsEveryActivity()
    {
        var ex = new ScheduleCycleException(new[] { "A", "B", "C", "A" });
        Assert.Equal("The precedence links form a cycle: A -> B -> C -> A.", ex.Message);
    }

    [Fact]
    public void Message_LongCycle_ListsTenLinksAndCountsTheRest()
    {
        string[] cycle = Enumerable.Range(0, 5000).Select(i => "activity-" + i).Append("activity-0").ToArray();
        var ex = new ScheduleCycleException(cycle);
        Assert.Equal(
            "The precedence links form a cycle: activity-0 -> activity-1 -> activity-2 -> activity-3 -> activity-4 -> activity-5 -> activity-6 -> activity-7 -> activity-8 -> activity-9 -> … 4,990 more … -> activity-0.",
            ex.Message);
        Assert.Equal(5001, ex.Cycle.Count);
    }
}
