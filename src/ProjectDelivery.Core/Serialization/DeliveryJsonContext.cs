using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;
using ProjectDelivery.Delivery.Fulfilment.Kpis;
using ProjectDelivery.Delivery.Fulfilment.Promises;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Domain;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using ProjectDelivery.Reporting;
using ProjectDelivery.Serialization.Delivery;

namespace ProjectDelivery.Serialization;

/// <summary>Source-generated JSON metadata of the delivery-management types (routing, SLA clocks, promise dates, KPIs).</summary>
/// <remarks>
/// Domain types with validated constructors have a converter (registered in <see cref="ProjectDeliveryJsonConverters"/>) mapping them to and from an
/// internal data-transfer object listed here too, so that the constructor validates once; plain records are read through
/// their constructors. docs/json.md, section "Delivery types", documents every shape.
/// </remarks>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Instant))]
[JsonSerializable(typeof(ZonedDateTime))]
// Routing: problem
[JsonSerializable(typeof(RoutingProblem))]
[JsonSerializable(typeof(RoutingProblemJson))]
[JsonSerializable(typeof(TravelNetwork))]
[JsonSerializable(typeof(TravelNetworkJson))]
[JsonSerializable(typeof(Job))]
[JsonSerializable(typeof(JobJson))]
[JsonSerializable(typeof(Shipment))]
[JsonSerializable(typeof(ShipmentJson))]
[JsonSerializable(typeof(TimeWindow))]
[JsonSerializable(typeof(VehicleType))]
[JsonSerializable(typeof(VehicleTypeJson))]
[JsonSerializable(typeof(DistanceRounding))]
[JsonSerializable(typeof(RoutingObjective))]
[JsonSerializable(typeof(RoutingConstruction))]
[JsonSerializable(typeof(RoutingSolverOptions))]
[JsonSerializable(typeof(RoutingSolverOptionsJson))]
// Routing: solution
[JsonSerializable(typeof(RoutingSolution))]
[JsonSerializable(typeof(RoutingSolutionJson))]
[JsonSerializable(typeof(VehicleRoute))]
[JsonSerializable(typeof(Stop))]
[JsonSerializable(typeof(UnassignedJob))]
[JsonSerializable(typeof(UnassignedReason))]
[JsonSerializable(typeof(SolverStatistics))]
// Routing: delivery domain
[JsonSerializable(typeof(GeoPoint))]
[JsonSerializable(typeof(DeliveryOrder))]
[JsonSerializable(typeof(ShipmentOrder))]
[JsonSerializable(typeof(DeliveryVehicle))]
[JsonSerializable(typeof(DeliveryPlan))]
[JsonSerializable(typeof(PlannedRoute))]
[JsonSerializable(typeof(PlannedStop))]
[JsonSerializable(typeof(UnplannedOrder))]
// Fulfilment: SLA clocks
[JsonSerializable(typeof(SlaEvent))]
[JsonSerializable(typeof(SlaEventType))]
[JsonSerializable(typeof(RoutingRunSummary))]
[JsonSerializable(typeof(LeftOutJob))]
[JsonSerializable(typeof(SlaEventLog))]
[JsonSerializable(typeof(SlaEvent[][]))]
[JsonSerializable(typeof(SlaState))]
[JsonSerializable(typeof(SlaStatus))]
[JsonSerializable(typeof(SlaStatusJson))]
[JsonSerializable(typeof(SlaReport))]
[JsonSerializable(typeof(SlaReportJson))]
[JsonSerializable(typeof(PromiseReport))]
[JsonSerializable(typeof(PromiseReportJson))]
[JsonSerializable(typeof(SlaTicketStatus))]
[JsonSerializable(typeof(SlaTicketStatusJson))]
[JsonSerializable(typeof(SlaSubject))]
[JsonSerializable(typeof(SlaRequest))]
[JsonSerializable(typeof(SlaRequestJson))]
[JsonSerializable(typeof(SlaTicketRequest))]
[JsonSerializable(typeof(SlaTicketRequestJson))]
[JsonSerializable(typeof(SlaClock))]
[JsonSerializable(typeof(SlaClockJson))]
// Fulfilment: promise dates
[JsonSerializable(typeof(DeliveryPromise))]
[JsonSerializable(typeof(DeliveryPromiseJson))]
[JsonSerializable(typeof(OrderPromise))]
[JsonSerializable(typeof(PromiseStep))]
[JsonSerializable(typeof(PromiseStepJson))]
[JsonSerializable(typeof(ProcessingTime))]
[JsonSerializable(typeof(ProcessingTimeJson))]
[JsonSerializable(typeof(Warehouse))]
[JsonSerializable(typeof(WarehouseJson))]
[JsonSerializable(typeof(CarrierService))]
[JsonSerializable(typeof(CarrierServiceJson))]
[JsonSerializable(typeof(PromiseOrder))]
[JsonSerializable(typeof(PromiseOrderJson))]
[JsonSerializable(typeof(PromiseRequest))]
[JsonSerializable(typeof(PromiseRequestJson))]
// Fulfilment: KPIs
[JsonSerializable(typeof(FulfilmentOrder))]
[JsonSerializable(typeof(FulfilmentOrderJson))]
[JsonSerializable(typeof(OrderLine))]
[JsonSerializable(typeof(OrderLineJson))]
[JsonSerializable(typeof(KpiOptions))]
[JsonSerializable(typeof(KpiRatio))]
[JsonSerializable(typeof(DurationSummary))]
[JsonSerializable(typeof(DurationSummaryJson))]
[JsonSerializable(typeof(DeliveryKpis))]
[JsonSerializable(typeof(DeliveryKpisJson))]
[JsonSerializable(typeof(KpiGroup))]
[JsonSerializable(typeof(KpiGroupJson))]
[JsonSerializable(typeof(KpiRow))]
[JsonSerializable(typeof(KpiRowJson))]
// Delivery report rows (ProjectDelivery.Reporting): plain data, read back through their internal [JsonConstructor]s
[JsonSerializable(typeof(RoutingSummary))]
[JsonSerializable(typeof(RouteRow))]
[JsonSerializable(typeof(RouteStopRow))]
[JsonSerializable(typeof(UnassignedJobRow))]
[JsonSerializable(typeof(DeliveryStopRow))]
[JsonSerializable(typeof(SlaStatusRow))]
[JsonSerializable(typeof(IReadOnlyList<RouteRow>))]
[JsonSerializable(typeof(IReadOnlyList<RouteStopRow>))]
[JsonSerializable(typeof(IReadOnlyList<DeliveryStopRow>))]
[JsonSerializable(typeof(IReadOnlyList<SlaStatusRow>))]
internal sealed partial class DeliveryJsonContext : JsonSerializerContext
{
}
