using System;

namespace ProjectDelivery.Reporting;

/// <summary>One simulated activity: how often it was critical and how strongly its duration drove the finish.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ActivityRiskRow
{
    internal ActivityRiskRow(string activityId, double criticalityIndex, double? sensitivity)
    {
        ActivityId = activityId;
        CriticalityIndex = criticalityIndex;
        Sensitivity = sensitivity;
    }

    /// <summary>The activity id.</summary>
    public string ActivityId { get; }

    /// <summary>Share of iterations in which the activity was critical, in [0, 1].</summary>
    public double CriticalityIndex { get; }

    /// <summary>Rank correlation of its duration with the finish, or null when its duration is certain or sensitivity was not computed.</summary>
    public double? Sensitivity { get; }

    /// <summary>Id and criticality.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => FormattableString.Invariant($"{ActivityId}: critical {CriticalityIndex:P0}");
}
