using System;

namespace ProjectDelivery.Planning.Risk;

/// <summary>Where an assessment falls in the probability-impact matrix.</summary>
public readonly struct RiskRating : IEquatable<RiskRating>
{
    internal RiskRating(int probabilityLevel, int impactLevel, double score, RagZone zone)
    {
        ProbabilityLevel = probabilityLevel;
        ImpactLevel = impactLevel;
        Score = score;
        Zone = zone;
    }

    /// <summary>Probability level, 1 = lowest.</summary>
    public int ProbabilityLevel { get; }

    /// <summary>Impact level (worst of cost and schedule), 1 = lowest.</summary>
    public int ImpactLevel { get; }

    /// <summary>Matrix score of the cell.</summary>
    public double Score { get; }

    /// <summary>Zone of the cell.</summary>
    public RagZone Zone { get; }

    /// <inheritdoc />
    public bool Equals(RiskRating other) =>
        ProbabilityLevel == other.ProbabilityLevel && ImpactLevel == other.ImpactLevel && Score.Equals(other.Score) && Zone == other.Zone;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RiskRating other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ProbabilityLevel, ImpactLevel, Score, Zone);

    /// <summary>Equality.</summary>
    /// <param name="left">First rating.</param>
    /// <param name="right">Second rating.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RiskRating left, RiskRating right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">First rating.</param>
    /// <param name="right">Second rating.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(RiskRating left, RiskRating right) => !left.Equals(right);

    /// <summary>Formats as <c>P4×I3 0.14 Amber</c>.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => FormattableString.Invariant($"P{ProbabilityLevel}×I{ImpactLevel} {Score:0.###} {Zone}");
}
