using System;
using ProjectDelivery.Delivery.Routing.Model;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing.Model;

public sealed class JobTests
{
    [Fact]
    public void WithTimeWindows_SortedDisjoint_KeepsWindowsAndHull()
    {
        Job job = new Job("a", 0, penalty: 3).WithPriority(2).WithLatenessCost(1.5)
            .WithTimeWindows(new[] { new TimeWindow(10, 20), new TimeWindow(30, 40) });
        Assert.Equal(new[] { new TimeWindow(10, 20), new TimeWindow(30, 40) }, job.TimeWindows);
        Assert.Equal(10, job.ReadyTime);
        Assert.Equal(40, job.DueTime);
        Assert.Equal(2, job.Priority);
        Assert.Equal(1.5, job.LatenessCost);
        Assert.True(job.HasSoftWindow);
        Assert.Equal(3, job.Penalty);
    }

    [Fact]
    public void Constructor_Default_OneOpenHardWindowPriorityZero()
    {
        var job = new Job("a", 0);
        Assert.Equal(new[] { new TimeWindow(0, double.PositiveInfinity) }, job.TimeWindows);
        Assert.Equal(0, job.Priority);
        Assert.False(job.HasSoftWindow);
    }

    [Theory]
    [InlineData(10, 20, 20, 30)]
    [InlineData(10, 20, 15, 30)]
    [InlineData(30, 40, 10, 20)]
    public void WithTimeWindows_OverlappingOrUnsorted_ThrowsNamingTheJob(double o1, double c1, double o2, double c2)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Job("job-7", 0).WithTimeWindows(new[] { new TimeWindow(o1, c1), new TimeWindow(o2, c2) }));
        Assert.Contains("job-7", ex.Message);
    }

    [Fact]
    public void WithTimeWindows_Empty_Throws() =>
        Assert.Contains("job-7", Assert.Throws<ArgumentException>(() => new Job("job-7", 0).WithTimeWindows(Array.Empty<TimeWindow>())).Message);

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void WithLatenessCost_Invalid_Throws(double cost) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Job("a", 0).WithLatenessCost(cost));

    [Fact]
    public void WithPriority_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Job("a", 0).WithPriority(-1));

    [Theory]
    [InlineData(5, 4)]
    [InlineData(double.NaN, 4)]
    [InlineData(0, double.NaN)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
    public void TimeWindow_Invalid_Throws(double open, double close) =>
        Assert.ThrowsAny<ArgumentException>(() => new TimeWindow(open, close));

    [Fact]
    public void TimeWindow_Equality_ByBounds()
    {
        Assert.True(new TimeWindow(1, 2) == new TimeWindow(1, 2));
        Assert.True(new TimeWindow(1, 2) != new TimeWindow(1, 3));
        Assert.Equal(new TimeWindow(1, 2).GetHashCode(), new TimeWindow(1, 2).GetHashCode());
        Assert.Equal("[1, 2]", new TimeWindow(1, 2).ToString());
    }
}
