using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Serialization.Planning;

/// <summary>
/// <see cref="ScheduleOptions"/> as <c>{ "statusDate"?, "progressMode", "criticalFloatThreshold", "maxCriticalPaths" }</c>, plus
/// <c>"projectStart", "calendar", "timeUnit"?, "lagCalendar"</c> for <see cref="CalendarScheduleOptions"/> (read back as calendar options when
/// <c>calendar</c> is present). Absent fields take the defaults; the options are validated as the scheduler validates them.
/// </summary>
internal sealed class ScheduleOptionsJsonConverter : DtoJsonConverter<ScheduleOptions, ScheduleOptionsDto>
{
    protected override ScheduleOptions FromDto(ScheduleOptionsDto dto) => ScheduleJson.FromDto(dto, calendarRequired: false);

    protected override ScheduleOptionsDto ToDto(ScheduleOptions value) => ScheduleJson.ToDto(value);
}

/// <summary><see cref="CalendarScheduleOptions"/>: the <see cref="ScheduleOptionsJsonConverter"/> object with <c>projectStart</c> and <c>calendar</c> required.</summary>
internal sealed class CalendarScheduleOptionsJsonConverter : DtoJsonConverter<CalendarScheduleOptions, ScheduleOptionsDto>
{
    protected override CalendarScheduleOptions FromDto(ScheduleOptionsDto dto) =>
        (CalendarScheduleOptions)ScheduleJson.FromDto(dto, calendarRequired: true);

    protected override ScheduleOptionsDto ToDto(CalendarScheduleOptions value) => ScheduleJson.ToDto(value);
}

/// <summary>Creates the converter of <see cref="Schedule{TTime}"/> for <see cref="double"/> and <see cref="LocalDateTime"/> times.</summary>
internal sealed class ScheduleJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert == typeof(Schedule<double>) || typeToConvert == typeof(Schedule<LocalDateTime>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        typeToConvert == typeof(Schedule<double>) ? new ScheduleJsonConverter<double>() : new ScheduleJsonConverter<LocalDateTime>();
}

/// <summary>
/// <see cref="Schedule{TTime}"/> as <c>{ "network", "projectStart", "projectFinish", "activities": [..], "criticalPaths": [[ids]],
/// "criticalPathsTruncated", "wbs": [..] }</c>. Reading rebuilds the result from these values (the schedule is not recomputed) after cheap
/// consistency checks: every activity of the network scheduled exactly once and in network order, known ids in paths, driving links and WBS rows,
/// finite floats, start ≤ finish, and (in time units) early start ≤ late start unless the total float is negative.
/// </summary>
/// <typeparam name="TTime">Time units (<see cref="double"/>) or calendar times (<see cref="LocalDateTime"/>).</typeparam>
internal sealed class ScheduleJsonConverter<TTime> : DtoJsonConverter<Schedule<TTime>, ScheduleDto<TTime>>
    where TTime : struct, IComparable<TTime>
{
    protected override Schedule<TTime> FromDto(ScheduleDto<TTime> dto) => ScheduleJson.FromDto(dto);

    protected override ScheduleDto<TTime> ToDto(Schedule<TTime> value) => ScheduleJson.ToDto(value);
}

/// <summary>Creates the write-only converters of <see cref="ActivitySchedule{TTime}"/> and <see cref="WbsSummary{TTime}"/> (read them as part of a schedule).</summary>
internal sealed class ScheduleRowJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert == typeof(ActivitySchedule<double>) || typeToConvert == typeof(ActivitySchedule<LocalDateTime>)
        || typeToConvert == typeof(WbsSummary<double>) || typeToConvert == typeof(WbsSummary<LocalDateTime>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        if (typeToConvert == typeof(ActivitySchedule<double>))
        {
            return new ActivityScheduleJsonConverter<double>();
        }

        if (typeToConvert == typeof(ActivitySchedule<LocalDateTime>))
        {
            return new ActivityScheduleJsonConverter<LocalDateTime>();
        }

        return typeToConvert == typeof(WbsSummary<double>) ? new WbsSummaryJsonConverter<double>() : new WbsSummaryJsonConverter<LocalDateTime>();
    }
}

/// <summary>
/// <see cref="ActivitySchedule{TTime}"/> as the schedule's activity row <c>{ "id", "earlyStart", "earlyFinish", "lateStart", "lateFinish", "totalFloat",
/// "freeFloat", "critical", "drivingPredecessor"?, "status" }</c>. Write-only on its own: a row refers to its <see cref="Activity"/>, so it is read back
/// as part of a <see cref="Schedule{TTime}"/>, which carries the network.
/// </summary>
/// <typeparam name="TTime">Time type.</typeparam>
internal sealed class ActivityScheduleJsonConverter<TTime> : JsonConverter<ActivitySchedule<TTime>>
    where TTime : struct, IComparable<TTime>
{
    public override ActivitySchedule<TTime> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"An activity schedule is read as part of its Schedule<{typeof(TTime).Name}>, which carries the activities it refers to.");

    public override void Write(Utf8JsonWriter writer, ActivitySchedule<TTime> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, ScheduleJson.ToDto(value), NetworkJson.Info<ActivityScheduleDto<TTime>>(options));
}

/// <summary>
/// <see cref="WbsSummary{TTime}"/> as <c>{ "id", "activityCount", "earlyStart", "earlyFinish", "lateStart", "lateFinish", "totalFloat", "critical" }</c>;
/// write-only on its own (read back as part of a <see cref="Schedule{TTime}"/>, whose network holds the WBS element).
/// </summary>
/// <typeparam name="TTime">Time type.</typeparam>
internal sealed class WbsSummaryJsonConverter<TTime> : JsonConverter<WbsSummary<TTime>>
    where TTime : struct, IComparable<TTime>
{
    public override WbsSummary<TTime> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"A WBS summary is read as part of its Schedule<{typeof(TTime).Name}>, which carries the WBS element it refers to.");

    public override void Write(Utf8JsonWriter writer, WbsSummary<TTime> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, ScheduleJson.ToDto(value), NetworkJson.Info<WbsSummaryDto<TTime>>(options));
}

/// <summary>Mapping between the scheduling results and their DTOs, with the consistency checks of reading.</summary>
internal static class ScheduleJson
{
    internal static ScheduleOptionsDto ToDto(ScheduleOptions o)
    {
        var dto = new ScheduleOptionsDto
        {
            StatusDate = o.StatusDate,
            ProgressMode = o.ProgressMode,
            CriticalFloatThreshold = o.CriticalFloatThreshold,
            MaxCriticalPaths = o.MaxCriticalPaths,
        };
        if (o is CalendarScheduleOptions c)
        {
            dto.ProjectStart = c.ProjectStart;
            dto.Calendar = c.Calendar;
            dto.TimeUnit = c.TimeUnit;
            dto.LagCalendar = c.LagCalendar;
        }

        return dto;
    }

    internal static ScheduleOptions FromDto(ScheduleOptionsDto dto, bool calendarRequired)
    {
        ScheduleOptions defaults = new();
        ScheduleOptions result;
        if (dto.Calendar is { } calendar)
        {
            result = new CalendarScheduleOptions(dto.ProjectStart ?? throw new JsonException("missing required field 'projectStart' (calendar options)"), calendar)
            {
                StatusDate = dto.StatusDate,
                ProgressMode = dto.ProgressMode ?? defaults.ProgressMode,
                CriticalFloatThreshold = dto.CriticalFloatThreshold ?? defaults.CriticalFloatThreshold,
                MaxCriticalPaths = dto.MaxCriticalPaths ?? defaults.MaxCriticalPaths,
                TimeUnit = dto.TimeUnit,
                LagCalendar = dto.LagCalendar ?? LagCalendar.Successor,
            };
        }
        else if (calendarRequired || dto.ProjectStart is not null || dto.TimeUnit is not null || dto.LagCalendar is not null)
        {
            throw new JsonException("missing required field 'calendar' (calendar schedule options)");
        }
        else
        {
            result = new ScheduleOptions
            {
                StatusDate = dto.StatusDate,
                ProgressMode = dto.ProgressMode ?? defaults.ProgressMode,
                CriticalFloatThreshold = dto.CriticalFloatThreshold ?? defaults.CriticalFloatThreshold,
                MaxCriticalPaths = dto.MaxCriticalPaths ?? defaults.MaxCriticalPaths,
            };
        }

        result.Validate();
        return result;
    }

    internal static ActivityScheduleDto<TTime> ToDto<TTime>(ActivitySchedule<TTime> a)
        where TTime : struct => new()
    {
        Id = a.Id,
        EarlyStart = a.EarlyStart,
        EarlyFinish = a.EarlyFinish,
        LateStart = a.LateStart,
        LateFinish = a.LateFinish,
        TotalFloat = a.TotalFloat,
        FreeFloat = a.FreeFloat,
        Critical = a.Critical,
        DrivingPredecessor = a.DrivingPredecessorId,
        Status = a.Status,
    };

    internal static WbsSummaryDto<TTime> ToDto<TTime>(WbsSummary<TTime> w)
        where TTime : struct => new()
    {
        Id = w.Id,
        ActivityCount = w.ActivityCount,
        EarlyStart = w.EarlyStart,
        EarlyFinish = w.EarlyFinish,
        LateStart = w.LateStart,
        LateFinish = w.LateFinish,
        TotalFloat = w.TotalFloat,
        Critical = w.Critical,
    };

    internal static ScheduleDto<TTime> ToDto<TTime>(Schedule<TTime> s)
        where TTime : struct => new()
    {
        Network = s.Network,
        ProjectStart = s.ProjectStart,
        ProjectFinish = s.ProjectFinish,
        Activities = s.Activities.Select(a => (ActivityScheduleDto<TTime>?)ToDto(a)).ToList(),
        CriticalPaths = s.CriticalPaths.Select(p => (List<string>?)p.ToList()).ToList(),
        CriticalPathsTruncated = s.CriticalPathsTruncated,
        Wbs = s.WbsSummaries.Select(w => (WbsSummaryDto<TTime>?)ToDto(w)).ToList(),
    };

    internal static Schedule<TTime> FromDto<TTime>(ScheduleDto<TTime> dto)
        where TTime : struct, IComparable<TTime>
    {
        ProjectNetwork network = dto.Network ?? throw new JsonException("missing required field 'network'");
        TTime start = dto.ProjectStart ?? throw new JsonException("missing required field 'projectStart'");
        TTime finish = dto.ProjectFinish ?? throw new JsonException("missing required field 'projectFinish'");
        Ordered(start, finish, "projectStart", "projectFinish", "the project");
        List<ActivityScheduleDto<TTime>?> rows = dto.Activities ?? throw new JsonException("missing required field 'activities'");
        if (rows.Count != network.Count)
        {
            throw new JsonException($"'activities' has {rows.Count} rows but the network has {network.Count} activities; a schedule has one row per activity");
        }

        var activities = new ActivitySchedule<TTime>[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            ActivityScheduleDto<TTime> row = rows[i] ?? throw new JsonException($"activities[{i}] must be an object, got null");
            Activity activity = network.Activities[i];
            string what = $"activities[{i}] ('{activity.Id}')";
            if (!string.Equals(row.Id, activity.Id, StringComparison.Ordinal))
            {
                throw new JsonException($"activities[{i}] is '{row.Id}' but the network's activity {i} is '{activity.Id}'; rows follow the network order");
            }

            (TTime es, TTime ef, TTime ls, TTime lf) = Dates(row.EarlyStart, row.EarlyFinish, row.LateStart, row.LateFinish, what);
            double totalFloat = Finite(row.TotalFloat, what, "totalFloat"), freeFloat = Finite(row.FreeFloat, what, "freeFloat");
            if (totalFloat >= 0 && es is double earlyStart && ls is double lateStart && earlyStart > lateStart + (1e-9 * (1 + Math.Abs(lateStart))))
            {
                // Late dates precede early ones only with negative float (a deadline or constraint the network cannot meet). Calendar times
                // are not compared: early and late moments snap to opposite ends of non-working gaps.
                throw new JsonException($"{what}: 'earlyStart' ({earlyStart}) is after 'lateStart' ({lateStart}) although the total float is {totalFloat}");
            }

            if (row.DrivingPredecessor is { } driving && !activity.Predecessors.Any(p => string.Equals(p.PredecessorId, driving, StringComparison.Ordinal)))
            {
                throw new JsonException($"{what}: driving predecessor '{driving}' is not one of its predecessors");
            }

            activities[i] = new ActivitySchedule<TTime>(activity, es, ef, ls, lf, totalFloat, freeFloat,
                row.Critical ?? throw new JsonException($"{what}: missing required field 'critical'"), row.DrivingPredecessor,
                row.Status ?? throw new JsonException($"{what}: missing required field 'status'"));
        }

        var paths = new List<IReadOnlyList<string>>();
        foreach ((List<string>? path, int k) in (dto.CriticalPaths ?? new List<List<string>?>()).Select((p, k) => (p, k)))
        {
            List<string> ids = path ?? throw new JsonException($"criticalPaths[{k}] must be an array, got null");
            foreach (string id in ids.Where(id => !network.Contains(id)))
            {
                throw new JsonException($"criticalPaths[{k}] names '{id}', which is not an activity of the network");
            }

            paths.Add(ids.AsReadOnly());
        }

        var elements = network.WbsElements.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var wbs = new List<WbsSummary<TTime>>();
        foreach ((WbsSummaryDto<TTime>? summary, int k) in (dto.Wbs ?? new List<WbsSummaryDto<TTime>?>()).Select((w, k) => (w, k)))
        {
            WbsSummaryDto<TTime> w = summary ?? throw new JsonException($"wbs[{k}] must be an object, got null");
            string what = $"wbs[{k}] ('{w.Id}')";
            if (w.Id is null || !elements.TryGetValue(w.Id, out WbsElement? element))
            {
                throw new JsonException($"{what} is not a WBS element of the network");
            }

            (TTime es, TTime ef, TTime ls, TTime lf) = Dates(w.EarlyStart, w.EarlyFinish, w.LateStart, w.LateFinish, what);
            int count = w.ActivityCount ?? throw new JsonException($"{what}: missing required field 'activityCount'");
            if (count < 0 || count > network.Count)
            {
                throw new JsonException($"{what}: activityCount {count} is outside 0..{network.Count}");
            }

            wbs.Add(new WbsSummary<TTime>(element, count, es, ef, ls, lf, Finite(w.TotalFloat, what, "totalFloat"),
                w.Critical ?? throw new JsonException($"{what}: missing required field 'critical'")));
        }

        return new Schedule<TTime>(network, activities, start, finish, paths.AsReadOnly(), dto.CriticalPathsTruncated ?? false, wbs.ToArray());
    }

    /// <summary>The four dates of a schedule row (activity or WBS summary): each present and finite, each start no later than its finish.</summary>
    private static (TTime EarlyStart, TTime EarlyFinish, TTime LateStart, TTime LateFinish) Dates<TTime>(TTime? earlyStart, TTime? earlyFinish, TTime? lateStart, TTime? lateFinish, string what)
        where TTime : struct, IComparable<TTime>
    {
        TTime es = Field(earlyStart, what, "earlyStart"), ef = Field(earlyFinish, what, "earlyFinish");
        TTime ls = Field(lateStart, what, "lateStart"), lf = Field(lateFinish, what, "lateFinish");
        Ordered(es, ef, "earlyStart", "earlyFinish", what);
        Ordered(ls, lf, "lateStart", "lateFinish", what);
        return (es, ef, ls, lf);
    }

    private static TTime Field<TTime>(TTime? value, string what, string field)
        where TTime : struct
    {
        if (value is not TTime v)
        {
            throw new JsonException($"{what}: missing required field '{field}'");
        }

        if (v is double d && (double.IsNaN(d) || double.IsInfinity(d)))
        {
            throw new JsonException($"{what}: '{field}' must be finite");
        }

        return v;
    }

    private static double Finite(double? value, string what, string field)
    {
        double v = value ?? throw new JsonException($"{what}: missing required field '{field}'");
        if (double.IsNaN(v) || double.IsInfinity(v))
        {
            throw new JsonException($"{what}: '{field}' must be finite");
        }

        return v;
    }

    private static void Ordered<TTime>(TTime first, TTime second, string firstName, string secondName, string what)
        where TTime : struct, IComparable<TTime>
    {
        if (first.CompareTo(second) > 0)
        {
            throw new JsonException($"{what}: '{firstName}' ({first}) is after '{secondName}' ({second})");
        }
    }
}

/// <summary>Schedule options (plain or calendar).</summary>
internal sealed class ScheduleOptionsDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScheduleMoment? StatusDate { get; set; }

    [JsonConverter(typeof(CamelCaseEnumJsonConverter<ProgressMode>))]
    public ProgressMode? ProgressMode { get; set; }

    public double? CriticalFloatThreshold { get; set; }

    public int? MaxCriticalPaths { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDateTime? ProjectStart { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public WorkingCalendar? Calendar { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Duration? TimeUnit { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(CamelCaseEnumJsonConverter<LagCalendar>))]
    public LagCalendar? LagCalendar { get; set; }
}

/// <summary>A scheduled activity.</summary>
/// <typeparam name="TTime">Time type.</typeparam>
internal sealed class ActivityScheduleDto<TTime>
    where TTime : struct
{
    public string? Id { get; set; }

    public TTime? EarlyStart { get; set; }

    public TTime? EarlyFinish { get; set; }

    public TTime? LateStart { get; set; }

    public TTime? LateFinish { get; set; }

    public double? TotalFloat { get; set; }

    public double? FreeFloat { get; set; }

    public bool? Critical { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DrivingPredecessor { get; set; }

    [JsonConverter(typeof(CamelCaseEnumJsonConverter<ActivityStatus>))]
    public ActivityStatus? Status { get; set; }
}

/// <summary>A WBS roll-up.</summary>
/// <typeparam name="TTime">Time type.</typeparam>
internal sealed class WbsSummaryDto<TTime>
    where TTime : struct
{
    public string? Id { get; set; }

    public int? ActivityCount { get; set; }

    public TTime? EarlyStart { get; set; }

    public TTime? EarlyFinish { get; set; }

    public TTime? LateStart { get; set; }

    public TTime? LateFinish { get; set; }

    public double? TotalFloat { get; set; }

    public bool? Critical { get; set; }
}

/// <summary>A schedule.</summary>
/// <typeparam name="TTime">Time type.</typeparam>
internal sealed class ScheduleDto<TTime>
    where TTime : struct
{
    public ProjectNetwork? Network { get; set; }

    public TTime? ProjectStart { get; set; }

    public TTime? ProjectFinish { get; set; }

    public List<ActivityScheduleDto<TTime>?>? Activities { get; set; }

    public List<List<string>?>? CriticalPaths { get; set; }

    public bool? CriticalPathsTruncated { get; set; }

    public List<WbsSummaryDto<TTime>?>? Wbs { get; set; }
}
