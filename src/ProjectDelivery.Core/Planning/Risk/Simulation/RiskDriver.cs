using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Risk.Simulation;

/// <summary>
/// A risk event for Monte Carlo analysis (the risk-driver method): in each iteration it occurs with its
/// probability and, when it does, one sampled schedule impact is added to the duration of each activity it
/// lists and one sampled cost impact to the project cost.
/// </summary>
/// <remarks>
/// Hulett, <i>Practical Schedule Risk Analysis</i> (Gower, 2009), ch. 8. For an opportunity the sampled
/// impacts are subtracted instead (durations never go below zero). Immutable.
/// </remarks>
public sealed class RiskDriver
{
    private readonly string[] _activityIds;

    private RiskDriver(string id, double probability, UncertainValue? scheduleImpact, UncertainValue? costImpact, string[] activityIds, RiskKind kind)
    {
        Id = id;
        Probability = probability;
        ScheduleImpact = scheduleImpact;
        CostImpact = costImpact;
        _activityIds = activityIds;
        Kind = kind;
    }

    /// <summary>Risk id (unique among drivers and distinct from activity ids in sensitivity output).</summary>
    public string Id { get; }

    /// <summary>Probability of occurrence per iteration, in [0, 1].</summary>
    public double Probability { get; }

    /// <summary>Schedule impact added to each listed activity when the risk occurs, or null.</summary>
    public UncertainValue? ScheduleImpact { get; }

    /// <summary>Cost impact added to the project cost when the risk occurs, or null.</summary>
    public UncertainValue? CostImpact { get; }

    /// <summary>Activities the schedule impact applies to.</summary>
    public IReadOnlyList<string> ActivityIds => _activityIds;

    /// <summary>Threat (impacts add) or opportunity (impacts subtract).</summary>
    public RiskKind Kind { get; }

    /// <summary>Expected schedule effect per listed activity: probability × mean schedule impact (signed by kind).</summary>
    public double ExpectedScheduleImpact => (Kind == RiskKind.Threat ? 1.0 : -1.0) * Probability * (ScheduleImpact?.Mean ?? 0.0);

    /// <summary>Expected cost effect: probability × mean cost impact (signed by kind).</summary>
    public double ExpectedCostImpact => (Kind == RiskKind.Threat ? 1.0 : -1.0) * Probability * (CostImpact?.Mean ?? 0.0);

    /// <summary>Creates a driver.</summary>
    /// <param name="id">Id (not empty).</param>
    /// <param name="probability">Probability in [0, 1].</param>
    /// <param name="scheduleImpact">Schedule impact distribution, or null.</param>
    /// <param name="costImpact">Cost impact distribution, or null.</param>
    /// <param name="activityIds">Activities affected by the schedule impact (distinct; needed when there is a schedule impact).</param>
    /// <param name="kind">Threat or opportunity.</param>
    /// <returns>The driver.</returns>
    /// <exception cref="ArgumentException">Empty id, repeated or empty activity id, or a schedule impact without activities.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Probability outside [0, 1].</exception>
    public static RiskDriver Create(string id, double probability, UncertainValue? scheduleImpact, UncertainValue? costImpact, IEnumerable<string> activityIds, RiskKind kind = RiskKind.Threat)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "A risk driver needs a non-empty id.");
        Preconditions.CheckArgumentRange(nameof(probability), probability, 0.0, 1.0);
        Preconditions.CheckNotNull(activityIds, nameof(activityIds));
        string[] ids = activityIds.ToArray();
        Preconditions.CheckArgument(Array.TrueForAll(ids, s => !string.IsNullOrWhiteSpace(s)), nameof(activityIds), $"Risk '{id}' lists an empty activity id.");
        string? duplicate = ids.GroupBy(s => s, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        Preconditions.CheckArgument(duplicate is null, nameof(activityIds), $"Risk '{id}' lists activity '{duplicate}' twice.");
        Preconditions.CheckArgument(scheduleImpact is null || ids.Length > 0, nameof(activityIds), $"Risk '{id}' has a schedule impact but lists no activity.");
        return new RiskDriver(id, probability, scheduleImpact, costImpact, ids, kind);
    }
}
