using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using ProjectDelivery.Interop;

namespace ProjectDelivery.Serialization.Interop;

/// <summary>
/// JSON of <see cref="ImportedTask"/>: <c>{ "id", "outlineNumber"?, "calendarId"?, "elapsedDuration"?, "deadline"?,
/// "percentComplete"?, "storedEarlyStart"?, "storedEarlyFinish"?, "storedLateStart"?, "storedLateFinish"?,
/// "storedTotalFloat"?, "storedFreeFloat"?, "baselineStart"?, "baselineFinish"?, "baselineDuration"?, "baselineCost"? }</c>
/// (absent: none; <c>elapsedDuration</c> written only when true).
/// </summary>
internal sealed class ImportedTaskDto
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OutlineNumber { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CalendarId { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool ElapsedDuration { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDateTime? Deadline { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? PercentComplete { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDateTime? StoredEarlyStart { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDateTime? StoredEarlyFinish { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDateTime? StoredLateStart { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDateTime? StoredLateFinish { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? StoredTotalFloat { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? StoredFreeFloat { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDateTime? BaselineStart { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDateTime? BaselineFinish { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? BaselineDuration { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? BaselineCost { get; set; }
}

/// <summary>JSON of <see cref="ImportedResource"/>: <c>{ "id", "name"?, "kind": "work" | "material" | "cost", "standardRate"? }</c>.</summary>
internal sealed class ImportedResourceDto
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }

    [JsonRequired]
    public ResourceKind Kind { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? StandardRate { get; set; }
}

/// <summary>
/// JSON of <see cref="ImportedAssignment"/>: <c>{ "activityId", "resourceId", "units", "plannedWork"?, "plannedCost"?,
/// "actualCost"?, "remainingCost"?, "baselineCost"? }</c>.
/// </summary>
internal sealed class ImportedAssignmentDto
{
    [JsonRequired]
    public string ActivityId { get; set; } = null!;

    [JsonRequired]
    public string ResourceId { get; set; } = null!;

    [JsonRequired]
    public double Units { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? PlannedWork { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? PlannedCost { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? ActualCost { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? RemainingCost { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? BaselineCost { get; set; }
}

/// <summary>Maps <see cref="ImportedTask"/> to and from <see cref="ImportedTaskDto"/>.</summary>
internal sealed class ImportedTaskJsonConverter : ItemDtoJsonConverter<ImportedTask, ImportedTaskDto>
{
    internal static ImportedTaskDto From(ImportedTask t) => new()
    {
        Id = t.Id,
        OutlineNumber = t.OutlineNumber,
        CalendarId = t.CalendarId,
        ElapsedDuration = t.ElapsedDuration,
        Deadline = t.Deadline,
        PercentComplete = t.PercentComplete,
        StoredEarlyStart = t.StoredEarlyStart,
        StoredEarlyFinish = t.StoredEarlyFinish,
        StoredLateStart = t.StoredLateStart,
        StoredLateFinish = t.StoredLateFinish,
        StoredTotalFloat = t.StoredTotalFloat,
        StoredFreeFloat = t.StoredFreeFloat,
        BaselineStart = t.BaselineStart,
        BaselineFinish = t.BaselineFinish,
        BaselineDuration = t.BaselineDuration,
        BaselineCost = t.BaselineCost,
    };

    protected override ImportedTask FromDto(ImportedTaskDto dto)
    {
        string id = dto.Id ?? throw new JsonException("a task needs an 'id', got null.");
        string item = $"task '{id}'";
        return new(id)
        {
            OutlineNumber = dto.OutlineNumber,
            CalendarId = dto.CalendarId,
            ElapsedDuration = dto.ElapsedDuration,
            Deadline = dto.Deadline,
            PercentComplete = ItemPath.Finite(dto.PercentComplete, item, "percentComplete"),
            StoredEarlyStart = dto.StoredEarlyStart,
            StoredEarlyFinish = dto.StoredEarlyFinish,
            StoredLateStart = dto.StoredLateStart,
            StoredLateFinish = dto.StoredLateFinish,
            StoredTotalFloat = ItemPath.Finite(dto.StoredTotalFloat, item, "storedTotalFloat"),
            StoredFreeFloat = ItemPath.Finite(dto.StoredFreeFloat, item, "storedFreeFloat"),
            BaselineStart = dto.BaselineStart,
            BaselineFinish = dto.BaselineFinish,
            BaselineDuration = ItemPath.Finite(dto.BaselineDuration, item, "baselineDuration"),
            BaselineCost = dto.BaselineCost,
        };
    }

    protected override ImportedTaskDto ToDto(ImportedTask value) => From(value);
}

/// <summary>Maps <see cref="ImportedResource"/> to and from <see cref="ImportedResourceDto"/>.</summary>
internal sealed class ImportedResourceJsonConverter : ItemDtoJsonConverter<ImportedResource, ImportedResourceDto>
{
    protected override ImportedResource FromDto(ImportedResourceDto dto) =>
        new(dto.Id ?? throw new JsonException("a resource needs an 'id', got null."), dto.Name, dto.Kind, dto.StandardRate);

    protected override ImportedResourceDto ToDto(ImportedResource value) =>
        new() { Id = value.Id, Name = value.Name, Kind = value.Kind, StandardRate = value.StandardRate };
}

/// <summary>Maps <see cref="ImportedAssignment"/> to and from <see cref="ImportedAssignmentDto"/>.</summary>
internal sealed class ImportedAssignmentJsonConverter : ItemDtoJsonConverter<ImportedAssignment, ImportedAssignmentDto>
{
    protected override ImportedAssignment FromDto(ImportedAssignmentDto dto) => new(
        dto.ActivityId ?? throw new JsonException("an assignment needs an 'activityId', got null."),
        dto.ResourceId ?? throw new JsonException($"assignment of activity '{dto.ActivityId}' needs a 'resourceId', got null."),
        ItemPath.Finite(dto.Units, $"assignment of resource '{dto.ResourceId}' to activity '{dto.ActivityId}'", "units"),
        ItemPath.Finite(dto.PlannedWork, $"assignment of resource '{dto.ResourceId}' to activity '{dto.ActivityId}'", "plannedWork"),
        dto.PlannedCost,
        dto.ActualCost,
        dto.RemainingCost,
        dto.BaselineCost);

    protected override ImportedAssignmentDto ToDto(ImportedAssignment value) => new()
    {
        ActivityId = value.ActivityId,
        ResourceId = value.ResourceId,
        Units = value.Units,
        PlannedWork = value.PlannedWork,
        PlannedCost = value.PlannedCost,
        ActualCost = value.ActualCost,
        RemainingCost = value.RemainingCost,
        BaselineCost = value.BaselineCost,
    };
}
