using System;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>The scheduled dates and floats of one activity.</summary>
/// <typeparam name="TTime"><see cref="double"/> time units in plain-number mode, <see cref="NodaTime.LocalDateTime"/> in calendar mode.</typeparam>
/// <remarks>Immutable. Floats are in time units (working days, or the chosen unit, on the activity's calendar in calendar mode).</remarks>
public sealed class ActivitySchedule<TTime>
    where TTime : struct
{
    internal ActivitySchedule(Activity activity, TTime earlyStart, TTime earlyFinish, TTime lateStart, TTime lateFinish,
        double totalFloat, double freeFloat, bool critical, string? drivingPredecessorId, ActivityStatus status)
    {
        Activity = activity;
        EarlyStart = earlyStart;
        EarlyFinish = earlyFinish;
        LateStart = lateStart;
        LateFinish = lateFinish;
        TotalFloat = totalFloat;
        FreeFloat = freeFloat;
        Critical = critical;
        DrivingPredecessorId = drivingPredecessorId;
        Status = status;
    }

    /// <summary>The activity scheduled.</summary>
    public Activity Activity { get; }

    /// <summary>The activity's id.</summary>
    public string Id => Activity.Id;

    /// <summary>Early start (actual start once started).</summary>
    public TTime EarlyStart { get; }

    /// <summary>Early finish (actual finish once complete).</summary>
    public TTime EarlyFinish { get; }

    /// <summary>Late start.</summary>
    public TTime LateStart { get; }

    /// <summary>Late finish.</summary>
    public TTime LateFinish { get; }

    /// <summary>Planned start: the early start, or the late start for an as-late-as-possible activity.</summary>
    public TTime ScheduledStart => Activity.Constraint.Type == ConstraintType.AsLateAsPossible && Status == ActivityStatus.NotStarted ? LateStart : EarlyStart;

    /// <summary>Planned finish: the early finish, or the late finish for an as-late-as-possible activity.</summary>
    public TTime ScheduledFinish => Activity.Constraint.Type == ConstraintType.AsLateAsPossible && Status == ActivityStatus.NotStarted ? LateFinish : EarlyFinish;

    /// <summary>Total float: late finish less early finish; negative when a constraint or deadline cannot be met.</summary>
    public double TotalFloat { get; }

    /// <summary>Free float: how far the activity can slip without delaying any successor's early dates (or, without successors, the project finish); never above total float.</summary>
    public double FreeFloat { get; }

    /// <summary>True when total float is at most the critical threshold (never for completed activities).</summary>
    public bool Critical { get; }

    /// <summary>The predecessor whose link set the early start, or null when the project start, a constraint, the status date or progress did.</summary>
    public string? DrivingPredecessorId { get; }

    /// <summary>Not started, in progress or complete.</summary>
    public ActivityStatus Status { get; }

    /// <summary>Id, dates and total float.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => $"{Id}: ES {EarlyStart} EF {EarlyFinish} LS {LateStart} LF {LateFinish} TF {TotalFloat}";
}

/// <summary>Progress status of a scheduled activity.</summary>
public enum ActivityStatus
{
    /// <summary>No actual start.</summary>
    NotStarted = 0,

    /// <summary>Started, not finished.</summary>
    InProgress = 1,

    /// <summary>Finished.</summary>
    Complete = 2,
}
