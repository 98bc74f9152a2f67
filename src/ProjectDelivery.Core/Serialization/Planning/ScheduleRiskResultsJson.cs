using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Serialization.Planning;

/// <summary>
/// <see cref="ScheduleRiskModel"/> as the model part of the risk format: <c>{ "deadline"?, "wbs"?, "activities", "risks"?, "correlations"? }</c>, where an
/// activity is the schedule format's activity object whose <c>duration</c> is a number or a distribution object and which may carry <c>cost</c> (number or
/// distribution) and <c>costRate</c>; <c>risks</c> are <see cref="RiskDriver"/>s and <c>correlations</c> <see cref="RankCorrelation"/>s. The model part of a
/// risk file (plain-number mode) reads as it stands: the register-only fields of its risks (title, response, …) are ignored.
/// </summary>
/// <remarks>
/// Written from the model's effective distributions (an activity without uncertainty has its nominal duration). Read as the risk file is: the network gets
/// each activity's fixed duration, or the point estimate of its distribution (never below 0); an activity with a distribution, a cost or a cost rate gets an
/// <see cref="ActivityUncertainty"/>; then <see cref="ScheduleRiskModel.Create"/> validates (unknown or repeated ids, inconsistent correlations, date
/// constraints: its <see cref="ArgumentException"/> naming the item). A missing id or duration is a <see cref="JsonException"/> naming the activity.
/// </remarks>
internal sealed class ScheduleRiskModelJsonConverter : DtoJsonConverter<ScheduleRiskModel, ScheduleRiskModelDto>
{
    protected override ScheduleRiskModel FromDto(ScheduleRiskModelDto dto)
    {
        List<RiskModelActivityDto> items = dto.Activities ?? throw new JsonException("schedule risk model: missing required field 'activities'");
        var activities = new List<ActivityDto>(items.Count);
        var uncertainties = new List<ActivityUncertainty>();
        for (int i = 0; i < items.Count; i++)
        {
            RiskModelActivityDto a = items[i] ?? throw new JsonException($"schedule risk model: activities[{i}] is null");
            string id = a.Id ?? throw new JsonException($"schedule risk model: activities[{i}]: missing required field 'id'");
            string item = $"activities[{i}] (activity '{id}')";
            UncertainValue duration = a.Duration ?? throw new JsonException($"{item}: missing required field 'duration'");
            double costRate = a.CostRate ?? 0.0;
            if (!duration.IsFixed || a.Cost is not null || costRate != 0)
            {
                uncertainties.Add(ElementReader.Build(item, () => ActivityUncertainty.Create(id, duration, a.Cost, costRate)));
            }

            activities.Add(new ActivityDto
            {
                Id = id, Name = a.Name, Duration = duration.IsFixed ? duration.P1 : Math.Max(0.0, duration.PointEstimate), Predecessors = a.Predecessors,
                Constraint = a.Constraint, Calendar = a.Calendar, Wbs = a.Wbs, ActualStart = a.ActualStart, ActualFinish = a.ActualFinish, Remaining = a.Remaining,
            });
        }

        ProjectNetwork network = NetworkJson.FromDto(new NetworkDto { Deadline = dto.Deadline, Wbs = dto.Wbs, Activities = activities });
        return ScheduleRiskModel.Create(network, uncertainties, dto.Risks ?? new List<RiskDriver>(), dto.Correlations);
    }

    protected override ScheduleRiskModelDto ToDto(ScheduleRiskModel value)
    {
        NetworkDto network = NetworkJson.ToDto(value.Source);
        var activities = new List<RiskModelActivityDto>(network.Activities!.Count);
        foreach (ActivityDto a in network.Activities)
        {
            int position = value.Network.IndexOf(a.Id!);
            double costRate = value.CostRates[position];
            activities.Add(new RiskModelActivityDto
            {
                Id = a.Id, Name = a.Name, Duration = value.Durations[position], Cost = value.Costs[position], CostRate = costRate == 0 ? null : costRate,
                Predecessors = a.Predecessors, Constraint = a.Constraint, Calendar = a.Calendar, Wbs = a.Wbs, ActualStart = a.ActualStart, ActualFinish = a.ActualFinish,
                Remaining = a.Remaining,
            });
        }

        return new ScheduleRiskModelDto
        {
            Deadline = network.Deadline,
            Wbs = network.Wbs,
            Activities = activities,
            Risks = value.Drivers.Length == 0 ? null : value.Drivers.ToList(),
            Correlations = value.Correlations.Length == 0 ? null : value.Correlations.ToList(),
        };
    }
}

/// <summary>
/// <see cref="ScheduleRiskResult"/> as its sufficient statistics, from which every figure (distributions, criticality, sensitivity, joint confidence,
/// contingencies) and <see cref="ScheduleRiskResult.Merge"/> follow: <c>{ "iterations", "deterministicFinish", "deterministicCost", "finishes": [ per iteration ],
/// "costs": [ per iteration ], "activities": [ { "id", "criticalCount" } ], "inputs": [ { "id", "isRisk", "crossSum"?, "squareSum"? } ], "hasSensitivity",
/// "rankSquareSum"? }</c> (finishes and costs in iteration order, paired; the sums Σ(u − ½)(r − ½), Σ(u − ½)² and Σ(r − ½)² only with sensitivity).
/// </summary>
/// <remarks>
/// Read through the internal <c>ScheduleRiskResult.FromParts</c>, which checks that the statistics could come from a run (at least one iteration, as many
/// costs as finishes, finite numbers, unique ids, critical counts in [0, iterations], uncertain activities before risk drivers, non-negative square sums, no
/// sums without sensitivity) and throws <see cref="ArgumentException"/> naming the field and item; <c>iterations</c>, when present, must equal the number of
/// finishes, and missing required fields are <see cref="JsonException"/>s.
/// </remarks>
internal sealed class ScheduleRiskResultJsonConverter : DtoJsonConverter<ScheduleRiskResult, ScheduleRiskResultDto>
{
    protected override ScheduleRiskResult FromDto(ScheduleRiskResultDto dto)
    {
        const string Item = "schedule risk result";
        List<double> finishes = dto.Finishes ?? throw new JsonException($"{Item}: missing required field 'finishes'");
        List<double> costs = dto.Costs ?? throw new JsonException($"{Item}: missing required field 'costs'");
        if (dto.Iterations is int iterations && iterations != finishes.Count)
        {
            throw new JsonException($"{Item}: 'iterations' is {iterations} but there are {finishes.Count} finishes");
        }

        List<SimulatedActivityDto> activities = dto.Activities ?? throw new JsonException($"{Item}: missing required field 'activities'");
        List<SimulationInputDto> inputs = dto.Inputs ?? new List<SimulationInputDto>();
        bool sensitivity = dto.HasSensitivity ?? throw new JsonException($"{Item}: missing required field 'hasSensitivity'");
        var activityIds = new string[activities.Count];
        var critical = new long[activities.Count];
        for (int i = 0; i < activities.Count; i++)
        {
            SimulatedActivityDto a = activities[i] ?? throw new JsonException($"{Item}: activities[{i}] is null");
            activityIds[i] = a.Id ?? throw new JsonException($"{Item}: activities[{i}]: missing required field 'id'");
            critical[i] = a.CriticalCount ?? throw new JsonException($"{Item}: activities[{i}] ('{a.Id}'): missing required field 'criticalCount'");
        }

        var inputIds = new string[inputs.Count];
        var isRisk = new bool[inputs.Count];
        var sur = new double[inputs.Count];
        var suu = new double[inputs.Count];
        for (int j = 0; j < inputs.Count; j++)
        {
            SimulationInputDto input = inputs[j] ?? throw new JsonException($"{Item}: inputs[{j}] is null");
            inputIds[j] = input.Id ?? throw new JsonException($"{Item}: inputs[{j}]: missing required field 'id'");
            isRisk[j] = input.IsRisk ?? throw new JsonException($"{Item}: inputs[{j}] ('{input.Id}'): missing required field 'isRisk'");
            if (sensitivity)
            {
                sur[j] = input.CrossSum ?? throw new JsonException($"{Item}: inputs[{j}] ('{input.Id}'): missing required field 'crossSum'");
                suu[j] = input.SquareSum ?? throw new JsonException($"{Item}: inputs[{j}] ('{input.Id}'): missing required field 'squareSum'");
            }
            else if (input.CrossSum is not null || input.SquareSum is not null)
            {
                throw new JsonException($"{Item}: inputs[{j}] ('{input.Id}'): sums are given but 'hasSensitivity' is false");
            }
        }

        double srr = sensitivity ? dto.RankSquareSum ?? throw new JsonException($"{Item}: missing required field 'rankSquareSum'") : 0.0;
        if (!sensitivity && dto.RankSquareSum is not null)
        {
            throw new JsonException($"{Item}: 'rankSquareSum' is given but 'hasSensitivity' is false");
        }

        return ElementReader.Build(Item, () => ScheduleRiskResult.FromParts(
            activityIds, inputIds, isRisk, finishes.ToArray(), costs.ToArray(), critical, sur, suu, srr,
            dto.DeterministicFinish ?? throw new JsonException($"{Item}: missing required field 'deterministicFinish'"),
            dto.DeterministicCost ?? throw new JsonException($"{Item}: missing required field 'deterministicCost'"),
            sensitivity));
    }

    protected override ScheduleRiskResultDto ToDto(ScheduleRiskResult value) => new()
    {
        Iterations = value.Iterations,
        DeterministicFinish = value.DeterministicFinish,
        DeterministicCost = value.DeterministicCost,
        Finishes = value.IterationFinishes.ToList(),
        Costs = value.IterationCosts.ToList(),
        Activities = value.ActivityIds.Select((id, i) => new SimulatedActivityDto { Id = id, CriticalCount = value.CriticalCounts[i] }).ToList(),
        Inputs = value.InputIds.Select((id, j) => new SimulationInputDto
        {
            Id = id,
            IsRisk = j >= value.ActivityInputCount,
            CrossSum = value.HasSensitivity ? value.CrossSums[j] : null,
            SquareSum = value.HasSensitivity ? value.InputSquareSums[j] : null,
        }).ToList(),
        HasSensitivity = value.HasSensitivity,
        RankSquareSum = value.HasSensitivity ? value.RankSquareSum : null,
    };
}

/// <summary>A schedule risk model: the network with distribution durations, risk drivers and correlations.</summary>
internal sealed class ScheduleRiskModelDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScheduleMoment? Deadline { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<WbsDto>? Wbs { get; set; }

    public List<RiskModelActivityDto>? Activities { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<RiskDriver>? Risks { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<RankCorrelation>? Correlations { get; set; }
}

/// <summary>An activity of the risk format: the schedule format's activity with a distribution duration, cost and cost rate.</summary>
internal sealed class RiskModelActivityDto
{
    public string? Id { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }

    public UncertainValue? Duration { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public UncertainValue? Cost { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? CostRate { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<DependencyDto>? Predecessors { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ConstraintDto? Constraint { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public WorkingCalendar? Calendar { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Wbs { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScheduleMoment? ActualStart { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScheduleMoment? ActualFinish { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Remaining { get; set; }
}

/// <summary>A simulation result's sufficient statistics.</summary>
internal sealed class ScheduleRiskResultDto
{
    public int? Iterations { get; set; }

    public double? DeterministicFinish { get; set; }

    public double? DeterministicCost { get; set; }

    public List<double>? Finishes { get; set; }

    public List<double>? Costs { get; set; }

    public List<SimulatedActivityDto>? Activities { get; set; }

    public List<SimulationInputDto>? Inputs { get; set; }

    public bool? HasSensitivity { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? RankSquareSum { get; set; }
}

/// <summary>An activity's critical count.</summary>
internal sealed class SimulatedActivityDto
{
    public string? Id { get; set; }

    public long? CriticalCount { get; set; }
}

/// <summary>A sensitivity input and its sums.</summary>
internal sealed class SimulationInputDto
{
    public string? Id { get; set; }

    public bool? IsRisk { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? CrossSum { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? SquareSum { get; set; }
}
