using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Risk;

/// <summary>
/// How a schedule risk analysis scores its register, as given in the <c>scoring</c> object of the risk format: the matrix size,
/// optional scale bounds (size + 1 each) and the amber and red thresholds. Unset bounds default to shares of the deterministic
/// finish and cost (see <see cref="ToScoringModel"/>).
/// </summary>
public sealed class RiskScoringSettings
{
    /// <summary>Matrix size, 3 … 10 (default 5).</summary>
    public int Size { get; init; } = 5;

    /// <summary>Probability bounds, or null for the defaults.</summary>
    public IReadOnlyList<double>? ProbabilityBounds { get; init; }

    /// <summary>Schedule impact bounds (time units), or null for the defaults.</summary>
    public IReadOnlyList<double>? ScheduleBounds { get; init; }

    /// <summary>Cost impact bounds, or null for the defaults.</summary>
    public IReadOnlyList<double>? CostBounds { get; init; }

    /// <summary>Lowest score of an amber cell, or null for the matrix default.</summary>
    public double? Amber { get; init; }

    /// <summary>Lowest score of a red cell, or null for the matrix default.</summary>
    public double? Red { get; init; }

    /// <summary>
    /// Builds the scoring model. Default probability bounds: 0, 0.1, 0.3, 0.5, 0.7, 1 for 5 levels, equal bands otherwise. Default
    /// impact bounds: 0, then 1 %, 2.5 %, 5 %, 10 % of the basis (5 levels; 2.5 %, 10 % for 3; 1 %, 5 %, 10 % for 4; halving shares
    /// up to 10 % beyond), then unbounded.
    /// </summary>
    /// <param name="deterministicFinish">Basis of the schedule impact bounds (values ≤ 0 count as 1).</param>
    /// <param name="deterministicCost">Basis of the cost impact bounds (values ≤ 0 count as 1).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The size is outside 3 … 10.</exception>
    /// <exception cref="ArgumentException">Bounds have the wrong count or order, or the thresholds are invalid.</exception>
    public RiskScoringModel ToScoringModel(double deterministicFinish, double deterministicCost)
    {
        if (Size < 3 || Size > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(Size), Size, "The matrix size should be in range [3, 10].");
        }

        int size = Size;
        double[] shares = size switch
        {
            3 => new[] { 0.025, 0.10 },
            4 => new[] { 0.01, 0.05, 0.10 },
            5 => new[] { 0.01, 0.025, 0.05, 0.10 },
            _ => Enumerable.Range(1, size - 1).Select(i => 0.10 * Math.Pow(2, i - (size - 1))).ToArray(),
        };
        double[] Defaults(double basis) => new[] { 0.0 }.Concat(shares.Select(x => x * (basis > 0 ? basis : 1.0))).Concat(new[] { double.MaxValue }).ToArray();
        double[] probability = ProbabilityBounds?.ToArray()
            ?? (size == 5 ? new[] { 0.0, 0.1, 0.3, 0.5, 0.7, 1.0 } : Enumerable.Range(0, size + 1).Select(i => (double)i / size).ToArray());
        double[] schedule = ScheduleBounds?.ToArray() ?? Defaults(deterministicFinish);
        double[] cost = CostBounds?.ToArray() ?? Defaults(deterministicCost);
        foreach ((double[] bounds, string name) in new[] { (probability, "probabilityBounds"), (schedule, "scheduleBounds"), (cost, "costBounds") })
        {
            if (bounds.Length != size + 1)
            {
                throw new ArgumentException($"{name}: a {size}-level scale needs {size + 1} bounds, got {bounds.Length}", name);
            }
        }

        ProbabilityImpactMatrix matrix = ProbabilityImpactMatrix.Create(size);
        if (Amber is not null || Red is not null)
        {
            matrix = ProbabilityImpactMatrix.Create(matrix.ProbabilityWeights, matrix.ImpactWeights, Amber ?? matrix.AmberThreshold, Red ?? matrix.RedThreshold);
        }

        return RiskScoringModel.Create(RiskScale.FromBounds(probability), RiskScale.FromBounds(cost), RiskScale.FromBounds(schedule), matrix);
    }

    /// <summary>Creates the default settings: a 5 × 5 matrix with scales derived from the deterministic plan.</summary>
    public RiskScoringSettings()
    {
    }

    private RiskScoringSettings(RiskScoringSettings other)
    {
        Size = other.Size;
        ProbabilityBounds = other.ProbabilityBounds;
        ScheduleBounds = other.ScheduleBounds;
        CostBounds = other.CostBounds;
        Amber = other.Amber;
        Red = other.Red;
    }

    /// <summary>A copy with <see cref="Size"/> set: the way to configure scoring from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="size">Levels of the matrix, 3 to 10.</param>
    /// <returns>A new settings object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is outside [3, 10].</exception>
    public RiskScoringSettings WithSize(int size)
    {
        if (size < 3 || size > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "The matrix size should be in range [3, 10].");
        }

        return new RiskScoringSettings(this) { Size = size };
    }

    /// <summary>A copy with <see cref="ProbabilityBounds"/> set.</summary>
    /// <param name="probabilityBounds">Size + 1 ascending bounds of the probability scale; null for the default.</param>
    /// <returns>A new settings object; this one is unchanged.</returns>
    public RiskScoringSettings WithProbabilityBounds(IReadOnlyList<double>? probabilityBounds) => new(this) { ProbabilityBounds = probabilityBounds };

    /// <summary>A copy with <see cref="ScheduleBounds"/> set.</summary>
    /// <param name="scheduleBounds">Size + 1 ascending bounds of the schedule impact scale; null for the default.</param>
    /// <returns>A new settings object; this one is unchanged.</returns>
    public RiskScoringSettings WithScheduleBounds(IReadOnlyList<double>? scheduleBounds) => new(this) { ScheduleBounds = scheduleBounds };

    /// <summary>A copy with <see cref="CostBounds"/> set.</summary>
    /// <param name="costBounds">Size + 1 ascending bounds of the cost impact scale; null for the default.</param>
    /// <returns>A new settings object; this one is unchanged.</returns>
    public RiskScoringSettings WithCostBounds(IReadOnlyList<double>? costBounds) => new(this) { CostBounds = costBounds };

    /// <summary>A copy with <see cref="Amber"/> set.</summary>
    /// <param name="amber">Score from which a cell is amber; null for the matrix default.</param>
    /// <returns>A new settings object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amber"/> is NaN or infinite.</exception>
    public RiskScoringSettings WithAmber(double? amber)
    {
        if (amber is { } value)
        {
            Preconditions.CheckFinite(nameof(amber), value);
        }

        return new RiskScoringSettings(this) { Amber = amber };
    }

    /// <summary>A copy with <see cref="Red"/> set.</summary>
    /// <param name="red">Score from which a cell is red; null for the matrix default.</param>
    /// <returns>A new settings object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="red"/> is NaN or infinite.</exception>
    public RiskScoringSettings WithRed(double? red)
    {
        if (red is { } value)
        {
            Preconditions.CheckFinite(nameof(red), value);
        }

        return new RiskScoringSettings(this) { Red = red };
    }
}
