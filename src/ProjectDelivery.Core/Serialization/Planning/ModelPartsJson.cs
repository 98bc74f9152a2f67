using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Serialization.Planning;

/// <summary><see cref="ActivityProgress"/> as <c>{ "actualStart"?, "actualFinish"?, "remaining"? }</c> (the schedule format's progress fields).</summary>
internal sealed class ActivityProgressJsonConverter : DtoJsonConverter<ActivityProgress, ProgressDto>
{
    protected override ActivityProgress FromDto(ProgressDto dto)
    {
        return new ActivityProgress(dto.ActualStart, dto.ActualFinish, dto.Remaining);
    }

    protected override ProgressDto ToDto(ActivityProgress value) =>
        new ProgressDto { ActualStart = value.ActualStart, ActualFinish = value.ActualFinish, Remaining = value.ActualFinish is null ? value.RemainingDuration : null };
}

/// <summary><see cref="WbsElement"/> as <c>{ "id", "name"?, "parent"? }</c>.</summary>
internal sealed class WbsElementJsonConverter : DtoJsonConverter<WbsElement, WbsDto>
{
    protected override WbsElement FromDto(WbsDto dto)
    {
        return new WbsElement(NetworkJson.Required(dto.Id, "id"), dto.Name, dto.Parent);
    }

    protected override WbsDto ToDto(WbsElement value) => new WbsDto { Id = value.Id, Name = value.Name, Parent = value.ParentId };
}

/// <summary><see cref="RankCorrelation"/> as the risk format's <c>{ "activities": [ a, b ], "coefficient" }</c>.</summary>
internal sealed class RankCorrelationJsonConverter : DtoJsonConverter<RankCorrelation, CorrelationDto>
{
    protected override RankCorrelation FromDto(CorrelationDto dto)
    {
        if (dto.Activities is not { Count: 2 } pair)
        {
            throw new JsonException($"'activities': expected two activity ids, got {dto.Activities?.Count ?? 0}");
        }

        return RankCorrelation.Create(pair[0], pair[1], dto.Coefficient ?? throw new JsonException("missing required field 'coefficient'"));
    }

    protected override CorrelationDto ToDto(RankCorrelation value) =>
        new CorrelationDto { Activities = new List<string> { value.FirstActivityId, value.SecondActivityId }, Coefficient = value.Coefficient };
}

/// <summary><see cref="ActivityUncertainty"/> as <c>{ "id", "duration", "cost"?, "costRate"? }</c> (distributions as in the risk format).</summary>
internal sealed class ActivityUncertaintyJsonConverter : DtoJsonConverter<ActivityUncertainty, UncertaintyDto>
{
    protected override ActivityUncertainty FromDto(UncertaintyDto dto)
    {
        return ActivityUncertainty.Create(NetworkJson.Required(dto.Id, "id"), dto.Duration ?? throw new JsonException("missing required field 'duration'"), dto.Cost, dto.CostRate ?? 0);
    }

    protected override UncertaintyDto ToDto(ActivityUncertainty value) =>
        new UncertaintyDto { Id = value.ActivityId, Duration = value.Duration, Cost = value.Cost, CostRate = value.CostRate == 0 ? null : value.CostRate };
}

/// <summary><see cref="RiskDriver"/> as the risk format's quantified risk <c>{ "id", "probability", "impact"?, "costImpact"?, "activities"?, "kind"? }</c>.</summary>
internal sealed class RiskDriverJsonConverter : DtoJsonConverter<RiskDriver, DriverDto>
{
    protected override RiskDriver FromDto(DriverDto dto)
    {
        return RiskDriver.Create(NetworkJson.Required(dto.Id, "id"), dto.Probability ?? throw new JsonException("missing required field 'probability'"),
            dto.Impact, dto.CostImpact, dto.Activities ?? new List<string>(), dto.Kind ?? RiskKind.Threat);
    }

    protected override DriverDto ToDto(RiskDriver value) =>
        new DriverDto
        {
            Id = value.Id,
            Probability = value.Probability,
            Impact = value.ScheduleImpact,
            CostImpact = value.CostImpact,
            Activities = value.ActivityIds.Count == 0 ? null : value.ActivityIds.ToList(),
            Kind = value.Kind == RiskKind.Threat ? null : value.Kind,
        };
}

/// <summary><see cref="RiskAssessment"/> as <c>{ "probability", "costImpact", "scheduleImpact" }</c>.</summary>
internal sealed class RiskAssessmentJsonConverter : DtoJsonConverter<RiskAssessment, AssessmentDto>
{
    protected override RiskAssessment FromDto(AssessmentDto dto)
    {
        return RiskAssessment.Create(dto.Probability ?? throw new JsonException("missing required field 'probability'"), dto.CostImpact ?? 0, dto.ScheduleImpact ?? 0);
    }

    protected override AssessmentDto ToDto(RiskAssessment value) =>
        new AssessmentDto { Probability = value.Probability, CostImpact = value.CostImpact, ScheduleImpact = value.ScheduleImpact };
}

/// <summary>Progress fields.</summary>
internal sealed class ProgressDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScheduleMoment? ActualStart { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScheduleMoment? ActualFinish { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Remaining { get; set; }
}

/// <summary>A correlation.</summary>
internal sealed class CorrelationDto
{
    public List<string>? Activities { get; set; }

    public double? Coefficient { get; set; }
}

/// <summary>An activity uncertainty.</summary>
internal sealed class UncertaintyDto
{
    public string? Id { get; set; }

    public UncertainValue? Duration { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public UncertainValue? Cost { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? CostRate { get; set; }
}

/// <summary>A risk driver.</summary>
internal sealed class DriverDto
{
    public string? Id { get; set; }

    public double? Probability { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public UncertainValue? Impact { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public UncertainValue? CostImpact { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Activities { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(CamelCaseEnumJsonConverter<RiskKind>))]
    public RiskKind? Kind { get; set; }
}

/// <summary>A risk assessment.</summary>
internal sealed class AssessmentDto
{
    public double? Probability { get; set; }

    public double? CostImpact { get; set; }

    public double? ScheduleImpact { get; set; }
}
