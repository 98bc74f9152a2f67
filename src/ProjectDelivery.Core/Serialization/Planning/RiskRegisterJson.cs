using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;

namespace ProjectDelivery.Serialization.Planning;

/// <summary><see cref="ResponseAction"/> as <c>{ "description", "owner", "cost", "due" }</c>.</summary>
internal sealed class ResponseActionJsonConverter : DtoJsonConverter<ResponseAction, ResponseActionDto>
{
    protected override ResponseAction FromDto(ResponseActionDto dto) => RiskRegisterJson.FromDto(dto);

    protected override ResponseActionDto ToDto(ResponseAction value) => RiskRegisterJson.ToDto(value);
}

/// <summary><see cref="RiskResponse"/> as <c>{ "strategy", "actions": [..], "residual": assessment }</c>.</summary>
internal sealed class RiskResponseJsonConverter : DtoJsonConverter<RiskResponse, RiskResponseDto>
{
    protected override RiskResponse FromDto(RiskResponseDto dto) => RiskRegisterJson.FromDto(dto);

    protected override RiskResponseDto ToDto(RiskResponse value) => RiskRegisterJson.ToDto(value);
}

/// <summary><see cref="RiskScale"/> as <c>{ "labels": [..], "bounds": [..] }</c> (one more bound than labels).</summary>
internal sealed class RiskScaleJsonConverter : DtoJsonConverter<RiskScale, RiskScaleDto>
{
    protected override RiskScale FromDto(RiskScaleDto dto) => RiskRegisterJson.FromDto(dto);

    protected override RiskScaleDto ToDto(RiskScale value) => RiskRegisterJson.ToDto(value);
}

/// <summary>
/// <see cref="ProbabilityImpactMatrix"/> as <c>{ "probabilityWeights", "impactWeights", "amberThreshold", "redThreshold", "zoneOverrides"? }</c>; the
/// overrides list the cells whose zone differs from the thresholds' (<c>{ "probability", "impact", "zone" }</c>, levels from 1).
/// </summary>
internal sealed class ProbabilityImpactMatrixJsonConverter : DtoJsonConverter<ProbabilityImpactMatrix, MatrixDto>
{
    protected override ProbabilityImpactMatrix FromDto(MatrixDto dto) => RiskRegisterJson.FromDto(dto);

    protected override MatrixDto ToDto(ProbabilityImpactMatrix value) => RiskRegisterJson.ToDto(value);
}

/// <summary><see cref="RiskScoringModel"/> as <c>{ "probabilityScale", "costImpactScale", "scheduleImpactScale", "matrix" }</c>.</summary>
internal sealed class RiskScoringModelJsonConverter : DtoJsonConverter<RiskScoringModel, ScoringModelDto>
{
    protected override RiskScoringModel FromDto(ScoringModelDto dto) => RiskRegisterJson.FromDto(dto);

    protected override ScoringModelDto ToDto(RiskScoringModel value) => RiskRegisterJson.ToDto(value);
}

/// <summary>
/// <see cref="ProjectRisk"/> as <c>{ "id", "title", "kind", "cause"?, "event"?, "effect"?, "category"?, "owner"?, "triggers"?, "reviewDate"?,
/// "revisions": [ { "date", "status", "assessment", "note"? } ], "response"?, "scheduleImpact"?, "costImpact"?, "activities"? }</c>. Reading replays the
/// revisions through <see cref="ProjectRisk.Create"/>, <see cref="ProjectRisk.WithAssessment"/> and <see cref="ProjectRisk.WithStatus"/>, so the
/// status rules and date order are checked as when the history was recorded.
/// </summary>
internal sealed class ProjectRiskJsonConverter : DtoJsonConverter<ProjectRisk, ProjectRiskDto>
{
    protected override ProjectRisk FromDto(ProjectRiskDto dto) => RiskRegisterJson.FromDto(dto);

    protected override ProjectRiskDto ToDto(ProjectRisk value) => RiskRegisterJson.ToDto(value);
}

/// <summary><see cref="RiskRegister"/> as <c>{ "scoring", "risks": [..] }</c>.</summary>
internal sealed class RiskRegisterJsonConverter : DtoJsonConverter<RiskRegister, RiskRegisterDto>
{
    protected override RiskRegister FromDto(RiskRegisterDto dto)
    {
        ScoringModelDto scoring = dto.Scoring ?? throw new JsonException("missing required field 'scoring'");
        List<ProjectRiskDto?> risks = dto.Risks ?? throw new JsonException("missing required field 'risks'");
        return RiskRegister.Create(
            risks.Select((r, i) => RiskRegisterJson.FromDto(r ?? throw new JsonException($"risks[{i}] must be an object, got null"))).ToList(),
            RiskRegisterJson.FromDto(scoring));
    }

    protected override RiskRegisterDto ToDto(RiskRegister value) =>
        new RiskRegisterDto
        {
            Scoring = RiskRegisterJson.ToDto(value.Scoring),
            Risks = value.Risks.Select(r => (ProjectRiskDto?)RiskRegisterJson.ToDto(r)).ToList(),
        };
}

/// <summary>Mapping between the risk register types and their DTOs.</summary>
internal static class RiskRegisterJson
{
    internal static ResponseActionDto ToDto(ResponseAction a) => new() { Description = a.Description, Owner = a.Owner, Cost = a.Cost, Due = a.Due };

    internal static ResponseAction FromDto(ResponseActionDto dto) =>
        ResponseAction.Create(
            NetworkJson.Required(dto.Description, "description"),
            dto.Owner ?? string.Empty,
            dto.Cost ?? 0,
            dto.Due ?? throw new JsonException("missing required field 'due'"));

    internal static RiskResponseDto ToDto(RiskResponse r) => new()
    {
        Strategy = r.Strategy,
        Actions = r.Actions.Select(a => (ResponseActionDto?)ToDto(a)).ToList(),
        Residual = r.Residual,
    };

    internal static RiskResponse FromDto(RiskResponseDto dto) =>
        RiskResponse.Create(
            dto.Strategy ?? throw new JsonException("missing required field 'strategy'"),
            (dto.Actions ?? new List<ResponseActionDto?>()).Select((a, i) => FromDto(a ?? throw new JsonException($"actions[{i}] must be an object, got null"))).ToList(),
            dto.Residual ?? throw new JsonException("missing required field 'residual'"));

    internal static RiskScaleDto ToDto(RiskScale s) => new()
    {
        Labels = s.Levels.Select(l => l.Label).ToList(),
        Bounds = s.Levels.Select(l => l.Lower).Concat(new[] { s.Levels[s.Count - 1].Upper }).ToList(),
    };

    internal static RiskScale FromDto(RiskScaleDto dto) =>
        RiskScale.Create(dto.Labels ?? throw new JsonException("missing required field 'labels'"), dto.Bounds ?? throw new JsonException("missing required field 'bounds'"));

    internal static MatrixDto ToDto(ProbabilityImpactMatrix m)
    {
        ProbabilityImpactMatrix plain = ProbabilityImpactMatrix.Create(m.ProbabilityWeights, m.ImpactWeights, m.AmberThreshold, m.RedThreshold);
        var overrides = new List<ZoneOverrideDto?>();
        for (int p = 1; p <= m.Size; p++)
        {
            for (int i = 1; i <= m.Size; i++)
            {
                if (m.Zone(p, i) != plain.Zone(p, i))
                {
                    overrides.Add(new ZoneOverrideDto { Probability = p, Impact = i, Zone = m.Zone(p, i) });
                }
            }
        }

        return new MatrixDto
        {
            ProbabilityWeights = m.ProbabilityWeights.ToList(),
            ImpactWeights = m.ImpactWeights.ToList(),
            AmberThreshold = m.AmberThreshold,
            RedThreshold = m.RedThreshold,
            ZoneOverrides = overrides.Count == 0 ? null : overrides,
        };
    }

    internal static ProbabilityImpactMatrix FromDto(MatrixDto dto)
    {
        ProbabilityImpactMatrix matrix = ProbabilityImpactMatrix.Create(
            dto.ProbabilityWeights ?? throw new JsonException("missing required field 'probabilityWeights'"),
            dto.ImpactWeights ?? throw new JsonException("missing required field 'impactWeights'"),
            dto.AmberThreshold ?? throw new JsonException("missing required field 'amberThreshold'"),
            dto.RedThreshold ?? throw new JsonException("missing required field 'redThreshold'"));
        foreach ((ZoneOverrideDto? cell, int k) in (dto.ZoneOverrides ?? new List<ZoneOverrideDto?>()).Select((c, k) => (c, k)))
        {
            ZoneOverrideDto c = cell ?? throw new JsonException($"zoneOverrides[{k}] must be an object, got null");
            matrix = matrix.WithZone(
                c.Probability ?? throw new JsonException($"zoneOverrides[{k}]: missing required field 'probability'"),
                c.Impact ?? throw new JsonException($"zoneOverrides[{k}]: missing required field 'impact'"),
                c.Zone ?? throw new JsonException($"zoneOverrides[{k}]: missing required field 'zone'"));
        }

        return matrix;
    }

    internal static ScoringModelDto ToDto(RiskScoringModel m) => new()
    {
        ProbabilityScale = ToDto(m.ProbabilityScale),
        CostImpactScale = ToDto(m.CostImpactScale),
        ScheduleImpactScale = ToDto(m.ScheduleImpactScale),
        Matrix = ToDto(m.Matrix),
    };

    internal static RiskScoringModel FromDto(ScoringModelDto dto) =>
        RiskScoringModel.Create(
            FromDto(dto.ProbabilityScale ?? throw new JsonException("missing required field 'probabilityScale'")),
            FromDto(dto.CostImpactScale ?? throw new JsonException("missing required field 'costImpactScale'")),
            FromDto(dto.ScheduleImpactScale ?? throw new JsonException("missing required field 'scheduleImpactScale'")),
            FromDto(dto.Matrix ?? throw new JsonException("missing required field 'matrix'")));

    internal static ProjectRiskDto ToDto(ProjectRisk r) => new()
    {
        Id = r.Id,
        Title = r.Title,
        Kind = r.Kind,
        Cause = Optional(r.Cause),
        Event = Optional(r.Event),
        Effect = Optional(r.Effect),
        Category = Optional(r.Category),
        Owner = Optional(r.Owner),
        Triggers = r.Triggers.Count == 0 ? null : r.Triggers.ToList(),
        ReviewDate = r.ReviewDate,
        Revisions = r.Revisions.Select(v => (RevisionDto?)new RevisionDto { Date = v.Date, Status = v.Status, Assessment = v.Assessment, Note = Optional(v.Note) }).ToList(),
        Response = r.Response is null ? null : ToDto(r.Response),
        ScheduleImpact = r.ScheduleImpactDistribution,
        CostImpact = r.CostImpactDistribution,
        Activities = r.ActivityIds.Count == 0 ? null : r.ActivityIds.ToList(),
    };

    internal static ProjectRisk FromDto(ProjectRiskDto dto)
    {
        string id = NetworkJson.Required(dto.Id, "id");
        List<RevisionDto?> revisions = dto.Revisions ?? throw new JsonException($"risk '{id}': missing required field 'revisions'");
        if (revisions.Count == 0)
        {
            throw new JsonException($"risk '{id}': 'revisions' must hold at least the identification");
        }

        RevisionDto first = Revision(id, revisions, 0);
        if (first.Status is not RiskStatus.Identified)
        {
            throw new JsonException($"risk '{id}': revisions[0] must have status 'identified', got '{first.Status}'");
        }

        ProjectRisk risk = ProjectRisk.Create(id, NetworkJson.Required(dto.Title, "title"), dto.Kind ?? RiskKind.Threat, first.Assessment!.Value, first.Date!.Value);
        for (int k = 1; k < revisions.Count; k++)
        {
            RevisionDto v = Revision(id, revisions, k);
            RiskStatus afterAssessment = risk.Status == RiskStatus.Identified ? RiskStatus.Assessed : risk.Status;
            if (v.Assessment!.Value != risk.Inherent || v.Status == afterAssessment)
            {
                if (v.Status != afterAssessment)
                {
                    throw new JsonException($"risk '{id}': revisions[{k}] changes the assessment and moves the status to '{v.Status}' at once; a reassessment keeps the status (or moves identified to assessed)");
                }

                risk = risk.WithAssessment(v.Assessment.Value, v.Date!.Value, v.Note ?? string.Empty);
            }
            else
            {
                risk = risk.WithStatus(v.Status!.Value, v.Date!.Value, v.Note ?? string.Empty);
            }
        }

        risk = risk.WithDescription(dto.Cause ?? string.Empty, dto.Event ?? string.Empty, dto.Effect ?? string.Empty)
            .WithOwnership(dto.Category ?? string.Empty, dto.Owner ?? string.Empty)
            .WithMonitoring(dto.Triggers ?? new List<string>(), dto.ReviewDate)
            .WithQuantification(dto.ScheduleImpact, dto.CostImpact, dto.Activities ?? new List<string>());
        return dto.Response is null ? risk : risk.WithResponse(FromDto(dto.Response));
    }

    private static RevisionDto Revision(string id, List<RevisionDto?> revisions, int k)
    {
        RevisionDto v = revisions[k] ?? throw new JsonException($"risk '{id}': revisions[{k}] must be an object, got null");
        if (v.Date is null || v.Status is null || v.Assessment is null)
        {
            throw new JsonException($"risk '{id}': revisions[{k}] needs 'date', 'status' and 'assessment'");
        }

        return v;
    }

    private static string? Optional(string value) => value.Length == 0 ? null : value;
}

/// <summary>A response action.</summary>
internal sealed class ResponseActionDto
{
    public string? Description { get; set; }

    public string? Owner { get; set; }

    public double? Cost { get; set; }

    public LocalDate? Due { get; set; }
}

/// <summary>A risk response.</summary>
internal sealed class RiskResponseDto
{
    [JsonConverter(typeof(CamelCaseEnumJsonConverter<ResponseStrategy>))]
    public ResponseStrategy? Strategy { get; set; }

    public List<ResponseActionDto?>? Actions { get; set; }

    public RiskAssessment? Residual { get; set; }
}

/// <summary>A risk scale.</summary>
internal sealed class RiskScaleDto
{
    public List<string>? Labels { get; set; }

    public List<double>? Bounds { get; set; }
}

/// <summary>A probability-impact matrix.</summary>
internal sealed class MatrixDto
{
    public List<double>? ProbabilityWeights { get; set; }

    public List<double>? ImpactWeights { get; set; }

    public double? AmberThreshold { get; set; }

    public double? RedThreshold { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ZoneOverrideDto?>? ZoneOverrides { get; set; }
}

/// <summary>A matrix cell whose zone is set by hand.</summary>
internal sealed class ZoneOverrideDto
{
    public int? Probability { get; set; }

    public int? Impact { get; set; }

    [JsonConverter(typeof(CamelCaseEnumJsonConverter<RagZone>))]
    public RagZone? Zone { get; set; }
}

/// <summary>A scoring model.</summary>
internal sealed class ScoringModelDto
{
    public RiskScaleDto? ProbabilityScale { get; set; }

    public RiskScaleDto? CostImpactScale { get; set; }

    public RiskScaleDto? ScheduleImpactScale { get; set; }

    public MatrixDto? Matrix { get; set; }
}

/// <summary>A revision of a risk.</summary>
internal sealed class RevisionDto
{
    public LocalDate? Date { get; set; }

    [JsonConverter(typeof(CamelCaseEnumJsonConverter<RiskStatus>))]
    public RiskStatus? Status { get; set; }

    public RiskAssessment? Assessment { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; set; }
}

/// <summary>A register risk.</summary>
internal sealed class ProjectRiskDto
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    [JsonConverter(typeof(CamelCaseEnumJsonConverter<RiskKind>))]
    public RiskKind? Kind { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Cause { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Event { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Effect { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Category { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Owner { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Triggers { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? ReviewDate { get; set; }

    public List<RevisionDto?>? Revisions { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RiskResponseDto? Response { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public UncertainValue? ScheduleImpact { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public UncertainValue? CostImpact { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Activities { get; set; }
}

/// <summary>A risk register.</summary>
internal sealed class RiskRegisterDto
{
    public ScoringModelDto? Scoring { get; set; }

    public List<ProjectRiskDto?>? Risks { get; set; }
}
