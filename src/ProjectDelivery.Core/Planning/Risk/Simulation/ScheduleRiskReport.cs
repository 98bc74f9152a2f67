using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using NodaTime;
using ProjectDelivery.Serialization;
using ProjectDelivery.Serialization.Planning;

namespace ProjectDelivery.Planning.Risk.Simulation;

/// <summary>
/// The printable result of a schedule risk analysis: finish (and cost) distribution summaries, histogram, probabilities and
/// contingencies, criticality and sensitivity per activity, EMV figures and the ranked register. Its JSON is the output of
/// <c>risk --json</c> (docs/formats.md, "Risk", "Output").
/// </summary>
/// <remarks>Percentiles are nearest-rank, P10 … P90. Build it with <see cref="FromResult"/>; otherwise a plain data object (reads back from JSON).</remarks>
public sealed class ScheduleRiskReport
{
    /// <summary>Iterations run.</summary>
    public int Iterations { get; init; }

    /// <summary>Random seed.</summary>
    public long Seed { get; init; }

    /// <summary>Finish at point estimates without risks.</summary>
    public double DeterministicFinish { get; init; }

    /// <summary>Summary of the simulated finish.</summary>
    public OutcomeSummary Finish { get; init; } = new();

    /// <summary>The finish percentiles as dates (calendar mode only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FinishDateSummary? FinishDates { get; init; }

    /// <summary>Twenty equal-width bins from the minimum to the maximum finish.</summary>
    public IReadOnlyList<HistogramRow> FinishHistogram { get; init; } = Array.Empty<HistogramRow>();

    /// <summary>P(finish ≤ deterministic finish).</summary>
    public double ProbabilityOfDeterministicFinish { get; init; }

    /// <summary>Target finish in time units, when given.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? TargetFinish { get; init; }

    /// <summary>P(finish ≤ target), when a target is given.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ProbabilityOfTarget { get; init; }

    /// <summary>Finish at the confidence level minus the deterministic finish (≥ 0).</summary>
    public double ScheduleContingency { get; init; }

    /// <summary>Cost at point estimates, when any cost is given.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? DeterministicCost { get; init; }

    /// <summary>Summary of the simulated cost, when any cost is given.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OutcomeSummary? Cost { get; init; }

    /// <summary>Cost at the confidence level minus the deterministic cost (≥ 0), when any cost is given.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? CostContingency { get; init; }

    /// <summary>The budget, when given (with costs).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Budget { get; init; }

    /// <summary>P(cost ≤ budget), when a budget is given.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ProbabilityWithinBudget { get; init; }

    /// <summary>P(finish ≤ target and cost ≤ budget), when both are given.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? JointConfidence { get; init; }

    /// <summary>Activity id → share of iterations in which it was critical, every activity in input order.</summary>
    public IReadOnlyDictionary<string, double> Criticality { get; init; } = new Dictionary<string, double>();

    /// <summary>Activity or risk id → Spearman rank correlation with the finish (uncertain activities and risks).</summary>
    public IReadOnlyDictionary<string, double> Sensitivity { get; init; } = new Dictionary<string, double>();

    /// <summary>Σ probability × mean schedule impact (negative for opportunities).</summary>
    public double EmvSchedule { get; init; }

    /// <summary>Σ probability × mean cost impact (negative for opportunities).</summary>
    public double EmvCost { get; init; }

    /// <summary>The register's EMV contingency reserve (inherent, ≥ 0).</summary>
    public double ContingencyReserveEmv { get; init; }

    /// <summary>The ranked register.</summary>
    public IReadOnlyList<RiskReportRow> Register { get; init; } = Array.Empty<RiskReportRow>();

    /// <summary>The report of a simulation of <paramref name="request"/>.</summary>
    /// <param name="request">The analysed request.</param>
    /// <param name="result">The simulation result.</param>
    /// <param name="seed">The seed the simulation ran with.</param>
    /// <returns>The report.</returns>
    public static ScheduleRiskReport FromResult(ScheduleRiskRequest request, ScheduleRiskResult result, long seed)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        double? target = request.TargetFinishUnits;
        bool hasCost = request.HasCost;
        double? budget = hasCost ? request.Budget : null;
        ScheduleRiskModel model = request.Model;
        IReadOnlyDictionary<string, double> sensitivity = result.Sensitivity;
        var criticality = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (Scheduling.Activity a in request.Schedule.Network.Activities)
        {
            criticality[a.Id] = result.CriticalityIndex(a.Id);
        }

        var sensitivities = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string id in request.Schedule.Network.Activities.Select(a => a.Id).Concat(model.RiskDrivers.Select(d => d.Id)))
        {
            if (sensitivity.TryGetValue(id, out double s))
            {
                sensitivities[id] = s;
            }
        }

        return new ScheduleRiskReport
        {
            Iterations = result.Iterations,
            Seed = seed,
            DeterministicFinish = result.DeterministicFinish,
            Finish = OutcomeSummary.From(result.Finish),
            FinishDates = request.Schedule.CalendarOptions is null ? null : new FinishDateSummary
            {
                Deterministic = Date(request, result.DeterministicFinish),
                P10 = Date(request, result.Finish.Percentile(0.1)),
                P20 = Date(request, result.Finish.Percentile(0.2)),
                P30 = Date(request, result.Finish.Percentile(0.3)),
                P40 = Date(request, result.Finish.Percentile(0.4)),
                P50 = Date(request, result.Finish.Percentile(0.5)),
                P60 = Date(request, result.Finish.Percentile(0.6)),
                P70 = Date(request, result.Finish.Percentile(0.7)),
                P80 = Date(request, result.Finish.Percentile(0.8)),
                P90 = Date(request, result.Finish.Percentile(0.9)),
            },
            FinishHistogram = result.Finish.Histogram(20).Select(b => new HistogramRow { Lower = b.Lower, Upper = b.Upper, Count = b.Count, Cumulative = b.CumulativeProbability }).ToArray(),
            ProbabilityOfDeterministicFinish = result.ProbabilityOfFinishingBy(result.DeterministicFinish),
            TargetFinish = target,
            ProbabilityOfTarget = target is { } t ? result.ProbabilityOfFinishingBy(t) : null,
            ScheduleContingency = result.ScheduleContingency(request.Confidence),
            DeterministicCost = hasCost ? result.DeterministicCost : null,
            Cost = hasCost ? OutcomeSummary.From(result.Cost) : null,
            CostContingency = hasCost ? result.CostContingency(request.Confidence) : null,
            Budget = budget,
            ProbabilityWithinBudget = budget is { } b ? result.ProbabilityWithinBudget(b) : null,
            JointConfidence = budget is { } b2 && target is { } t2 ? result.JointConfidence(t2, b2) : null,
            Criticality = criticality,
            Sensitivity = sensitivities,
            EmvSchedule = model.RiskDrivers.Sum(d => d.ExpectedScheduleImpact),
            EmvCost = model.RiskDrivers.Sum(d => d.ExpectedCostImpact),
            ContingencyReserveEmv = request.Register.ContingencyReserve(AssessmentBasis.Inherent),
            Register = request.Register.Listing().Select(row => new RiskReportRow
            {
                Rank = row.Rank,
                Id = row.Id,
                Kind = row.Kind,
                Probability = row.InherentAssessment.Probability,
                ScheduleImpact = row.InherentAssessment.ScheduleImpact,
                CostImpact = row.InherentAssessment.CostImpact,
                ProbabilityLevel = row.InherentRating.ProbabilityLevel,
                ImpactLevel = row.InherentRating.ImpactLevel,
                Score = row.InherentRating.Score,
                Zone = row.InherentRating.Zone,
                ResidualScore = row.ResidualRating.Score,
                ResidualZone = row.ResidualRating.Zone,
                EmvSchedule = row.InherentExpectedDelay,
                EmvCost = row.InherentEmv,
            }).ToArray(),
        };
    }

    private static LocalDateTime Date(ScheduleRiskRequest request, double units) => request.ToDate(units).With(TimeAdjusters.TruncateToSecond);
}

/// <summary>Summary statistics of a simulated outcome: mean, sample standard deviation, extremes and nearest-rank deciles.</summary>
public sealed class OutcomeSummary
{
    /// <summary>Mean.</summary>
    public double Mean { get; init; }

    /// <summary>Sample standard deviation.</summary>
    [JsonPropertyName("sd")]
    public double StandardDeviation { get; init; }

    /// <summary>Minimum.</summary>
    [JsonPropertyName("min")]
    public double Minimum { get; init; }

    /// <summary>Maximum.</summary>
    [JsonPropertyName("max")]
    public double Maximum { get; init; }

    /// <summary>10th percentile.</summary>
    public double P10 { get; init; }

    /// <summary>20th percentile.</summary>
    public double P20 { get; init; }

    /// <summary>30th percentile.</summary>
    public double P30 { get; init; }

    /// <summary>40th percentile.</summary>
    public double P40 { get; init; }

    /// <summary>50th percentile.</summary>
    public double P50 { get; init; }

    /// <summary>60th percentile.</summary>
    public double P60 { get; init; }

    /// <summary>70th percentile.</summary>
    public double P70 { get; init; }

    /// <summary>80th percentile.</summary>
    public double P80 { get; init; }

    /// <summary>90th percentile.</summary>
    public double P90 { get; init; }

    /// <summary>The summary of a distribution.</summary>
    /// <param name="distribution">The simulated outcome.</param>
    /// <returns>The summary.</returns>
    public static OutcomeSummary From(OutcomeDistribution distribution)
    {
        if (distribution is null)
        {
            throw new ArgumentNullException(nameof(distribution));
        }

        return new OutcomeSummary
        {
            Mean = distribution.Mean,
            StandardDeviation = distribution.StandardDeviation,
            Minimum = distribution.Minimum,
            Maximum = distribution.Maximum,
            P10 = distribution.Percentile(0.1),
            P20 = distribution.Percentile(0.2),
            P30 = distribution.Percentile(0.3),
            P40 = distribution.Percentile(0.4),
            P50 = distribution.Percentile(0.5),
            P60 = distribution.Percentile(0.6),
            P70 = distribution.Percentile(0.7),
            P80 = distribution.Percentile(0.8),
            P90 = distribution.Percentile(0.9),
        };
    }
}

/// <summary>The deterministic finish and finish deciles as dates on the project calendar (to the second).</summary>
public sealed class FinishDateSummary
{
    /// <summary>Deterministic finish date.</summary>
    public LocalDateTime Deterministic { get; init; }

    /// <summary>P10 finish date.</summary>
    public LocalDateTime P10 { get; init; }

    /// <summary>P20 finish date.</summary>
    public LocalDateTime P20 { get; init; }

    /// <summary>P30 finish date.</summary>
    public LocalDateTime P30 { get; init; }

    /// <summary>P40 finish date.</summary>
    public LocalDateTime P40 { get; init; }

    /// <summary>P50 finish date.</summary>
    public LocalDateTime P50 { get; init; }

    /// <summary>P60 finish date.</summary>
    public LocalDateTime P60 { get; init; }

    /// <summary>P70 finish date.</summary>
    public LocalDateTime P70 { get; init; }

    /// <summary>P80 finish date.</summary>
    public LocalDateTime P80 { get; init; }

    /// <summary>P90 finish date.</summary>
    public LocalDateTime P90 { get; init; }
}

/// <summary>One histogram bin of a <see cref="ScheduleRiskReport"/>.</summary>
public sealed class HistogramRow
{
    /// <summary>Lower edge.</summary>
    public double Lower { get; init; }

    /// <summary>Upper edge.</summary>
    public double Upper { get; init; }

    /// <summary>Number of iterations in the bin.</summary>
    public long Count { get; init; }

    /// <summary>Share of iterations at or below the upper edge.</summary>
    public double Cumulative { get; init; }
}

/// <summary>One ranked register row of a <see cref="ScheduleRiskReport"/> (inherent rating, residual score and zone, EMVs).</summary>
public sealed class RiskReportRow
{
    /// <summary>Rank (1 = highest score).</summary>
    public int Rank { get; init; }

    /// <summary>Risk id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Threat or opportunity (<c>threat</c>, <c>opportunity</c> in JSON).</summary>
    public RiskKind Kind { get; init; }

    /// <summary>Inherent probability.</summary>
    public double Probability { get; init; }

    /// <summary>Inherent schedule impact (mean).</summary>
    public double ScheduleImpact { get; init; }

    /// <summary>Inherent cost impact (mean).</summary>
    public double CostImpact { get; init; }

    /// <summary>Probability level of the inherent rating.</summary>
    public int ProbabilityLevel { get; init; }

    /// <summary>Impact level of the inherent rating.</summary>
    public int ImpactLevel { get; init; }

    /// <summary>Inherent score.</summary>
    public double Score { get; init; }

    /// <summary>Inherent zone (<c>green</c>, <c>amber</c>, <c>red</c> in JSON).</summary>
    public RagZone Zone { get; init; }

    /// <summary>Residual score.</summary>
    public double ResidualScore { get; init; }

    /// <summary>Residual zone.</summary>
    public RagZone ResidualZone { get; init; }

    /// <summary>Inherent expected delay (negative for opportunities).</summary>
    public double EmvSchedule { get; init; }

    /// <summary>Inherent expected monetary value (negative for opportunities).</summary>
    public double EmvCost { get; init; }
}
