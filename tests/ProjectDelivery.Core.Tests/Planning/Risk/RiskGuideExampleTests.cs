using System.Linq;
using NodaTime;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;
using Xunit;

namespace ProjectDelivery.Tests.Planning.Risk;

/// <summary>Keeps the code shown in docs/risk.md true.</summary>
public sealed class RiskGuideExampleTests
{
    [Fact]
    public void RegisterExample_RatingAndReserve_AreAsDocumented()
    {
        var scoring = RiskScoringModel.FivePoint(costThresholds: new[] { 1_000.0, 5_000, 10_000, 50_000 }, scheduleThresholds: new[] { 1.0, 3, 5, 10 });
        ProjectRisk ground = ProjectRisk.Create("R1", "Ground conditions", RiskKind.Threat,
                RiskAssessment.Create(probability: 0.25, costImpact: 6_000, scheduleImpact: 5), new LocalDate(2027, 1, 4))
            .WithDescription("Limited survey", "Unexpected clay layer", "Deeper foundations")
            .WithOwnership("Technical/Site", "Site engineer")
            .WithResponse(RiskResponse.Create(ResponseStrategy.Mitigate,
                new[] { ResponseAction.Create("Trial pits", "Site engineer", 1_500, new LocalDate(2027, 1, 20)) },
                RiskAssessment.Create(0.10, 6_000, 5)));
        RiskRegister register = RiskRegister.Create(new[] { ground }, scoring);

        RiskRating rating = register.Rate(ground, AssessmentBasis.Inherent);

        Assert.Equal(2, rating.ProbabilityLevel);
        Assert.Equal(4, rating.ImpactLevel);
        Assert.Equal(0.12, rating.Score, 12);
        Assert.Equal(RagZone.Amber, rating.Zone);
        Assert.Equal(2100, register.ContingencyReserve(AssessmentBasis.Residual), 9);
    }

    [Fact]
    public void ToRiskDrivers_QuantifiedOpenRisks_DriveTheSimulation()
    {
        LocalDate day = new(2027, 1, 4);
        ProjectRisk quantified = ProjectRisk.Create("R1", "Late steel", RiskKind.Threat, RiskAssessment.Create(1.0, 0, 3), day)
            .WithQuantification(UncertainValue.Fixed(3), null, new[] { "A1" })
            .WithResponse(RiskResponse.Create(ResponseStrategy.Avoid, Enumerable.Empty<ResponseAction>(), RiskAssessment.Create(0, 0, 0)));
        ProjectRisk unquantified = ProjectRisk.Create("R2", "Vague", RiskKind.Threat, RiskAssessment.Create(0.5, 10, 1), day);
        ProjectRisk closed = ProjectRisk.Create("R3", "Gone", RiskKind.Threat, RiskAssessment.Create(1, 0, 9), day)
            .WithQuantification(UncertainValue.Fixed(9), null, new[] { "A0" }).WithStatus(RiskStatus.Closed, day);
        RiskRegister register = RiskRegister.Create(new[] { quantified, unquantified, closed }, RiskScoringModel.FivePoint(new[] { 1.0, 2, 3, 4 }, new[] { 1.0, 2, 3, 4 }));
        ProjectNetwork network = ProjectNetwork.Create(new[] { new Activity("A0", 2), new Activity("A1", 4, new[] { new Dependency("A0") }) });

        ScheduleRiskResult inherent = MonteCarloSimulator.Run(
            ScheduleRiskModel.Create(network, Enumerable.Empty<ActivityUncertainty>(), register.ToRiskDrivers(AssessmentBasis.Inherent)), new MonteCarloOptions { Iterations = 200 });
        ScheduleRiskResult residual = MonteCarloSimulator.Run(
            ScheduleRiskModel.Create(network, Enumerable.Empty<ActivityUncertainty>(), register.ToRiskDrivers(AssessmentBasis.Residual)), new MonteCarloOptions { Iterations = 200 });

        Assert.Equal(new[] { "R1" }, register.ToRiskDrivers(AssessmentBasis.Inherent).Select(d => d.Id));
        Assert.Equal(9.0, inherent.Finish.Mean);
        Assert.Equal(6.0, residual.Finish.Mean);
    }
}
