using System.Text.Json.Serialization;
using NodaTime;

namespace ProjectDelivery.Serialization;

/// <summary>Source-generated JSON metadata of the delivery-management types (routing, SLA clocks, promise dates, KPIs).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Instant))]
[JsonSerializable(typeof(ZonedDateTime))]
internal sealed partial class DeliveryJsonContext : JsonSerializerContext
{
}
