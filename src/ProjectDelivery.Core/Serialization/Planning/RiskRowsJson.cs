using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;

namespace ProjectDelivery.Serialization.Planning;

/// <summary><see cref="RiskRating"/> as <c>{ "probabilityLevel", "impactLevel", "score", "zone" }</c> (levels from 1, finite non-negative score).</summary>
internal sealed class RiskRatingJsonConverter : DtoJsonConverter<RiskRating, RiskRatingDto>
{
    protected override RiskRating FromDto(RiskRatingDto dto)
    {
        return new RiskRating(
            RiskRowsJson.Level(dto.ProbabilityLevel, "probabilityLevel"),
            RiskRowsJson.Level(dto.ImpactLevel, "impactLevel"),
            RiskRowsJson.NonNegative(dto.Score, "score"),
            dto.Zone ?? throw new JsonException("missing required field 'zone'"));
    }

    protected override RiskRatingDto ToDto(RiskRating value) =>
        new RiskRatingDto { ProbabilityLevel = value.ProbabilityLevel, ImpactLevel = value.ImpactLevel, Score = value.Score, Zone = value.Zone };
}

/// <summary><see cref="RiskRevision"/> as the revision object of <see cref="ProjectRisk"/>: <c>{ "date", "status", "assessment", "note"? }</c>.</summary>
internal sealed class RiskRevisionJsonConverter : DtoJsonConverter<RiskRevision, RevisionDto>
{
    protected override RiskRevision FromDto(RevisionDto dto)
    {
        return new RiskRevision(
            dto.Date ?? throw new JsonException("missing required field 'date'"),
            dto.Status ?? throw new JsonException("missing required field 'status'"),
            dto.Assessment ?? throw new JsonException("missing required field 'assessment'"),
            dto.Note ?? string.Empty);
    }

    protected override RevisionDto ToDto(RiskRevision value) =>
        new RevisionDto { Date = value.Date, Status = value.Status, Assessment = value.Assessment, Note = value.Note.Length == 0 ? null : value.Note };
}

/// <summary><see cref="ScaleLevel"/> as <c>{ "level", "label", "lower", "upper" }</c> (level from 1, non-empty label, finite lower &lt; upper).</summary>
internal sealed class ScaleLevelJsonConverter : DtoJsonConverter<ScaleLevel, ScaleLevelDto>
{
    protected override ScaleLevel FromDto(ScaleLevelDto dto)
    {
        string label = NetworkJson.Required(dto.Label, "label");
        if (label.Trim().Length == 0)
        {
            throw new JsonException("'label' must not be empty");
        }

        double lower = RiskRowsJson.Finite(dto.Lower, "lower"), upper = RiskRowsJson.Finite(dto.Upper, "upper");
        if (!(upper > lower))
        {
            throw new JsonException($"level '{label}': 'upper' must exceed 'lower'");
        }

        return new ScaleLevel(RiskRowsJson.Level(dto.Level, "level"), label, lower, upper);
    }

    protected override ScaleLevelDto ToDto(ScaleLevel value) =>
        new ScaleLevelDto { Level = value.Level, Label = value.Label, Lower = value.Lower, Upper = value.Upper };
}

/// <summary><see cref="HeatMapCell"/> as <c>{ "probabilityLevel", "impactLevel", "score", "zone", "riskIds" }</c>.</summary>
internal sealed class HeatMapCellJsonConverter : DtoJsonConverter<HeatMapCell, HeatMapCellDto>
{
    protected override HeatMapCell FromDto(HeatMapCellDto dto)
    {
        List<string> ids = dto.RiskIds ?? new List<string>();
        if (ids.Any(id => id is null))
        {
            throw new JsonException("'riskIds' must not contain null");
        }

        return new HeatMapCell(
            RiskRowsJson.Level(dto.ProbabilityLevel, "probabilityLevel"),
            RiskRowsJson.Level(dto.ImpactLevel, "impactLevel"),
            RiskRowsJson.NonNegative(dto.Score, "score"),
            dto.Zone ?? throw new JsonException("missing required field 'zone'"),
            ids.AsReadOnly());
    }

    protected override HeatMapCellDto ToDto(HeatMapCell value) =>
        new HeatMapCellDto
        {
            ProbabilityLevel = value.ProbabilityLevel,
            ImpactLevel = value.ImpactLevel,
            Score = value.Score,
            Zone = value.Zone,
            RiskIds = value.RiskIds.ToList(),
        };
}

/// <summary><see cref="ExposureRow"/> as <c>{ "key", "riskCount", "threatEmv", "opportunityEmv", "expectedDelay", "redCount" }</c>.</summary>
internal sealed class ExposureRowJsonConverter : DtoJsonConverter<ExposureRow, ExposureRowDto>
{
    protected override ExposureRow FromDto(ExposureRowDto dto)
    {
        int riskCount = RiskRowsJson.Count(dto.RiskCount, "riskCount"), redCount = RiskRowsJson.Count(dto.RedCount, "redCount");
        if (redCount > riskCount)
        {
            throw new JsonException($"'redCount' ({redCount}) exceeds 'riskCount' ({riskCount})");
        }

        return new ExposureRow(dto.Key ?? throw new JsonException("missing required field 'key'"), riskCount, RiskRowsJson.Finite(dto.ThreatEmv, "threatEmv"),
            RiskRowsJson.Finite(dto.OpportunityEmv, "opportunityEmv"), RiskRowsJson.Finite(dto.ExpectedDelay, "expectedDelay"), redCount);
    }

    protected override ExposureRowDto ToDto(ExposureRow value) =>
        new ExposureRowDto
        {
            Key = value.Key,
            RiskCount = value.RiskCount,
            ThreatEmv = value.ThreatEmv,
            OpportunityEmv = value.OpportunityEmv,
            ExpectedDelay = value.ExpectedDelay,
            RedCount = value.RedCount,
        };
}

/// <summary><see cref="SensitivityRow"/> as <c>{ "id", "isRisk", "rankCorrelation" }</c> (coefficient in [-1, 1]).</summary>
internal sealed class SensitivityRowJsonConverter : DtoJsonConverter<SensitivityRow, SensitivityRowDto>
{
    protected override SensitivityRow FromDto(SensitivityRowDto dto)
    {
        double rho = RiskRowsJson.Finite(dto.RankCorrelation, "rankCorrelation");
        if (rho < -1 || rho > 1)
        {
            throw new JsonException($"'rankCorrelation' {rho} is outside [-1, 1]");
        }

        return new SensitivityRow(NetworkJson.Required(dto.Id, "id"), dto.IsRisk ?? throw new JsonException("missing required field 'isRisk'"), rho);
    }

    protected override SensitivityRowDto ToDto(SensitivityRow value) =>
        new SensitivityRowDto { Id = value.Id, IsRisk = value.IsRisk, RankCorrelation = value.RankCorrelation };
}

/// <summary>Checks of the row fields.</summary>
internal static class RiskRowsJson
{
    internal static int Level(int? value, string field)
    {
        int v = value ?? throw new JsonException($"missing required field '{field}'");
        return v is >= 1 and <= 10 ? v : throw new JsonException($"'{field}' {v} is outside 1..10");
    }

    internal static int Count(int? value, string field)
    {
        int v = value ?? throw new JsonException($"missing required field '{field}'");
        return v >= 0 ? v : throw new JsonException($"'{field}' {v} must not be negative");
    }

    internal static double Finite(double? value, string field)
    {
        double v = value ?? throw new JsonException($"missing required field '{field}'");
        return double.IsNaN(v) || double.IsInfinity(v) ? throw new JsonException($"'{field}' must be finite") : v;
    }

    internal static double NonNegative(double? value, string field)
    {
        double v = Finite(value, field);
        return v >= 0 ? v : throw new JsonException($"'{field}' {v} must not be negative");
    }
}

/// <summary>A rating.</summary>
internal sealed class RiskRatingDto
{
    public int? ProbabilityLevel { get; set; }

    public int? ImpactLevel { get; set; }

    public double? Score { get; set; }

    [JsonConverter(typeof(CamelCaseEnumJsonConverter<RagZone>))]
    public RagZone? Zone { get; set; }
}

/// <summary>A scale level.</summary>
internal sealed class ScaleLevelDto
{
    public int? Level { get; set; }

    public string? Label { get; set; }

    public double? Lower { get; set; }

    public double? Upper { get; set; }
}

/// <summary>A heat-map cell.</summary>
internal sealed class HeatMapCellDto
{
    public int? ProbabilityLevel { get; set; }

    public int? ImpactLevel { get; set; }

    public double? Score { get; set; }

    [JsonConverter(typeof(CamelCaseEnumJsonConverter<RagZone>))]
    public RagZone? Zone { get; set; }

    public List<string>? RiskIds { get; set; }
}

/// <summary>An exposure row.</summary>
internal sealed class ExposureRowDto
{
    public string? Key { get; set; }

    public int? RiskCount { get; set; }

    public double? ThreatEmv { get; set; }

    public double? OpportunityEmv { get; set; }

    public double? ExpectedDelay { get; set; }

    public int? RedCount { get; set; }
}

/// <summary>A sensitivity row.</summary>
internal sealed class SensitivityRowDto
{
    public string? Id { get; set; }

    public bool? IsRisk { get; set; }

    public double? RankCorrelation { get; set; }
}

/// <summary>
/// <see cref="MonteCarloOptions"/> as <c>{ "iterations", "seed", "maxDegreeOfParallelism", "criticalityTolerance", "computeSensitivity" }</c>; absent
/// fields take the defaults and the options are validated on reading.
/// </summary>
internal sealed class MonteCarloOptionsJsonConverter : DtoJsonConverter<MonteCarloOptions, MonteCarloOptionsDto>
{
    protected override MonteCarloOptions FromDto(MonteCarloOptionsDto dto)
    {
        var result = new MonteCarloOptions();
        result.Iterations = dto.Iterations ?? result.Iterations;
        result.Seed = dto.Seed ?? result.Seed;
        result.MaxDegreeOfParallelism = dto.MaxDegreeOfParallelism ?? result.MaxDegreeOfParallelism;
        result.CriticalityTolerance = dto.CriticalityTolerance ?? result.CriticalityTolerance;
        result.ComputeSensitivity = dto.ComputeSensitivity ?? result.ComputeSensitivity;
        result.Validate();
        return result;
    }

    protected override MonteCarloOptionsDto ToDto(MonteCarloOptions value) =>
        new MonteCarloOptionsDto
        {
            Iterations = value.Iterations,
            Seed = value.Seed,
            MaxDegreeOfParallelism = value.MaxDegreeOfParallelism,
            CriticalityTolerance = value.CriticalityTolerance,
            ComputeSensitivity = value.ComputeSensitivity,
        };
}

/// <summary>Monte Carlo options.</summary>
internal sealed class MonteCarloOptionsDto
{
    public int? Iterations { get; set; }

    public long? Seed { get; set; }

    public int? MaxDegreeOfParallelism { get; set; }

    public double? CriticalityTolerance { get; set; }

    public bool? ComputeSensitivity { get; set; }
}
