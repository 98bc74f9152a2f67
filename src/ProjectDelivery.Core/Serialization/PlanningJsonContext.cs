using System.Text.Json.Serialization;
using NodaTime;

namespace ProjectDelivery.Serialization;

/// <summary>Source-generated JSON metadata of the project-planning types (calendars, schedules, earned value, risk).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LocalDateTime))]
[JsonSerializable(typeof(LocalDate))]
internal sealed partial class PlanningJsonContext : JsonSerializerContext
{
}
