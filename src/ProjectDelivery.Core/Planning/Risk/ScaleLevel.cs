using System;

namespace ProjectDelivery.Planning.Risk;

/// <summary>One level of a qualitative scale: its number (1 = lowest), a label and the numeric range it stands for.</summary>
/// <remarks>The range is half-open, [<see cref="Lower"/>, <see cref="Upper"/>), except that the top level of a scale also holds its upper bound.</remarks>
public sealed class ScaleLevel : IEquatable<ScaleLevel>
{
    internal ScaleLevel(int level, string label, double lower, double upper)
    {
        Level = level;
        Label = label;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>Level number, 1 for the lowest.</summary>
    public int Level { get; }

    /// <summary>Label, e.g. "Very low".</summary>
    public string Label { get; }

    /// <summary>Inclusive lower bound of the numeric range.</summary>
    public double Lower { get; }

    /// <summary>Exclusive upper bound of the numeric range (inclusive for the top level).</summary>
    public double Upper { get; }

    /// <inheritdoc />
    public bool Equals(ScaleLevel? other) =>
        other is not null && Level == other.Level && Label == other.Label && Lower.Equals(other.Lower) && Upper.Equals(other.Upper);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScaleLevel);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, Label, Lower, Upper);

    /// <summary>Formats as <c>3 Medium [0.3, 0.5)</c>.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => FormattableString.Invariant($"{Level} {Label} [{Lower}, {Upper})");
}
