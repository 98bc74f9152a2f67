using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Reporting;
using Xunit;

namespace ProjectDelivery.Tests.Docs.GettingStarted;

/// <summary>Runs the code of docs/getting-started/risk.md word for word (<see cref="GettingStartedGuideTests"/> checks they match).</summary>
public sealed class RiskGuideTests
{
    [Fact]
    public void Guide_Code_RunsAndGivesTheDocumentedResults()
    {
        // guide-begin
        var scoring = RiskScoringModel.FivePoint(costThresholds: new[] { 1_000.0, 5_000, 10_000, 50_000 },
                                                 scheduleThresholds: new[] { 1.0, 3, 5, 10 });
        var ground = ProjectRisk.Create("R1", "Ground conditions", RiskKind.Threat,
            RiskAssessment.Create(probability: 0.25, costImpact: 6_000, scheduleImpact: 5), new LocalDate(2027, 1, 4));
        RiskRegister register = RiskRegister.Create(new[] { ground }, scoring);
        RiskRating rating = register.Rate(ground, AssessmentBasis.Inherent); // P2 × I4, Amber
        IReadOnlyList<RiskListingRow> listing = register.Listing();           // ranked rows for a report

        var network = ProjectNetwork.Create(new[]
        {
            new Activity("dig", 10),
            new Activity("build", 20, new[] { new Dependency("dig") }),
        });
        var model = ScheduleRiskModel.Create(network,
            new[]
            {
                ActivityUncertainty.Create("dig", UncertainValue.Triangular(8, 10, 15)),
                ActivityUncertainty.Create("build", UncertainValue.Pert(18, 20, 26)),
            },
            new[] { RiskDriver.Create("R1", 0.25, UncertainValue.Triangular(2, 5, 8), null, new[] { "dig" }) });
        ScheduleRiskResult result = MonteCarloSimulator.Run(model, new MonteCarloOptions { Iterations = 5_000, Seed = 7 });
        double p80 = result.Finish.Percentile(0.80);            // finish not exceeded in 80 % of iterations
        double onTime = result.ProbabilityOfFinishingBy(32);    // chance of finishing within 32 days
        ScheduleRiskSummary summary = ScheduleRiskSummary.From(result); // P10…P95 table and criticality rows
        // guide-end

        Assert.Equal(2, rating.ProbabilityLevel);
        Assert.Equal(4, rating.ImpactLevel);
        Assert.Equal(RagZone.Amber, rating.Zone);
        Assert.Single(listing);
        Assert.InRange(p80, 30.0, 15 + 26 + 8);
        Assert.InRange(onTime, 0.0, 1.0);
        Assert.Equal(p80, summary.Percentiles.Single(p => p.Label == "P80").Finish);
        Assert.Equal(onTime, result.ProbabilityOfFinishingBy(32));
    }
}
