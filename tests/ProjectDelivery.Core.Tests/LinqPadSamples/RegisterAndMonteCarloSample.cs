using NodaTime;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Tests.LinqPadSamples;

/// <summary>The C# twin of linqpad-samples/Risk/RegisterAndMonteCarlo.linq: <see cref="LinqPadSampleTests"/> checks that both say the same and runs this one.</summary>
internal sealed class RegisterAndMonteCarloSample
{
    // linqpad-sample-begin
    // A two-risk register with its heat map, then a Monte Carlo run of a two-activity schedule with one risk driver.
    // RiskRegister.ToDump() shows the ranked listing; ScheduleRiskResult.ToDump() shows percentiles and criticality.
    void Main()
    {
        var scoring = RiskScoringModel.FivePoint(new[] { 1_000.0, 5_000, 10_000, 50_000 }, new[] { 1.0, 3, 5, 10 });
        var ground = ProjectRisk.Create("R1", "Ground conditions", RiskKind.Threat, RiskAssessment.Create(0.25, 6_000, 5), new LocalDate(2027, 1, 4));
        var supplier = ProjectRisk.Create("R2", "Supplier late", RiskKind.Threat, RiskAssessment.Create(0.4, 2_000, 8), new LocalDate(2027, 1, 4));
        RiskRegister register = RiskRegister.Create(new[] { ground, supplier }, scoring);
        register.Dump("Register, ranked");
        register.HeatMap(AssessmentBasis.Inherent).Dump("Heat map");

        var network = ProjectNetwork.Create(new[]
        {
            new Activity("Dig", 10),
            new Activity("Build", 20, new[] { new Dependency("Dig") }),
        });
        var model = ScheduleRiskModel.Create(network,
            new[]
            {
                ActivityUncertainty.Create("Dig", UncertainValue.Triangular(8, 10, 15)),
                ActivityUncertainty.Create("Build", UncertainValue.Pert(18, 20, 26)),
            },
            new[] { RiskDriver.Create("R1", 0.25, UncertainValue.Triangular(2, 5, 8), null, new[] { "Dig" }) });
        ScheduleRiskResult result = MonteCarloSimulator.Run(model, new MonteCarloOptions { Iterations = 2_000, Seed = 42 });
        result.Dump("Monte Carlo");
    }
    // linqpad-sample-end
}
