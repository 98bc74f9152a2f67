using System;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Risk.Simulation;

/// <summary>The uncertain duration and cost of one activity.</summary>
/// <remarks>
/// Activity cost per iteration = a sample of <see cref="Cost"/> (time-independent part) + <see cref="CostRate"/>
/// × the sampled duration (time-dependent part), so schedule risk flows into cost. Immutable.
/// </remarks>
public sealed class ActivityUncertainty
{
    private ActivityUncertainty(string activityId, UncertainValue duration, UncertainValue? cost, double costRate)
    {
        ActivityId = activityId;
        Duration = duration;
        Cost = cost;
        CostRate = costRate;
    }

    /// <summary>The activity.</summary>
    public string ActivityId { get; }

    /// <summary>The duration distribution.</summary>
    public UncertainValue Duration { get; }

    /// <summary>The time-independent cost distribution, or null for none.</summary>
    public UncertainValue? Cost { get; }

    /// <summary>Cost per unit of duration (≥ 0).</summary>
    public double CostRate { get; }

    /// <summary>Creates the uncertainty of one activity.</summary>
    /// <param name="activityId">Activity id (not empty).</param>
    /// <param name="duration">Duration distribution.</param>
    /// <param name="cost">Time-independent cost distribution, or null.</param>
    /// <param name="costRate">Cost per unit of duration (finite, ≥ 0).</param>
    /// <returns>The uncertainty.</returns>
    public static ActivityUncertainty Create(string activityId, UncertainValue duration, UncertainValue? cost = null, double costRate = 0.0)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(activityId), nameof(activityId), "An activity uncertainty needs a non-empty activity id.");
        Preconditions.CheckNotNull(duration, nameof(duration));
        Preconditions.CheckArgumentRange(nameof(costRate), costRate, 0.0, double.MaxValue);
        return new ActivityUncertainty(activityId, duration, cost, costRate);
    }
}
