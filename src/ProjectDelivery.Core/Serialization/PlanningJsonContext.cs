using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.EarnedValue;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Serialization.Planning;

namespace ProjectDelivery.Serialization;

/// <summary>Source-generated JSON metadata of the project-planning types (calendars, schedules, earned value, risk).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LocalDateTime))]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(WorkingCalendar))]
[JsonSerializable(typeof(CalendarDto))]
[JsonSerializable(typeof(ScheduleMoment))]
[JsonSerializable(typeof(Dependency))]
[JsonSerializable(typeof(ActivityConstraint))]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ProjectNetwork))]
[JsonSerializable(typeof(NetworkDto))]
[JsonSerializable(typeof(ActivityProgress))]
[JsonSerializable(typeof(ProgressDto))]
[JsonSerializable(typeof(ProjectDelivery.Planning.Scheduling.WbsElement))]
[JsonSerializable(typeof(RankCorrelation))]
[JsonSerializable(typeof(CorrelationDto))]
[JsonSerializable(typeof(ActivityUncertainty))]
[JsonSerializable(typeof(UncertaintyDto))]
[JsonSerializable(typeof(RiskDriver))]
[JsonSerializable(typeof(DriverDto))]
[JsonSerializable(typeof(RiskAssessment))]
[JsonSerializable(typeof(AssessmentDto))]
[JsonSerializable(typeof(EarnedValuePeriod))]
[JsonSerializable(typeof(ScheduleRequest))]
[JsonSerializable(typeof(ScheduleReport))]
[JsonSerializable(typeof(EarnedValueRequest))]
[JsonSerializable(typeof(EarnedValueRequestDto))]
[JsonSerializable(typeof(EarnedValueStatement))]
[JsonSerializable(typeof(UncertainValue))]
[JsonSerializable(typeof(ScheduleRiskRequest))]
[JsonSerializable(typeof(RiskScoringSettings))]
[JsonSerializable(typeof(ScheduleRiskReport))]
internal sealed partial class PlanningJsonContext : JsonSerializerContext
{
}
