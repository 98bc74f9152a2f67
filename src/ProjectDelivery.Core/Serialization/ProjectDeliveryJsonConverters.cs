using System.Text.Json.Serialization;

namespace ProjectDelivery.Serialization;

/// <summary>
/// The converters of the library's JSON contract, registered in <see cref="ProjectDeliveryJson.Options"/> rather than by
/// attributes on the domain types: the domain names no format (docs/architecture.md). Grouped by the namespace of the
/// type each converter reads and writes.
/// </summary>
/// <remarks>
/// Source-generated metadata consults <see cref="System.Text.Json.JsonSerializerOptions.Converters"/> for every type,
/// nested property types included, so a domain value reads and writes the same wherever it appears. Callers of
/// <see cref="System.Text.Json.JsonSerializer"/> with other options do not get these converters.
/// </remarks>
internal static class ProjectDeliveryJsonConverters
{
    /// <summary>New instances of every converter of the contract (the factories included).</summary>
    /// <returns>The converters, in registration order.</returns>
    internal static JsonConverter[] Create() =>
    [
        // ProjectDelivery.Calendars
        new global::ProjectDelivery.Serialization.Planning.CalendarExceptionJsonConverter(), // ProjectDelivery.Calendars.CalendarException
        new global::ProjectDelivery.Serialization.Planning.WorkWeekJsonConverter(), // ProjectDelivery.Calendars.WorkWeek
        new global::ProjectDelivery.Serialization.Planning.WorkingCalendarJsonConverter(), // ProjectDelivery.Calendars.WorkingCalendar
        new global::ProjectDelivery.Serialization.Planning.WorkingDayJsonConverter(), // ProjectDelivery.Calendars.WorkingDay
        new global::ProjectDelivery.Serialization.Planning.WorkingIntervalJsonConverter(), // ProjectDelivery.Calendars.WorkingInterval
        // ProjectDelivery.Charts
        new global::ProjectDelivery.Serialization.Charts.ChartOptionsJsonConverter(), // ProjectDelivery.Charts.ChartOptions
        new global::ProjectDelivery.Serialization.Charts.MapPointJsonConverter(), // ProjectDelivery.Charts.MapPoint
        new global::ProjectDelivery.Serialization.Charts.MapRouteJsonConverter(), // ProjectDelivery.Charts.MapRoute
        new global::ProjectDelivery.Serialization.Charts.RouteMapJsonConverter(), // ProjectDelivery.Charts.RouteMap
        // ProjectDelivery.Delivery.Fulfilment.Kpis
        new global::ProjectDelivery.Serialization.Delivery.DeliveryKpisJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.Kpis.DeliveryKpis
        new global::ProjectDelivery.Serialization.Delivery.DurationSummaryJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.Kpis.DurationSummary
        new global::ProjectDelivery.Serialization.Delivery.FulfilmentOrderJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.Kpis.FulfilmentOrder
        new global::ProjectDelivery.Serialization.Delivery.KpiGroupJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.Kpis.KpiGroup
        new global::ProjectDelivery.Serialization.Delivery.KpiRowJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.Kpis.KpiRow
        new global::ProjectDelivery.Serialization.Delivery.OrderLineJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.Kpis.OrderLine
        // ProjectDelivery.Delivery.Fulfilment.Promises
        new global::ProjectDelivery.Serialization.Delivery.CarrierServiceJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.Promises.CarrierService
        new global::ProjectDelivery.Serialization.Delivery.DeliveryPromiseJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.Promises.DeliveryPromise
        new global::ProjectDelivery.Serialization.Delivery.OrderPromiseJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.Promises.OrderPromise
        new global::ProjectDelivery.Serialization.Delivery.ProcessingTimeJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.Promises.ProcessingTime
        new global::ProjectDelivery.Serialization.Delivery.PromiseOrderJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.Promises.PromiseOrder
        new global::ProjectDelivery.Serialization.Delivery.PromiseReportJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.Promises.PromiseReport
        new global::ProjectDelivery.Serialization.Delivery.PromiseStepJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.Promises.PromiseStep
        new global::ProjectDelivery.Serialization.Delivery.WarehouseJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.Promises.Warehouse
        // ProjectDelivery.Delivery.Fulfilment.ServiceLevels
        new global::ProjectDelivery.Serialization.Delivery.SlaClockJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaClock
        new global::ProjectDelivery.Serialization.Delivery.SlaEventLogJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaEventLog
        new global::ProjectDelivery.Serialization.CamelCaseEnumJsonConverter<ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaEventType>(), // ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaEventType
        new global::ProjectDelivery.Serialization.Delivery.SlaReportJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaReport
        new global::ProjectDelivery.Serialization.Delivery.SlaRequestJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaRequest
        new global::ProjectDelivery.Serialization.Delivery.SlaTicketRequestJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaTicketRequest
        new global::ProjectDelivery.Serialization.CamelCaseEnumJsonConverter<ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaState>(), // ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaState
        new global::ProjectDelivery.Serialization.Delivery.SlaStatusJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaStatus
        new global::ProjectDelivery.Serialization.Delivery.SlaTicketStatusJsonConverter(), // ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaTicketStatus
        // ProjectDelivery.Delivery.Routing.Model
        new global::ProjectDelivery.Serialization.CamelCaseEnumJsonConverter<ProjectDelivery.Delivery.Routing.Model.DistanceRounding>(), // ProjectDelivery.Delivery.Routing.Model.DistanceRounding
        new global::ProjectDelivery.Serialization.Delivery.JobJsonConverter(), // ProjectDelivery.Delivery.Routing.Model.Job
        new global::ProjectDelivery.Serialization.Delivery.RoutingProblemJsonConverter(), // ProjectDelivery.Delivery.Routing.Model.RoutingProblem
        new global::ProjectDelivery.Serialization.Delivery.ShipmentJsonConverter(), // ProjectDelivery.Delivery.Routing.Model.Shipment
        new global::ProjectDelivery.Serialization.Delivery.TimeWindowJsonConverter(), // ProjectDelivery.Delivery.Routing.Model.TimeWindow
        new global::ProjectDelivery.Serialization.Delivery.TravelNetworkJsonConverter(), // ProjectDelivery.Delivery.Routing.Model.TravelNetwork
        new global::ProjectDelivery.Serialization.Delivery.VehicleTypeJsonConverter(), // ProjectDelivery.Delivery.Routing.Model.VehicleType
        // ProjectDelivery.Delivery.Routing
        new global::ProjectDelivery.Serialization.CamelCaseEnumJsonConverter<ProjectDelivery.Delivery.Routing.RoutingConstruction>(), // ProjectDelivery.Delivery.Routing.RoutingConstruction
        new global::ProjectDelivery.Serialization.CamelCaseEnumJsonConverter<ProjectDelivery.Delivery.Routing.RoutingObjective>(), // ProjectDelivery.Delivery.Routing.RoutingObjective
        new global::ProjectDelivery.Serialization.Delivery.RoutingSolverOptionsJsonConverter(), // ProjectDelivery.Delivery.Routing.RoutingSolverOptions
        // ProjectDelivery.Delivery.Routing.Solutions
        new global::ProjectDelivery.Serialization.Delivery.RoutingRunSummaryJsonConverter(), // ProjectDelivery.Delivery.Routing.Solutions.RoutingRunSummary
        new global::ProjectDelivery.Serialization.Delivery.LeftOutJobJsonConverter(), // ProjectDelivery.Delivery.Routing.Solutions.LeftOutJob
        new global::ProjectDelivery.Serialization.Delivery.RoutingSolutionJsonConverter(), // ProjectDelivery.Delivery.Routing.Solutions.RoutingSolution
        new global::ProjectDelivery.Serialization.CamelCaseEnumJsonConverter<ProjectDelivery.Delivery.Routing.Solutions.UnassignedReason>(), // ProjectDelivery.Delivery.Routing.Solutions.UnassignedReason
        // ProjectDelivery.Interop
        new global::ProjectDelivery.Serialization.Interop.ImportedResourceJsonConverter(), // ProjectDelivery.Interop.ImportedResource
        new global::ProjectDelivery.Serialization.CamelCaseEnumJsonConverter<ProjectDelivery.Interop.ResourceKind>(), // ProjectDelivery.Interop.ResourceKind
        new global::ProjectDelivery.Serialization.Interop.ImportedAssignmentJsonConverter(), // ProjectDelivery.Interop.ImportedAssignment
        new global::ProjectDelivery.Serialization.CamelCaseEnumJsonConverter<ProjectDelivery.Interop.ScheduleFileFormat>(), // ProjectDelivery.Interop.ScheduleFileFormat
        new global::ProjectDelivery.Serialization.CamelCaseEnumJsonConverter<ProjectDelivery.Interop.TotalFloatType>(), // ProjectDelivery.Interop.TotalFloatType
        new global::ProjectDelivery.Serialization.Interop.ImportedScheduleJsonConverter(), // ProjectDelivery.Interop.ImportedSchedule
        new global::ProjectDelivery.Serialization.Interop.ImportedTaskJsonConverter(), // ProjectDelivery.Interop.ImportedTask
        // ProjectDelivery.Interop.Routing
        new global::ProjectDelivery.Serialization.Interop.RoutingInstanceJsonConverter(), // ProjectDelivery.Interop.Routing.RoutingInstance
        new global::ProjectDelivery.Serialization.CamelCaseEnumJsonConverter<ProjectDelivery.Interop.Routing.RoutingInstanceKind>(), // ProjectDelivery.Interop.Routing.RoutingInstanceKind
        // ProjectDelivery.Planning.EarnedValue
        new global::ProjectDelivery.Serialization.Planning.ActivityBudgetJsonConverter(), // ProjectDelivery.Planning.EarnedValue.ActivityBudget
        new global::ProjectDelivery.Serialization.Planning.ControlAccountJsonConverter(), // ProjectDelivery.Planning.EarnedValue.ControlAccount
        new global::ProjectDelivery.Serialization.Planning.EarnedValueMetricsJsonConverter(), // ProjectDelivery.Planning.EarnedValue.EarnedValueMetrics
        new global::ProjectDelivery.Serialization.Planning.EarnedValueNodeJsonConverter(), // ProjectDelivery.Planning.EarnedValue.EarnedValueNode
        new global::ProjectDelivery.Serialization.Planning.EarnedValueOptionsJsonConverter(), // ProjectDelivery.Planning.EarnedValue.EarnedValueOptions
        new global::ProjectDelivery.Serialization.Planning.EarnedValueProjectJsonConverter(), // ProjectDelivery.Planning.EarnedValue.EarnedValueProject
        new global::ProjectDelivery.Serialization.Planning.EarnedValueReportJsonConverter(), // ProjectDelivery.Planning.EarnedValue.EarnedValueReport
        new global::ProjectDelivery.Serialization.Planning.EarnedValueRequestJsonConverter(), // ProjectDelivery.Planning.EarnedValue.EarnedValueRequest
        new global::ProjectDelivery.Serialization.Planning.EarnedValueRowJsonConverter(), // ProjectDelivery.Planning.EarnedValue.EarnedValueRow
        new global::ProjectDelivery.Serialization.Planning.EarnedValueThresholdsJsonConverter(), // ProjectDelivery.Planning.EarnedValue.EarnedValueThresholds
        new global::ProjectDelivery.Serialization.Planning.MilestoneJsonConverter(), // ProjectDelivery.Planning.EarnedValue.Milestone
        new global::ProjectDelivery.Serialization.Planning.ReportingCalendarJsonConverter(), // ProjectDelivery.Planning.EarnedValue.ReportingCalendar
        new global::ProjectDelivery.Serialization.Planning.SCurvePointJsonConverter(), // ProjectDelivery.Planning.EarnedValue.SCurvePoint
        new global::ProjectDelivery.Serialization.Planning.ThresholdBandJsonConverter(), // ProjectDelivery.Planning.EarnedValue.ThresholdBand
        new global::ProjectDelivery.Serialization.Planning.EarnedValueWbsElementJsonConverter(), // ProjectDelivery.Planning.EarnedValue.WbsElement
        // ProjectDelivery.Planning.Risk
        new global::ProjectDelivery.Serialization.Planning.ExposureRowJsonConverter(), // ProjectDelivery.Planning.Risk.ExposureRow
        new global::ProjectDelivery.Serialization.Planning.HeatMapCellJsonConverter(), // ProjectDelivery.Planning.Risk.HeatMapCell
        new global::ProjectDelivery.Serialization.Planning.ProbabilityImpactMatrixJsonConverter(), // ProjectDelivery.Planning.Risk.ProbabilityImpactMatrix
        new global::ProjectDelivery.Serialization.Planning.ProjectRiskJsonConverter(), // ProjectDelivery.Planning.Risk.ProjectRisk
        new global::ProjectDelivery.Serialization.Planning.ResponseActionJsonConverter(), // ProjectDelivery.Planning.Risk.ResponseAction
        new global::ProjectDelivery.Serialization.Planning.RiskAssessmentJsonConverter(), // ProjectDelivery.Planning.Risk.RiskAssessment
        new global::ProjectDelivery.Serialization.Planning.RiskListingRowJsonConverter(), // ProjectDelivery.Planning.Risk.RiskListingRow
        new global::ProjectDelivery.Serialization.Planning.RiskRatingJsonConverter(), // ProjectDelivery.Planning.Risk.RiskRating
        new global::ProjectDelivery.Serialization.Planning.RiskRegisterJsonConverter(), // ProjectDelivery.Planning.Risk.RiskRegister
        new global::ProjectDelivery.Serialization.Planning.RiskResponseJsonConverter(), // ProjectDelivery.Planning.Risk.RiskResponse
        new global::ProjectDelivery.Serialization.Planning.RiskRevisionJsonConverter(), // ProjectDelivery.Planning.Risk.RiskRevision
        new global::ProjectDelivery.Serialization.Planning.RiskScaleJsonConverter(), // ProjectDelivery.Planning.Risk.RiskScale
        new global::ProjectDelivery.Serialization.Planning.RiskScoringModelJsonConverter(), // ProjectDelivery.Planning.Risk.RiskScoringModel
        new global::ProjectDelivery.Serialization.Planning.ScaleLevelJsonConverter(), // ProjectDelivery.Planning.Risk.ScaleLevel
        // ProjectDelivery.Planning.Risk.Simulation
        new global::ProjectDelivery.Serialization.Planning.ActivityUncertaintyJsonConverter(), // ProjectDelivery.Planning.Risk.Simulation.ActivityUncertainty
        new global::ProjectDelivery.Serialization.Planning.HistogramBinJsonConverter(), // ProjectDelivery.Planning.Risk.Simulation.HistogramBin
        new global::ProjectDelivery.Serialization.Planning.MonteCarloOptionsJsonConverter(), // ProjectDelivery.Planning.Risk.Simulation.MonteCarloOptions
        new global::ProjectDelivery.Serialization.Planning.OutcomeDistributionJsonConverter(), // ProjectDelivery.Planning.Risk.Simulation.OutcomeDistribution
        new global::ProjectDelivery.Serialization.Planning.RankCorrelationJsonConverter(), // ProjectDelivery.Planning.Risk.Simulation.RankCorrelation
        new global::ProjectDelivery.Serialization.Planning.RiskDriverJsonConverter(), // ProjectDelivery.Planning.Risk.Simulation.RiskDriver
        new global::ProjectDelivery.Serialization.Planning.ScheduleRiskModelJsonConverter(), // ProjectDelivery.Planning.Risk.Simulation.ScheduleRiskModel
        new global::ProjectDelivery.Serialization.Planning.ScheduleRiskRequestJsonConverter(), // ProjectDelivery.Planning.Risk.Simulation.ScheduleRiskRequest
        new global::ProjectDelivery.Serialization.Planning.ScheduleRiskResultJsonConverter(), // ProjectDelivery.Planning.Risk.Simulation.ScheduleRiskResult
        new global::ProjectDelivery.Serialization.Planning.SensitivityRowJsonConverter(), // ProjectDelivery.Planning.Risk.Simulation.SensitivityRow
        new global::ProjectDelivery.Serialization.Planning.UncertainValueJsonConverter(), // ProjectDelivery.Planning.Risk.Simulation.UncertainValue
        // ProjectDelivery.Planning.Scheduling
        new global::ProjectDelivery.Serialization.Planning.ActivityJsonConverter(), // ProjectDelivery.Planning.Scheduling.Activity
        new global::ProjectDelivery.Serialization.Planning.ActivityConstraintJsonConverter(), // ProjectDelivery.Planning.Scheduling.ActivityConstraint
        new global::ProjectDelivery.Serialization.Planning.ActivityProgressJsonConverter(), // ProjectDelivery.Planning.Scheduling.ActivityProgress
        new global::ProjectDelivery.Serialization.Planning.ScheduleRowJsonConverterFactory(), // ProjectDelivery.Planning.Scheduling.ActivitySchedule
        new global::ProjectDelivery.Serialization.Planning.DependencyJsonConverter(), // ProjectDelivery.Planning.Scheduling.Dependency
        new global::ProjectDelivery.Serialization.Planning.ScheduleJsonConverterFactory(), // ProjectDelivery.Planning.Scheduling.Schedule
        new global::ProjectDelivery.Serialization.Planning.ScheduleMomentJsonConverter(), // ProjectDelivery.Planning.Scheduling.ScheduleMoment
        new global::ProjectDelivery.Serialization.Planning.ScheduleOptionsJsonConverter(), // ProjectDelivery.Planning.Scheduling.ScheduleOptions
        new global::ProjectDelivery.Serialization.Planning.CalendarScheduleOptionsJsonConverter(), // ProjectDelivery.Planning.Scheduling.CalendarScheduleOptions
        new global::ProjectDelivery.Serialization.Planning.ScheduleRequestJsonConverter(), // ProjectDelivery.Planning.Scheduling.ScheduleRequest
        new global::ProjectDelivery.Serialization.Planning.WbsElementJsonConverter(), // ProjectDelivery.Planning.Scheduling.WbsElement
        // ProjectDelivery.Reporting
        new global::ProjectDelivery.Serialization.Planning.ActivityRiskRowJsonConverter(), // ProjectDelivery.Reporting.ActivityRiskRow
        new global::ProjectDelivery.Serialization.Planning.ScheduleRiskSummaryJsonConverter(), // ProjectDelivery.Reporting.ScheduleRiskSummary
        new global::ProjectDelivery.Serialization.Planning.ScheduleRowJsonConverter(), // ProjectDelivery.Reporting.ScheduleRow
        new global::ProjectDelivery.Serialization.Planning.SimulationPercentileRowJsonConverter(), // ProjectDelivery.Reporting.SimulationPercentileRow
        // Enums written as camelCase strings wherever they appear (formerly attributes on properties)
        new global::ProjectDelivery.Serialization.CamelCaseEnumJsonConverter<global::ProjectDelivery.Planning.EarnedValue.PerformanceStatus>(),
        new global::ProjectDelivery.Serialization.CamelCaseEnumJsonConverter<global::ProjectDelivery.Planning.Risk.RagZone>(),
        new global::ProjectDelivery.Serialization.CamelCaseEnumJsonConverter<global::ProjectDelivery.Planning.Risk.RiskKind>(),
        new global::ProjectDelivery.Serialization.CamelCaseEnumJsonConverter<global::ProjectDelivery.Planning.Scheduling.ActivityStatus>(),
    ];
}
