using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using ProjectDelivery.Planning.Risk;

namespace ProjectDelivery.Serialization.Planning;

/// <summary>
/// <see cref="RiskListingRow"/> as <c>{ "rank", "id", "title", "kind", "category", "owner", "status", "reviewDate"?, "strategy"?, "responseCost",
/// "inherentAssessment", "residualAssessment", "inherentRating", "residualRating", "inherentEmv", "residualEmv", "inherentExpectedDelay",
/// "residualExpectedDelay" }</c> (enums camelCase as in the register; the score and zone columns are those of the ratings and are not repeated).
/// </summary>
/// <remarks>
/// Checked on reading (<see cref="JsonException"/> naming the risk and field): required fields present, rank ≥ 1, a non-empty id, a strategy that applies
/// to the kind (<see cref="ResponseStrategies.AppliesTo"/>), a finite non-negative response cost that is 0 without a strategy, a residual assessment equal
/// to the inherent one without a strategy; the assessments and ratings are read by their own converters. The signed EMVs and expected delays follow from the
/// assessments and the kind; when present they must equal them.
/// </remarks>
internal sealed class RiskListingRowJsonConverter : DtoJsonConverter<RiskListingRow, RiskListingRowDto>
{
    protected override RiskListingRow FromDto(RiskListingRowDto dto)
    {
        string id = NetworkJson.Required(dto.Id, "id");
        if (id.Length == 0)
        {
            throw new JsonException("risk listing row: 'id' must not be empty");
        }

        string item = $"risk listing row '{id}'";
        T Need<T>(T? value, string field)
            where T : struct => value ?? throw new JsonException($"{item}: missing required field '{field}'");
        int rank = Need(dto.Rank, "rank");
        if (rank < 1)
        {
            throw new JsonException($"{item}: 'rank' {rank} must be at least 1");
        }

        string title = dto.Title ?? throw new JsonException($"{item}: missing required field 'title'");
        RiskKind kind = Need(dto.Kind, "kind");
        RiskAssessment inherent = Need(dto.InherentAssessment, "inherentAssessment");
        RiskAssessment residual = Need(dto.ResidualAssessment, "residualAssessment");
        double cost = dto.ResponseCost ?? 0.0;
        if (double.IsNaN(cost) || double.IsInfinity(cost) || cost < 0)
        {
            throw new JsonException($"{item}: 'responseCost' {cost} must be finite and non-negative");
        }

        if (dto.Strategy is { } strategy && !strategy.AppliesTo(kind))
        {
            throw new JsonException($"{item}: strategy {strategy} does not apply to a {kind}");
        }

        if (dto.Strategy is null && (cost != 0 || residual != inherent))
        {
            throw new JsonException($"{item}: without a 'strategy' the response cost is 0 and the residual assessment is the inherent one");
        }

        var row = new RiskListingRow(rank, id, title, kind, dto.Category ?? string.Empty, dto.Owner ?? string.Empty, Need(dto.Status, "status"), dto.ReviewDate,
            dto.Strategy, cost, inherent, residual, Need(dto.InherentRating, "inherentRating"), Need(dto.ResidualRating, "residualRating"));
        Same(dto.InherentEmv, row.InherentEmv, "inherentEmv");
        Same(dto.ResidualEmv, row.ResidualEmv, "residualEmv");
        Same(dto.InherentExpectedDelay, row.InherentExpectedDelay, "inherentExpectedDelay");
        Same(dto.ResidualExpectedDelay, row.ResidualExpectedDelay, "residualExpectedDelay");
        return row;

        void Same(double? given, double computed, string field)
        {
            if (given is double g && !g.Equals(computed))
            {
                throw new JsonException($"{item}: '{field}' is {g.ToString("R", CultureInfo.InvariantCulture)} but the assessment gives {computed.ToString("R", CultureInfo.InvariantCulture)}");
            }
        }
    }

    protected override RiskListingRowDto ToDto(RiskListingRow r) => new()
    {
        Rank = r.Rank, Id = r.Id, Title = r.Title, Kind = r.Kind, Category = r.Category, Owner = r.Owner, Status = r.Status, ReviewDate = r.ReviewDate,
        Strategy = r.Strategy, ResponseCost = r.ResponseCost, InherentAssessment = r.InherentAssessment, ResidualAssessment = r.ResidualAssessment,
        InherentRating = r.InherentRating, ResidualRating = r.ResidualRating, InherentEmv = r.InherentEmv, ResidualEmv = r.ResidualEmv,
        InherentExpectedDelay = r.InherentExpectedDelay, ResidualExpectedDelay = r.ResidualExpectedDelay,
    };
}

/// <summary>A row of the register listing.</summary>
internal sealed class RiskListingRowDto
{
    public int? Rank { get; set; }

    public string? Id { get; set; }

    public string? Title { get; set; }

    [JsonConverter(typeof(CamelCaseEnumJsonConverter<RiskKind>))]
    public RiskKind? Kind { get; set; }

    public string? Category { get; set; }

    public string? Owner { get; set; }

    [JsonConverter(typeof(CamelCaseEnumJsonConverter<RiskStatus>))]
    public RiskStatus? Status { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? ReviewDate { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(CamelCaseEnumJsonConverter<ResponseStrategy>))]
    public ResponseStrategy? Strategy { get; set; }

    public double? ResponseCost { get; set; }

    public RiskAssessment? InherentAssessment { get; set; }

    public RiskAssessment? ResidualAssessment { get; set; }

    public RiskRating? InherentRating { get; set; }

    public RiskRating? ResidualRating { get; set; }

    public double? InherentEmv { get; set; }

    public double? ResidualEmv { get; set; }

    public double? InherentExpectedDelay { get; set; }

    public double? ResidualExpectedDelay { get; set; }
}
