using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Risk;

/// <summary>
/// A qualitative scale (e.g. 1–5, "Very low" … "Very high") with the numeric range each level stands for,
/// used to turn a probability or an impact into a level of the probability-impact matrix.
/// </summary>
/// <remarks>Immutable. Levels are contiguous: each starts where the previous one ends.</remarks>
public sealed class RiskScale
{
    private static readonly string[] FiveLabels = { "Very low", "Low", "Medium", "High", "Very high" };
    private readonly ScaleLevel[] _levels;

    private RiskScale(ScaleLevel[] levels) => _levels = levels;

    /// <summary>The default probability scale: very low [0, 0.1), low [0.1, 0.3), medium [0.3, 0.5), high [0.5, 0.7), very high [0.7, 1].</summary>
    public static RiskScale DefaultProbability { get; } = Create(FiveLabels, new[] { 0.0, 0.1, 0.3, 0.5, 0.7, 1.0 });

    /// <summary>The levels, lowest first.</summary>
    public IReadOnlyList<ScaleLevel> Levels => _levels;

    /// <summary>Number of levels.</summary>
    public int Count => _levels.Length;

    /// <summary>Creates a scale from labels and the <c>labels.Count + 1</c> bounds between and around the levels.</summary>
    /// <param name="labels">One label per level, lowest first (2 to 10 levels).</param>
    /// <param name="bounds">Strictly increasing finite bounds: level k covers [bounds[k-1], bounds[k]).</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentException">Counts do not match, a label is empty or bounds are not strictly increasing.</exception>
    public static RiskScale Create(IReadOnlyList<string> labels, IReadOnlyList<double> bounds)
    {
        Preconditions.CheckNotNull(labels, nameof(labels));
        Preconditions.CheckNotNull(bounds, nameof(bounds));
        Preconditions.CheckArgument(labels.Count >= 2 && labels.Count <= 10, nameof(labels), $"A scale needs 2 to 10 levels, got {labels.Count}.");
        Preconditions.CheckArgument(bounds.Count == labels.Count + 1, nameof(bounds), $"A scale of {labels.Count} levels needs {labels.Count + 1} bounds, got {bounds.Count}.");
        var levels = new ScaleLevel[labels.Count];
        for (int k = 0; k < labels.Count; k++)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(labels[k]), nameof(labels), $"Label of level {k + 1} is empty.");
            Preconditions.CheckFinite(nameof(bounds), bounds[k]);
            Preconditions.CheckFinite(nameof(bounds), bounds[k + 1]);
            Preconditions.CheckArgument(bounds[k + 1] > bounds[k], nameof(bounds), FormattableString.Invariant($"Bounds must increase strictly: level {k + 1} ('{labels[k]}') has [{bounds[k]}, {bounds[k + 1]})."));
            levels[k] = new ScaleLevel(k + 1, labels[k], bounds[k], bounds[k + 1]);
        }

        return new RiskScale(levels);
    }

    /// <summary>Creates an impact scale of five levels from zero up to the four thresholds and beyond.</summary>
    /// <remarks>Very low [0, t1), low [t1, t2), medium [t2, t3), high [t3, t4), very high [t4, ∞).</remarks>
    /// <param name="t1">Lower bound of "Low".</param>
    /// <param name="t2">Lower bound of "Medium".</param>
    /// <param name="t3">Lower bound of "High".</param>
    /// <param name="t4">Lower bound of "Very high".</param>
    /// <returns>The scale.</returns>
    public static RiskScale FivePointImpact(double t1, double t2, double t3, double t4) =>
        Create(FiveLabels, new[] { 0.0, t1, t2, t3, t4, double.MaxValue });

    /// <summary>Creates an evenly labelled scale ("1" … "n") from bounds.</summary>
    /// <param name="bounds">Strictly increasing bounds, one more than the number of levels.</param>
    /// <returns>The scale.</returns>
    public static RiskScale FromBounds(IReadOnlyList<double> bounds)
    {
        Preconditions.CheckNotNull(bounds, nameof(bounds));
        return Create(Enumerable.Range(1, Math.Max(0, bounds.Count - 1)).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(), bounds);
    }

    /// <summary>The level whose range holds <paramref name="value"/>; values below the scale map to level 1 and above it to the top level.</summary>
    /// <param name="value">A probability or impact (finite).</param>
    /// <returns>The level number, 1 … <see cref="Count"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public int LevelOf(double value)
    {
        Preconditions.CheckFinite(nameof(value), value);
        for (int k = 0; k < _levels.Length - 1; k++)
        {
            if (value < _levels[k].Upper)
            {
                return k + 1;
            }
        }

        return _levels.Length;
    }

    /// <summary>The level with number <paramref name="level"/>.</summary>
    /// <param name="level">1 … <see cref="Count"/>.</param>
    /// <returns>The level.</returns>
    public ScaleLevel this[int level]
    {
        get
        {
            Preconditions.CheckArgumentRange(nameof(level), level, 1, _levels.Length);
            return _levels[level - 1];
        }
    }
}
