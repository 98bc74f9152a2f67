using System;

namespace ProjectDelivery.Delivery.Fulfilment.Kpis;

/// <summary>A rate with its numerator and denominator; <see cref="Value"/> is null when nothing was measured (never NaN).</summary>
/// <remarks>The default value is 0 / 0 (no value).</remarks>
public readonly struct KpiRatio : IEquatable<KpiRatio>
{
    /// <summary>Creates a ratio.</summary>
    /// <param name="numerator">Count (or quantity) that satisfies the measure.</param>
    /// <param name="denominator">Count (or quantity) measured.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    public KpiRatio(double numerator, double denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>Count or quantity that satisfies the measure.</summary>
    public double Numerator { get; }

    /// <summary>Count or quantity measured.</summary>
    public double Denominator { get; }

    /// <summary>Numerator / denominator in [0, 1], or null when the denominator is zero.</summary>
    public double? Value => Denominator > 0 ? Numerator / Denominator : null;

    /// <summary>The value as a percentage, or null.</summary>
    public double? Percent => Value * 100;

    /// <inheritdoc />
    public bool Equals(KpiRatio other) => Numerator.Equals(other.Numerator) && Denominator.Equals(other.Denominator);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is KpiRatio other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>Equality operator.</summary>
    /// <param name="left">First ratio.</param>
    /// <param name="right">Second ratio.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(KpiRatio left, KpiRatio right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">First ratio.</param>
    /// <param name="right">Second ratio.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(KpiRatio left, KpiRatio right) => !left.Equals(right);

    /// <summary>A readable form, e.g. <c>87.5% (7/8)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value is { } v ? $"{v:P1} ({Numerator:G}/{Denominator:G})" : "n/a (0 measured)";
}
