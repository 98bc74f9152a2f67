using NodaTime;

namespace ProjectDelivery.Planning.Risk;

/// <summary>One row of the register listing, ready for a reporting service: inherent and residual exposure side by side.</summary>
public sealed class RiskListingRow
{
    internal RiskListingRow(int rank, ProjectRisk risk, RiskRating inherent, RiskRating residual)
        : this(rank, risk.Id, risk.Title, risk.Kind, risk.Category, risk.Owner, risk.Status, risk.ReviewDate, risk.Response?.Strategy, risk.Response?.Cost ?? 0.0,
            risk.Inherent, risk.Residual, inherent, residual)
    {
    }

    /// <summary>A row from its columns (as read from JSON); the expected values and delays follow from the assessments and the kind, as <see cref="ProjectRisk"/> computes them.</summary>
    internal RiskListingRow(int rank, string id, string title, RiskKind kind, string category, string owner, RiskStatus status, LocalDate? reviewDate,
        ResponseStrategy? strategy, double responseCost, RiskAssessment inherentAssessment, RiskAssessment residualAssessment, RiskRating inherent, RiskRating residual)
    {
        double sign = kind == RiskKind.Threat ? 1.0 : -1.0;
        Rank = rank;
        Id = id;
        Title = title;
        Kind = kind;
        Category = category;
        Owner = owner;
        Status = status;
        ReviewDate = reviewDate;
        Strategy = strategy;
        ResponseCost = responseCost;
        InherentAssessment = inherentAssessment;
        ResidualAssessment = residualAssessment;
        InherentRating = inherent;
        ResidualRating = residual;
        InherentEmv = sign * inherentAssessment.ExpectedCost;
        ResidualEmv = sign * residualAssessment.ExpectedCost;
        InherentExpectedDelay = sign * inherentAssessment.ExpectedDelay;
        ResidualExpectedDelay = sign * residualAssessment.ExpectedDelay;
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
