using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Cli.Formats;

/// <summary>
/// Reads the library's JSON routing problem format (documented in docs/formats.md, section "Routing").
/// Strict: unknown properties and missing required ones fail with the JSON path and line.
/// </summary>
internal static class RoutingJsonReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    internal static RoutingProblem Read(Stream stream, string fileName, DistanceRounding rounding)
    {
        ProblemDto dto;
        try
        {
            dto = JsonSerializer.Deserialize<ProblemDto>(stream, Options) ?? throw new JsonException("the document is null");
        }
        catch (JsonException ex)
        {
            throw new JsonException($"{fileName}: {ex.Message}", ex);
        }

        try
        {
            return Build(dto, rounding);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"{fileName}: {ex.Message}", ex);
        }
    }

    private static RoutingProblem Build(ProblemDto dto, DistanceRounding rounding)
    {
        LocationsDto loc = dto.Locations;
        TravelNetwork network;
        if (loc.Coordinates is { } coords)
        {
            for (int i = 0; i < coords.Length; i++)
            {
                if (coords[i] is null || coords[i].Length != 2)
                {
                    throw new ArgumentException($"$.locations.coordinates[{i}] must be a pair [x, y] (or [latitude, longitude]).");
                }
            }

            double[] a = coords.Select(c => c[0]).ToArray();
            double[] b = coords.Select(c => c[1]).ToArray();
            network = (loc.Type ?? "planar") switch
            {
                "planar" => TravelNetwork.FromPlanarCoordinates(a, b, rounding, loc.Speed ?? 1),
                "geographic" => TravelNetwork.FromGeographicCoordinates(a, b, loc.Speed ?? throw new ArgumentException("$.locations.speed (metres per second) is required for geographic coordinates.")),
                _ => throw new ArgumentException($"$.locations.type must be 'planar' or 'geographic', got '{loc.Type}'."),
            };
        }
        else if (loc.Distance is { } distance)
        {
            network = TravelNetwork.FromMatrices(ToMatrix(distance, "distance"), loc.Time is null ? null : ToMatrix(loc.Time, "time"));
        }
        else
        {
            throw new ArgumentException("$.locations needs either 'coordinates' or a 'distance' matrix.");
        }

        var types = dto.VehicleTypes.Select(v => new VehicleType(v.Id, v.Count ?? 1, v.Capacity, v.Start, v.End, v.ShiftStart ?? 0,
            v.ShiftEnd ?? double.PositiveInfinity, v.MaxDuration ?? double.PositiveInfinity, v.MaxDistance ?? double.PositiveInfinity,
            v.FixedCost ?? 0, v.CostPerDistance ?? 1, v.CostPerTime ?? 0, v.Skills)).ToArray();
        var jobs = dto.Jobs.Select((j, i) =>
        {
            if (j.Window is { Length: not 2 })
            {
                throw new ArgumentException($"$.jobs[{i}].window must be [open, close].");
            }

            return new Job(j.Id, j.Location, j.Demand, j.Service ?? 0, j.Window?[0] ?? 0, j.Window?[1] ?? double.PositiveInfinity, j.Skills, j.Penalty);
        }).ToArray();
        return new RoutingProblem(network, jobs, types);
    }

    private static double[,] ToMatrix(double[][] rows, string name)
    {
        int n = rows.Length;
        var m = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            if (rows[i] is null || rows[i].Length != n)
            {
                throw new ArgumentException($"$.locations.{name}[{i}] must have {n} entries (a square matrix).");
            }

            for (int j = 0; j < n; j++)
            {
                m[i, j] = rows[i][j];
            }
        }

        return m;
    }

    private sealed class ProblemDto
    {
        [JsonRequired]
        public LocationsDto Locations { get; set; } = null!;

        [JsonRequired]
        public VehicleTypeDto[] VehicleTypes { get; set; } = null!;

        [JsonRequired]
        public JobDto[] Jobs { get; set; } = null!;
    }

    private sealed class LocationsDto
    {
        public string? Type { get; set; }

        public double[][]? Coordinates { get; set; }

        public double[][]? Distance { get; set; }

        public double[][]? Time { get; set; }

        public double? Speed { get; set; }
    }

    private sealed class VehicleTypeDto
    {
        [JsonRequired]
        public string Id { get; set; } = null!;

        public int? Count { get; set; }

        public double[]? Capacity { get; set; }

        [JsonRequired]
        public int Start { get; set; }

        public int? End { get; set; }

        public double? ShiftStart { get; set; }

        public double? ShiftEnd { get; set; }

        public double? MaxDuration { get; set; }

        public double? MaxDistance { get; set; }

        public double? FixedCost { get; set; }

        public double? CostPerDistance { get; set; }

        public double? CostPerTime { get; set; }

        public string[]? Skills { get; set; }
    }

    private sealed class JobDto
    {
        [JsonRequired]
        public string Id { get; set; } = null!;

        [JsonRequired]
        public int Location { get; set; }

        public double[]? Demand { get; set; }

        public double? Service { get; set; }

        public double[]? Window { get; set; }

        public string[]? Skills { get; set; }

        public double? Penalty { get; set; }
    }
}
