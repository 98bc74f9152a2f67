using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProjectDelivery.Reporting;

namespace ProjectDelivery.Serialization.Planning;

/// <summary>
/// <see cref="ActivityRiskRow"/> as <c>{ "activityId", "criticalityIndex", "sensitivity"? }</c>; criticality in [0, 1], sensitivity (a rank correlation) in [−1, 1].
/// </summary>
internal sealed class ActivityRiskRowJsonConverter : DtoJsonConverter<ActivityRiskRow, ActivityRiskRowDto>
{
    protected override ActivityRiskRow FromDto(ActivityRiskRowDto dto)
    {
        string id = NetworkJson.Required(dto.ActivityId, "activityId");
        double criticality = dto.CriticalityIndex ?? throw new JsonException($"activity '{id}': missing required field 'criticalityIndex'");
        if (!(criticality >= 0 && criticality <= 1))
        {
            throw new JsonException($"activity '{id}': criticalityIndex {criticality} must be in [0, 1]");
        }

        if (dto.Sensitivity is { } s && !(s >= -1 && s <= 1))
        {
            throw new JsonException($"activity '{id}': sensitivity {s} must be in [-1, 1]");
        }

        return new ActivityRiskRow(id, criticality, dto.Sensitivity);
    }

    protected override ActivityRiskRowDto ToDto(ActivityRiskRow value) =>
        new ActivityRiskRowDto { ActivityId = value.ActivityId, CriticalityIndex = value.CriticalityIndex, Sensitivity = value.Sensitivity };
}

/// <summary>
/// <see cref="SimulationPercentileRow"/> as <c>{ "probability", "finish", "cost" }</c> (the label follows from the probability); probability in [0, 1], values finite.
/// </summary>
internal sealed class SimulationPercentileRowJsonConverter : DtoJsonConverter<SimulationPercentileRow, PercentileRowDto>
{
    protected override SimulationPercentileRow FromDto(PercentileRowDto dto)
    {
        double probability = dto.Probability ?? throw new JsonException("missing required field 'probability'");
        double finish = dto.Finish ?? throw new JsonException("missing required field 'finish'");
        double cost = dto.Cost ?? throw new JsonException("missing required field 'cost'");
        if (!(probability >= 0 && probability <= 1))
        {
            throw new JsonException($"probability {probability} must be in [0, 1]");
        }

        if (double.IsNaN(finish) || double.IsInfinity(finish) || double.IsNaN(cost) || double.IsInfinity(cost))
        {
            throw new JsonException($"percentile {probability}: finish and cost must be finite");
        }

        return new SimulationPercentileRow(probability, finish, cost);
    }

    protected override PercentileRowDto ToDto(SimulationPercentileRow value) =>
        new PercentileRowDto { Probability = value.Probability, Finish = value.Finish, Cost = value.Cost };
}

/// <summary>
/// <see cref="ScheduleRow"/> as its columns in camelCase: <c>{ "index", "id", "name", "wbs", "duration", "isMilestone", "predecessors",
/// "earlyStart"?, "earlyFinish"?, "lateStart"?, "lateFinish"?, "earlyStartUnits"?, "earlyFinishUnits"?, "lateStartUnits"?, "lateFinishUnits"?,
/// "totalFloat", "freeFloat", "critical", "status", "drivingPredecessor" }</c>: either the four dates (calendar mode, no offset) or the
/// four unit columns (plain-number mode), never both; <c>isMilestone</c> follows from the duration and is checked when present.
/// </summary>
internal sealed class ScheduleRowJsonConverter : DtoJsonConverter<ScheduleRow, ScheduleRowDto>
{
    private static readonly string[] Statuses = { "NotStarted", "InProgress", "Complete" };

    protected override ScheduleRow FromDto(ScheduleRowDto dto)
    {
        string id = NetworkJson.Required(dto.Id, "id");
        int index = dto.Index ?? throw Error(id, "missing required field 'index'");
        double duration = dto.Duration ?? throw Error(id, "missing required field 'duration'");
        double totalFloat = dto.TotalFloat ?? throw Error(id, "missing required field 'totalFloat'");
        double freeFloat = dto.FreeFloat ?? throw Error(id, "missing required field 'freeFloat'");
        bool critical = dto.Critical ?? throw Error(id, "missing required field 'critical'");
        string status = dto.Status ?? throw Error(id, "missing required field 'status'");
        if (index < 0)
        {
            throw Error(id, FormattableString.Invariant($"index {index} must be non-negative"));
        }

        if (!(duration >= 0) || double.IsInfinity(duration))
        {
            throw Error(id, FormattableString.Invariant($"duration {duration} must be finite and non-negative"));
        }

        if (dto.IsMilestone is { } milestone && milestone != (duration == 0))
        {
            throw Error(id, FormattableString.Invariant($"isMilestone {(milestone ? "true" : "false")} contradicts duration {duration}"));
        }

        if (!IsFinite(totalFloat) || !IsFinite(freeFloat))
        {
            throw Error(id, "totalFloat and freeFloat must be finite");
        }

        if (Array.IndexOf(Statuses, status) < 0)
        {
            throw Error(id, $"status '{status}' must be NotStarted, InProgress or Complete");
        }

        DateTime?[] dates = { dto.EarlyStart, dto.EarlyFinish, dto.LateStart, dto.LateFinish };
        double?[] units = { dto.EarlyStartUnits, dto.EarlyFinishUnits, dto.LateStartUnits, dto.LateFinishUnits };
        bool allDates = Array.TrueForAll(dates, d => d.HasValue);
        bool allUnits = Array.TrueForAll(units, u => u.HasValue);
        bool noDates = Array.TrueForAll(dates, d => !d.HasValue);
        bool noUnits = Array.TrueForAll(units, u => !u.HasValue);
        if (!((allDates && noUnits) || (allUnits && noDates)))
        {
            throw Error(id, "expected either all four of earlyStart, earlyFinish, lateStart, lateFinish or all four of the ...Units columns, not a mix");
        }

        if (allDates && Array.Exists(dates, d => d!.Value.Kind != DateTimeKind.Unspecified))
        {
            throw Error(id, "dates are wall-clock times and must not carry an offset");
        }

        if (allUnits && !Array.TrueForAll(units, u => IsFinite(u!.Value)))
        {
            throw Error(id, "the ...Units columns must be finite");
        }

        return new ScheduleRow(
            index, id, dto.Name ?? string.Empty, dto.Wbs ?? string.Empty, duration, dto.Predecessors ?? string.Empty, totalFloat, freeFloat, critical, status, dto.DrivingPredecessor ?? string.Empty,
            dto.EarlyStart, dto.EarlyFinish, dto.LateStart, dto.LateFinish, dto.EarlyStartUnits, dto.EarlyFinishUnits, dto.LateStartUnits, dto.LateFinishUnits);
    }

    protected override ScheduleRowDto ToDto(ScheduleRow value) =>
        new()
        {
            Index = value.Index,
            Id = value.Id,
            Name = value.Name,
            Wbs = value.Wbs,
            Duration = value.Duration,
            IsMilestone = value.IsMilestone,
            Predecessors = value.Predecessors,
            EarlyStart = value.EarlyStart,
            EarlyFinish = value.EarlyFinish,
            LateStart = value.LateStart,
            LateFinish = value.LateFinish,
            EarlyStartUnits = value.EarlyStartUnits,
            EarlyFinishUnits = value.EarlyFinishUnits,
            LateStartUnits = value.LateStartUnits,
            LateFinishUnits = value.LateFinishUnits,
            TotalFloat = value.TotalFloat,
            FreeFloat = value.FreeFloat,
            Critical = value.Critical,
            Status = value.Status,
            DrivingPredecessor = value.DrivingPredecessor,
        };

    private static bool IsFinite(double x) => !double.IsNaN(x) && !double.IsInfinity(x);

    private static JsonException Error(string id, string message) => new($"schedule row '{id}': {message}");
}

/// <summary>
/// <see cref="ScheduleRiskSummary"/> as <c>{ "iterations", "deterministicFinish", "meanFinish", "finishStandardDeviation",
/// "probabilityOfDeterministicFinish", "deterministicCost", "meanCost", "percentiles": [ rows ], "activities": [ rows ] }</c>:
/// iterations ≥ 1, finite figures, deviation ≥ 0, probability in [0, 1], the percentile rows at exactly P10 … P90 and P95 in order
/// with non-decreasing finish and cost, unique activity ids.
/// </summary>
internal sealed class ScheduleRiskSummaryJsonConverter : DtoJsonConverter<ScheduleRiskSummary, ScheduleRiskSummaryDto>
{
    protected override ScheduleRiskSummary FromDto(ScheduleRiskSummaryDto dto)
    {
        int iterations = dto.Iterations ?? throw new JsonException("missing required field 'iterations'");
        double deterministicFinish = Finite(dto.DeterministicFinish, "deterministicFinish");
        double meanFinish = Finite(dto.MeanFinish, "meanFinish");
        double deviation = Finite(dto.FinishStandardDeviation, "finishStandardDeviation");
        double probability = Finite(dto.ProbabilityOfDeterministicFinish, "probabilityOfDeterministicFinish");
        double deterministicCost = Finite(dto.DeterministicCost, "deterministicCost");
        double meanCost = Finite(dto.MeanCost, "meanCost");
        SimulationPercentileRow[] percentiles = dto.Percentiles ?? throw new JsonException("missing required field 'percentiles'");
        ActivityRiskRow[] activities = dto.Activities ?? throw new JsonException("missing required field 'activities'");
        if (iterations < 1)
        {
            throw new JsonException(FormattableString.Invariant($"iterations {iterations} must be at least 1"));
        }

        if (deviation < 0)
        {
            throw new JsonException(FormattableString.Invariant($"finishStandardDeviation {deviation} must be non-negative"));
        }

        if (probability < 0 || probability > 1)
        {
            throw new JsonException(FormattableString.Invariant($"probabilityOfDeterministicFinish {probability} must be in [0, 1]"));
        }

        if (percentiles.Length != ScheduleRiskSummary.Levels.Length)
        {
            throw new JsonException(FormattableString.Invariant($"percentiles: expected {ScheduleRiskSummary.Levels.Length} rows (P10 … P90, P95), found {percentiles.Length}"));
        }

        for (int i = 0; i < percentiles.Length; i++)
        {
            SimulationPercentileRow row = percentiles[i] ?? throw new JsonException(FormattableString.Invariant($"percentiles[{i}]: expected an object, found null"));
            if (row.Probability != ScheduleRiskSummary.Levels[i])
            {
                throw new JsonException(FormattableString.Invariant($"percentiles[{i}]: probability {row.Probability} must be {ScheduleRiskSummary.Levels[i]}"));
            }

            if (i > 0 && (row.Finish < percentiles[i - 1].Finish || row.Cost < percentiles[i - 1].Cost))
            {
                throw new JsonException(FormattableString.Invariant($"percentiles[{i}]: finish and cost must not decrease with the probability"));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < activities.Length; i++)
        {
            ActivityRiskRow row = activities[i] ?? throw new JsonException(FormattableString.Invariant($"activities[{i}]: expected an object, found null"));
            if (!seen.Add(row.ActivityId))
            {
                throw new JsonException(FormattableString.Invariant($"activities[{i}]: duplicate activity id '{row.ActivityId}'"));
            }
        }

        return new ScheduleRiskSummary(iterations, deterministicFinish, meanFinish, deviation, probability, deterministicCost, meanCost, percentiles, activities);
    }

    protected override ScheduleRiskSummaryDto ToDto(ScheduleRiskSummary value) =>
        new()
        {
            Iterations = value.Iterations,
            DeterministicFinish = value.DeterministicFinish,
            MeanFinish = value.MeanFinish,
            FinishStandardDeviation = value.FinishStandardDeviation,
            ProbabilityOfDeterministicFinish = value.ProbabilityOfDeterministicFinish,
            DeterministicCost = value.DeterministicCost,
            MeanCost = value.MeanCost,
            Percentiles = value.Percentiles.ToArray(),
            Activities = value.Activities.ToArray(),
        };

    private static double Finite(double? value, string field)
    {
        double x = value ?? throw new JsonException($"missing required field '{field}'");
        return double.IsNaN(x) || double.IsInfinity(x) ? throw new JsonException(FormattableString.Invariant($"{field} {x} must be finite")) : x;
    }
}

/// <summary>An activity's criticality and sensitivity row.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class ActivityRiskRowDto
{
    public string? ActivityId { get; set; }

    public double? CriticalityIndex { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Sensitivity { get; set; }
}

/// <summary>A percentile row of a simulation.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class PercentileRowDto
{
    public double? Probability { get; set; }

    public double? Finish { get; set; }

    public double? Cost { get; set; }
}

/// <summary>A flat schedule report row.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class ScheduleRowDto
{
    public int? Index { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Wbs { get; set; }

    public double? Duration { get; set; }

    public bool? IsMilestone { get; set; }

    public string? Predecessors { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? EarlyStart { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? EarlyFinish { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? LateStart { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? LateFinish { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? EarlyStartUnits { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? EarlyFinishUnits { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? LateStartUnits { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? LateFinishUnits { get; set; }

    public double? TotalFloat { get; set; }

    public double? FreeFloat { get; set; }

    public bool? Critical { get; set; }

    public string? Status { get; set; }

    public string? DrivingPredecessor { get; set; }
}

/// <summary>A Monte Carlo summary: headline figures, percentile rows and activity rows.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class ScheduleRiskSummaryDto
{
    public int? Iterations { get; set; }

    public double? DeterministicFinish { get; set; }

    public double? MeanFinish { get; set; }

    public double? FinishStandardDeviation { get; set; }

    public double? ProbabilityOfDeterministicFinish { get; set; }

    public double? DeterministicCost { get; set; }

    public double? MeanCost { get; set; }

    public SimulationPercentileRow[]? Percentiles { get; set; }

    public ActivityRiskRow[]? Activities { get; set; }
}
