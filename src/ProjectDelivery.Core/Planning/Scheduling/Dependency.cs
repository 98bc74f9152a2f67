using System;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>
/// A precedence link from a predecessor to the activity that holds it. The lag is in the network's time
/// units (working time on the successor's calendar in calendar mode); a negative lag is a lead.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class Dependency : IEquatable<Dependency>
{
    /// <summary>Creates a link.</summary>
    /// <param name="predecessorId">Id of the predecessor activity.</param>
    /// <param name="type">Relationship type; finish-to-start by default.</param>
    /// <param name="lag">Lag (positive) or lead (negative) in time units; must be finite.</param>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The lag is NaN or infinite, or the type unknown.</exception>
    public Dependency(string predecessorId, DependencyType type = DependencyType.FinishToStart, double lag = 0)
    {
        Preconditions.CheckNotNull(predecessorId, nameof(predecessorId));
        Preconditions.CheckArgument(predecessorId.Length > 0, nameof(predecessorId), "A predecessor id must not be empty.");
        Preconditions.CheckArgumentRange(nameof(type), (int)type, 0, 3);
        Preconditions.CheckArgumentRange(nameof(lag), lag, -1e12, 1e12);
        PredecessorId = predecessorId;
        Type = type;
        Lag = lag;
    }

    /// <summary>Id of the predecessor activity.</summary>
    public string PredecessorId { get; }

    /// <summary>The relationship type.</summary>
    public DependencyType Type { get; }

    /// <summary>Lag (or lead, when negative) in time units.</summary>
    public double Lag { get; }

    /// <summary>Short type code: FS, SS, FF or SF.</summary>
    public string TypeCode => Type switch
    {
        DependencyType.StartToStart => "SS",
        DependencyType.FinishToFinish => "FF",
        DependencyType.StartToFinish => "SF",
        _ => "FS",
    };

    /// <summary>Parses FS, SS, FF or SF (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The type.</returns>
    /// <exception cref="FormatException">Not one of the four codes.</exception>
    public static DependencyType ParseType(string code) => (code ?? string.Empty).Trim().ToUpperInvariant() switch
    {
        "FS" => DependencyType.FinishToStart,
        "SS" => DependencyType.StartToStart,
        "FF" => DependencyType.FinishToFinish,
        "SF" => DependencyType.StartToFinish,
        _ => throw new FormatException($"Dependency type '{code}' is not one of FS, SS, FF, SF."),
    };

    /// <inheritdoc />
    public bool Equals(Dependency? other) =>
        other is not null && PredecessorId == other.PredecessorId && Type == other.Type && Lag.Equals(other.Lag);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Dependency);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PredecessorId, Type, Lag);

    /// <summary>E.g. <c>A FS+2</c>.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() =>
        PredecessorId + " " + TypeCode + (Lag == 0 ? string.Empty : (Lag > 0 ? "+" : string.Empty) + Lag.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
