using System;
using System.Linq;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Reporting;
using Xunit;

namespace ProjectDelivery.Tests.Reporting;

public sealed class ScheduleRiskSummaryTests
{
    private static ScheduleRiskResult Run()
    {
        var network = ProjectNetwork.Create(new[]
        {
            new Activity("A", 5),
            new Activity("B", 4),
            new Activity("C", 1, new[] { new Dependency("A"), new Dependency("B") }),
        });
        var model = ScheduleRiskModel.Create(network,
            new[] { ActivityUncertainty.Create("A", UncertainValue.Uniform(4, 6)), ActivityUncertainty.Create("B", UncertainValue.Uniform(3, 7)) },
            Array.Empty<RiskDriver>());
        return MonteCarloSimulator.Run(model, new MonteCarloOptions { Iterations = 4_000, Seed = 3 });
    }

    [Fact]
    public void From_Result_CopiesHeadlinesPercentilesAndCriticality()
    {
        ScheduleRiskResult result = Run();
        ScheduleRiskSummary summary = Assert.IsType<ScheduleRiskSummary>(result.ToDump());

        Assert.Equal((result.Iterations, result.DeterministicFinish, result.Finish.Mean), (summary.Iterations, summary.DeterministicFinish, summary.MeanFinish));
        Assert.Equal(result.ProbabilityOfFinishingBy(result.DeterministicFinish), summary.ProbabilityOfDeterministicFinish);
        Assert.Equal(new[] { "P10", "P20", "P30", "P40", "P50", "P60", "P70", "P80", "P90", "P95" }, summary.Percentiles.Select(p => p.Label));
        Assert.All(summary.Percentiles, p => Assert.Equal(result.Finish.Percentile(p.Probability), p.Finish));
        Assert.All(summary.Percentiles, p => Assert.Equal(result.Cost.Percentile(p.Probability), p.Cost));
        Assert.Equal(new[] { "A", "B", "C" }, summary.Activities.Select(a => a.ActivityId));
        Assert.All(summary.Activities, a => Assert.Equal(result.CriticalityIndex(a.ActivityId), a.CriticalityIndex));
        Assert.Equal(1.0, summary.Activities[2].CriticalityIndex); // C follows both
        Assert.Equal(1.0, summary.Activities[0].CriticalityIndex + summary.Activities[1].CriticalityIndex, 2); // ties have probability 0
        Assert.Null(summary.Activities[2].Sensitivity); // certain duration
    }
}
