using System;
using NodaTime;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;
using Xunit;

namespace ProjectDelivery.Tests.Planning.Risk;

public sealed class RiskTests
{
    private static readonly LocalDate Day = new(2027, 1, 4);

    private static ProjectRisk Threat(string id = "R1", double p = 0.4, double cost = 1000, double schedule = 5) =>
        ProjectRisk.Create(id, "Late supplier", RiskKind.Threat, RiskAssessment.Create(p, cost, schedule), Day);

    [Fact]
    public void WithStatus_AllowedMoves_KeepDatedRevisions()
    {
        ProjectRisk r = Threat()
            .WithAssessment(RiskAssessment.Create(0.5, 1200, 6), Day.PlusDays(1), "re-assessed")
            .WithStatus(RiskStatus.Responding, Day.PlusDays(2))
            .WithStatus(RiskStatus.Closed, Day.PlusDays(9), "supplier delivered");

        Assert.Equal(RiskStatus.Closed, r.Status);
        Assert.Equal(new[] { RiskStatus.Identified, RiskStatus.Assessed, RiskStatus.Responding, RiskStatus.Closed }, System.Linq.Enumerable.Select(r.Revisions, v => v.Status));
        Assert.Equal(0.5, r.Inherent.Probability);
        Assert.Equal(0.4, r.Revisions[0].Assessment.Probability);
        Assert.Equal(Day.PlusDays(9), r.Revisions[3].Date);
    }

    [Fact]
    public void WithStatus_ForbiddenMove_ThrowsNamingRisk()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Threat("R7").WithStatus(RiskStatus.Responding, Day));
        Assert.Contains("R7", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithStatus_DateBeforeLatestRevision_Throws() =>
        Assert.Throws<ArgumentException>(() => Threat().WithStatus(RiskStatus.Assessed, Day.PlusDays(-1)));

    [Theory]
    [InlineData(ResponseStrategy.Avoid, RiskKind.Threat, true)]
    [InlineData(ResponseStrategy.Mitigate, RiskKind.Threat, true)]
    [InlineData(ResponseStrategy.Transfer, RiskKind.Threat, true)]
    [InlineData(ResponseStrategy.Exploit, RiskKind.Threat, false)]
    [InlineData(ResponseStrategy.Exploit, RiskKind.Opportunity, true)]
    [InlineData(ResponseStrategy.Enhance, RiskKind.Opportunity, true)]
    [InlineData(ResponseStrategy.Share, RiskKind.Opportunity, true)]
    [InlineData(ResponseStrategy.Mitigate, RiskKind.Opportunity, false)]
    [InlineData(ResponseStrategy.Escalate, RiskKind.Opportunity, true)]
    [InlineData(ResponseStrategy.Accept, RiskKind.Threat, true)]
    public void AppliesTo_StrategyAndKind_FollowsPmbok(ResponseStrategy strategy, RiskKind kind, bool allowed) =>
        Assert.Equal(allowed, strategy.AppliesTo(kind));

    [Fact]
    public void WithResponse_WrongStrategyForKind_Throws()
    {
        RiskResponse exploit = RiskResponse.Create(ResponseStrategy.Exploit, Array.Empty<ResponseAction>(), RiskAssessment.Create(0.1, 0, 0));
        Assert.Throws<ArgumentException>(() => Threat().WithResponse(exploit));
    }

    [Fact]
    public void ExpectedMonetaryValue_ThreatPositiveOpportunityNegative_ResidualUsesResponse()
    {
        ProjectRisk threat = Threat(p: 0.4, cost: 1000, schedule: 5).WithResponse(RiskResponse.Create(ResponseStrategy.Mitigate,
            new[] { ResponseAction.Create("second supplier", "Ann", 150, Day.PlusDays(10)) }, RiskAssessment.Create(0.1, 800, 2)));
        ProjectRisk opportunity = ProjectRisk.Create("O1", "Early permit", RiskKind.Opportunity, RiskAssessment.Create(0.25, 400, 3), Day);

        Assert.Equal(400.0, threat.ExpectedMonetaryValue(AssessmentBasis.Inherent), 12);
        Assert.Equal(80.0, threat.ExpectedMonetaryValue(AssessmentBasis.Residual), 12);
        Assert.Equal(2.0, threat.ExpectedDelay(AssessmentBasis.Inherent), 12);
        Assert.Equal(-100.0, opportunity.ExpectedMonetaryValue(AssessmentBasis.Inherent), 12);
        Assert.Equal(-100.0, opportunity.ExpectedMonetaryValue(AssessmentBasis.Residual), 12);
        Assert.Equal(150.0, threat.Response!.Cost);
    }

    [Fact]
    public void WithQuantification_ScheduleImpactWithoutActivities_Throws() =>
        Assert.Throws<ArgumentException>(() => Threat().WithQuantification(UncertainValue.Fixed(2), null, Array.Empty<string>()));

    [Theory]
    [InlineData(-0.1, 0, 0)]
    [InlineData(1.1, 0, 0)]
    [InlineData(0.5, -1, 0)]
    [InlineData(0.5, 0, double.NaN)]
    public void RiskAssessment_OutOfRange_Throws(double p, double cost, double schedule) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskAssessment.Create(p, cost, schedule));
}
