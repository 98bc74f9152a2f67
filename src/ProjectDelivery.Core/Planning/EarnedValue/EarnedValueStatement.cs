using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using NodaTime;
using ProjectDelivery.Serialization;
using ProjectDelivery.Serialization.Planning;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>
/// The printable earned value result of one project at its status date: the metrics of every reported period and of the status
/// period, and the S-curve. Its JSON is the output of <c>evm --json</c> (docs/formats.md, "Earned value", "Output"): numbers in
/// full precision, undefined metrics null (never NaN), dates <c>yyyy-MM-dd</c>.
/// </summary>
/// <remarks>Build it with <see cref="FromReport"/>; otherwise a plain data object (reads back from JSON).</remarks>
public sealed class EarnedValueStatement
{
    /// <summary>Budget at completion.</summary>
    [JsonPropertyName("bac")]
    public double BudgetAtCompletion { get; init; }

    /// <summary>First day of the first period.</summary>
    public LocalDate Start { get; init; }

    /// <summary>Status date: the end of the last reported period.</summary>
    public LocalDate StatusDate { get; init; }

    /// <summary>Planned duration PD in periods.</summary>
    public int PlannedDuration { get; init; }

    /// <summary>Actual time AT in periods.</summary>
    public int ActualTime { get; init; }

    /// <summary>The method of <see cref="EarnedValueStatementMetrics.EstimateAtCompletion"/>: <c>BAC/CPI</c>.</summary>
    public string EacMethod { get; init; } = "BAC/CPI";

    /// <summary>Metrics of each reported period, 1 … AT.</summary>
    public IReadOnlyList<EarnedValueStatementMetrics> Periods { get; init; } = Array.Empty<EarnedValueStatementMetrics>();

    /// <summary>Metrics of the status period.</summary>
    public EarnedValueStatementMetrics Status { get; init; } = new();

    /// <summary>The S-curve: cumulative PV, EV, AC and the EAC projection.</summary>
    [JsonPropertyName("sCurve")]
    public EarnedValueStatementCurve SCurve { get; init; } = new();

    /// <summary>The statement of a report's project total.</summary>
    /// <param name="report">The analysis.</param>
    /// <returns>The statement.</returns>
    public static EarnedValueStatement FromReport(EarnedValueReport report)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        EarnedValueNode total = report.Total;
        ReportingCalendar calendar = report.Project.Calendar;
        SCurve curve = total.SCurve();
        return new EarnedValueStatement
        {
            BudgetAtCompletion = total.BudgetAtCompletion,
            Start = calendar.Start,
            StatusDate = report.StatusDate,
            PlannedDuration = total.PlannedDuration,
            ActualTime = report.Project.StatusPeriodCount,
            Periods = total.PeriodMetrics().Select(m => EarnedValueStatementMetrics.From(m, calendar)).ToArray(),
            Status = EarnedValueStatementMetrics.From(total.Status, calendar),
            SCurve = new EarnedValueStatementCurve
            {
                EstimateAtCompletion = curve.EstimateAtCompletion,
                CompletionTime = curve.CompletionTime,
                CompletionDate = curve.CompletionDate,
                Points = curve.Points.Select(p => new EarnedValueStatementPoint
                {
                    Time = p.Time, Date = p.Date, PlannedValue = p.PlannedValue, EarnedValue = p.EarnedValue, ActualCost = p.ActualCost, Projection = p.Projection,
                }).ToArray(),
            },
        };
    }
}

/// <summary>The metrics of one period in an <see cref="EarnedValueStatement"/> (cumulative at the period's end unless said otherwise).</summary>
public sealed class EarnedValueStatementMetrics
{
    /// <summary>Period number (1-based; 0 for the status of a project with no period).</summary>
    [JsonPropertyName("period")]
    public int PeriodNumber { get; init; }

    /// <summary>First day of the period (absent for period 0).</summary>
    [JsonPropertyName("start")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? Start { get; init; }

    /// <summary>Last day of the period.</summary>
    [JsonPropertyName("end")]
    public LocalDate End { get; init; }

    /// <summary>The period's own planned value.</summary>
    [JsonPropertyName("pvPeriod")]
    public double PlannedValueInPeriod { get; init; }

    /// <summary>The period's own earned value.</summary>
    [JsonPropertyName("evPeriod")]
    public double EarnedValueInPeriod { get; init; }

    /// <summary>The period's own actual cost.</summary>
    [JsonPropertyName("acPeriod")]
    public double ActualCostInPeriod { get; init; }

    /// <summary>Cumulative planned value.</summary>
    [JsonPropertyName("pv")]
    public double PlannedValue { get; init; }

    /// <summary>Cumulative earned value.</summary>
    [JsonPropertyName("ev")]
    public double EarnedValue { get; init; }

    /// <summary>Cumulative actual cost.</summary>
    [JsonPropertyName("ac")]
    public double ActualCost { get; init; }

    /// <summary>Budget at completion.</summary>
    [JsonPropertyName("bac")]
    public double BudgetAtCompletion { get; init; }

    /// <summary>EV − AC.</summary>
    [JsonPropertyName("cv")]
    public double CostVariance { get; init; }

    /// <summary>EV − PV.</summary>
    [JsonPropertyName("sv")]
    public double ScheduleVariance { get; init; }

    /// <summary>CV / EV × 100.</summary>
    [JsonPropertyName("cvPercent")]
    public double? CostVariancePercent { get; init; }

    /// <summary>SV / PV × 100.</summary>
    [JsonPropertyName("svPercent")]
    public double? ScheduleVariancePercent { get; init; }

    /// <summary>EV / AC.</summary>
    [JsonPropertyName("cpi")]
    public double? CostPerformanceIndex { get; init; }

    /// <summary>EV / PV.</summary>
    [JsonPropertyName("spi")]
    public double? SchedulePerformanceIndex { get; init; }

    /// <summary>CPI of the period's own values.</summary>
    [JsonPropertyName("cpiPeriod")]
    public double? CostPerformanceIndexInPeriod { get; init; }

    /// <summary>SPI of the period's own values.</summary>
    [JsonPropertyName("spiPeriod")]
    public double? SchedulePerformanceIndexInPeriod { get; init; }

    /// <summary>EV / BAC × 100.</summary>
    [JsonPropertyName("percentComplete")]
    public double? PercentComplete { get; init; }

    /// <summary>BAC / CPI.</summary>
    [JsonPropertyName("eac")]
    public double? EstimateAtCompletion { get; init; }

    /// <summary>EAC − AC.</summary>
    [JsonPropertyName("etc")]
    public double? EstimateToComplete { get; init; }

    /// <summary>BAC − EAC.</summary>
    [JsonPropertyName("vac")]
    public double? VarianceAtCompletion { get; init; }

    /// <summary>(BAC − EV) / (BAC − AC).</summary>
    [JsonPropertyName("tcpi")]
    public double? ToCompletePerformanceIndex { get; init; }

    /// <summary>(BAC − EV) / (EAC − AC).</summary>
    [JsonPropertyName("tcpiEac")]
    public double? ToCompletePerformanceIndexToEstimate { get; init; }

    /// <summary>AC + (BAC − EV).</summary>
    [JsonPropertyName("eacBudgetedRate")]
    public double EstimateAtCompletionAtBudgetedRate { get; init; }

    /// <summary>AC + (BAC − EV) / (CPI × SPI).</summary>
    [JsonPropertyName("eacCpiSpi")]
    public double? EstimateAtCompletionCpiTimesSpi { get; init; }

    /// <summary>AC + (BAC − EV) / (0.8 CPI + 0.2 SPI).</summary>
    [JsonPropertyName("eacComposite")]
    public double? EstimateAtCompletionComposite { get; init; }

    /// <summary>AC + bottom-up ETC.</summary>
    [JsonPropertyName("eacBottomUp")]
    public double? EstimateAtCompletionBottomUp { get; init; }

    /// <summary>Earned schedule in periods.</summary>
    [JsonPropertyName("es")]
    public double? EarnedSchedule { get; init; }

    /// <summary>Actual time: the period number.</summary>
    [JsonPropertyName("at")]
    public int ActualTime { get; init; }

    /// <summary>ES − AT.</summary>
    [JsonPropertyName("svt")]
    public double? ScheduleVarianceTime { get; init; }

    /// <summary>ES / AT.</summary>
    [JsonPropertyName("spit")]
    public double? SchedulePerformanceIndexTime { get; init; }

    /// <summary>PD / SPI(t), in periods.</summary>
    [JsonPropertyName("ieact")]
    public double? IndependentEstimateAtCompletionTime { get; init; }

    /// <summary>IEAC(t) on the reporting calendar.</summary>
    [JsonPropertyName("forecastFinish")]
    public LocalDate? ForecastFinish { get; init; }

    /// <summary>Status of CPI.</summary>
    [JsonPropertyName("cpiStatus")]
    public PerformanceStatus CostPerformanceStatus { get; init; }

    /// <summary>Status of SPI.</summary>
    [JsonPropertyName("spiStatus")]
    public PerformanceStatus SchedulePerformanceStatus { get; init; }

    /// <summary>Status of SPI(t).</summary>
    [JsonPropertyName("spitStatus")]
    public PerformanceStatus SchedulePerformanceTimeStatus { get; init; }

    /// <summary>Status of TCPI.</summary>
    [JsonPropertyName("tcpiStatus")]
    public PerformanceStatus ToCompletePerformanceStatus { get; init; }

    /// <summary>Status of CV%.</summary>
    [JsonPropertyName("cvStatus")]
    public PerformanceStatus CostVarianceStatus { get; init; }

    /// <summary>Status of SV%.</summary>
    [JsonPropertyName("svStatus")]
    public PerformanceStatus ScheduleVarianceStatus { get; init; }

    internal static EarnedValueStatementMetrics From(EarnedValueMetrics m, ReportingCalendar calendar) => new()
    {
            PeriodNumber = m.PeriodNumber,
            Start = m.PeriodNumber > 0 ? calendar.PeriodStart(m.PeriodNumber - 1) : null,
            End = m.Date,
            PlannedValueInPeriod = m.PlannedValueInPeriod,
            EarnedValueInPeriod = m.EarnedValueInPeriod,
            ActualCostInPeriod = m.ActualCostInPeriod,
            PlannedValue = m.PlannedValue,
            EarnedValue = m.EarnedValue,
            ActualCost = m.ActualCost,
            BudgetAtCompletion = m.BudgetAtCompletion,
            CostVariance = m.CostVariance,
            ScheduleVariance = m.ScheduleVariance,
            CostVariancePercent = m.CostVariancePercent,
            ScheduleVariancePercent = m.ScheduleVariancePercent,
            CostPerformanceIndex = m.CostPerformanceIndex,
            SchedulePerformanceIndex = m.SchedulePerformanceIndex,
            CostPerformanceIndexInPeriod = m.CostPerformanceIndexInPeriod,
            SchedulePerformanceIndexInPeriod = m.SchedulePerformanceIndexInPeriod,
            PercentComplete = m.PercentComplete,
            EstimateAtCompletion = m.EstimateAtCompletion,
            EstimateToComplete = m.EstimateToComplete,
            VarianceAtCompletion = m.VarianceAtCompletion,
            ToCompletePerformanceIndex = m.ToCompletePerformanceIndex,
            ToCompletePerformanceIndexToEstimate = m.ToCompletePerformanceIndexToEstimate,
            EstimateAtCompletionAtBudgetedRate = m.EstimateAtCompletionAtBudgetedRate,
            EstimateAtCompletionCpiTimesSpi = m.EstimateAtCompletionCpiTimesSpi,
            EstimateAtCompletionComposite = m.EstimateAtCompletionComposite,
            EstimateAtCompletionBottomUp = m.EstimateAtCompletionBottomUp,
            EarnedSchedule = m.EarnedSchedule,
            ActualTime = m.ActualTime,
            ScheduleVarianceTime = m.ScheduleVarianceTime,
            SchedulePerformanceIndexTime = m.SchedulePerformanceIndexTime,
            IndependentEstimateAtCompletionTime = m.IndependentEstimateAtCompletionTime,
            ForecastFinish = m.ForecastFinish,
            CostPerformanceStatus = m.CostPerformanceStatus,
            SchedulePerformanceStatus = m.SchedulePerformanceStatus,
            SchedulePerformanceTimeStatus = m.SchedulePerformanceTimeStatus,
            ToCompletePerformanceStatus = m.ToCompletePerformanceStatus,
            CostVarianceStatus = m.CostVarianceStatus,
            ScheduleVarianceStatus = m.ScheduleVarianceStatus,
    };
}

/// <summary>The S-curve of an <see cref="EarnedValueStatement"/>.</summary>
public sealed class EarnedValueStatementCurve
{
    /// <summary>EAC at the status date, or null.</summary>
    [JsonPropertyName("eac")]
    public double? EstimateAtCompletion { get; init; }

    /// <summary>Forecast completion time in periods.</summary>
    public double CompletionTime { get; init; }

    /// <summary>Forecast completion date, or null.</summary>
    public LocalDate? CompletionDate { get; init; }

    /// <summary>The points of the curve.</summary>
    public IReadOnlyList<EarnedValueStatementPoint> Points { get; init; } = Array.Empty<EarnedValueStatementPoint>();
}

/// <summary>One point of an <see cref="EarnedValueStatementCurve"/>.</summary>
public sealed class EarnedValueStatementPoint
{
    /// <summary>Time in periods.</summary>
    public double Time { get; init; }

    /// <summary>Date of the point.</summary>
    public LocalDate Date { get; init; }

    /// <summary>Cumulative planned value.</summary>
    [JsonPropertyName("pv")]
    public double PlannedValue { get; init; }

    /// <summary>Cumulative earned value (to the status date), or null.</summary>
    [JsonPropertyName("ev")]
    public double? EarnedValue { get; init; }

    /// <summary>Cumulative actual cost (to the status date), or null.</summary>
    [JsonPropertyName("ac")]
    public double? ActualCost { get; init; }

    /// <summary>The straight-line EAC projection, or null.</summary>
    public double? Projection { get; init; }
}
