using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProjectDelivery.Charts;

namespace ProjectDelivery.Serialization.Charts;

/// <summary>JSON of <see cref="MapPoint"/>: <c>{ "x", "y", "label"? }</c> (finite numbers).</summary>
internal sealed class MapPointDto
{
    [JsonRequired]
    public double X { get; set; }

    [JsonRequired]
    public double Y { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Label { get; set; }
}

/// <summary>JSON of <see cref="MapRoute"/>: <c>{ "name", "stops": [ point indices ] }</c>.</summary>
internal sealed class MapRouteDto
{
    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonRequired]
    public int[] Stops { get; set; } = null!;
}

/// <summary>JSON of <see cref="RouteMap"/>: <c>{ "points": [ point ], "depots"?: [ indices ], "routes"?: [ route ] }</c>.</summary>
internal sealed class RouteMapDto
{
    [JsonRequired]
    public List<MapPoint> Points { get; set; } = null!;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int[]? Depots { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<MapRoute?>? Routes { get; set; }
}

/// <summary>Maps <see cref="MapPoint"/> to and from <see cref="MapPointDto"/>.</summary>
internal sealed class MapPointJsonConverter : ItemDtoJsonConverter<MapPoint, MapPointDto>
{
    protected override MapPoint FromDto(MapPointDto dto)
    {
        string item = dto.Label is null ? "point" : $"point '{dto.Label}'";
        return new(ItemPath.Finite(dto.X, item, "x"), ItemPath.Finite(dto.Y, item, "y"), dto.Label);
    }

    protected override MapPointDto ToDto(MapPoint value) => new() { X = value.X, Y = value.Y, Label = value.Label };
}

/// <summary>Maps <see cref="MapRoute"/> to and from <see cref="MapRouteDto"/>.</summary>
internal sealed class MapRouteJsonConverter : ItemDtoJsonConverter<MapRoute, MapRouteDto>
{
    protected override MapRoute FromDto(MapRouteDto dto) => new(
        dto.Name ?? throw new JsonException("a route needs a 'name', got null."),
        dto.Stops ?? throw new JsonException($"route '{dto.Name}' needs 'stops', got null."));

    protected override MapRouteDto ToDto(MapRoute value) => new() { Name = value.Name, Stops = value.Stops.ToArray() };
}

/// <summary>
/// Maps <see cref="RouteMap"/> to and from <see cref="RouteMapDto"/>; the map is built by its public constructor, whose
/// <see cref="System.ArgumentException"/> names the point, depot or route.
/// </summary>
internal sealed class RouteMapJsonConverter : ItemDtoJsonConverter<RouteMap, RouteMapDto>
{
    protected override RouteMap FromDto(RouteMapDto dto) => new(
        dto.Points ?? throw new JsonException("$.points: a route map needs points, got null."),
        dto.Depots ?? System.Array.Empty<int>(),
        dto.Routes?.Select(r => r!) ?? System.Array.Empty<MapRoute>());

    protected override RouteMapDto ToDto(RouteMap value) => new()
    {
        Points = value.Points.ToList(),
        Depots = value.Depots.Count == 0 ? null : value.Depots.ToArray(),
        Routes = value.Routes.Count == 0 ? null : value.Routes.Select(r => (MapRoute?)r).ToList(),
    };
}
