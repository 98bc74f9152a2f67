using System;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Risk.Simulation;

/// <summary>
/// An uncertain duration, cost or impact: a fixed value or a probability distribution (triangular, PERT-Beta,
/// uniform, normal, log-normal) built on MathNet.Numerics.
/// </summary>
/// <remarks>
/// <para>PERT-Beta (Malcolm et al., 1959; Vose, <i>Risk Analysis</i>, 3rd ed., §9.1.2): on [a, b] with mode m,
/// shape α = 1 + 4(m − a)/(b − a), β = 1 + 4(b − m)/(b − a), mean (a + 4m + b)/6.</para>
/// <para>Log-normal is parameterised by the mean μₓ and standard deviation σₓ of the variable itself:
/// σ² = ln(1 + σₓ²/μₓ²), μ = ln μₓ − σ²/2 for the underlying normal.</para>
/// <para>Degenerate inputs (min = max, standard deviation 0) become <see cref="DistributionKind.Fixed"/>.
/// Immutable.</para>
/// </remarks>
public sealed class UncertainValue : IEquatable<UncertainValue>
{
    private UncertainValue(DistributionKind kind, double p1, double p2, double p3)
    {
        Kind = kind;
        P1 = p1;
        P2 = p2;
        P3 = p3;
        switch (kind)
        {
            case DistributionKind.Fixed:
                Mean = p1;
                Variance = 0.0;
                break;
            case DistributionKind.Triangular:
                Mean = (p1 + p2 + p3) / 3.0;
                Variance = ((p1 * p1) + (p2 * p2) + (p3 * p3) - (p1 * p2) - (p1 * p3) - (p2 * p3)) / 18.0;
                break;
            case DistributionKind.Pert:
                (Alpha, Beta) = PertShape(p1, p2, p3);
                Mean = (p1 + (4.0 * p2) + p3) / 6.0;
                double s = Alpha + Beta;
                Variance = Alpha * Beta / (s * s * (s + 1.0)) * (p3 - p1) * (p3 - p1);
                break;
            case DistributionKind.Uniform:
                Mean = (p1 + p2) / 2.0;
                Variance = (p2 - p1) * (p2 - p1) / 12.0;
                break;
            default: // Normal, LogNormal: p1 = mean, p2 = sd of the variable
                Mean = p1;
                Variance = p2 * p2;
                if (kind == DistributionKind.LogNormal)
                {
                    double sigma2 = Math.Log(1.0 + (p2 * p2 / (p1 * p1)));
                    Sigma = Math.Sqrt(sigma2);
                    Mu = Math.Log(p1) - (sigma2 / 2.0);
                }

                break;
        }
    }

    /// <summary>The family.</summary>
    public DistributionKind Kind { get; }

    /// <summary>First parameter: the value (fixed), min (triangular, PERT, uniform) or mean (normal, log-normal).</summary>
    public double P1 { get; }

    /// <summary>Second parameter: most likely (triangular, PERT), max (uniform) or standard deviation (normal, log-normal); 0 for fixed.</summary>
    public double P2 { get; }

    /// <summary>Third parameter: max (triangular, PERT); 0 otherwise.</summary>
    public double P3 { get; }

    /// <summary>The mean.</summary>
    public double Mean { get; }

    /// <summary>The variance.</summary>
    public double Variance { get; }

    /// <summary>The standard deviation.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>The single-point estimate a deterministic plan would use: the most likely value of a triangular or PERT distribution, the mean otherwise.</summary>
    public double PointEstimate => Kind is DistributionKind.Triangular or DistributionKind.Pert ? P2 : Mean;

    /// <summary>True when the value is certain.</summary>
    public bool IsFixed => Kind == DistributionKind.Fixed;

    internal double Alpha { get; }

    internal double Beta { get; }

    internal double Mu { get; }

    internal double Sigma { get; }

    /// <summary>A certain value.</summary>
    /// <param name="value">The value (finite).</param>
    /// <returns>The fixed value.</returns>
    public static UncertainValue Fixed(double value)
    {
        Preconditions.CheckFinite(nameof(value), value);
        return new UncertainValue(DistributionKind.Fixed, value, 0.0, 0.0);
    }

    /// <summary>Triangular distribution.</summary>
    /// <param name="min">Lowest value.</param>
    /// <param name="mostLikely">Mode, in [min, max].</param>
    /// <param name="max">Highest value.</param>
    /// <returns>The distribution (fixed when min = max).</returns>
    /// <exception cref="ArgumentException">The three points are not ordered or not finite.</exception>
    public static UncertainValue Triangular(double min, double mostLikely, double max) =>
        ThreePoint(DistributionKind.Triangular, min, mostLikely, max);

    /// <summary>PERT-Beta distribution (shape weight 4).</summary>
    /// <param name="min">Lowest value.</param>
    /// <param name="mostLikely">Mode, in [min, max].</param>
    /// <param name="max">Highest value.</param>
    /// <returns>The distribution (fixed when min = max).</returns>
    /// <exception cref="ArgumentException">The three points are not ordered or not finite.</exception>
    public static UncertainValue Pert(double min, double mostLikely, double max) =>
        ThreePoint(DistributionKind.Pert, min, mostLikely, max);

    /// <summary>Continuous uniform distribution.</summary>
    /// <param name="min">Lower bound.</param>
    /// <param name="max">Upper bound (≥ min).</param>
    /// <returns>The distribution (fixed when min = max).</returns>
    /// <exception cref="ArgumentException">max &lt; min or a bound is not finite.</exception>
    public static UncertainValue Uniform(double min, double max)
    {
        Preconditions.CheckFinite(nameof(min), min);
        Preconditions.CheckFinite(nameof(max), max);
        Preconditions.CheckArgument(max >= min, nameof(max), FormattableString.Invariant($"Uniform needs min <= max, got min {min} and max {max}."));
        return max == min ? Fixed(min) : new UncertainValue(DistributionKind.Uniform, min, max, 0.0);
    }

    /// <summary>Normal distribution.</summary>
    /// <param name="mean">Mean (finite).</param>
    /// <param name="standardDeviation">Standard deviation (finite, ≥ 0).</param>
    /// <returns>The distribution (fixed when the standard deviation is 0).</returns>
    public static UncertainValue Normal(double mean, double standardDeviation)
    {
        Preconditions.CheckFinite(nameof(mean), mean);
        Preconditions.CheckArgumentRange(nameof(standardDeviation), standardDeviation, 0.0, double.MaxValue);
        return standardDeviation == 0.0 ? Fixed(mean) : new UncertainValue(DistributionKind.Normal, mean, standardDeviation, 0.0);
    }

    /// <summary>Log-normal distribution given the mean and standard deviation of the variable itself.</summary>
    /// <param name="mean">Mean of the variable (finite, &gt; 0).</param>
    /// <param name="standardDeviation">Standard deviation of the variable (finite, ≥ 0).</param>
    /// <returns>The distribution (fixed when the standard deviation is 0).</returns>
    public static UncertainValue LogNormal(double mean, double standardDeviation)
    {
        Preconditions.CheckArgumentRange(nameof(mean), mean, double.Epsilon, double.MaxValue);
        Preconditions.CheckArgumentRange(nameof(standardDeviation), standardDeviation, 0.0, double.MaxValue);
        return standardDeviation == 0.0 ? Fixed(mean) : new UncertainValue(DistributionKind.LogNormal, mean, standardDeviation, 0.0);
    }

    /// <summary>The value below which a share <paramref name="probability"/> of outcomes lies (inverse CDF).</summary>
    /// <param name="probability">In (0, 1) for unbounded families, [0, 1] otherwise.</param>
    /// <returns>The quantile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is outside [0, 1].</exception>
    public double Quantile(double probability)
    {
        Preconditions.CheckArgumentRange(nameof(probability), probability, 0.0, 1.0);
        return QuantileUnchecked(probability);
    }

    /// <summary>Probability that the value is at most <paramref name="x"/> (CDF).</summary>
    /// <param name="x">A value (finite).</param>
    /// <returns>The cumulative probability in [0, 1].</returns>
    public double CumulativeProbability(double x)
    {
        Preconditions.CheckFinite(nameof(x), x);
        return Cdf(x);
    }

    /// <summary>Draws one value.</summary>
    /// <param name="random">The random source.</param>
    /// <returns>A sample.</returns>
    public double Sample(Random random)
    {
        Preconditions.CheckNotNull(random, nameof(random));
        return Kind == DistributionKind.Pert
            ? P1 + ((P3 - P1) * MathNet.Numerics.Distributions.Beta.Sample(random, Alpha, Beta))
            : QuantileUnchecked(OpenUnit(random.NextDouble()));
    }

    internal double QuantileUnchecked(double u) => Kind switch
    {
        DistributionKind.Fixed => P1,
        DistributionKind.Triangular => TriangularQuantile(P1, P2, P3, u),
        DistributionKind.Pert => P1 + ((P3 - P1) * MathNet.Numerics.Distributions.Beta.InvCDF(Alpha, Beta, u)),
        DistributionKind.Uniform => P1 + ((P2 - P1) * u),
        DistributionKind.Normal => P1 + (P2 * NormalQuantile(u)),
        _ => Math.Exp(Mu + (Sigma * NormalQuantile(u))),
    };

    internal double Cdf(double x) => Kind switch
    {
        DistributionKind.Fixed => x >= P1 ? 1.0 : 0.0,
        DistributionKind.Triangular => MathNet.Numerics.Distributions.Triangular.CDF(P1, P3, P2, x),
        DistributionKind.Pert => x <= P1 ? 0.0 : x >= P3 ? 1.0 : SpecialFunctions.BetaRegularized(Alpha, Beta, (x - P1) / (P3 - P1)),
        DistributionKind.Uniform => x <= P1 ? 0.0 : x >= P2 ? 1.0 : (x - P1) / (P2 - P1),
        DistributionKind.Normal => MathNet.Numerics.Distributions.Normal.CDF(P1, P2, x),
        _ => x <= 0.0 ? 0.0 : MathNet.Numerics.Distributions.Normal.CDF(Mu, Sigma, Math.Log(x)),
    };

    /// <summary>Maps a [0, 1) uniform into (0, 1) so that unbounded quantiles stay finite.</summary>
    internal static double OpenUnit(double u) => u <= 0.0 ? 0.5 / 9007199254740992.0 : u;

    internal static double NormalQuantile(double u) => -Constants.Sqrt2 * SpecialFunctions.ErfcInv(2.0 * u);

    private static double TriangularQuantile(double a, double c, double b, double u)
    {
        double range = b - a;
        double split = (c - a) / range;
        return u < split ? a + Math.Sqrt(u * range * (c - a)) : b - Math.Sqrt((1.0 - u) * range * (b - c));
    }

    private static (double Alpha, double Beta) PertShape(double a, double m, double b) =>
        (1.0 + (4.0 * (m - a) / (b - a)), 1.0 + (4.0 * (b - m) / (b - a)));

    private static UncertainValue ThreePoint(DistributionKind kind, double min, double mostLikely, double max)
    {
        Preconditions.CheckFinite(nameof(min), min);
        Preconditions.CheckFinite(nameof(mostLikely), mostLikely);
        Preconditions.CheckFinite(nameof(max), max);
        Preconditions.CheckArgument(min <= mostLikely && mostLikely <= max, nameof(mostLikely),
            FormattableString.Invariant($"{kind} needs min <= mostLikely <= max, got {min}, {mostLikely}, {max}."));
        return min == max ? Fixed(min) : new UncertainValue(kind, min, mostLikely, max);
    }

    /// <inheritdoc />
    public bool Equals(UncertainValue? other) =>
        other is not null && Kind == other.Kind && P1.Equals(other.P1) && P2.Equals(other.P2) && P3.Equals(other.P3);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UncertainValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, P1, P2, P3);

    /// <summary>Formats as <c>Triangular(2, 4, 9)</c>, <c>Normal(10, 2)</c> or <c>5</c>.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => Kind switch
    {
        DistributionKind.Fixed => FormattableString.Invariant($"{P1}"),
        DistributionKind.Triangular or DistributionKind.Pert => FormattableString.Invariant($"{Kind}({P1}, {P2}, {P3})"),
        _ => FormattableString.Invariant($"{Kind}({P1}, {P2})"),
    };
}
