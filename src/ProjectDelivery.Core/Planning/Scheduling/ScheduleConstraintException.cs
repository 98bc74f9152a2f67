using System;
using System.Collections.Generic;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>
/// Mandatory date constraints contradict each other (on one activity, or on two activities whose logic
/// cannot fit between their fixed dates), so every schedule would break a mandatory date.
/// </summary>
public sealed class ScheduleConstraintException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="activityIds">The activities whose constraints conflict.</param>
    /// <param name="message">What conflicts.</param>
    public ScheduleConstraintException(IReadOnlyList<string> activityIds, string message)
        : base(message)
    {
        ActivityIds = activityIds;
    }

    /// <summary>The activities whose constraints conflict.</summary>
    public IReadOnlyList<string> ActivityIds { get; }
}
