using System;
using System.Collections.Generic;
using System.Linq;

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
}
