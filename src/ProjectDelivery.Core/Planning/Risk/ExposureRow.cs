namespace ProjectDelivery.Planning.Risk;

/// <summary>Exposure of a group of risks (a category or an owner).</summary>
public sealed class ExposureRow
{
    internal ExposureRow(string key, int riskCount, double threatEmv, double opportunityEmv, double expectedDelay, int redCount)
    {
        Key = key;
        RiskCount = riskCount;
        ThreatEmv = threatEmv;
        OpportunityEmv = opportunityEmv;
        ExpectedDelay = expectedDelay;
        RedCount = redCount;
    }

    /// <summary>The category path (cut to the requested depth) or owner; empty for unassigned.</summary>
    public string Key { get; }

    /// <summary>Number of open risks in the group.</summary>
    public int RiskCount { get; }

    /// <summary>Sum of threat EMVs (≥ 0).</summary>
    public double ThreatEmv { get; }

    /// <summary>Sum of opportunity EMVs (≤ 0).</summary>
    public double OpportunityEmv { get; }

    /// <summary>Net EMV, <see cref="ThreatEmv"/> + <see cref="OpportunityEmv"/>.</summary>
    public double NetEmv => ThreatEmv + OpportunityEmv;

    /// <summary>Net signed expected delay.</summary>
    public double ExpectedDelay { get; }

    /// <summary>Risks of the group in a red cell.</summary>
    public int RedCount { get; }
}
