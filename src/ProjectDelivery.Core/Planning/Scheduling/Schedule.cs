using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>
/// The result of critical-path scheduling: dates and floats of every activity, the project finish,
/// the critical path(s) and WBS roll-ups.
/// </summary>
/// <typeparam name="TTime"><see cref="double"/> time units in plain-number mode, <see cref="NodaTime.LocalDateTime"/> in calendar mode.</typeparam>
/// <remarks>Immutable.</remarks>
public sealed class Schedule<TTime>
    where TTime : struct
{
    private readonly Dictionary<string, int> _indexById;

    internal Schedule(ProjectNetwork network, ActivitySchedule<TTime>[] activities, TTime projectStart, TTime projectFinish,
        IReadOnlyList<IReadOnlyList<string>> criticalPaths, bool criticalPathsTruncated, WbsSummary<TTime>[] wbs)
    {
        Network = network;
        Activities = new ReadOnlyCollection<ActivitySchedule<TTime>>(activities);
        ProjectStart = projectStart;
        ProjectFinish = projectFinish;
        CriticalPaths = criticalPaths;
        CriticalPathsTruncated = criticalPathsTruncated;
        WbsSummaries = new ReadOnlyCollection<WbsSummary<TTime>>(wbs);
        _indexById = new Dictionary<string, int>(activities.Length, StringComparer.Ordinal);
        for (int i = 0; i < activities.Length; i++)
        {
            _indexById[activities[i].Id] = i;
        }
    }

    /// <summary>The network that was scheduled.</summary>
    public ProjectNetwork Network { get; }

    /// <summary>Scheduled activities, in the network's order.</summary>
    public IReadOnlyList<ActivitySchedule<TTime>> Activities { get; }

    /// <summary>Project start (0, or the first working moment at or after the given start).</summary>
    public TTime ProjectStart { get; }

    /// <summary>Project finish: the latest early finish.</summary>
    public TTime ProjectFinish { get; }

    /// <summary>
    /// Critical paths: chains of critical activities joined by driving links (links with no slack), each
    /// from an activity with no such predecessor to one with no such successor, in order.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> CriticalPaths { get; }

    /// <summary>True when more critical paths exist than the options allowed to list.</summary>
    public bool CriticalPathsTruncated { get; }

    /// <summary>WBS roll-ups, in the network's element order.</summary>
    public IReadOnlyList<WbsSummary<TTime>> WbsSummaries { get; }

    /// <summary>Critical activities, in network order.</summary>
    public IEnumerable<ActivitySchedule<TTime>> CriticalActivities => Activities.Where(a => a.Critical);

    /// <summary>The schedule of one activity.</summary>
    /// <param name="id">Activity id.</param>
    /// <returns>Its dates and floats.</returns>
    /// <exception cref="KeyNotFoundException">No such activity.</exception>
    public ActivitySchedule<TTime> this[string id] =>
        _indexById.TryGetValue(id, out int index) ? Activities[index] : throw new KeyNotFoundException($"No activity with id '{id}'.");

    /// <summary>
    /// One flat <see cref="Reporting.ScheduleRow"/> per activity, so that LINQPad (which calls <c>ToDump</c> by
    /// convention) shows the schedule as a table; also a ready report dataset.
    /// </summary>
    /// <returns>An <see cref="IReadOnlyList{T}"/> of <see cref="Reporting.ScheduleRow"/>.</returns>
    public object ToDump() => Reporting.ScheduleRow.FromAny(this);

    /// <summary>Activities that are not complete and whose total float is at most <paramref name="threshold"/> time units, by ascending float.</summary>
    /// <param name="threshold">Float threshold (e.g. 5 working days).</param>
    /// <returns>The near-critical activities (critical ones included).</returns>
    public IReadOnlyList<ActivitySchedule<TTime>> NearCritical(double threshold) =>
        Activities.Where(a => a.Status != ActivityStatus.Complete && a.TotalFloat <= threshold).OrderBy(a => a.TotalFloat).ToList();
}
