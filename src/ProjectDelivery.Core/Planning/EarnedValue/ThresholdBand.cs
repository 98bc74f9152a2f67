using System;
using System.Globalization;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>Green/amber/red bands for one metric, for reports.</summary>
/// <remarks>
/// For a metric where higher is better (CPI, SPI, CV%): green when the value is at least <see cref="GreenBound"/>,
/// amber when at least <see cref="AmberBound"/>, red below. Where lower is better (TCPI): green when at most
/// <see cref="GreenBound"/>, amber when at most <see cref="AmberBound"/>, red above. An undefined value is
/// <see cref="PerformanceStatus.Undefined"/>.
/// </remarks>
public sealed class ThresholdBand
{
    private ThresholdBand(bool higherIsBetter, double greenBound, double amberBound)
    {
        HigherIsBetter = higherIsBetter;
        GreenBound = greenBound;
        AmberBound = amberBound;
    }

    /// <summary>Bands for a metric where higher values are better.</summary>
    /// <param name="greenFrom">Smallest green value.</param>
    /// <param name="amberFrom">Smallest amber value, at most <paramref name="greenFrom"/>.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite.</exception>
    /// <exception cref="ArgumentException"><paramref name="amberFrom"/> exceeds <paramref name="greenFrom"/>.</exception>
    public static ThresholdBand HigherIsBetterFrom(double greenFrom, double amberFrom)
    {
        Preconditions.CheckFinite(nameof(greenFrom), greenFrom);
        Preconditions.CheckFinite(nameof(amberFrom), amberFrom);
        Preconditions.CheckArgument(amberFrom <= greenFrom, nameof(amberFrom),
            $"The amber bound {amberFrom.ToString(CultureInfo.InvariantCulture)} must not exceed the green bound {greenFrom.ToString(CultureInfo.InvariantCulture)} when higher is better.");
        return new ThresholdBand(true, greenFrom, amberFrom);
    }

    /// <summary>Bands for a metric where lower values are better.</summary>
    /// <param name="greenUpTo">Largest green value.</param>
    /// <param name="amberUpTo">Largest amber value, at least <paramref name="greenUpTo"/>.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite.</exception>
    /// <exception cref="ArgumentException"><paramref name="amberUpTo"/> is below <paramref name="greenUpTo"/>.</exception>
    public static ThresholdBand LowerIsBetterUpTo(double greenUpTo, double amberUpTo)
    {
        Preconditions.CheckFinite(nameof(greenUpTo), greenUpTo);
        Preconditions.CheckFinite(nameof(amberUpTo), amberUpTo);
        Preconditions.CheckArgument(amberUpTo >= greenUpTo, nameof(amberUpTo),
            $"The amber bound {amberUpTo.ToString(CultureInfo.InvariantCulture)} must not be below the green bound {greenUpTo.ToString(CultureInfo.InvariantCulture)} when lower is better.");
        return new ThresholdBand(false, greenUpTo, amberUpTo);
    }

    /// <summary>True when higher values are better.</summary>
    public bool HigherIsBetter { get; }

    /// <summary>The green bound (inclusive).</summary>
    public double GreenBound { get; }

    /// <summary>The amber bound (inclusive).</summary>
    public double AmberBound { get; }

    /// <summary>Classifies a value.</summary>
    /// <param name="value">The metric, or null when undefined.</param>
    /// <returns>The status.</returns>
    public PerformanceStatus Classify(double? value)
    {
        if (value is not double v)
        {
            return PerformanceStatus.Undefined;
        }

        if (HigherIsBetter)
        {
            return v >= GreenBound ? PerformanceStatus.Green : v >= AmberBound ? PerformanceStatus.Amber : PerformanceStatus.Red;
        }

        return v <= GreenBound ? PerformanceStatus.Green : v <= AmberBound ? PerformanceStatus.Amber : PerformanceStatus.Red;
    }
}
