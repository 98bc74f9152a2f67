using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using ProjectDelivery.Planning.EarnedValue;

namespace ProjectDelivery.Serialization.Planning;

/// <summary><see cref="Milestone"/> as <c>{ "name", "weight", "achieved"? }</c> (weight finite and non-negative; no <c>achieved</c>: not yet).</summary>
internal sealed class MilestoneJsonConverter : DtoJsonConverter<Milestone, MilestoneDto>
{
    protected override Milestone FromDto(MilestoneDto dto)
    {
        string name = NetworkJson.Required(dto.Name, "name");
        double weight = dto.Weight ?? throw new JsonException($"milestone '{name}': missing required field 'weight'");
        if (double.IsNaN(weight) || double.IsInfinity(weight) || weight < 0)
        {
            throw new JsonException($"milestone '{name}': weight {weight} must be finite and non-negative");
        }

        return new Milestone(name, weight, dto.Achieved);
    }

    protected override MilestoneDto ToDto(Milestone value) =>
        new MilestoneDto { Name = value.Name, Weight = value.Weight, Achieved = value.Achieved };
}

/// <summary>
/// <see cref="ActivityBudget"/> as <c>{ "id", "start", "finish", "budget", "rule"? }</c>; the rule is <c>"linear"</c>, <c>"frontLoaded"</c>,
/// <c>"backLoaded"</c> or the weights of a weighted rule (written normalised to sum 1); no rule: the caller's default.
/// </summary>
internal sealed class ActivityBudgetJsonConverter : DtoJsonConverter<ActivityBudget, ActivityBudgetDto>
{
    protected override ActivityBudget FromDto(ActivityBudgetDto dto)
    {
        string id = NetworkJson.Required(dto.Id, "id");
        LocalDate start = dto.Start ?? throw new JsonException($"activity budget '{id}': missing required field 'start'");
        LocalDate finish = dto.Finish ?? throw new JsonException($"activity budget '{id}': missing required field 'finish'");
        double budget = dto.Budget ?? throw new JsonException($"activity budget '{id}': missing required field 'budget'");
        if (finish < start)
        {
            throw new JsonException($"activity budget '{id}': finish {finish:uuuu-MM-dd} is before start {start:uuuu-MM-dd}");
        }

        if (double.IsNaN(budget) || double.IsInfinity(budget) || budget < 0)
        {
            throw new JsonException($"activity budget '{id}': budget {budget} must be finite and non-negative");
        }

        return new ActivityBudget(id, start, finish, budget, ReadRule(dto.Rule, id));
    }

    protected override ActivityBudgetDto ToDto(ActivityBudget value) =>
        new ActivityBudgetDto
        {
            Id = value.Id, Start = value.Start, Finish = value.Finish, Budget = value.Budget, Rule = WriteRule(value.Rule),
        };

    private static JsonElement? WriteRule(SpreadingRule? rule)
    {
        if (rule is null)
        {
            return null;
        }

        string text = rule.Kind switch
        {
            0 => "\"linear\"",
            1 => "\"frontLoaded\"",
            2 => "\"backLoaded\"",
            _ => "[" + string.Join(",", rule.NormalisedWeights().ConvertAll(w => w.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "]",
        };
        using JsonDocument document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static SpreadingRule? ReadRule(JsonElement? rule, string id)
    {
        if (rule is not { } element || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            return element.GetString() switch
            {
                "linear" => SpreadingRule.Linear,
                "frontLoaded" => SpreadingRule.FrontLoaded,
                "backLoaded" => SpreadingRule.BackLoaded,
                string other => throw new JsonException($"activity budget '{id}': rule '{other}' is not linear, frontLoaded, backLoaded or an array of weights"),
                null => null,
            };
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"activity budget '{id}': rule must be linear, frontLoaded, backLoaded or an array of weights");
        }

        var weights = new List<double>();
        foreach (JsonElement w in element.EnumerateArray())
        {
            if (w.ValueKind != JsonValueKind.Number)
            {
                throw new JsonException($"activity budget '{id}': rule weight {weights.Count} must be a number");
            }

            weights.Add(w.GetDouble());
        }

        return ElementReader.Build($"activity budget '{id}'", () => SpreadingRule.Weighted(weights.ToArray()));
    }
}

/// <summary>
/// <see cref="SCurvePoint"/> as <c>{ "time", "date", "plannedValue", "earnedValue"?, "actualCost"?, "projection"? }</c> (amounts finite).
/// </summary>
internal sealed class SCurvePointJsonConverter : DtoJsonConverter<SCurvePoint, SCurvePointDto>
{
    protected override SCurvePoint FromDto(SCurvePointDto dto)
    {
        double time = Finite(dto.Time ?? throw new JsonException("missing required field 'time'"), "time");
        LocalDate date = dto.Date ?? throw new JsonException("missing required field 'date'");
        double planned = Finite(dto.PlannedValue ?? throw new JsonException("missing required field 'plannedValue'"), "plannedValue");
        return new SCurvePoint(time, date, planned, Optional(dto.EarnedValue, "earnedValue"), Optional(dto.ActualCost, "actualCost"), Optional(dto.Projection, "projection"));
    }

    protected override SCurvePointDto ToDto(SCurvePoint value) =>
        new SCurvePointDto
        {
            Time = value.Time, Date = value.Date, PlannedValue = value.PlannedValue, EarnedValue = value.EarnedValue, ActualCost = value.ActualCost, Projection = value.Projection,
        };

    private static double? Optional(double? value, string field) => value is { } v ? Finite(v, field) : null;

    private static double Finite(double value, string field) =>
        double.IsNaN(value) || double.IsInfinity(value) ? throw new JsonException($"'{field}' must be a finite number, got {value}") : value;
}

/// <summary>A weighted milestone.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class MilestoneDto
{
    public string? Name { get; set; }

    public double? Weight { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? Achieved { get; set; }
}

/// <summary>An activity budget to spread.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class ActivityBudgetDto
{
    public string? Id { get; set; }

    public LocalDate? Start { get; set; }

    public LocalDate? Finish { get; set; }

    public double? Budget { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Rule { get; set; }
}

/// <summary>One point of an S-curve.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class SCurvePointDto
{
    public double? Time { get; set; }

    public LocalDate? Date { get; set; }

    public double? PlannedValue { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? EarnedValue { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ActualCost { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Projection { get; set; }
}

/// <summary>
/// <see cref="EarnedValueReport"/> as <c>{ "project", "options" }</c>: its whole data (the metrics, rows and S-curves are computed from them when asked for);
/// read by <see cref="EarnedValueAnalysis.Analyse"/> (no <c>options</c>: the defaults).
/// </summary>
internal sealed class EarnedValueReportJsonConverter : DtoJsonConverter<EarnedValueReport, EarnedValueReportDto>
{
    protected override EarnedValueReport FromDto(EarnedValueReportDto dto)
    {
        EarnedValueProject project = dto.Project ?? throw new JsonException("missing required field 'project'");
        return EarnedValueAnalysis.Analyse(project, dto.Options);
    }

    protected override EarnedValueReportDto ToDto(EarnedValueReport value) =>
        new EarnedValueReportDto { Project = value.Project, Options = value.Options };
}

/// <summary>An earned value report's inputs.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class EarnedValueReportDto
{
    public EarnedValueProject? Project { get; set; }

    public EarnedValueOptions? Options { get; set; }
}
