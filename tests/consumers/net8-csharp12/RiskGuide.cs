// docs/getting-started/risk.md, word for word (ConsumerProgramTests checks it): prints what the page's Output block shows.
using System;
using System.Collections.Generic;
using NodaTime;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Reporting;

internal static class RiskGuide
{
    public static void Run()
    {
var scoring = RiskScoringModel.FivePoint(costThresholds: new[] { 1_000.0, 5_000, 10_000, 50_000 },
                                         scheduleThresholds: new[] { 1.0, 3, 5, 10 });
var ground = ProjectRisk.Create("R1", "Ground conditions", RiskKind.Threat,
    RiskAssessment.Create(probability: 0.25, costImpact: 6_000, scheduleImpact: 5), new LocalDate(2027, 1, 4));
RiskRegister register = RiskRegister.Create(new[] { ground }, scoring);
RiskRating rating = register.Rate(ground, AssessmentBasis.Inherent);
Console.WriteLine($"R1 rated {rating}");
IReadOnlyList<RiskListingRow> listing = register.Listing(); // ranked rows for a report

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
Console.WriteLine($"P80 finish: {result.Finish.Percentile(0.80):0.0} days");                 // not exceeded in 80 % of iterations
Console.WriteLine($"Finishing within 32 days: {result.ProbabilityOfFinishingBy(32):P0}");
ScheduleRiskSummary summary = ScheduleRiskSummary.From(result); // P10…P95 table and criticality rows
    }
}
