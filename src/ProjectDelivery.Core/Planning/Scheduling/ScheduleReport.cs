using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using NodaTime;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>
/// The printable result of a schedule: project dates, one row per activity, the critical paths, the near-critical activities
/// and the WBS roll-ups. Its JSON is the output of <c>schedule --json</c> (docs/formats.md, "Schedule", "Output").
/// </summary>
/// <remarks>
/// Times are <see cref="ScheduleMoment"/>s: numbers in plain mode, local date-times in calendar mode, the latter to the second (as
/// printed). Build it with <see cref="FromSchedule(Schedule{double}, double)"/>; a plain data object otherwise (reads back from JSON).
/// </remarks>
public sealed class ScheduleReport
{
    /// <summary>Project start.</summary>
    public ScheduleMoment ProjectStart { get; init; }

    /// <summary>Project finish.</summary>
    public ScheduleMoment ProjectFinish { get; init; }

    /// <summary>One row per activity, in network order.</summary>
    public IReadOnlyList<ScheduleReportActivity> Activities { get; init; } = Array.Empty<ScheduleReportActivity>();

    /// <summary>The critical paths, each a list of activity ids from start to finish.</summary>
    public IReadOnlyList<IReadOnlyList<string>> CriticalPaths { get; init; } = Array.Empty<IReadOnlyList<string>>();

    /// <summary>Ids of the activities with total float at most the near-critical threshold; null when no threshold was given.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? NearCritical { get; init; }

    /// <summary>WBS roll-ups.</summary>
    public IReadOnlyList<ScheduleReportWbs> Wbs { get; init; } = Array.Empty<ScheduleReportWbs>();

    /// <summary>The report of a plain-number schedule.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="nearCriticalThreshold">List activities with float at most this (0 for no list).</param>
    /// <returns>The report.</returns>
    public static ScheduleReport FromSchedule(Schedule<double> schedule, double nearCriticalThreshold) =>
        Build(schedule, nearCriticalThreshold, ScheduleMoment.FromUnits, a => a.TotalFloat);

    /// <summary>The report of a calendar schedule (times truncated to the second).</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="nearCriticalThreshold">List activities with float at most this (0 for no list).</param>
    /// <param name="totalFloat">The total float to report per activity (null: the engine's; imported files may ask for their own float type).</param>
    /// <returns>The report.</returns>
    public static ScheduleReport FromSchedule(Schedule<LocalDateTime> schedule, double nearCriticalThreshold, Func<ActivitySchedule<LocalDateTime>, double>? totalFloat) =>
        Build(schedule, nearCriticalThreshold, t => ScheduleMoment.FromDate(t.With(TimeAdjusters.TruncateToSecond)), totalFloat ?? (a => a.TotalFloat));

    private static ScheduleReport Build<TTime>(Schedule<TTime> schedule, double nearCriticalThreshold, Func<TTime, ScheduleMoment> time, Func<ActivitySchedule<TTime>, double> totalFloat)
        where TTime : struct
    {
        if (schedule is null)
        {
            throw new ArgumentNullException(nameof(schedule));
        }

        return new ScheduleReport
        {
            ProjectStart = time(schedule.ProjectStart),
            ProjectFinish = time(schedule.ProjectFinish),
            Activities = schedule.Activities.Select(a => new ScheduleReportActivity
            {
                Id = a.Id,
                Name = a.Activity.Name,
                Duration = a.Activity.Duration,
                EarlyStart = time(a.EarlyStart),
                EarlyFinish = time(a.EarlyFinish),
                LateStart = time(a.LateStart),
                LateFinish = time(a.LateFinish),
                TotalFloat = totalFloat(a),
                FreeFloat = a.FreeFloat,
                Critical = a.Critical,
                DrivingPredecessor = a.DrivingPredecessorId,
                Status = a.Status,
            }).ToArray(),
            CriticalPaths = schedule.CriticalPaths.Select(p => (IReadOnlyList<string>)p.ToArray()).ToArray(),
            NearCritical = nearCriticalThreshold > 0 ? schedule.NearCritical(nearCriticalThreshold).Select(a => a.Id).ToArray() : null,
            Wbs = schedule.WbsSummaries.Select(w => w.ActivityCount > 0
                ? new ScheduleReportWbs
                {
                    Id = w.Id,
                    ActivityCount = w.ActivityCount,
                    EarlyStart = time(w.EarlyStart),
                    EarlyFinish = time(w.EarlyFinish),
                    LateStart = time(w.LateStart),
                    LateFinish = time(w.LateFinish),
                    TotalFloat = w.TotalFloat,
                    Critical = w.Critical,
                }
                : new ScheduleReportWbs { Id = w.Id, ActivityCount = 0 }).ToArray(),
        };
    }
}

/// <summary>One activity of a <see cref="ScheduleReport"/>.</summary>
public sealed class ScheduleReportActivity
{
    /// <summary>Activity id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Activity name, if any.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }

    /// <summary>Planned duration in time units.</summary>
    public double Duration { get; init; }

    /// <summary>Early start.</summary>
    public ScheduleMoment EarlyStart { get; init; }

    /// <summary>Early finish.</summary>
    public ScheduleMoment EarlyFinish { get; init; }

    /// <summary>Late start.</summary>
    public ScheduleMoment LateStart { get; init; }

    /// <summary>Late finish.</summary>
    public ScheduleMoment LateFinish { get; init; }

    /// <summary>Total float in time units.</summary>
    public double TotalFloat { get; init; }

    /// <summary>Free float in time units.</summary>
    public double FreeFloat { get; init; }

    /// <summary>True when critical.</summary>
    public bool Critical { get; init; }

    /// <summary>The predecessor that drives the early start, or null (written as null).</summary>
    public string? DrivingPredecessor { get; init; }

    /// <summary>Progress status: <c>notStarted</c>, <c>inProgress</c> or <c>complete</c> in JSON.</summary>
    public ActivityStatus Status { get; init; }
}

/// <summary>One WBS element of a <see cref="ScheduleReport"/>; the dates, float and flag are absent when it has no activities.</summary>
public sealed class ScheduleReportWbs
{
    /// <summary>WBS element id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Number of activities under it.</summary>
    public int ActivityCount { get; init; }

    /// <summary>Earliest early start.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScheduleMoment? EarlyStart { get; init; }

    /// <summary>Latest early finish.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScheduleMoment? EarlyFinish { get; init; }

    /// <summary>Earliest late start.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScheduleMoment? LateStart { get; init; }

    /// <summary>Latest late finish.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScheduleMoment? LateFinish { get; init; }

    /// <summary>Total float of the roll-up.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? TotalFloat { get; init; }

    /// <summary>True when any activity under it is critical.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Critical { get; init; }
}
