using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Serialization.Delivery;

// The JSON shapes of the routing problem. A new optional job or vehicle-type field is one nullable property here
// (absent = the domain default, omitted when writing the default) plus its argument in the converter's two mappings.

/// <summary>
/// JSON of <see cref="Job"/>: <c>{ "id", "location", "demand", "service", "window": [open, close], "timeWindows": [[open, close], ...],
/// "latenessCost", "priority", "skills", "penalty" }</c> (<c>window</c> and <c>timeWindows</c> exclude each other; a null close is +∞).
/// </summary>
[JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class JobJson
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public int Location { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double[]? Demand { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Service { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(WindowPairJsonConverter))]
    public double?[]? Window { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(WindowPairListJsonConverter))]
    public double?[]?[]? TimeWindows { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? LatenessCost { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Priority { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string[]? Skills { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Penalty { get; set; }
}

/// <summary>JSON of <see cref="VehicleType"/>.</summary>
[JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class VehicleTypeJson
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Count { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double[]? Capacity { get; set; }

    [JsonRequired]
    public int Start { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? End { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ShiftStart { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ShiftEnd { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? MaxDuration { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? MaxDistance { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? FixedCost { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? CostPerDistance { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? CostPerTime { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string[]? Skills { get; set; }
}

/// <summary>JSON of <see cref="TravelNetwork"/> (the problem's <c>locations</c>): coordinates, or distance and time matrices.</summary>
[JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class TravelNetworkJson
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double[][]? Coordinates { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DistanceRounding? Rounding { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Speed { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double[][]? Distance { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double[][]? Time { get; set; }
}

/// <summary>JSON of <see cref="RoutingProblem"/>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class RoutingProblemJson
{
    [JsonRequired]
    public TravelNetworkJson Locations { get; set; } = null!;

    [JsonRequired]
    public VehicleTypeJson[] VehicleTypes { get; set; } = null!;

    [JsonRequired]
    public JobJson[] Jobs { get; set; } = null!;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ShipmentJson[]? Shipments { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? BalanceCost { get; set; }
}

/// <summary>JSON of <see cref="Shipment"/>: the ids of its pickup and delivery jobs.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class ShipmentJson
{
    [JsonRequired]
    public string Pickup { get; set; } = null!;

    [JsonRequired]
    public string Delivery { get; set; } = null!;
}

/// <summary>Maps <see cref="Shipment"/> to and from <see cref="ShipmentJson"/>.</summary>
internal sealed class ShipmentJsonConverter : DtoJsonConverter<Shipment, ShipmentJson>
{
    protected override Shipment FromDto(ShipmentJson dto) => new(dto.Pickup, dto.Delivery);

    protected override ShipmentJson ToDto(Shipment value) => new() { Pickup = value.PickupJobId, Delivery = value.DeliveryJobId };
}

/// <summary>Maps <see cref="Job"/> to and from <see cref="JobJson"/>.</summary>
internal sealed class JobJsonConverter : DtoJsonConverter<Job, JobJson>
{
    internal static Job ToJob(JobJson dto, string path)
    {
        if (dto is null)
        {
            throw new JsonException($"{path}: a job is required, got null.");
        }

        if (dto.Id is null)
        {
            throw ElementReader.Error(path + ".id", "expected the job's id (a string), got null");
        }

        double open = 0, close = double.PositiveInfinity;
        if (dto.Window is { } window)
        {
            if (dto.TimeWindows is not null)
            {
                throw new JsonException($"Job '{dto.Id}' ({path}): give either 'window' or 'timeWindows', not both.");
            }

            (open, close) = Bounds(window, dto.Id, $"{path}.window");
        }

        string where = $"{path} (job '{dto.Id}')";
        ElementReader.LimitAll(dto.Demand, where + ".demand");
        ElementReader.Limit(dto.Service, where + ".service");
        ElementReader.Limit(dto.LatenessCost, where + ".latenessCost");
        ElementReader.Limit(dto.Penalty, where + ".penalty");
        var job = new Job(dto.Id, dto.Location, dto.Demand, dto.Service ?? 0, open, close, dto.Skills, dto.Penalty);
        if (dto.TimeWindows is { } windows)
        {
            var list = new TimeWindow[windows.Length];
            for (int i = 0; i < list.Length; i++)
            {
                (double o, double c) = Bounds(windows[i], dto.Id, $"{path}.timeWindows[{i}]");
                list[i] = new TimeWindow(o, c);
            }

            job = job.WithTimeWindows(list);
        }

        if (dto.LatenessCost is { } latenessCost)
        {
            job = job.WithLatenessCost(latenessCost);
        }

        return dto.Priority is { } priority ? job.WithPriority(priority) : job;
    }

    internal static JobJson From(Job value)
    {
        var json = new JobJson
        {
            Id = value.Id,
            Location = value.Location,
            Demand = value.Demand.Count == 0 ? null : value.Demand.ToArray(),
            Service = value.ServiceTime == 0 ? null : value.ServiceTime,
            LatenessCost = value.LatenessCost == 0 ? null : value.LatenessCost,
            Priority = value.Priority == 0 ? null : value.Priority,
            Skills = value.RequiredSkills.Count == 0 ? null : value.RequiredSkills.ToArray(),
            Penalty = value.Penalty,
        };
        if (value.TimeWindows.Count > 1)
        {
            json.TimeWindows = value.TimeWindows.Select(w => (double?[]?)new double?[] { w.Open, w.Close }).ToArray();
        }
        else if (value.ReadyTime != 0 || !double.IsPositiveInfinity(value.DueTime))
        {
            json.Window = new double?[] { value.ReadyTime, value.DueTime };
        }

        return json;
    }

    /// <summary>An <c>[open, close]</c> pair; the close may be null or <c>"Infinity"</c> for an open-ended window.</summary>
    private static (double Open, double Close) Bounds(double?[]? pair, string id, string path)
    {
        if (pair is not { Length: 2 })
        {
            throw new JsonException($"Job '{id}' ({path}): a window must be [open, close], got {(pair is null ? "null" : $"{pair.Length} number(s)")}.");
        }

        double open = pair[0] ?? throw new JsonException($"Job '{id}' ({path}): a window must open at a number, got null.");
        string where = $"{path} (job '{id}')";
        return (ElementReader.Limit(open, where + "[0]"), ElementReader.Limit(pair[1] ?? double.PositiveInfinity, where + "[1]", allowInfinity: true));
    }

    protected override Job FromDto(JobJson dto) => ToJob(dto, "$");

    protected override JobJson ToDto(Job value) => From(value);
}

/// <summary>Maps <see cref="VehicleType"/> to and from <see cref="VehicleTypeJson"/>.</summary>
internal sealed class VehicleTypeJsonConverter : DtoJsonConverter<VehicleType, VehicleTypeJson>
{
    internal static VehicleType ToVehicleType(VehicleTypeJson dto, string path)
    {
        if (dto is null)
        {
            throw new JsonException($"{path}: a vehicle type is required, got null.");
        }

        if (dto.Id is null)
        {
            throw ElementReader.Error(path + ".id", "expected the vehicle type's id (a string), got null");
        }

        string where = $"{path} (vehicle type '{dto.Id}')";
        ElementReader.LimitAll(dto.Capacity, where + ".capacity");
        ElementReader.Limit(dto.ShiftStart, where + ".shiftStart");
        ElementReader.Limit(dto.ShiftEnd, where + ".shiftEnd", allowInfinity: true);
        ElementReader.Limit(dto.MaxDuration, where + ".maxDuration", allowInfinity: true);
        ElementReader.Limit(dto.MaxDistance, where + ".maxDistance", allowInfinity: true);
        ElementReader.Limit(dto.FixedCost, where + ".fixedCost");
        ElementReader.Limit(dto.CostPerDistance, where + ".costPerDistance");
        ElementReader.Limit(dto.CostPerTime, where + ".costPerTime");
        return new(dto.Id, dto.Count ?? 1, dto.Capacity, dto.Start, dto.End, dto.ShiftStart ?? 0, dto.ShiftEnd ?? double.PositiveInfinity,
            dto.MaxDuration ?? double.PositiveInfinity, dto.MaxDistance ?? double.PositiveInfinity, dto.FixedCost ?? 0, dto.CostPerDistance ?? 1,
            dto.CostPerTime ?? 0, dto.Skills);
    }

    internal static VehicleTypeJson From(VehicleType value) => new()
    {
        Id = value.Id,
        Count = value.Count == 1 ? null : value.Count,
        Capacity = value.Capacity.Count == 0 ? null : value.Capacity.ToArray(),
        Start = value.StartLocation,
        End = value.EndLocation,
        ShiftStart = value.ShiftStart == 0 ? null : value.ShiftStart,
        ShiftEnd = double.IsPositiveInfinity(value.ShiftEnd) ? null : value.ShiftEnd,
        MaxDuration = double.IsPositiveInfinity(value.MaxDuration) ? null : value.MaxDuration,
        MaxDistance = double.IsPositiveInfinity(value.MaxDistance) ? null : value.MaxDistance,
        FixedCost = value.FixedCost == 0 ? null : value.FixedCost,
        CostPerDistance = value.CostPerDistance == 1 ? null : value.CostPerDistance,
        CostPerTime = value.CostPerTime == 0 ? null : value.CostPerTime,
        Skills = value.Skills.Count == 0 ? null : value.Skills.ToArray(),
    };

    protected override VehicleType FromDto(VehicleTypeJson dto) => ToVehicleType(dto, "$");

    protected override VehicleTypeJson ToDto(VehicleType value) => From(value);
}

/// <summary>Maps <see cref="TravelNetwork"/> to and from <see cref="TravelNetworkJson"/>.</summary>
internal sealed class TravelNetworkJsonConverter : DtoJsonConverter<TravelNetwork, TravelNetworkJson>
{
    protected override TravelNetwork FromDto(TravelNetworkJson dto) => ToNetwork(dto);

    protected override TravelNetworkJson ToDto(TravelNetwork value) => From(value);

    internal static TravelNetwork ToNetwork(TravelNetworkJson dto)
    {
        if (dto.Coordinates is { } coordinates)
        {
            if (dto.Distance is not null || dto.Time is not null)
            {
                throw new JsonException("locations: give either 'coordinates' or 'distance'/'time' matrices, not both.");
            }

            var a = new double[coordinates.Length];
            var b = new double[coordinates.Length];
            for (int i = 0; i < coordinates.Length; i++)
            {
                if (coordinates[i] is not { Length: 2 } pair)
                {
                    throw new JsonException($"locations.coordinates[{i}] must be a pair [x, y] (or [latitude, longitude]).");
                }

                a[i] = ElementReader.Limit(pair[0], $"$.locations.coordinates[{i}][0]");
                b[i] = ElementReader.Limit(pair[1], $"$.locations.coordinates[{i}][1]");
            }

            switch (dto.Type ?? "planar")
            {
                case "planar":
                    return TravelNetwork.FromPlanarCoordinates(a, b, dto.Rounding ?? DistanceRounding.Exact, ElementReader.Limit(dto.Speed ?? 1, "$.locations.speed"));
                case "geographic":
                    if (dto.Rounding is { } rounding && rounding != DistanceRounding.Exact)
                    {
                        throw new JsonException($"locations.rounding: geographic distances are not rounded, got '{rounding}'.");
                    }

                    return TravelNetwork.FromGeographicCoordinates(a, b, dto.Speed ?? throw new JsonException("locations.speed (metres per second) is required for geographic coordinates."));
                default:
                    throw new JsonException($"locations.type must be 'planar' or 'geographic', got '{dto.Type}'.");
            }
        }

        if (dto.Distance is { } distance)
        {
            if (dto.Type is not null || dto.Rounding is not null || dto.Speed is not null)
            {
                throw new JsonException("locations: 'type', 'rounding' and 'speed' apply to coordinates, not to given matrices.");
            }

            return TravelNetwork.FromMatrices(ToMatrix(distance, "distance"), dto.Time is null ? null : ToMatrix(dto.Time, "time"));
        }

        throw new JsonException("locations needs either 'coordinates' or a 'distance' matrix.");
    }

    internal static TravelNetworkJson From(TravelNetwork value)
    {
        if (value.GivenCoordinates is { } given)
        {
            var pairs = new double[value.Count][];
            for (int i = 0; i < pairs.Length; i++)
            {
                pairs[i] = new[] { given.A[i], given.B[i] };
            }

            return new TravelNetworkJson
            {
                Type = value.IsGeographic ? "geographic" : "planar",
                Coordinates = pairs,
                Rounding = value.Rounding == DistanceRounding.Exact ? null : value.Rounding,
                Speed = value.Speed == 1 && !value.IsGeographic ? null : value.Speed,
            };
        }

        return new TravelNetworkJson
        {
            Distance = ToRows(value.DistanceMatrix!, value.Count),
            Time = value.TimeMatrix is { } time ? ToRows(time, value.Count) : null,
        };
    }

    private static double[,] ToMatrix(double[][] rows, string name)
    {
        int n = rows.Length;
        var m = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            if (rows[i] is null || rows[i].Length != n)
            {
                throw new JsonException($"locations.{name}[{i}] must have {n} entries (a square matrix).");
            }

            for (int j = 0; j < n; j++)
            {
                m[i, j] = ElementReader.Limit(rows[i][j], $"$.locations.{name}[{i}][{j}]");
            }
        }

        return m;
    }

    private static double[][] ToRows(IReadOnlyList<double> flat, int n)
    {
        var rows = new double[n][];
        for (int i = 0; i < n; i++)
        {
            rows[i] = new double[n];
            for (int j = 0; j < n; j++)
            {
                rows[i][j] = flat[(i * n) + j];
            }
        }

        return rows;
    }
}

/// <summary>Maps <see cref="RoutingProblem"/> to and from <see cref="RoutingProblemJson"/>.</summary>
internal sealed class RoutingProblemJsonConverter : DtoJsonConverter<RoutingProblem, RoutingProblemJson>
{
    protected override RoutingProblem FromDto(RoutingProblemJson dto) => ToProblem(dto);

    protected override RoutingProblemJson ToDto(RoutingProblem value) => From(value);

    internal static RoutingProblem ToProblem(RoutingProblemJson dto)
    {
        var problem = new RoutingProblem(
            TravelNetworkJsonConverter.ToNetwork(dto.Locations ?? throw new JsonException("locations is required, got null.")),
            (dto.Jobs ?? throw new JsonException("jobs must be an array, got null.")).Select((j, i) => JobJsonConverter.ToJob(j, $"$.jobs[{i}]")).ToArray(),
            (dto.VehicleTypes ?? throw new JsonException("vehicleTypes must be an array, got null.")).Select((v, i) => VehicleTypeJsonConverter.ToVehicleType(v, $"$.vehicleTypes[{i}]")).ToArray(),
            (dto.Shipments ?? Array.Empty<ShipmentJson>()).Select((s, i) => s is null
                ? throw new JsonException($"shipments[{i}] is null.")
                : new Shipment(s.Pickup ?? throw new JsonException($"shipments[{i}].pickup is required."), s.Delivery ?? throw new JsonException($"shipments[{i}].delivery is required."))).ToArray());
        return dto.BalanceCost is { } balanceCost ? problem.WithBalanceCost(ElementReader.Limit(balanceCost, "$.balanceCost")) : problem;
    }

    internal static RoutingProblemJson From(RoutingProblem value) => new()
    {
        Locations = TravelNetworkJsonConverter.From(value.Network),
        VehicleTypes = value.VehicleTypes.Select(VehicleTypeJsonConverter.From).ToArray(),
        Jobs = value.Jobs.Select(JobJsonConverter.From).ToArray(),
        Shipments = value.Shipments.Count == 0 ? null : value.Shipments.Select(s => new ShipmentJson { Pickup = s.PickupJobId, Delivery = s.DeliveryJobId }).ToArray(),
        BalanceCost = value.BalanceCostPerUnit == 0 ? null : value.BalanceCostPerUnit,
    };
}
