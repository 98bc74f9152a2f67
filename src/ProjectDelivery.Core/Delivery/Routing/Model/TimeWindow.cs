using System;
using System.Globalization;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Routing.Model;

/// <summary>
/// An interval [<see cref="Open"/>, <see cref="Close"/>] in which service at a job may start, in the time unit of the
/// <see cref="TravelNetwork"/>.
/// </summary>
/// <remarks>
/// Immutable value. The opening is finite; the closing is a number not before the opening, or positive infinity.
/// The default value is the degenerate window [0, 0].
/// </remarks>
public readonly struct TimeWindow : IEquatable<TimeWindow>
{
    /// <summary>Creates a window.</summary>
    /// <param name="open">Earliest start of service (finite).</param>
    /// <param name="close">Latest start of service, not before <paramref name="open"/> (may be positive infinity).</param>
    /// <exception cref="ArgumentException">The opening is not finite, the closing is NaN or negative infinity, or the window closes before it opens.</exception>
    public TimeWindow(double open, double close)
    {
        Preconditions.CheckArgument(!double.IsNaN(open) && !double.IsInfinity(open), nameof(open), $"A time window must open at a finite time, got {open}.");
        Preconditions.CheckArgument(!double.IsNaN(close) && !double.IsNegativeInfinity(close), nameof(close), $"A time window must close at a number or +∞, got {close}.");
        Preconditions.CheckArgument(close >= open, nameof(close), $"Time window closes at {close} before it opens at {open}.");
        Open = open;
        Close = close;
    }

    /// <summary>Earliest start of service.</summary>
    public double Open { get; }

    /// <summary>Latest start of service (positive infinity when open-ended).</summary>
    public double Close { get; }

    /// <summary>Equality of two windows.</summary>
    /// <param name="left">First window.</param>
    /// <param name="right">Second window.</param>
    /// <returns>True when both bounds are equal.</returns>
    public static bool operator ==(TimeWindow left, TimeWindow right) => left.Equals(right);

    /// <summary>Inequality of two windows.</summary>
    /// <param name="left">First window.</param>
    /// <param name="right">Second window.</param>
    /// <returns>True when a bound differs.</returns>
    public static bool operator !=(TimeWindow left, TimeWindow right) => !left.Equals(right);

    /// <summary>True when both bounds are equal.</summary>
    /// <param name="other">The other window.</param>
    /// <returns>Whether the windows are equal.</returns>
    public bool Equals(TimeWindow other) => Open.Equals(other.Open) && Close.Equals(other.Close);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TimeWindow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Open, Close);

    /// <summary>The window as <c>[open, close]</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "[{0}, {1}]", Open, Close);
}
