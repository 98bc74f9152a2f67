using NodaTime;

namespace ProjectDelivery.Planning.Risk;

/// <summary>One row of the register listing, ready for a reporting service: inherent and residual exposure side by side.</summary>
public sealed class RiskListingRow
{
    internal RiskListingRow(int rank, ProjectRisk risk, RiskRating inherent, RiskRating residual)
    {
        Rank = rank;
        Id = risk.Id;
        Title = risk.Title;
        Kind = risk.Kind;
        Category = risk.Category;
        Owner = risk.Owner;
        Status = risk.Status;
        ReviewDate = risk.ReviewDate;
        Strategy = risk.Response?.Strategy;
        ResponseCost = risk.Response?.Cost ?? 0.0;
        InherentAssessment = risk.Inherent;
        ResidualAssessment = risk.Residual;
        InherentRating = inherent;
        ResidualRating = residual;
        InherentEmv = risk.ExpectedMonetaryValue(AssessmentBasis.Inherent);
        ResidualEmv = risk.ExpectedMonetaryValue(AssessmentBasis.Residual);
        InherentExpectedDelay = risk.ExpectedDelay(AssessmentBasis.Inherent);
        ResidualExpectedDelay = risk.ExpectedDelay(AssessmentBasis.Residual);
    }

    /// <summary>1-based rank by inherent score (ties by |EMV|, expected delay, id).</summary>
    public int Rank { get; }

    /// <summary>Risk id.</summary>
    public string Id { get; }

    /// <summary>Title.</summary>
    public string Title { get; }

    /// <summary>Threat or opportunity.</summary>
    public RiskKind Kind { get; }

    /// <summary>Category path.</summary>
    public string Category { get; }

    /// <summary>Owner.</summary>
    public string Owner { get; }

    /// <summary>Current status.</summary>
    public RiskStatus Status { get; }

    /// <summary>Next review date.</summary>
    public LocalDate? ReviewDate { get; }

    /// <summary>Response strategy, if a response is planned.</summary>
    public ResponseStrategy? Strategy { get; }

    /// <summary>Total cost of the response actions (0 without a response).</summary>
    public double ResponseCost { get; }

    /// <summary>Inherent assessment.</summary>
    public RiskAssessment InherentAssessment { get; }

    /// <summary>Residual assessment.</summary>
    public RiskAssessment ResidualAssessment { get; }

    /// <summary>Inherent matrix cell, score and zone.</summary>
    public RiskRating InherentRating { get; }

    /// <summary>Residual matrix cell, score and zone.</summary>
    public RiskRating ResidualRating { get; }

    /// <summary>Inherent matrix score (<see cref="RiskRating.Score"/>), a plain column for report designers.</summary>
    public double InherentScore => InherentRating.Score;

    /// <summary>Inherent zone name: <c>Green</c>, <c>Amber</c> or <c>Red</c>.</summary>
    public string InherentZone => InherentRating.Zone.ToString();

    /// <summary>Residual matrix score.</summary>
    public double ResidualScore => ResidualRating.Score;

    /// <summary>Residual zone name: <c>Green</c>, <c>Amber</c> or <c>Red</c>.</summary>
    public string ResidualZone => ResidualRating.Zone.ToString();

    /// <summary><see cref="ReviewDate"/> as a <see cref="System.DateTime"/> (midnight, unspecified kind), or null.</summary>
    public System.DateTime? ReviewDateValue => ReviewDate?.ToDateTimeUnspecified();

    /// <summary>Signed inherent EMV (threat +, opportunity −).</summary>
    public double InherentEmv { get; }

    /// <summary>Signed residual EMV.</summary>
    public double ResidualEmv { get; }

    /// <summary>Signed inherent expected delay.</summary>
    public double InherentExpectedDelay { get; }

    /// <summary>Signed residual expected delay.</summary>
    public double ResidualExpectedDelay { get; }
}
