using System.Text.Json.Serialization;
using ProjectDelivery.Charts;
using ProjectDelivery.Serialization.Charts;

namespace ProjectDelivery.Serialization;

/// <summary>Source-generated JSON metadata of the chart inputs (chart options and route maps).</summary>
/// <remarks>
/// Each domain type has a converter (registered in <see cref="ProjectDeliveryJsonConverters"/>) mapping it to and from an internal data-transfer object
/// listed here too. docs/json.md, section "Chart types", documents every shape.
/// </remarks>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ChartOptions))]
[JsonSerializable(typeof(ChartOptionsDto))]
[JsonSerializable(typeof(MapPoint))]
[JsonSerializable(typeof(MapPointDto))]
[JsonSerializable(typeof(MapRoute))]
[JsonSerializable(typeof(MapRouteDto))]
[JsonSerializable(typeof(RouteMap))]
[JsonSerializable(typeof(RouteMapDto))]
internal sealed partial class ChartsJsonContext : JsonSerializerContext
{
}
