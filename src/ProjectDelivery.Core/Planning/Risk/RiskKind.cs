namespace ProjectDelivery.Planning.Risk;

/// <summary>Whether an uncertain event would harm or help the project's objectives.</summary>
public enum RiskKind
{
    /// <summary>A risk with a negative effect (cost increase, delay).</summary>
    Threat = 0,

    /// <summary>A risk with a positive effect (saving, earlier finish).</summary>
    Opportunity = 1,
}
