using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using ProjectDelivery.Planning.EarnedValue;

namespace ProjectDelivery.Serialization.Planning;

/// <summary><see cref="ThresholdBand"/> as <c>{ "higherIsBetter", "greenBound", "amberBound" }</c>.</summary>
internal sealed class ThresholdBandJsonConverter : DtoJsonConverter<ThresholdBand, ThresholdBandDto>
{
    protected override ThresholdBand FromDto(ThresholdBandDto dto)
    {
        bool higher = dto.HigherIsBetter ?? throw new JsonException("missing required field 'higherIsBetter'");
        double green = dto.GreenBound ?? throw new JsonException("missing required field 'greenBound'");
        double amber = dto.AmberBound ?? throw new JsonException("missing required field 'amberBound'");
        return higher ? ThresholdBand.HigherIsBetterFrom(green, amber) : ThresholdBand.LowerIsBetterUpTo(green, amber);
    }

    protected override ThresholdBandDto ToDto(ThresholdBand value) =>
        new ThresholdBandDto { HigherIsBetter = value.HigherIsBetter, GreenBound = value.GreenBound, AmberBound = value.AmberBound };
}

/// <summary>
/// <see cref="EarnedValueThresholds"/> as <c>{ "costPerformanceIndex", "schedulePerformanceIndex", "schedulePerformanceIndexTime",
/// "toCompletePerformanceIndex", "costVariancePercent", "scheduleVariancePercent" }</c> (bands; absent fields take the defaults).
/// </summary>
internal sealed class EarnedValueThresholdsJsonConverter : DtoJsonConverter<EarnedValueThresholds, ThresholdsDto>
{
    protected override EarnedValueThresholds FromDto(ThresholdsDto dto)
    {
        return EarnedValueJson.FromDto(dto);
    }

    protected override ThresholdsDto ToDto(EarnedValueThresholds value) => EarnedValueJson.ToDto(value);
}

/// <summary><see cref="EarnedValueOptions"/> as <c>{ "primaryEstimate", "compositeCpiWeight", "thresholds" }</c> (absent fields take the defaults).</summary>
internal sealed class EarnedValueOptionsJsonConverter : DtoJsonConverter<EarnedValueOptions, EarnedValueOptionsDto>
{
    protected override EarnedValueOptions FromDto(EarnedValueOptionsDto dto)
    {
        var result = new EarnedValueOptions
        {
            PrimaryEstimate = dto.PrimaryEstimate ?? EarnedValueOptions.Default.PrimaryEstimate,
            CompositeCpiWeight = dto.CompositeCpiWeight ?? EarnedValueOptions.Default.CompositeCpiWeight,
            Thresholds = dto.Thresholds is null ? EarnedValueThresholds.Default : EarnedValueJson.FromDto(dto.Thresholds),
        };
        result.Validate();
        return result;
    }

    protected override EarnedValueOptionsDto ToDto(EarnedValueOptions value) =>
        new EarnedValueOptionsDto
        {
            PrimaryEstimate = value.PrimaryEstimate,
            CompositeCpiWeight = value.CompositeCpiWeight,
            Thresholds = EarnedValueJson.ToDto(value.Thresholds),
        };
}

/// <summary>
/// <see cref="ControlAccount"/> as <c>{ "id", "name"?, "parent"?, "budgetAtCompletion", "plannedValue": [..], "earnedValue": [..], "actualCost": [..],
/// "bottomUpEstimateToComplete"? }</c> (amounts per reporting period).
/// </summary>
internal sealed class ControlAccountJsonConverter : DtoJsonConverter<ControlAccount, ControlAccountDto>
{
    protected override ControlAccount FromDto(ControlAccountDto dto) => EarnedValueJson.FromDto(dto);

    protected override ControlAccountDto ToDto(ControlAccount value) => EarnedValueJson.ToDto(value);
}

/// <summary><see cref="ReportingCalendar"/> as <c>{ "start", "periodEnds": [ dates ] }</c> (ISO dates).</summary>
internal sealed class ReportingCalendarJsonConverter : DtoJsonConverter<ReportingCalendar, ReportingCalendarDto>
{
    protected override ReportingCalendar FromDto(ReportingCalendarDto dto) => EarnedValueJson.FromDto(dto);

    protected override ReportingCalendarDto ToDto(ReportingCalendar value) => EarnedValueJson.ToDto(value);
}

/// <summary>The earned value <see cref="WbsElement"/> as <c>{ "id", "name"?, "parent"? }</c>.</summary>
internal sealed class EarnedValueWbsElementJsonConverter : DtoJsonConverter<WbsElement, WbsDto>
{
    protected override WbsElement FromDto(WbsDto dto) => EarnedValueJson.FromDto(dto);

    protected override WbsDto ToDto(WbsElement value) => EarnedValueJson.ToDto(value);
}

/// <summary>
/// <see cref="EarnedValueProject"/> as <c>{ "calendar", "statusPeriodCount", "plannedDuration", "elements"?, "accounts" }</c>; built through
/// <see cref="EarnedValueProject.Create"/>, so ids, parents and period counts are validated once.
/// </summary>
internal sealed class EarnedValueProjectJsonConverter : DtoJsonConverter<EarnedValueProject, EarnedValueProjectDto>
{
    protected override EarnedValueProject FromDto(EarnedValueProjectDto dto)
    {
        ReportingCalendarDto calendar = dto.Calendar ?? throw new JsonException("missing required field 'calendar'");
        List<ControlAccountDto?> accounts = dto.Accounts ?? throw new JsonException("missing required field 'accounts'");
        int status = dto.StatusPeriodCount ?? throw new JsonException("missing required field 'statusPeriodCount'");
        return EarnedValueProject.Create(
            EarnedValueJson.FromDto(calendar),
            accounts.Select((a, i) => EarnedValueJson.FromDto(a ?? throw new JsonException($"accounts[{i}] must be an object, got null"))).ToList(),
            status,
            dto.Elements?.Select((e, i) => EarnedValueJson.FromDto(e ?? throw new JsonException($"elements[{i}] must be an object, got null"))).ToList(),
            dto.PlannedDuration);
    }

    protected override EarnedValueProjectDto ToDto(EarnedValueProject value) =>
        new EarnedValueProjectDto
        {
            Calendar = EarnedValueJson.ToDto(value.Calendar),
            StatusPeriodCount = value.StatusPeriodCount,
            PlannedDuration = value.PlannedDuration,
            Elements = value.Elements.Count == 0 ? null : value.Elements.Select(e => (WbsDto?)EarnedValueJson.ToDto(e)).ToList(),
            Accounts = value.Accounts.Select(a => (ControlAccountDto?)EarnedValueJson.ToDto(a)).ToList(),
        };
}

/// <summary>Mapping between the earned value domain types and their DTOs.</summary>
internal static class EarnedValueJson
{
    internal static ThresholdsDto ToDto(EarnedValueThresholds t) => new()
    {
        CostPerformanceIndex = t.CostPerformanceIndex,
        SchedulePerformanceIndex = t.SchedulePerformanceIndex,
        SchedulePerformanceIndexTime = t.SchedulePerformanceIndexTime,
        ToCompletePerformanceIndex = t.ToCompletePerformanceIndex,
        CostVariancePercent = t.CostVariancePercent,
        ScheduleVariancePercent = t.ScheduleVariancePercent,
    };

    internal static EarnedValueThresholds FromDto(ThresholdsDto dto)
    {
        EarnedValueThresholds d = EarnedValueThresholds.Default;
        return new EarnedValueThresholds
        {
            CostPerformanceIndex = dto.CostPerformanceIndex ?? d.CostPerformanceIndex,
            SchedulePerformanceIndex = dto.SchedulePerformanceIndex ?? d.SchedulePerformanceIndex,
            SchedulePerformanceIndexTime = dto.SchedulePerformanceIndexTime ?? d.SchedulePerformanceIndexTime,
            ToCompletePerformanceIndex = dto.ToCompletePerformanceIndex ?? d.ToCompletePerformanceIndex,
            CostVariancePercent = dto.CostVariancePercent ?? d.CostVariancePercent,
            ScheduleVariancePercent = dto.ScheduleVariancePercent ?? d.ScheduleVariancePercent,
        };
    }

    internal static ControlAccountDto ToDto(ControlAccount a) => new()
    {
        Id = a.Id,
        Name = a.Name,
        Parent = a.ParentId,
        BudgetAtCompletion = a.BudgetAtCompletion,
        PlannedValue = a.PlannedValue.ToList(),
        EarnedValue = a.EarnedValue.ToList(),
        ActualCost = a.ActualCost.ToList(),
        BottomUpEstimateToComplete = a.BottomUpEstimateToComplete,
    };

    internal static ControlAccount FromDto(ControlAccountDto dto)
    {
        string id = NetworkJson.Required(dto.Id, "id");
        return ControlAccount.Create(
            id,
            dto.BudgetAtCompletion ?? throw new JsonException($"control account '{id}': missing required field 'budgetAtCompletion'"),
            dto.PlannedValue ?? new List<double>(),
            dto.EarnedValue ?? new List<double>(),
            dto.ActualCost ?? new List<double>(),
            dto.Parent,
            dto.Name,
            dto.BottomUpEstimateToComplete);
    }

    internal static ReportingCalendarDto ToDto(ReportingCalendar c) => new() { Start = c.Start, PeriodEnds = c.PeriodEnds.ToList() };

    internal static ReportingCalendar FromDto(ReportingCalendarDto dto) =>
        ReportingCalendar.Create(
            dto.Start ?? throw new JsonException("missing required field 'start' (the first day of the first period)"),
            dto.PeriodEnds ?? throw new JsonException("missing required field 'periodEnds'"));

    internal static WbsDto ToDto(WbsElement e) => new() { Id = e.Id, Name = e.Name, Parent = e.ParentId };

    internal static WbsElement FromDto(WbsDto dto) => new(NetworkJson.Required(dto.Id, "id"), dto.Parent, dto.Name);
}

/// <summary>A threshold band.</summary>
internal sealed class ThresholdBandDto
{
    public bool? HigherIsBetter { get; set; }

    public double? GreenBound { get; set; }

    public double? AmberBound { get; set; }
}

/// <summary>The status thresholds.</summary>
internal sealed class ThresholdsDto
{
    public ThresholdBand? CostPerformanceIndex { get; set; }

    public ThresholdBand? SchedulePerformanceIndex { get; set; }

    public ThresholdBand? SchedulePerformanceIndexTime { get; set; }

    public ThresholdBand? ToCompletePerformanceIndex { get; set; }

    public ThresholdBand? CostVariancePercent { get; set; }

    public ThresholdBand? ScheduleVariancePercent { get; set; }
}

/// <summary>The earned value options.</summary>
internal sealed class EarnedValueOptionsDto
{
    [JsonConverter(typeof(CamelCaseEnumJsonConverter<EstimateAtCompletionMethod>))]
    public EstimateAtCompletionMethod? PrimaryEstimate { get; set; }

    public double? CompositeCpiWeight { get; set; }

    public ThresholdsDto? Thresholds { get; set; }
}

/// <summary>A control account.</summary>
internal sealed class ControlAccountDto
{
    public string? Id { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Parent { get; set; }

    public double? BudgetAtCompletion { get; set; }

    public List<double>? PlannedValue { get; set; }

    public List<double>? EarnedValue { get; set; }

    public List<double>? ActualCost { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? BottomUpEstimateToComplete { get; set; }
}

/// <summary>A reporting calendar.</summary>
internal sealed class ReportingCalendarDto
{
    public LocalDate? Start { get; set; }

    public List<LocalDate>? PeriodEnds { get; set; }
}

/// <summary>An earned value project.</summary>
internal sealed class EarnedValueProjectDto
{
    public ReportingCalendarDto? Calendar { get; set; }

    public int? StatusPeriodCount { get; set; }

    public int? PlannedDuration { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<WbsDto?>? Elements { get; set; }

    public List<ControlAccountDto?>? Accounts { get; set; }
}
