using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Interop;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Serialization.Interop;

/// <summary>
/// JSON of <see cref="ImportedSchedule"/>: <c>{ "format", "name"?, "network", "calendar", "calendars"?: { id: calendar },
/// "projectStart", "statusDate"?, "progressMode"?, "lagCalendar"?, "totalFloatType"?, "timeUnit", "tasks"?, "resources"?,
/// "assignments"? }</c>. The network and calendars are the planning contract's objects; options at their default are omitted.
/// </summary>
internal sealed class ImportedScheduleDto
{
    [JsonRequired]
    public ScheduleFileFormat Format { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }

    [JsonRequired]
    [JsonConverter(typeof(NestedPathJsonConverter<ProjectNetwork>))]
    public ProjectNetwork Network { get; set; } = null!;

    [JsonRequired]
    [JsonConverter(typeof(NestedPathJsonConverter<WorkingCalendar>))]
    public WorkingCalendar Calendar { get; set; } = null!;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NestedPathDictionaryJsonConverter<WorkingCalendar>))]
    public Dictionary<string, WorkingCalendar?>? Calendars { get; set; }

    [JsonRequired]
    public LocalDateTime ProjectStart { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDateTime? StatusDate { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(CamelCaseEnumJsonConverter<ProgressMode>))]
    public ProgressMode? ProgressMode { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(CamelCaseEnumJsonConverter<LagCalendar>))]
    public LagCalendar? LagCalendar { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TotalFloatType? TotalFloatType { get; set; }

    [JsonRequired]
    public Duration TimeUnit { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ImportedTask?>? Tasks { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ImportedResource?>? Resources { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ImportedAssignment?>? Assignments { get; set; }
}

/// <summary>
/// Maps <see cref="ImportedSchedule"/> to and from <see cref="ImportedScheduleDto"/>; the schedule is built by its public
/// constructor and <c>init</c> properties, whose <see cref="System.ArgumentException"/> names the task.
/// </summary>
internal sealed class ImportedScheduleJsonConverter : ItemDtoJsonConverter<ImportedSchedule, ImportedScheduleDto>
{
    protected override ImportedSchedule FromDto(ImportedScheduleDto dto)
    {
        ProjectNetwork network = dto.Network ?? throw new JsonException("$.network: a network object is required, got null.");
        WorkingCalendar calendar = dto.Calendar ?? throw new JsonException("$.calendar: a calendar object is required, got null.");
        var calendars = new Dictionary<string, WorkingCalendar>();
        foreach (KeyValuePair<string, WorkingCalendar?> pair in dto.Calendars ?? new Dictionary<string, WorkingCalendar?>())
        {
            calendars.Add(pair.Key, pair.Value ?? throw new JsonException($"$.calendars{ItemPath.Segment(pair.Key)}: calendar '{pair.Key}' is null."));
        }

        return new ImportedSchedule(dto.Format, network, calendar, dto.ProjectStart, dto.TimeUnit, NotNull(dto.Tasks, "tasks"))
        {
            Name = dto.Name,
            Calendars = calendars,
            StatusDate = dto.StatusDate,
            ProgressMode = dto.ProgressMode ?? ProjectDelivery.Planning.Scheduling.ProgressMode.RetainedLogic,
            LagCalendar = dto.LagCalendar ?? ProjectDelivery.Planning.Scheduling.LagCalendar.Successor,
            TotalFloatType = dto.TotalFloatType ?? ProjectDelivery.Interop.TotalFloatType.FinishFloat,
            Resources = NotNull(dto.Resources, "resources"),
            Assignments = NotNull(dto.Assignments, "assignments"),
        };
    }

    protected override ImportedScheduleDto ToDto(ImportedSchedule value) => new()
    {
        Format = value.Format,
        Name = value.Name,
        Network = value.Network,
        Calendar = value.Calendar,
        Calendars = value.Calendars.Count == 0 ? null : value.Calendars.OrderBy(p => p.Key, System.StringComparer.Ordinal).ToDictionary(p => p.Key, p => (WorkingCalendar?)p.Value),
        ProjectStart = value.ProjectStart,
        StatusDate = value.StatusDate,
        ProgressMode = value.ProgressMode == ProjectDelivery.Planning.Scheduling.ProgressMode.RetainedLogic ? null : value.ProgressMode,
        LagCalendar = value.LagCalendar == ProjectDelivery.Planning.Scheduling.LagCalendar.Successor ? null : value.LagCalendar,
        TotalFloatType = value.TotalFloatType == ProjectDelivery.Interop.TotalFloatType.FinishFloat ? null : value.TotalFloatType,
        TimeUnit = value.TimeUnit,
        Tasks = value.Tasks.Count == 0 ? null : value.Tasks.Select(t => (ImportedTask?)t).ToList(),
        Resources = value.Resources.Count == 0 ? null : value.Resources.Select(r => (ImportedResource?)r).ToList(),
        Assignments = value.Assignments.Count == 0 ? null : value.Assignments.Select(a => (ImportedAssignment?)a).ToList(),
    };

    private static T[] NotNull<T>(List<T?>? items, string field)
        where T : class
    {
        if (items is null)
        {
            return System.Array.Empty<T>();
        }

        var result = new T[items.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = items[i] ?? throw new JsonException($"$.{field}[{i}]: an object is required, got null.");
        }

        return result;
    }
}
