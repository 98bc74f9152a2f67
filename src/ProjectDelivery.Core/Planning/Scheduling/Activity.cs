using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using ProjectDelivery.Calendars;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>
/// An activity of a project network: id, duration in time units, its predecessors, an optional date
/// constraint, calendar, WBS parent and progress. A zero duration makes it a milestone.
/// </summary>
/// <remarks>Immutable; <c>With…</c> methods return changed copies.</remarks>
public sealed class Activity
{
    private static readonly ReadOnlyCollection<Dependency> NoDependencies = new(Array.Empty<Dependency>());

    /// <summary>Creates an activity.</summary>
    /// <param name="id">Unique, non-empty id.</param>
    /// <param name="duration">Duration in time units (plain numbers, or working days/units in calendar mode); ≥ 0 and finite.</param>
    /// <param name="predecessors">Links from predecessors (null for none).</param>
    /// <param name="name">Optional descriptive name.</param>
    /// <param name="constraint">Optional date constraint.</param>
    /// <param name="calendar">Optional calendar (calendar mode); the project calendar when null.</param>
    /// <param name="wbsParent">Optional id of the WBS element the activity rolls up to.</param>
    /// <param name="progress">Optional progress (actual dates, remaining duration).</param>
    /// <exception cref="ArgumentException">Empty id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Negative, NaN or infinite duration (the message names the activity).</exception>
    public Activity(
        string id,
        double duration,
        IEnumerable<Dependency>? predecessors = null,
        string? name = null,
        ActivityConstraint constraint = default,
        WorkingCalendar? calendar = null,
        string? wbsParent = null,
        ActivityProgress? progress = null)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        Preconditions.CheckArgument(id.Length > 0, nameof(id), "An activity id must not be empty.");
        if (double.IsNaN(duration) || double.IsInfinity(duration) || duration < 0 || duration > 1e12)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, $"Activity '{id}': duration must be a finite number ≥ 0.");
        }

        Id = id;
        Duration = duration;
        Name = name;
        Constraint = constraint;
        Calendar = calendar;
        WbsParent = string.IsNullOrEmpty(wbsParent) ? null : wbsParent;
        Progress = progress;
        Dependency[] links = predecessors?.ToArray() ?? Array.Empty<Dependency>();
        foreach (Dependency link in links)
        {
            if (link is null)
            {
                throw new ArgumentException($"Activity '{id}' has a null predecessor link.", nameof(predecessors));
            }
        }

        Predecessors = links.Length == 0 ? NoDependencies : new ReadOnlyCollection<Dependency>(links);
    }

    /// <summary>Unique id.</summary>
    public string Id { get; }

    /// <summary>Optional name.</summary>
    public string? Name { get; }

    /// <summary>Duration in time units.</summary>
    public double Duration { get; }

    /// <summary>True when the duration is zero.</summary>
    public bool IsMilestone => Duration == 0;

    /// <summary>Links from predecessors.</summary>
    public IReadOnlyList<Dependency> Predecessors { get; }

    /// <summary>Date constraint (as soon as possible when none).</summary>
    public ActivityConstraint Constraint { get; }

    /// <summary>Activity calendar, or null for the project calendar.</summary>
    public WorkingCalendar? Calendar { get; }

    /// <summary>Id of the WBS element this activity rolls up to, or null.</summary>
    public string? WbsParent { get; }

    /// <summary>Reported progress, or null when none.</summary>
    public ActivityProgress? Progress { get; }

    /// <summary>A copy with another duration.</summary>
    /// <param name="duration">The new duration.</param>
    /// <returns>The changed activity.</returns>
    public Activity WithDuration(double duration) => new(Id, duration, Predecessors, Name, Constraint, Calendar, WbsParent, Progress);

    /// <summary>A copy with other predecessors.</summary>
    /// <param name="predecessors">The new links.</param>
    /// <returns>The changed activity.</returns>
    public Activity WithPredecessors(IEnumerable<Dependency> predecessors) => new(Id, Duration, predecessors, Name, Constraint, Calendar, WbsParent, Progress);

    /// <summary>A copy with another constraint.</summary>
    /// <param name="constraint">The new constraint.</param>
    /// <returns>The changed activity.</returns>
    public Activity WithConstraint(ActivityConstraint constraint) => new(Id, Duration, Predecessors, Name, constraint, Calendar, WbsParent, Progress);

    /// <summary>A copy with other progress.</summary>
    /// <param name="progress">The new progress, or null to clear it.</param>
    /// <returns>The changed activity.</returns>
    public Activity WithProgress(ActivityProgress? progress) => new(Id, Duration, Predecessors, Name, Constraint, Calendar, WbsParent, progress);

    /// <summary>A copy on another calendar.</summary>
    /// <param name="calendar">The calendar, or null for the project calendar.</param>
    /// <returns>The changed activity.</returns>
    public Activity WithCalendar(WorkingCalendar? calendar) => new(Id, Duration, Predecessors, Name, Constraint, calendar, WbsParent, Progress);

    /// <summary>The id and duration.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => $"{Id} ({Duration.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}
