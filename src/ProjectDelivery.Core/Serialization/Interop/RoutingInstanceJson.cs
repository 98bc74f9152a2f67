using System.Text.Json;
using System.Text.Json.Serialization;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Interop.Routing;

namespace ProjectDelivery.Serialization.Interop;

/// <summary>
/// JSON of <see cref="RoutingInstance"/>: <c>{ "name", "problem", "depotId", "kind": "solomon" | "tsp" | "cvrp" }</c>; the
/// problem is the delivery contract's routing-problem object.
/// </summary>
internal sealed class RoutingInstanceDto
{
    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonRequired]
    [JsonConverter(typeof(NestedPathJsonConverter<RoutingProblem>))]
    public RoutingProblem Problem { get; set; } = null!;

    [JsonRequired]
    public int DepotId { get; set; }

    [JsonRequired]
    public RoutingInstanceKind Kind { get; set; }
}

/// <summary>Maps <see cref="RoutingInstance"/> to and from <see cref="RoutingInstanceDto"/>.</summary>
internal sealed class RoutingInstanceJsonConverter : ItemDtoJsonConverter<RoutingInstance, RoutingInstanceDto>
{
    protected override RoutingInstance FromDto(RoutingInstanceDto dto) => new(
        dto.Name ?? throw new JsonException("$.name: a routing instance needs a name, got null."),
        dto.Problem ?? throw new JsonException($"$.problem: instance '{dto.Name}' needs a problem object, got null."),
        dto.DepotId,
        dto.Kind);

    protected override RoutingInstanceDto ToDto(RoutingInstance value) =>
        new() { Name = value.Name, Problem = value.Problem, DepotId = value.DepotId, Kind = value.Kind };
}
