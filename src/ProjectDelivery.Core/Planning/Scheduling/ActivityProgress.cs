using System;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>Reported progress of an activity: actual start, actual finish, remaining duration.</summary>
/// <remarks>Immutable. Without an actual start the activity has not started and progress is ignored.</remarks>
public sealed class ActivityProgress : IEquatable<ActivityProgress>
{
    /// <summary>Creates progress.</summary>
    /// <param name="actualStart">When work started, if it did.</param>
    /// <param name="actualFinish">When work finished, if it did (requires an actual start).</param>
    /// <param name="remainingDuration">Remaining duration in time units for an activity in progress; when
    /// null it is the original duration less the working time elapsed from the actual start to the status date.</param>
    /// <exception cref="ArgumentException">A finish without a start, or a negative/NaN remaining duration.</exception>
    public ActivityProgress(ScheduleMoment? actualStart, ScheduleMoment? actualFinish = null, double? remainingDuration = null)
    {
        Utility.Preconditions.CheckArgument(actualFinish is null || actualStart is not null, nameof(actualFinish), "An actual finish needs an actual start.");
        if (remainingDuration is { } r)
        {
            Utility.Preconditions.CheckArgumentRange(nameof(remainingDuration), r, 0, 1e12);
        }

        ActualStart = actualStart;
        ActualFinish = actualFinish;
        RemainingDuration = actualFinish is null ? remainingDuration : 0;
    }

    /// <summary>Actual start, or null when not started.</summary>
    public ScheduleMoment? ActualStart { get; }

    /// <summary>Actual finish, or null when not finished.</summary>
    public ScheduleMoment? ActualFinish { get; }

    /// <summary>Remaining duration in time units, when given (0 once finished).</summary>
    public double? RemainingDuration { get; }

    /// <summary>
    /// When the remaining work of an activity in progress resumes, if known (MS Project's <c>Resume</c>); null (the
    /// default) means right after the actual work. Used only when scheduling without a status date
    /// (<see cref="ProgressWithoutStatusDate.ContinueFromActualStart"/>); ignored once finished and whenever a status date is given.
    /// </summary>
    public ScheduleMoment? Resume { get; init; }

    /// <summary>A copy with <see cref="Resume"/> set: the way to set it from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="resume">When the remaining work resumes; null for right after the actual work.</param>
    /// <returns>A new progress object; this one is unchanged.</returns>
    public ActivityProgress WithResume(ScheduleMoment? resume) => new(ActualStart, ActualFinish, RemainingDuration) { Resume = resume };

    /// <summary>True when started and not finished.</summary>
    public bool InProgress => ActualStart is not null && ActualFinish is null;

    /// <summary>True when finished.</summary>
    public bool Completed => ActualFinish is not null;

    /// <inheritdoc />
    public bool Equals(ActivityProgress? other) =>
        other is not null && Nullable.Equals(ActualStart, other.ActualStart) && Nullable.Equals(ActualFinish, other.ActualFinish) && Nullable.Equals(RemainingDuration, other.RemainingDuration)
        && Nullable.Equals(Resume, other.Resume);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ActivityProgress);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ActualStart, ActualFinish, RemainingDuration, Resume);
}
