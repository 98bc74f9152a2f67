using System;
using System.Linq;
using CsCheck;
using NodaTime;
using ProjectDelivery.Planning.Risk;
using Xunit;

namespace ProjectDelivery.Tests.Planning.Risk;

public sealed class RiskRegisterTests
{
    private static readonly LocalDate Day = new(2027, 1, 4);
    private static readonly RiskScoringModel Scoring = RiskScoringModel.FivePoint(new[] { 1000.0, 5000, 10000, 50000 }, new[] { 1.0, 3, 5, 10 });

    private static RiskRegister Sample()
    {
        ProjectRisk r1 = ProjectRisk.Create("R1", "Supplier late", RiskKind.Threat, RiskAssessment.Create(0.6, 20000, 4), Day).WithOwnership("Commercial/Supply", "Ann")
            .WithResponse(RiskResponse.Create(ResponseStrategy.Mitigate, new[] { ResponseAction.Create("dual source", "Ann", 2000, Day.PlusDays(7)) }, RiskAssessment.Create(0.2, 20000, 4)));
        ProjectRisk r2 = ProjectRisk.Create("R2", "Design rework", RiskKind.Threat, RiskAssessment.Create(0.35, 3000, 12), Day).WithOwnership("Technical/Design", "Bob");
        ProjectRisk r3 = ProjectRisk.Create("R3", "Reuse of module", RiskKind.Opportunity, RiskAssessment.Create(0.5, 8000, 2), Day).WithOwnership("Technical/Build", "Bob");
        ProjectRisk r4 = ProjectRisk.Create("R4", "Storm", RiskKind.Threat, RiskAssessment.Create(0.05, 500, 0.5), Day).WithOwnership("External", "Ann");
        ProjectRisk closed = ProjectRisk.Create("R5", "Old", RiskKind.Threat, RiskAssessment.Create(0.9, 90000, 30), Day).WithStatus(RiskStatus.Closed, Day.PlusDays(1));
        return RiskRegister.Create(new[] { r1, r2, r3, r4, closed }, Scoring);
    }

    [Fact]
    public void TotalExpectedMonetaryValue_IsSumOfSignedRiskEmvs_ExcludingClosed()
    {
        RiskRegister reg = Sample();
        Assert.Equal((0.6 * 20000) + (0.35 * 3000) - (0.5 * 8000) + (0.05 * 500), reg.TotalExpectedMonetaryValue(AssessmentBasis.Inherent), 9);
        Assert.Equal((0.2 * 20000) + (0.35 * 3000) - (0.5 * 8000) + (0.05 * 500), reg.TotalExpectedMonetaryValue(AssessmentBasis.Residual), 9);
        Assert.Equal(reg.TotalExpectedMonetaryValue(AssessmentBasis.Residual) + 2000, reg.ContingencyReserve(AssessmentBasis.Residual), 9);
        Assert.Equal((0.6 * 4) + (0.35 * 12) - (0.5 * 2) + (0.05 * 0.5), reg.TotalExpectedDelay(AssessmentBasis.Inherent), 9);
    }

    [Fact]
    public void ExposureRows_SumToRegisterTotals()
    {
        RiskRegister reg = Sample();
        foreach (AssessmentBasis basis in new[] { AssessmentBasis.Inherent, AssessmentBasis.Residual })
        {
            Assert.Equal(reg.TotalExpectedMonetaryValue(basis), reg.ExposureByOwner(basis).Sum(r => r.NetEmv), 9);
            Assert.Equal(reg.TotalExpectedMonetaryValue(basis), reg.ExposureByCategory(basis).Sum(r => r.NetEmv), 9);
        }

        var top = reg.ExposureByCategory(AssessmentBasis.Inherent, depth: 1);
        Assert.Equal(new[] { "Commercial", "External", "Technical" }, top.Select(r => r.Key));
        Assert.Equal(2, top.Single(r => r.Key == "Technical").RiskCount);
        Assert.Equal(-4000, top.Single(r => r.Key == "Technical").OpportunityEmv, 9);
    }

    [Fact]
    public void HeatMap_CountsEveryOpenRiskOnce_InherentAndResidual()
    {
        RiskRegister reg = Sample();
        var inherent = reg.HeatMap(AssessmentBasis.Inherent);
        var residual = reg.HeatMap(AssessmentBasis.Residual);
        Assert.Equal(25, inherent.Count);
        Assert.Equal(4, inherent.Sum(c => c.Count));
        Assert.Equal(4, residual.Sum(c => c.Count));
        // R1: p 0.6 → level 4, cost 20000 → level 4, schedule 4 → level 3 ⇒ cell (4, 4); residual p 0.2 → level 2.
        Assert.Contains("R1", inherent.Single(c => c.ProbabilityLevel == 4 && c.ImpactLevel == 4).RiskIds);
        Assert.Contains("R1", residual.Single(c => c.ProbabilityLevel == 2 && c.ImpactLevel == 4).RiskIds);
        Assert.Equal(5, inherent[0].ProbabilityLevel);
    }

    [Fact]
    public void Listing_RanksByScoreAndShowsBothBases()
    {
        var rows = Sample().Listing();
        Assert.Equal(5, rows.Count);
        Assert.Equal(Enumerable.Range(1, 5), rows.Select(r => r.Rank));
        Assert.Equal("R5", rows[0].Id); // closed risks stay in the listing
        for (int i = 1; i < rows.Count; i++)
        {
            Assert.True(rows[i - 1].InherentRating.Score >= rows[i].InherentRating.Score);
        }

        RiskListingRow r1 = rows.Single(r => r.Id == "R1");
        Assert.Equal(12000, r1.InherentEmv, 9);
        Assert.Equal(4000, r1.ResidualEmv, 9);
        Assert.Equal(ResponseStrategy.Mitigate, r1.Strategy);
    }

    [Fact]
    public void Top_ReturnsOpenRisksOrderedByBasis()
    {
        RiskRegister reg = Sample();
        // Inherent: R2 = P3×I5 = 0.5·0.8 = 0.4, R1 = P4×I4 = 0.7·0.4 = 0.28.
        Assert.Equal(new[] { "R2", "R1" }, reg.Top(2, AssessmentBasis.Inherent).Select(r => r.Id));
        // Residual: R1 drops to P2×I4 = 0.3·0.4 = 0.12, below R3 = P4×I3 = 0.7·0.2 = 0.14.
        Assert.Equal(new[] { "R2", "R3", "R1" }, reg.Top(3, AssessmentBasis.Residual).Select(r => r.Id));
    }

    [Fact]
    public void Create_DuplicateId_ThrowsNamingIt()
    {
        ProjectRisk r = ProjectRisk.Create("X", "t", RiskKind.Threat, default, Day);
        var ex = Assert.Throws<ArgumentException>(() => RiskRegister.Create(new[] { r, r }, Scoring));
        Assert.Contains("'X'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeatMapAndEmv_RandomRegisters_Consistent()
    {
        Gen<ProjectRisk> risk = Gen.Select(Gen.Double[0, 1], Gen.Double[0, 100000], Gen.Double[0, 40], Gen.Bool, Gen.Int[0, 3])
            .Select((p, c, s, threat, owner) => ProjectRisk.Create("id", "t", threat ? RiskKind.Threat : RiskKind.Opportunity, RiskAssessment.Create(p, c, s), Day)
                .WithOwnership(string.Empty, "O" + owner));
        risk.Array[0, 30].Sample(risks =>
        {
            var reg = RiskRegister.Create(risks.Select((r, i) => ProjectRisk.Create("R" + i, r.Title, r.Kind, r.Inherent, Day).WithOwnership(r.Category, r.Owner)), Scoring);
            Assert.Equal(risks.Length, reg.HeatMap(AssessmentBasis.Inherent).Sum(c => c.Count));
            double brute = risks.Sum(r => (r.Kind == RiskKind.Threat ? 1 : -1) * r.Inherent.Probability * r.Inherent.CostImpact);
            Assert.Equal(brute, reg.TotalExpectedMonetaryValue(AssessmentBasis.Inherent), 6);
            Assert.Equal(brute, reg.ExposureByOwner(AssessmentBasis.Inherent).Sum(r => r.NetEmv), 6);
            Assert.True(reg.ContingencyReserve(AssessmentBasis.Inherent) >= 0);
        }, iter: 500);
    }
}
