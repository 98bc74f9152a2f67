using System.Text.Json.Serialization;
using ProjectDelivery.Interop;
using ProjectDelivery.Interop.Routing;
using ProjectDelivery.Serialization.Interop;

namespace ProjectDelivery.Serialization;

/// <summary>Source-generated JSON metadata of the interop data types (imported schedules and routing benchmark instances).</summary>
/// <remarks>
/// Each domain type has a converter (registered in <see cref="ProjectDeliveryJsonConverters"/>) mapping it to and from an internal data-transfer object
/// listed here too; the network, calendars and routing problem inside are the planning and delivery contracts' own
/// objects. docs/json.md, section "Interop types", documents every shape.
/// </remarks>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ScheduleFileFormat))]
[JsonSerializable(typeof(TotalFloatType))]
[JsonSerializable(typeof(ResourceKind))]
[JsonSerializable(typeof(RoutingInstanceKind))]
[JsonSerializable(typeof(ImportedTask))]
[JsonSerializable(typeof(ImportedTaskDto))]
[JsonSerializable(typeof(ImportedResource))]
[JsonSerializable(typeof(ImportedResourceDto))]
[JsonSerializable(typeof(ImportedAssignment))]
[JsonSerializable(typeof(ImportedAssignmentDto))]
[JsonSerializable(typeof(ImportedSchedule))]
[JsonSerializable(typeof(ImportedScheduleDto))]
[JsonSerializable(typeof(RoutingInstance))]
[JsonSerializable(typeof(RoutingInstanceDto))]
internal sealed partial class InteropJsonContext : JsonSerializerContext
{
}
