using System.Collections.Generic;

namespace ProjectDelivery.Planning.Risk;

/// <summary>One cell of a heat map: its place in the matrix, score, zone and the risks in it.</summary>
public sealed class HeatMapCell
{
    internal HeatMapCell(int probabilityLevel, int impactLevel, double score, RagZone zone, IReadOnlyList<string> riskIds)
    {
        ProbabilityLevel = probabilityLevel;
        ImpactLevel = impactLevel;
        Score = score;
        Zone = zone;
        RiskIds = riskIds;
    }

    /// <summary>Probability level (row), 1 = lowest.</summary>
    public int ProbabilityLevel { get; }

    /// <summary>Impact level (column), 1 = lowest.</summary>
    public int ImpactLevel { get; }

    /// <summary>Cell score.</summary>
    public double Score { get; }

    /// <summary>Cell zone.</summary>
    public RagZone Zone { get; }

    /// <summary>Number of risks in the cell.</summary>
    public int Count => RiskIds.Count;

    /// <summary>Ids of the risks in the cell, in register order.</summary>
    public IReadOnlyList<string> RiskIds { get; }
}
