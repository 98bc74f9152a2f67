using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>
/// An activity network: activities with their precedence links and constraints, optional WBS elements
/// and an optional project deadline. Validated once when built (unique ids, known predecessors, no
/// duplicate links, no cycles, a well-formed WBS) and immutable afterwards.
/// </summary>
/// <remarks>
/// The network is mode-agnostic: durations and lags are numbers of time units. Schedule it in plain-number
/// mode with <see cref="CriticalPathScheduler.Schedule(ProjectNetwork, ScheduleOptions?)"/> or on calendars
/// with <see cref="CriticalPathScheduler.Schedule(ProjectNetwork, CalendarScheduleOptions)"/>. For repeated
/// passes with varying durations (Monte Carlo) use <see cref="Compiled"/>.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ProjectDelivery.Serialization.Planning.ProjectNetworkJsonConverter))]
public sealed class ProjectNetwork
{
    private readonly Dictionary<string, int> _indexById;

    private ProjectNetwork(Activity[] activities, Dictionary<string, int> indexById, WbsElement[] wbs, ScheduleMoment? deadline)
    {
        Activities = new ReadOnlyCollection<Activity>(activities);
        _indexById = indexById;
        WbsElements = new ReadOnlyCollection<WbsElement>(wbs);
        Deadline = deadline;
        Compiled = CompiledNetwork.Build(this, activities, indexById);
    }

    /// <summary>The activities in the order given.</summary>
    public IReadOnlyList<Activity> Activities { get; }

    /// <summary>WBS summary elements (declared, or implied by activities' WBS parents when none are declared).</summary>
    public IReadOnlyList<WbsElement> WbsElements { get; }

    /// <summary>Optional project deadline: late dates are computed back from it instead of from the early finish.</summary>
    public ScheduleMoment? Deadline { get; }

    /// <summary>The network compiled to arrays in topological order, for fast repeated passes.</summary>
    public CompiledNetwork Compiled { get; }

    /// <summary>Number of activities.</summary>
    public int Count => Activities.Count;

    /// <summary>The activity with the given id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The activity.</returns>
    /// <exception cref="KeyNotFoundException">No such activity.</exception>
    public Activity this[string id] =>
        _indexById.TryGetValue(id, out int index) ? Activities[index] : throw new KeyNotFoundException($"No activity with id '{id}'.");

    /// <summary>True when an activity has this id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>Whether it exists.</returns>
    public bool Contains(string id) => _indexById.ContainsKey(id);

    /// <summary>Position of the activity in <see cref="Activities"/>, or -1.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index or -1.</returns>
    public int IndexOf(string id) => _indexById.TryGetValue(id, out int index) ? index : -1;

    /// <summary>Builds and validates a network.</summary>
    /// <param name="activities">The activities.</param>
    /// <param name="wbsElements">Optional WBS elements; when null, each distinct WBS parent of an activity becomes a top-level element.</param>
    /// <param name="deadline">Optional project deadline.</param>
    /// <returns>The network.</returns>
    /// <exception cref="ArgumentException">Duplicate or unknown ids, duplicate links, a malformed WBS (messages name the items).</exception>
    /// <exception cref="ScheduleCycleException">The links form a cycle (its ids in order).</exception>
    public static ProjectNetwork Create(IEnumerable<Activity> activities, IEnumerable<WbsElement>? wbsElements = null, ScheduleMoment? deadline = null)
    {
        Preconditions.CheckNotNull(activities, nameof(activities));
        Activity[] list = activities.ToArray();
        var indexById = new Dictionary<string, int>(list.Length, StringComparer.Ordinal);
        for (int i = 0; i < list.Length; i++)
        {
            Activity a = list[i] ?? throw new ArgumentException($"Activity at position {i} is null.", nameof(activities));
            if (indexById.ContainsKey(a.Id))
            {
                throw new ArgumentException($"Duplicate activity id '{a.Id}' (positions {indexById[a.Id]} and {i}).", nameof(activities));
            }

            indexById.Add(a.Id, i);
        }

        WbsElement[] wbs = ValidateWbs(list, indexById, wbsElements);
        return new ProjectNetwork(list, indexById, wbs, deadline);
    }

    /// <summary>A copy with one activity added or replaced (by id).</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The new network; this one is unchanged.</returns>
    public ProjectNetwork WithActivity(Activity activity)
    {
        Preconditions.CheckNotNull(activity, nameof(activity));
        var list = Activities.ToList();
        int index = IndexOf(activity.Id);
        if (index >= 0)
        {
            list[index] = activity;
        }
        else
        {
            list.Add(activity);
        }

        return Create(list, DeclaredWbs(), Deadline);
    }

    /// <summary>A copy without the given activity; links to it from other activities are removed too.</summary>
    /// <param name="id">Id of the activity to remove.</param>
    /// <returns>The new network.</returns>
    /// <exception cref="KeyNotFoundException">No such activity.</exception>
    public ProjectNetwork WithoutActivity(string id)
    {
        _ = this[id];
        var list = Activities
            .Where(a => a.Id != id)
            .Select(a => a.Predecessors.Any(p => p.PredecessorId == id) ? a.WithPredecessors(a.Predecessors.Where(p => p.PredecessorId != id)) : a)
            .ToList();
        return Create(list, DeclaredWbs(), Deadline);
    }

    /// <summary>A copy with another deadline.</summary>
    /// <param name="deadline">The deadline, or null for none.</param>
    /// <returns>The new network.</returns>
    public ProjectNetwork WithDeadline(ScheduleMoment? deadline) => new(Activities.ToArray(), _indexById, WbsElements.ToArray(), deadline);

    private IEnumerable<WbsElement>? DeclaredWbs() => WbsElements.Count == 0 ? null : WbsElements;

    private static WbsElement[] ValidateWbs(Activity[] activities, Dictionary<string, int> indexById, IEnumerable<WbsElement>? declared)
    {
        if (declared is null)
        {
            return activities.Where(a => a.WbsParent is not null).Select(a => a.WbsParent!).Distinct(StringComparer.Ordinal)
                .Select(id => new WbsElement(id)).ToArray();
        }

        WbsElement[] elements = declared.ToArray();
        var byId = new Dictionary<string, WbsElement>(StringComparer.Ordinal);
        foreach (WbsElement element in elements)
        {
            Preconditions.CheckArgument(element is not null, nameof(declared), "A WBS element is null.");
            if (byId.ContainsKey(element!.Id))
            {
                throw new ArgumentException($"Duplicate WBS element id '{element.Id}'.", nameof(declared));
            }

            if (indexById.ContainsKey(element.Id))
            {
                throw new ArgumentException($"WBS element id '{element.Id}' is also an activity id.", nameof(declared));
            }

            byId.Add(element.Id, element);
        }

        foreach (WbsElement element in elements)
        {
            var seen = new List<string> { element.Id };
            string? parent = element.ParentId;
            while (parent is not null)
            {
                if (!byId.TryGetValue(parent, out WbsElement? p))
                {
                    throw new ArgumentException($"WBS element '{element.Id}' has unknown parent '{parent}'.", nameof(declared));
                }

                if (seen.Contains(parent))
                {
                    seen.Add(parent);
                    throw new ArgumentException("WBS elements form a cycle: " + string.Join(" -> ", seen) + ".", nameof(declared));
                }

                seen.Add(parent);
                parent = p.ParentId;
            }
        }

        foreach (Activity a in activities)
        {
            if (a.WbsParent is not null && !byId.ContainsKey(a.WbsParent))
            {
                throw new ArgumentException($"Activity '{a.Id}' has unknown WBS parent '{a.WbsParent}'.", nameof(declared));
            }
        }

        return elements;
    }
}
