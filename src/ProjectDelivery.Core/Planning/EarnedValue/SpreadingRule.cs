using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>
/// How an activity's budget is spread over its duration to give time-phased planned value: the share of the
/// budget planned by each fraction <c>x</c> in [0, 1] of the duration, <c>F(x)</c>, with <c>F(0) = 0</c> and <c>F(1) = 1</c>.
/// </summary>
/// <remarks>
/// Linear: <c>F(x) = x</c> (uniform rate). Front-loaded: <c>F(x) = 2x − x²</c> (rate falling linearly from twice the
/// average to zero). Back-loaded: <c>F(x) = x²</c> (rate rising linearly from zero to twice the average). Weighted:
/// the duration is cut into as many equal parts as there are weights and each part receives its weight's share,
/// spread uniformly within the part.
/// </remarks>
public sealed class SpreadingRule
{
    private readonly int _kind;
    private readonly double[] _cumulativeWeights;

    private SpreadingRule(int kind, double[] cumulativeWeights)
    {
        _kind = kind;
        _cumulativeWeights = cumulativeWeights;
    }

    /// <summary>0 linear, 1 front-loaded, 2 back-loaded, 3 weighted.</summary>
    internal int Kind => _kind;

    /// <summary>Uniform spreading, <c>F(x) = x</c>.</summary>
    public static SpreadingRule Linear { get; } = new(0, Array.Empty<double>());

    /// <summary>Front-loaded spreading, <c>F(x) = 2x − x²</c>.</summary>
    public static SpreadingRule FrontLoaded { get; } = new(1, Array.Empty<double>());

    /// <summary>Back-loaded spreading, <c>F(x) = x²</c>.</summary>
    public static SpreadingRule BackLoaded { get; } = new(2, Array.Empty<double>());

    /// <summary>Spreading by given weights over equal parts of the duration.</summary>
    /// <param name="weights">One non-negative, finite weight per part; at least one, with a positive sum. They are normalised.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException">No weights, a weight negative or not finite (named by index), or a zero sum.</exception>
    public static SpreadingRule Weighted(params double[] weights)
    {
        Preconditions.CheckNotNull(weights, nameof(weights));
        Preconditions.CheckArgument(weights.Length > 0, nameof(weights), "Weighted spreading needs at least one weight.");
        for (int i = 0; i < weights.Length; i++)
        {
            if (double.IsNaN(weights[i]) || double.IsInfinity(weights[i]) || weights[i] < 0)
            {
                throw new ArgumentException($"Spreading weight {i} ({weights[i]}) must be finite and non-negative.", nameof(weights));
            }
        }

        double sum = weights.Sum();
        Preconditions.CheckArgument(sum > 0, nameof(weights), "Spreading weights must not all be zero.");
        var cumulative = new double[weights.Length + 1];
        for (int i = 0; i < weights.Length; i++)
        {
            cumulative[i + 1] = cumulative[i] + (weights[i] / sum);
        }

        cumulative[weights.Length] = 1;
        return new SpreadingRule(3, cumulative);
    }

    /// <summary>The weights of a weighted rule, normalised to sum 1 (empty for the other rules).</summary>
    internal List<double> NormalisedWeights()
    {
        var weights = new List<double>();
        for (int i = 0; i + 1 < _cumulativeWeights.Length; i++)
        {
            // The last cumulative weight is pinned to 1, so a trailing zero weight can come out as -1e-16: clamp the rounding.
            weights.Add(Math.Max(0.0, _cumulativeWeights[i + 1] - _cumulativeWeights[i]));
        }

        return weights;
    }

    /// <summary>The share of the budget planned by fraction <paramref name="x"/> of the duration.</summary>
    /// <param name="x">Fraction of the duration, clamped to [0, 1].</param>
    /// <returns><c>F(x)</c> in [0, 1].</returns>
    public double CumulativeShare(double x)
    {
        if (!(x > 0))
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        switch (_kind)
        {
            case 0:
                return x;
            case 1:
                return (2 * x) - (x * x);
            case 2:
                return x * x;
            default:
                int parts = _cumulativeWeights.Length - 1;
                double position = x * parts;
                int part = Math.Min((int)position, parts - 1);
                return _cumulativeWeights[part] + ((position - part) * (_cumulativeWeights[part + 1] - _cumulativeWeights[part]));
        }
    }
}
