using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Reporting;

/// <summary>
/// One flat report row per scheduled activity, with primitive properties only (text, numbers, flags, dates) so
/// that report designers (SSRS, RDLC, spreadsheets, LINQPad) can bind it without knowing NodaTime.
/// </summary>
/// <remarks>
/// <para>A calendar-mode schedule (<see cref="Schedule{TTime}"/> of <see cref="LocalDateTime"/>) fills the
/// <see cref="DateTime"/> columns (<see cref="EarlyStart"/> …, wall-clock time, <see cref="DateTimeKind.Unspecified"/>)
/// and leaves the <c>…Units</c> columns null; a plain-number schedule does the opposite.</para>
/// <para>Floats are in the schedule's time units (working days by default). Immutable.</para>
/// </remarks>
public sealed class ScheduleRow
{
    private ScheduleRow(int index, Activity activity, double totalFloat, double freeFloat, bool critical, ActivityStatus status, string? driving)
        : this(index, activity.Id, activity.Name ?? string.Empty, activity.WbsParent ?? string.Empty, activity.Duration,
            string.Join(",", activity.Predecessors.Select(p => p.ToString())), totalFloat, freeFloat, critical, status.ToString(), driving ?? string.Empty)
    {
    }

    /// <summary>Rebuilds a row from all its columns (JSON reading); the caller has validated them.</summary>
    internal ScheduleRow(
        int index, string id, string name, string wbs, double duration, string predecessors, double totalFloat, double freeFloat, bool critical, string status, string drivingPredecessor,
        DateTime? earlyStart, DateTime? earlyFinish, DateTime? lateStart, DateTime? lateFinish,
        double? earlyStartUnits, double? earlyFinishUnits, double? lateStartUnits, double? lateFinishUnits)
        : this(index, id, name, wbs, duration, predecessors, totalFloat, freeFloat, critical, status, drivingPredecessor)
    {
        EarlyStart = earlyStart;
        EarlyFinish = earlyFinish;
        LateStart = lateStart;
        LateFinish = lateFinish;
        EarlyStartUnits = earlyStartUnits;
        EarlyFinishUnits = earlyFinishUnits;
        LateStartUnits = lateStartUnits;
        LateFinishUnits = lateFinishUnits;
    }

    private ScheduleRow(int index, string id, string name, string wbs, double duration, string predecessors, double totalFloat, double freeFloat, bool critical, string status, string drivingPredecessor)
    {
        Index = index;
        Id = id;
        Name = name;
        Wbs = wbs;
        Duration = duration;
        IsMilestone = duration == 0;
        Predecessors = predecessors;
        TotalFloat = totalFloat;
        FreeFloat = freeFloat;
        Critical = critical;
        Status = status;
        DrivingPredecessor = drivingPredecessor;
    }

    /// <summary>Zero-based position of the activity in the network.</summary>
    public int Index { get; }

    /// <summary>Activity id.</summary>
    public string Id { get; }

    /// <summary>Activity name, or empty.</summary>
    public string Name { get; }

    /// <summary>Id of the WBS element the activity rolls up to, or empty.</summary>
    public string Wbs { get; }

    /// <summary>Duration in time units.</summary>
    public double Duration { get; }

    /// <summary>True for a zero-duration activity.</summary>
    public bool IsMilestone { get; }

    /// <summary>The predecessor links as text (for example <c>A FS,B SS+2</c>), comma-separated; empty when none.</summary>
    public string Predecessors { get; }

    /// <summary>Early start (calendar mode), else null.</summary>
    public DateTime? EarlyStart { get; private set; }

    /// <summary>Early finish (calendar mode), else null.</summary>
    public DateTime? EarlyFinish { get; private set; }

    /// <summary>Late start (calendar mode), else null.</summary>
    public DateTime? LateStart { get; private set; }

    /// <summary>Late finish (calendar mode), else null.</summary>
    public DateTime? LateFinish { get; private set; }

    /// <summary>Early start in time units from the project start (plain-number mode), else null.</summary>
    public double? EarlyStartUnits { get; private set; }

    /// <summary>Early finish in time units (plain-number mode), else null.</summary>
    public double? EarlyFinishUnits { get; private set; }

    /// <summary>Late start in time units (plain-number mode), else null.</summary>
    public double? LateStartUnits { get; private set; }

    /// <summary>Late finish in time units (plain-number mode), else null.</summary>
    public double? LateFinishUnits { get; private set; }

    /// <summary>Total float in time units (negative when a constraint or deadline cannot be met).</summary>
    public double TotalFloat { get; }

    /// <summary>Free float in time units.</summary>
    public double FreeFloat { get; }

    /// <summary>True for a critical activity.</summary>
    public bool Critical { get; }

    /// <summary><c>NotStarted</c>, <c>InProgress</c> or <c>Complete</c>.</summary>
    public string Status { get; }

    /// <summary>The predecessor that drove the early start, or empty.</summary>
    public string DrivingPredecessor { get; }

    /// <summary>One row per activity of a plain-number schedule, in network order.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public static IReadOnlyList<ScheduleRow> From(Schedule<double> schedule)
    {
        Utility.Preconditions.CheckNotNull(schedule, nameof(schedule));
        var rows = new ScheduleRow[schedule.Activities.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            ActivitySchedule<double> a = schedule.Activities[i];
            rows[i] = new ScheduleRow(i, a.Activity, a.TotalFloat, a.FreeFloat, a.Critical, a.Status, a.DrivingPredecessorId)
            {
                EarlyStartUnits = a.EarlyStart,
                EarlyFinishUnits = a.EarlyFinish,
                LateStartUnits = a.LateStart,
                LateFinishUnits = a.LateFinish,
            };
        }

        return rows;
    }

    /// <summary>One row per activity of a calendar-mode schedule, in network order.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public static IReadOnlyList<ScheduleRow> From(Schedule<LocalDateTime> schedule)
    {
        Utility.Preconditions.CheckNotNull(schedule, nameof(schedule));
        var rows = new ScheduleRow[schedule.Activities.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            ActivitySchedule<LocalDateTime> a = schedule.Activities[i];
            rows[i] = new ScheduleRow(i, a.Activity, a.TotalFloat, a.FreeFloat, a.Critical, a.Status, a.DrivingPredecessorId)
            {
                EarlyStart = a.EarlyStart.ToDateTimeUnspecified(),
                EarlyFinish = a.EarlyFinish.ToDateTimeUnspecified(),
                LateStart = a.LateStart.ToDateTimeUnspecified(),
                LateFinish = a.LateFinish.ToDateTimeUnspecified(),
            };
        }

        return rows;
    }

    /// <summary>Rows of a schedule of either kind (used by <see cref="Schedule{TTime}.ToDump"/>).</summary>
    internal static IReadOnlyList<ScheduleRow> FromAny<TTime>(Schedule<TTime> schedule)
        where TTime : struct => schedule switch
        {
            Schedule<double> plain => From(plain),
            Schedule<LocalDateTime> dated => From(dated),
            _ => throw new NotSupportedException($"Schedules with time type {typeof(TTime).Name} have no report rows."),
        };

    /// <summary>Id, early dates and total float.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Id}: ES {(object?)EarlyStart ?? EarlyStartUnits} EF {(object?)EarlyFinish ?? EarlyFinishUnits} TF {TotalFloat}{(Critical ? " critical" : string.Empty)}");
}
