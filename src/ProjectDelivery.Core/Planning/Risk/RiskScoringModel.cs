using System;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Risk;

/// <summary>
/// How a register turns numeric assessments into matrix cells: a probability scale, a cost-impact scale, a
/// schedule-impact scale and the probability-impact matrix, all with the same number of levels.
/// </summary>
/// <remarks>
/// The impact level of a risk is the higher of its cost-impact level and its schedule-impact level (the
/// usual "worst objective" rule), and its score is the matrix score of (probability level, impact level).
/// Immutable.
/// </remarks>
public sealed class RiskScoringModel
{
    private RiskScoringModel(RiskScale probability, RiskScale cost, RiskScale schedule, ProbabilityImpactMatrix matrix)
    {
        ProbabilityScale = probability;
        CostImpactScale = cost;
        ScheduleImpactScale = schedule;
        Matrix = matrix;
    }

    /// <summary>The scale for probabilities.</summary>
    public RiskScale ProbabilityScale { get; }

    /// <summary>The scale for cost impacts.</summary>
    public RiskScale CostImpactScale { get; }

    /// <summary>The scale for schedule impacts.</summary>
    public RiskScale ScheduleImpactScale { get; }

    /// <summary>The matrix.</summary>
    public ProbabilityImpactMatrix Matrix { get; }

    /// <summary>Creates a model from its parts.</summary>
    /// <param name="probabilityScale">Probability scale.</param>
    /// <param name="costImpactScale">Cost-impact scale.</param>
    /// <param name="scheduleImpactScale">Schedule-impact scale.</param>
    /// <param name="matrix">The matrix; its size must equal every scale's number of levels.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">Sizes differ.</exception>
    public static RiskScoringModel Create(RiskScale probabilityScale, RiskScale costImpactScale, RiskScale scheduleImpactScale, ProbabilityImpactMatrix matrix)
    {
        Preconditions.CheckNotNull(probabilityScale, nameof(probabilityScale));
        Preconditions.CheckNotNull(costImpactScale, nameof(costImpactScale));
        Preconditions.CheckNotNull(scheduleImpactScale, nameof(scheduleImpactScale));
        Preconditions.CheckNotNull(matrix, nameof(matrix));
        Preconditions.CheckArgument(probabilityScale.Count == matrix.Size, nameof(probabilityScale), $"The probability scale has {probabilityScale.Count} levels but the matrix is {matrix.Size}×{matrix.Size}.");
        Preconditions.CheckArgument(costImpactScale.Count == matrix.Size, nameof(costImpactScale), $"The cost-impact scale has {costImpactScale.Count} levels but the matrix is {matrix.Size}×{matrix.Size}.");
        Preconditions.CheckArgument(scheduleImpactScale.Count == matrix.Size, nameof(scheduleImpactScale), $"The schedule-impact scale has {scheduleImpactScale.Count} levels but the matrix is {matrix.Size}×{matrix.Size}.");
        return new RiskScoringModel(probabilityScale, costImpactScale, scheduleImpactScale, matrix);
    }

    /// <summary>A 5×5 model with the default probability scale and matrix and the given impact thresholds.</summary>
    /// <param name="costThresholds">Lower bounds of cost levels 2–5 (four increasing positive numbers).</param>
    /// <param name="scheduleThresholds">Lower bounds of schedule levels 2–5 (four increasing positive numbers).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">Not four thresholds each.</exception>
    public static RiskScoringModel FivePoint(double[] costThresholds, double[] scheduleThresholds)
    {
        Preconditions.CheckNotNull(costThresholds, nameof(costThresholds));
        Preconditions.CheckNotNull(scheduleThresholds, nameof(scheduleThresholds));
        Preconditions.CheckArgument(costThresholds.Length == 4, nameof(costThresholds), $"Four cost thresholds are needed, got {costThresholds.Length}.");
        Preconditions.CheckArgument(scheduleThresholds.Length == 4, nameof(scheduleThresholds), $"Four schedule thresholds are needed, got {scheduleThresholds.Length}.");
        return Create(
            RiskScale.DefaultProbability,
            RiskScale.FivePointImpact(costThresholds[0], costThresholds[1], costThresholds[2], costThresholds[3]),
            RiskScale.FivePointImpact(scheduleThresholds[0], scheduleThresholds[1], scheduleThresholds[2], scheduleThresholds[3]),
            ProbabilityImpactMatrix.Default);
    }

    /// <summary>Places an assessment in the matrix.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>Its levels, score and zone.</returns>
    public RiskRating Rate(RiskAssessment assessment)
    {
        int p = ProbabilityScale.LevelOf(assessment.Probability);
        int impact = Math.Max(CostImpactScale.LevelOf(assessment.CostImpact), ScheduleImpactScale.LevelOf(assessment.ScheduleImpact));
        return new RiskRating(p, impact, Matrix.Score(p, impact), Matrix.Zone(p, impact));
    }
}
