using System;
using System.Collections.Generic;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Risk;

/// <summary>
/// A square probability-impact matrix: a weight for each probability level and each impact level, the cell
/// score (probability weight × impact weight) and the red/amber/green zone of each cell.
/// </summary>
/// <remarks>
/// The default weights follow the common scheme of the PMBOK Guide's example matrix: probability weights at
/// the middle of each level's band ((2k − 1) / 2n, i.e. 0.1, 0.3, 0.5, 0.7, 0.9 for n = 5) and an impact
/// scale that doubles per level ending at 0.8 (0.05, 0.1, 0.2, 0.4, 0.8 for n = 5). A cell is red when its
/// score is at least <see cref="RedThreshold"/>, amber when at least <see cref="AmberThreshold"/>, green
/// otherwise, unless a zone was set explicitly with <see cref="WithZone"/>. Immutable.
/// </remarks>
public sealed class ProbabilityImpactMatrix
{
    private readonly double[] _probabilityWeights;
    private readonly double[] _impactWeights;
    private readonly RagZone[] _zones; // row-major [probability - 1, impact - 1]

    private ProbabilityImpactMatrix(double[] probabilityWeights, double[] impactWeights, double amber, double red, RagZone[] zones)
    {
        _probabilityWeights = probabilityWeights;
        _impactWeights = impactWeights;
        AmberThreshold = amber;
        RedThreshold = red;
        _zones = zones;
    }

    /// <summary>The 5×5 default matrix (amber from score 0.05, red from 0.18).</summary>
    public static ProbabilityImpactMatrix Default { get; } = Create(5);

    /// <summary>Number of levels on each axis.</summary>
    public int Size => _probabilityWeights.Length;

    /// <summary>Weights of the probability levels, lowest first.</summary>
    public IReadOnlyList<double> ProbabilityWeights => _probabilityWeights;

    /// <summary>Weights of the impact levels, lowest first.</summary>
    public IReadOnlyList<double> ImpactWeights => _impactWeights;

    /// <summary>Lowest score of an amber cell.</summary>
    public double AmberThreshold { get; }

    /// <summary>Lowest score of a red cell.</summary>
    public double RedThreshold { get; }

    /// <summary>Creates an n×n matrix with the default weights and thresholds (amber from 0.05, red from 0.18).</summary>
    /// <param name="size">Levels per axis, 3 to 10 (3×3, 4×4 and 5×5 are usual).</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is outside [3, 10].</exception>
    public static ProbabilityImpactMatrix Create(int size)
    {
        Preconditions.CheckArgumentRange(nameof(size), size, 3, 10);
        var p = new double[size];
        var i = new double[size];
        for (int k = 0; k < size; k++)
        {
            p[k] = (2.0 * k + 1.0) / (2.0 * size);
            i[k] = 0.8 / Math.Pow(2.0, size - 1 - k);
        }

        return Create(p, i, 0.05, 0.18);
    }

    /// <summary>Creates a matrix from explicit weights and zone thresholds.</summary>
    /// <param name="probabilityWeights">Strictly increasing positive finite weights, one per probability level.</param>
    /// <param name="impactWeights">Strictly increasing positive finite weights, one per impact level (same count).</param>
    /// <param name="amberThreshold">Lowest score of an amber cell.</param>
    /// <param name="redThreshold">Lowest score of a red cell (≥ <paramref name="amberThreshold"/>).</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentException">Weights are not increasing, counts differ or thresholds are inverted.</exception>
    public static ProbabilityImpactMatrix Create(IReadOnlyList<double> probabilityWeights, IReadOnlyList<double> impactWeights, double amberThreshold, double redThreshold)
    {
        Preconditions.CheckNotNull(probabilityWeights, nameof(probabilityWeights));
        Preconditions.CheckNotNull(impactWeights, nameof(impactWeights));
        int n = probabilityWeights.Count;
        Preconditions.CheckArgument(n >= 2 && n <= 10, nameof(probabilityWeights), $"A matrix needs 2 to 10 probability levels, got {n}.");
        Preconditions.CheckArgument(impactWeights.Count == n, nameof(impactWeights), $"The matrix must be square: {n} probability levels but {impactWeights.Count} impact levels.");
        CheckIncreasing(probabilityWeights, nameof(probabilityWeights));
        CheckIncreasing(impactWeights, nameof(impactWeights));
        Preconditions.CheckFinite(nameof(amberThreshold), amberThreshold);
        Preconditions.CheckFinite(nameof(redThreshold), redThreshold);
        Preconditions.CheckArgument(redThreshold >= amberThreshold, nameof(redThreshold), FormattableString.Invariant($"Red threshold {redThreshold} is below amber threshold {amberThreshold}."));
        double[] p = new double[n];
        double[] i = new double[n];
        for (int k = 0; k < n; k++)
        {
            p[k] = probabilityWeights[k];
            i[k] = impactWeights[k];
        }

        var zones = new RagZone[n * n];
        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b < n; b++)
            {
                double score = p[a] * i[b];
                zones[(a * n) + b] = score >= redThreshold ? RagZone.Red : score >= amberThreshold ? RagZone.Amber : RagZone.Green;
            }
        }

        return new ProbabilityImpactMatrix(p, i, amberThreshold, redThreshold, zones);
    }

    /// <summary>The score of a cell: probability weight × impact weight.</summary>
    /// <param name="probabilityLevel">1 … <see cref="Size"/>.</param>
    /// <param name="impactLevel">1 … <see cref="Size"/>.</param>
    /// <returns>The score.</returns>
    public double Score(int probabilityLevel, int impactLevel)
    {
        CheckLevels(probabilityLevel, impactLevel);
        return _probabilityWeights[probabilityLevel - 1] * _impactWeights[impactLevel - 1];
    }

    /// <summary>The zone of a cell.</summary>
    /// <param name="probabilityLevel">1 … <see cref="Size"/>.</param>
    /// <param name="impactLevel">1 … <see cref="Size"/>.</param>
    /// <returns>Red, amber or green.</returns>
    public RagZone Zone(int probabilityLevel, int impactLevel)
    {
        CheckLevels(probabilityLevel, impactLevel);
        return _zones[((probabilityLevel - 1) * Size) + impactLevel - 1];
    }

    /// <summary>Returns a copy with one cell's zone set explicitly (organisations often colour cells by policy).</summary>
    /// <param name="probabilityLevel">1 … <see cref="Size"/>.</param>
    /// <param name="impactLevel">1 … <see cref="Size"/>.</param>
    /// <param name="zone">The zone of the cell.</param>
    /// <returns>The new matrix.</returns>
    public ProbabilityImpactMatrix WithZone(int probabilityLevel, int impactLevel, RagZone zone)
    {
        CheckLevels(probabilityLevel, impactLevel);
        var zones = (RagZone[])_zones.Clone();
        zones[((probabilityLevel - 1) * Size) + impactLevel - 1] = zone;
        return new ProbabilityImpactMatrix(_probabilityWeights, _impactWeights, AmberThreshold, RedThreshold, zones);
    }

    private void CheckLevels(int probabilityLevel, int impactLevel)
    {
        Preconditions.CheckArgumentRange(nameof(probabilityLevel), probabilityLevel, 1, Size);
        Preconditions.CheckArgumentRange(nameof(impactLevel), impactLevel, 1, Size);
    }

    private static void CheckIncreasing(IReadOnlyList<double> weights, string name)
    {
        for (int k = 0; k < weights.Count; k++)
        {
            Preconditions.CheckArgumentRange(name, weights[k], double.Epsilon, double.MaxValue);
            Preconditions.CheckArgument(k == 0 || weights[k] > weights[k - 1], name, FormattableString.Invariant($"Weights must increase strictly: level {k + 1} has {weights[k]} after {weights[Math.Max(0, k - 1)]}."));
        }
    }
}
