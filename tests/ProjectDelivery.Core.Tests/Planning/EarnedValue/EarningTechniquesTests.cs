using System;
using NodaTime;
using ProjectDelivery.Planning.EarnedValue;
using Xunit;

namespace ProjectDelivery.Tests.Planning.EarnedValue;

public sealed class EarningTechniquesTests
{
    private static readonly ReportingCalendar Months = ReportingCalendar.Monthly(new LocalDate(2027, 1, 1), 6);

    [Fact]
    public void PercentComplete_CumulativePercentages_GivesPerPeriodIncrements()
    {
        Assert.Equal(new double[] { 100, 150, 0, 250 }, EarningTechniques.PercentComplete(1000, new double[] { 10, 25, 25, 50 }));
    }

    [Fact]
    public void PercentComplete_Decreasing_ThrowsNamingThePeriod()
    {
        var ex = Assert.Throws<ArgumentException>(() => EarningTechniques.PercentComplete(1000, new double[] { 10, 5 }));
        Assert.Contains("period 1", ex.Message);
    }

    [Fact]
    public void FiftyFifty_StartedInJanuaryFinishedInMarch_HalfInEach()
    {
        double[] ev = EarningTechniques.FiftyFifty(200, Months, 4, new LocalDate(2027, 1, 20), new LocalDate(2027, 3, 2));
        Assert.Equal(new double[] { 100, 0, 100, 0 }, ev);
    }

    [Fact]
    public void FiftyFifty_StartedOnly_EarnsHalf()
    {
        Assert.Equal(new double[] { 0, 100 }, EarningTechniques.FiftyFifty(200, Months, 2, new LocalDate(2027, 2, 3), null));
    }

    [Fact]
    public void ZeroHundred_NotFinished_EarnsNothing_Finished_EarnsAllInThatPeriod()
    {
        Assert.Equal(new double[] { 0, 0, 0 }, EarningTechniques.ZeroHundred(300, Months, 3, null));
        Assert.Equal(new double[] { 0, 300, 0 }, EarningTechniques.ZeroHundred(300, Months, 3, new LocalDate(2027, 2, 14)));
    }

    [Fact]
    public void FixedFormula_FinishAfterStatusDate_ThrowsNamingTheDate()
    {
        var ex = Assert.Throws<ArgumentException>(() => EarningTechniques.ZeroHundred(300, Months, 2, new LocalDate(2027, 3, 14)));
        Assert.Contains("2027-03-14", ex.Message);
    }

    [Fact]
    public void WeightedMilestones_TwoOfThreeAchieved_EarnsTheirShares()
    {
        var milestones = new[]
        {
            new Milestone("Design", 1, new LocalDate(2027, 1, 10)),
            new Milestone("Build", 2, new LocalDate(2027, 3, 1)),
            new Milestone("Test", 1, null),
        };
        Assert.Equal(new double[] { 100, 0, 200 }, EarningTechniques.WeightedMilestones(400, Months, 3, milestones));
    }
}
