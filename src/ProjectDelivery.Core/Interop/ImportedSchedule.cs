using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Interop;

/// <summary>Which tool's file an <see cref="ImportedSchedule"/> came from.</summary>
public enum ScheduleFileFormat
{
    /// <summary>Microsoft Project XML (MSPDI).</summary>
    MsProjectXml = 0,

    /// <summary>Oracle Primavera P6 XER.</summary>
    PrimaveraXer = 1,
}

/// <summary>How a file says total float is computed (P6 "compute total float as").</summary>
public enum TotalFloatType
{
    /// <summary>Late finish − early finish (MS Project; P6 "finish float"; what <see cref="CriticalPathScheduler"/> reports).</summary>
    FinishFloat = 0,

    /// <summary>Late start − early start.</summary>
    StartFloat = 1,

    /// <summary>The smaller of start and finish float.</summary>
    Smallest = 2,
}

/// <summary>
/// A project read from a schedule file: the activity network ready for <see cref="CriticalPathScheduler"/>, its
/// calendars, project start and status date, the file's scheduling options, and what the file says beyond the
/// network (stored dates and floats, baselines, resources and assignments). Immutable.
/// </summary>
/// <remarks>
/// Activity ids are MSPDI task UIDs or XER <c>task_code</c>s; summary tasks / WBS nodes become
/// <see cref="WbsElement"/>s. Durations, lags and floats are in <see cref="TimeUnit"/> of working time
/// (one minute for MSPDI, one hour for XER). <see cref="CreateOptions"/> gives the calendar scheduling options
/// that reproduce the file's settings as far as the engine supports them (docs/interop.md).
/// </remarks>
public sealed class ImportedSchedule
{
    private readonly Dictionary<string, ImportedTask> _tasks;
    private readonly IReadOnlyDictionary<string, WorkingCalendar> _calendars = new ReadOnlyDictionary<string, WorkingCalendar>(new Dictionary<string, WorkingCalendar>());
    private readonly IReadOnlyList<ImportedResource> _resources = Array.Empty<ImportedResource>();
    private readonly IReadOnlyList<ImportedAssignment> _assignments = Array.Empty<ImportedAssignment>();

    /// <summary>Creates an imported schedule.</summary>
    /// <param name="format">The file format it came from (or is meant for).</param>
    /// <param name="network">The activity network.</param>
    /// <param name="calendar">The project calendar.</param>
    /// <param name="projectStart">The project start.</param>
    /// <param name="timeUnit">The working-time unit of durations, lags and floats.</param>
    /// <param name="tasks">Per-activity file data; activities without an entry get an empty one.</param>
    /// <exception cref="ArgumentException">A task names an activity the network does not contain, or appears twice; or the time unit is not positive.</exception>
    public ImportedSchedule(ScheduleFileFormat format, ProjectNetwork network, WorkingCalendar calendar, LocalDateTime projectStart, Duration timeUnit, IEnumerable<ImportedTask>? tasks = null)
    {
        Network = Preconditions.CheckNotNull(network, nameof(network));
        Calendar = Preconditions.CheckNotNull(calendar, nameof(calendar));
        Preconditions.CheckArgument(timeUnit > Duration.Zero, nameof(timeUnit), $"The time unit must be positive, got {timeUnit}.");
        Format = format;
        ProjectStart = projectStart;
        TimeUnit = timeUnit;
        _tasks = new Dictionary<string, ImportedTask>(StringComparer.Ordinal);
        foreach (ImportedTask task in tasks ?? Array.Empty<ImportedTask>())
        {
            Preconditions.CheckArgument(task is not null, nameof(tasks), "A task entry is null.");
            Preconditions.CheckArgument(network.Contains(task!.Id), nameof(tasks), $"Task '{task.Id}' is not an activity of the network.");
            Preconditions.CheckArgument(!_tasks.ContainsKey(task.Id), nameof(tasks), $"Task '{task.Id}' is listed twice.");
            _tasks.Add(task.Id, task);
        }

        Tasks = new ReadOnlyCollection<ImportedTask>(network.Activities.Select(a => this[a.Id]).ToArray());
    }

    /// <summary>Gets the file format.</summary>
    public ScheduleFileFormat Format { get; }

    /// <summary>Gets the project name, if the file gives one.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the activity network.</summary>
    public ProjectNetwork Network { get; }

    /// <summary>Gets the project calendar.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>Gets every calendar of the file by its id in the file (MSPDI calendar UID, XER clndr_id).</summary>
    public IReadOnlyDictionary<string, WorkingCalendar> Calendars
    {
        get => _calendars;
        init => _calendars = new ReadOnlyDictionary<string, WorkingCalendar>(new Dictionary<string, WorkingCalendar>(Preconditions.CheckNotNull(value, nameof(Calendars)).ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal));
    }

    /// <summary>Gets the project start.</summary>
    public LocalDateTime ProjectStart { get; }

    /// <summary>Gets the status (data) date, or null when the file has none.</summary>
    public LocalDateTime? StatusDate { get; init; }

    /// <summary>Gets how progress out of sequence is scheduled.</summary>
    public ProgressMode ProgressMode { get; init; } = ProgressMode.RetainedLogic;

    /// <summary>Gets the calendar the file says lags are counted on; <see cref="CreateOptions"/> passes it to the engine.</summary>
    public LagCalendar LagCalendar { get; init; } = LagCalendar.Successor;

    /// <summary>Gets how the file says total float is computed (the engine reports finish float; see docs/interop.md).</summary>
    public TotalFloatType TotalFloatType { get; init; } = TotalFloatType.FinishFloat;

    /// <summary>Gets the working-time unit of durations, lags and floats.</summary>
    public Duration TimeUnit { get; }

    /// <summary>Gets the file data of every activity, in network order.</summary>
    public IReadOnlyList<ImportedTask> Tasks { get; }

    /// <summary>Gets the resources.</summary>
    public IReadOnlyList<ImportedResource> Resources
    {
        get => _resources;
        init => _resources = new ReadOnlyCollection<ImportedResource>(Preconditions.CheckNotNull(value, nameof(Resources)).ToArray());
    }

    /// <summary>Gets the resource assignments.</summary>
    public IReadOnlyList<ImportedAssignment> Assignments
    {
        get => _assignments;
        init => _assignments = new ReadOnlyCollection<ImportedAssignment>(Preconditions.CheckNotNull(value, nameof(Assignments)).ToArray());
    }

    /// <summary>Gets the file data of an activity (an empty record when the file had none).</summary>
    /// <param name="id">The activity id.</param>
    /// <exception cref="KeyNotFoundException">No activity has that id.</exception>
    public ImportedTask this[string id] =>
        _tasks.TryGetValue(id, out ImportedTask? task) ? task
        : Network.Contains(id) ? new ImportedTask(id)
        : throw new KeyNotFoundException($"No activity with id '{id}'.");

    /// <summary>Creates the calendar scheduling options for this project: start, calendar, time unit, status date, progress mode and lag calendar.</summary>
    /// <remarks>
    /// Without a <see cref="StatusDate"/> (an MS Project file with progress but no <c>StatusDate</c>) progress is scheduled
    /// from the actual dates (<see cref="ProgressWithoutStatusDate.ContinueFromActualStart"/>), as MS Project does.
    /// </remarks>
    /// <returns>Options for <see cref="CriticalPathScheduler.Schedule(ProjectNetwork, CalendarScheduleOptions)"/>.</returns>
    public CalendarScheduleOptions CreateOptions() => new(ProjectStart, Calendar)
    {
        TimeUnit = TimeUnit,
        StatusDate = StatusDate is { } status ? ScheduleMoment.FromDate(status) : null,
        ProgressMode = ProgressMode,
        ProgressWithoutStatusDate = StatusDate is null ? ProgressWithoutStatusDate.ContinueFromActualStart : ProgressWithoutStatusDate.Refuse,
        LagCalendar = LagCalendar,
    };

    /// <summary>
    /// Total float of a scheduled activity computed the way the file asks (<see cref="TotalFloatType"/>): finish float
    /// (the engine's <see cref="ActivitySchedule{TTime}.TotalFloat"/>), start float (working time from early to late
    /// start on the activity's calendar) or the smaller of the two; in <see cref="TimeUnit"/>s.
    /// </summary>
    /// <param name="activity">An activity of a schedule of this project's network.</param>
    /// <returns>The total float.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    public double TotalFloatAsFile(ActivitySchedule<LocalDateTime> activity)
    {
        Preconditions.CheckNotNull(activity, nameof(activity));
        if (TotalFloatType == TotalFloatType.FinishFloat || activity.Status == ActivityStatus.Complete)
        {
            return activity.TotalFloat;
        }

        WorkingCalendar calendar = activity.Activity.Calendar ?? Calendar;
        Duration between = activity.LateStart >= activity.EarlyStart
            ? calendar.WorkingTimeBetween(activity.EarlyStart, activity.LateStart)
            : -calendar.WorkingTimeBetween(activity.LateStart, activity.EarlyStart);
        double startFloat = between.BclCompatibleTicks / (double)TimeUnit.BclCompatibleTicks;
        return TotalFloatType == TotalFloatType.StartFloat ? startFloat : Math.Min(startFloat, activity.TotalFloat);
    }

    /// <summary>Schedules the network with <see cref="CreateOptions"/>.</summary>
    /// <returns>The schedule.</returns>
    public Schedule<LocalDateTime> Schedule() => CriticalPathScheduler.Schedule(Network, CreateOptions());
}
