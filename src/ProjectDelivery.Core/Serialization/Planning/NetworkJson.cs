using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Serialization.Planning;

/// <summary>
/// Converters of the network's own types through DTOs: the JSON is the schedule format's activity object (numbers of time
/// units for durations and lags; moments as numbers or dates) and the domain object is built through its public constructor,
/// so its validation runs once and its exception (naming the activity or link) reaches the caller.
/// </summary>
internal static class NetworkJson
{
    internal static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    internal static string Required(string? value, string field) => value ?? throw new JsonException($"missing required field '{field}'");

    internal static DependencyDto ToDto(Dependency d) => new() { Id = d.PredecessorId, Type = d.TypeCode, Lag = d.Lag == 0 ? null : d.Lag };

    internal static Dependency FromDto(DependencyDto d)
    {
        string id = Required(d.Id, "id");
        DependencyType type = DependencyType.FinishToStart;
        if (d.Type is not null)
        {
            try
            {
                type = Dependency.ParseType(d.Type);
            }
            catch (FormatException ex)
            {
                throw new JsonException(ex.Message, ex);
            }
        }

        return new Dependency(id, type, d.Lag ?? 0);
    }

    internal static ConstraintDto ToDto(ActivityConstraint c) => new()
    {
        Type = ScheduleRequestJson.ConstraintCode(c.Type),
        Time = c.IsDated && !c.Moment.IsDate ? c.Moment : null,
        Date = c.IsDated && c.Moment.IsDate ? c.Moment : null,
    };

    internal static ActivityConstraint FromDto(ConstraintDto c)
    {
        ConstraintType type;
        try
        {
            type = ActivityConstraint.ParseType(Required(c.Type, "type"));
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }

        if (type is ConstraintType.AsSoonAsPossible or ConstraintType.AsLateAsPossible)
        {
            return new ActivityConstraint(type);
        }

        ScheduleMoment moment = c.Date ?? c.Time ?? throw new JsonException($"constraint {c.Type} needs a 'time' (plain mode) or 'date' (calendar mode)");
        return new ActivityConstraint(type, moment);
    }

    internal static ActivityDto ToDto(Activity a) => new()
    {
        Id = a.Id,
        Name = a.Name,
        Duration = a.Duration,
        Predecessors = a.Predecessors.Count == 0 ? null : a.Predecessors.Select(ToDto).ToList(),
        Constraint = a.Constraint.Type == ConstraintType.AsSoonAsPossible ? null : ToDto(a.Constraint),
        Calendar = a.Calendar,
        Wbs = a.WbsParent,
        ActualStart = a.Progress?.ActualStart,
        ActualFinish = a.Progress?.ActualFinish,
        Remaining = a.Progress?.ActualFinish is null ? a.Progress?.RemainingDuration : null,
    };

    internal static Activity FromDto(ActivityDto a)
    {
        string id = Required(a.Id, "id");
        double duration = a.Duration ?? throw new JsonException($"activity '{id}': missing required field 'duration'");
        ActivityProgress? progress = a.ActualStart is null && a.ActualFinish is null && a.Remaining is null ? null : new ActivityProgress(a.ActualStart, a.ActualFinish, a.Remaining);
        return new Activity(id, duration, a.Predecessors?.Select(FromDto), a.Name, a.Constraint is null ? default : FromDto(a.Constraint), a.Calendar, a.Wbs, progress);
    }

    internal static NetworkDto ToDto(ProjectNetwork n) => new()
    {
        Deadline = n.Deadline,
        Wbs = n.WbsElements.Count == 0 ? null : n.WbsElements.Select(w => new WbsDto { Id = w.Id, Name = w.Name, Parent = w.ParentId }).ToList(),
        Activities = n.Activities.Select(ToDto).ToList(),
    };

    internal static ProjectNetwork FromDto(NetworkDto n) => ProjectNetwork.Create(
        (n.Activities ?? throw new JsonException("missing required field 'activities'")).Select(FromDto),
        n.Wbs?.Select(w => new WbsElement(Required(w.Id, "id"), w.Name, w.Parent)),
        n.Deadline);
}

/// <summary><see cref="Dependency"/> as <c>{ "id", "type"?, "lag"? }</c>.</summary>
internal sealed class DependencyJsonConverter : DtoJsonConverter<Dependency, DependencyDto>
{
    protected override Dependency FromDto(DependencyDto dto) => NetworkJson.FromDto(dto);

    protected override DependencyDto ToDto(Dependency value) => NetworkJson.ToDto(value);
}

/// <summary><see cref="ActivityConstraint"/> as <c>{ "type", "time" | "date" }</c>.</summary>
internal sealed class ActivityConstraintJsonConverter : DtoJsonConverter<ActivityConstraint, ConstraintDto>
{
    protected override ActivityConstraint FromDto(ConstraintDto dto) => NetworkJson.FromDto(dto);

    protected override ConstraintDto ToDto(ActivityConstraint value) => NetworkJson.ToDto(value);
}

/// <summary><see cref="Activity"/> as the schedule format's activity object (durations and lags in time units).</summary>
internal sealed class ActivityJsonConverter : DtoJsonConverter<Activity, ActivityDto>
{
    protected override Activity FromDto(ActivityDto dto) => NetworkJson.FromDto(dto);

    protected override ActivityDto ToDto(Activity value) => NetworkJson.ToDto(value);
}

/// <summary><see cref="ProjectNetwork"/> as <c>{ "deadline"?, "wbs"?, "activities" }</c>.</summary>
internal sealed class ProjectNetworkJsonConverter : DtoJsonConverter<ProjectNetwork, NetworkDto>
{
    protected override ProjectNetwork FromDto(NetworkDto dto) => NetworkJson.FromDto(dto);

    protected override NetworkDto ToDto(ProjectNetwork value) => NetworkJson.ToDto(value);
}

/// <summary>A precedence link.</summary>
internal sealed class DependencyDto
{
    public string? Id { get; set; }

    public string? Type { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Lag { get; set; }
}

/// <summary>A constraint.</summary>
internal sealed class ConstraintDto
{
    public string? Type { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScheduleMoment? Time { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScheduleMoment? Date { get; set; }
}

/// <summary>A WBS element.</summary>
internal sealed class WbsDto
{
    public string? Id { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Parent { get; set; }
}

/// <summary>An activity.</summary>
internal sealed class ActivityDto
{
    public string? Id { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }

    public double? Duration { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<DependencyDto>? Predecessors { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ConstraintDto? Constraint { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public WorkingCalendar? Calendar { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Wbs { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScheduleMoment? ActualStart { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScheduleMoment? ActualFinish { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Remaining { get; set; }
}

/// <summary>A network.</summary>
internal sealed class NetworkDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScheduleMoment? Deadline { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<WbsDto>? Wbs { get; set; }

    public List<ActivityDto>? Activities { get; set; }
}
