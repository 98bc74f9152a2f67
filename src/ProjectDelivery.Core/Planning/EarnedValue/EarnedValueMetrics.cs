using System;
using NodaTime;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>
/// Every earned value metric of one node (project, WBS element or control account) at the end of one reporting
/// period: cumulative values to that date, the period's own values, indices, forecasts and earned schedule.
/// </summary>
/// <remarks>
/// <para>
/// Sources: PMI Practice Standard for Earned Value Management, 2nd ed. (2011); ANSI/EIA-748-D; W. Lipke,
/// "Schedule is Different" (2003) and "Earned Schedule" (2009) for the time-based metrics. The formulas are
/// listed with each property and in docs/earned-value.md.
/// </para>
/// <para>
/// Money is <see cref="double"/>, computed in full precision: nothing is rounded here (rounding is a choice of
/// the report). A metric whose formula would divide by zero is <c>null</c> ("undefined"), never NaN or
/// infinity: for example CPI is undefined until AC &gt; 0, SPI until PV &gt; 0, every EAC that needs CPI while
/// CPI is undefined or zero.
/// </para>
/// </remarks>
public sealed class EarnedValueMetrics
{
    internal EarnedValueMetrics(
        int periodNumber, LocalDate date, double budgetAtCompletion,
        double plannedValue, double earnedValue, double actualCost,
        double plannedValueInPeriod, double earnedValueInPeriod, double actualCostInPeriod,
        double? bottomUpEstimateToComplete, int plannedDuration, double? earnedSchedule,
        ReportingCalendar calendar, EarnedValueOptions options)
        : this(periodNumber, date, budgetAtCompletion, plannedValue, earnedValue, actualCost, plannedValueInPeriod, earnedValueInPeriod, actualCostInPeriod,
            bottomUpEstimateToComplete, plannedDuration, earnedSchedule, calendar, null, options)
    {
    }

    /// <summary>Computes the metrics; the forecast finish comes from <paramref name="calendar"/>, or is <paramref name="forecastFinish"/> as given when the calendar is null.</summary>
    private EarnedValueMetrics(
        int periodNumber, LocalDate date, double budgetAtCompletion,
        double plannedValue, double earnedValue, double actualCost,
        double plannedValueInPeriod, double earnedValueInPeriod, double actualCostInPeriod,
        double? bottomUpEstimateToComplete, int plannedDuration, double? earnedSchedule,
        ReportingCalendar? calendar, LocalDate? forecastFinish, EarnedValueOptions options)
    {
        Options = options;
        BottomUpEstimateToComplete = bottomUpEstimateToComplete;
        PeriodNumber = periodNumber;
        Date = date;
        BudgetAtCompletion = budgetAtCompletion;
        PlannedValue = plannedValue;
        EarnedValue = earnedValue;
        ActualCost = actualCost;
        PlannedValueInPeriod = plannedValueInPeriod;
        EarnedValueInPeriod = earnedValueInPeriod;
        ActualCostInPeriod = actualCostInPeriod;

        CostVariance = earnedValue - actualCost;
        ScheduleVariance = earnedValue - plannedValue;
        CostVariancePercent = Ratio(CostVariance * 100, earnedValue);
        ScheduleVariancePercent = Ratio(ScheduleVariance * 100, plannedValue);
        CostPerformanceIndex = Ratio(earnedValue, actualCost);
        SchedulePerformanceIndex = Ratio(earnedValue, plannedValue);
        CostVarianceInPeriod = earnedValueInPeriod - actualCostInPeriod;
        ScheduleVarianceInPeriod = earnedValueInPeriod - plannedValueInPeriod;
        CostPerformanceIndexInPeriod = Ratio(earnedValueInPeriod, actualCostInPeriod);
        SchedulePerformanceIndexInPeriod = Ratio(earnedValueInPeriod, plannedValueInPeriod);
        PercentComplete = Ratio(earnedValue * 100, budgetAtCompletion);
        PercentSpent = Ratio(actualCost * 100, budgetAtCompletion);

        double remainingWork = budgetAtCompletion - earnedValue;
        double? cpi = CostPerformanceIndex;
        double? spi = SchedulePerformanceIndex;
        EstimateAtCompletionAtBudgetedRate = actualCost + remainingWork;
        EstimateAtCompletionCumulativeCpi = cpi is double c && c != 0 ? Finite(budgetAtCompletion / c) : null;
        EstimateAtCompletionCpiTimesSpi = Remaining(actualCost, remainingWork, cpi is double c1 && spi is double s1 ? c1 * s1 : null);
        double w = options.CompositeCpiWeight;
        EstimateAtCompletionComposite = Remaining(actualCost, remainingWork, cpi is double c2 && spi is double s2 ? (w * c2) + ((1 - w) * s2) : null);
        EstimateAtCompletionBottomUp = bottomUpEstimateToComplete is double etc ? actualCost + etc : null;

        EstimateAtCompletion = EstimateAtCompletionBy(options.PrimaryEstimate);
        EstimateToComplete = EstimateAtCompletion - actualCost;
        VarianceAtCompletion = budgetAtCompletion - EstimateAtCompletion;
        ToCompletePerformanceIndex = Ratio(remainingWork, budgetAtCompletion - actualCost);
        ToCompletePerformanceIndexToEstimate = EstimateToComplete is double etcPrimary ? Ratio(remainingWork, etcPrimary) : null;

        PlannedDuration = plannedDuration;
        ActualTime = periodNumber;
        EarnedSchedule = earnedSchedule;
        ScheduleVarianceTime = earnedSchedule - periodNumber;
        SchedulePerformanceIndexTime = earnedSchedule is double es ? Ratio(es, periodNumber) : null;
        IndependentEstimateAtCompletionTime = SchedulePerformanceIndexTime is double spit && spit > 0 ? Finite(plannedDuration / spit) : null;
        ForecastFinish = calendar is null ? forecastFinish
            : IndependentEstimateAtCompletionTime is double ieac && calendar.TryDateAt(ieac, out LocalDate finish) ? finish : null;

        EarnedValueThresholds bands = options.Thresholds;
        CostPerformanceStatus = bands.CostPerformanceIndex.Classify(CostPerformanceIndex);
        SchedulePerformanceStatus = bands.SchedulePerformanceIndex.Classify(SchedulePerformanceIndex);
        SchedulePerformanceTimeStatus = bands.SchedulePerformanceIndexTime.Classify(SchedulePerformanceIndexTime);
        ToCompletePerformanceStatus = bands.ToCompletePerformanceIndex.Classify(ToCompletePerformanceIndex);
        CostVarianceStatus = bands.CostVariancePercent.Classify(CostVariancePercent);
        ScheduleVarianceStatus = bands.ScheduleVariancePercent.Classify(ScheduleVariancePercent);
    }

    /// <summary>The options the metrics were computed with (primary estimate, composite weight, threshold bands).</summary>
    internal EarnedValueOptions Options { get; }

    /// <summary>The bottom-up ETC the metrics were given, or null.</summary>
    internal double? BottomUpEstimateToComplete { get; }

    /// <summary>Number of the period these metrics close (one-based); 0 means before the first period.</summary>
    public int PeriodNumber { get; }

    /// <summary>The date the metrics are taken at: the last day of the period (the day before the start for period 0).</summary>
    public LocalDate Date { get; }

    /// <summary>Budget at completion, BAC.</summary>
    public double BudgetAtCompletion { get; }

    /// <summary>Cumulative planned value PV (budgeted cost of work scheduled) to <see cref="Date"/>.</summary>
    public double PlannedValue { get; }

    /// <summary>Cumulative earned value EV (budgeted cost of work performed) to <see cref="Date"/>.</summary>
    public double EarnedValue { get; }

    /// <summary>Cumulative actual cost AC (actual cost of work performed) to <see cref="Date"/>.</summary>
    public double ActualCost { get; }

    /// <summary>Planned value of this period alone.</summary>
    public double PlannedValueInPeriod { get; }

    /// <summary>Earned value of this period alone.</summary>
    public double EarnedValueInPeriod { get; }

    /// <summary>Actual cost of this period alone.</summary>
    public double ActualCostInPeriod { get; }

    /// <summary>Cost variance <c>CV = EV − AC</c> (cumulative).</summary>
    public double CostVariance { get; }

    /// <summary>Schedule variance <c>SV = EV − PV</c> (cumulative).</summary>
    public double ScheduleVariance { get; }

    /// <summary><c>CV% = CV / EV × 100</c>; undefined while EV = 0.</summary>
    public double? CostVariancePercent { get; }

    /// <summary><c>SV% = SV / PV × 100</c>; undefined while PV = 0.</summary>
    public double? ScheduleVariancePercent { get; }

    /// <summary>Cost performance index <c>CPI = EV / AC</c> (cumulative); undefined while AC = 0.</summary>
    public double? CostPerformanceIndex { get; }

    /// <summary>Schedule performance index <c>SPI = EV / PV</c> (cumulative); undefined while PV = 0.</summary>
    public double? SchedulePerformanceIndex { get; }

    /// <summary>Cost variance of this period alone.</summary>
    public double CostVarianceInPeriod { get; }

    /// <summary>Schedule variance of this period alone.</summary>
    public double ScheduleVarianceInPeriod { get; }

    /// <summary>CPI of this period alone; undefined when the period's AC = 0.</summary>
    public double? CostPerformanceIndexInPeriod { get; }

    /// <summary>SPI of this period alone; undefined when the period's PV = 0.</summary>
    public double? SchedulePerformanceIndexInPeriod { get; }

    /// <summary>Percent complete <c>EV / BAC × 100</c>; undefined when BAC = 0.</summary>
    public double? PercentComplete { get; }

    /// <summary>Percent spent <c>AC / BAC × 100</c>; undefined when BAC = 0.</summary>
    public double? PercentSpent { get; }

    /// <summary><c>EAC = BAC / CPI</c>; undefined while CPI is undefined or zero.</summary>
    public double? EstimateAtCompletionCumulativeCpi { get; }

    /// <summary><c>EAC = AC + (BAC − EV)</c>; always defined.</summary>
    public double EstimateAtCompletionAtBudgetedRate { get; }

    /// <summary><c>EAC = AC + (BAC − EV) / (CPI × SPI)</c>; equals AC when no work remains, undefined when the product is undefined or zero.</summary>
    public double? EstimateAtCompletionCpiTimesSpi { get; }

    /// <summary><c>EAC = AC + (BAC − EV) / (w × CPI + (1 − w) × SPI)</c>; equals AC when no work remains, undefined when the index is undefined or zero.</summary>
    public double? EstimateAtCompletionComposite { get; }

    /// <summary><c>EAC = AC + ETC(bottom-up)</c>; undefined when no bottom-up ETC was given.</summary>
    public double? EstimateAtCompletionBottomUp { get; }

    /// <summary>The primary EAC, by <see cref="EarnedValueOptions.PrimaryEstimate"/> (default BAC / CPI).</summary>
    public double? EstimateAtCompletion { get; }

    /// <summary>Estimate to complete <c>ETC = EAC − AC</c> for the primary EAC.</summary>
    public double? EstimateToComplete { get; }

    /// <summary>Variance at completion <c>VAC = BAC − EAC</c> for the primary EAC.</summary>
    public double? VarianceAtCompletion { get; }

    /// <summary>
    /// To-complete performance index to BAC, <c>TCPI = (BAC − EV) / (BAC − AC)</c>; undefined when AC = BAC.
    /// Negative when AC already exceeds BAC (the budget can no longer be met).
    /// </summary>
    public double? ToCompletePerformanceIndex { get; }

    /// <summary>To-complete performance index to the primary EAC, <c>TCPI(EAC) = (BAC − EV) / (EAC − AC)</c>; undefined when EAC is undefined or equals AC.</summary>
    public double? ToCompletePerformanceIndexToEstimate { get; }

    /// <summary>Planned duration PD in periods used for the time-based metrics.</summary>
    public int PlannedDuration { get; }

    /// <summary>Actual time AT in periods: the number of periods to <see cref="Date"/> (= <see cref="PeriodNumber"/>).</summary>
    public int ActualTime { get; }

    /// <summary>Earned schedule ES in periods (see <see cref="EarnedValue.EarnedSchedule"/>), and PD once EV reaches BAC; undefined when the plan is empty.</summary>
    public double? EarnedSchedule { get; }

    /// <summary>Time-based schedule variance <c>SV(t) = ES − AT</c>, in periods.</summary>
    public double? ScheduleVarianceTime { get; }

    /// <summary>Time-based schedule performance index <c>SPI(t) = ES / AT</c>; undefined at AT = 0.</summary>
    public double? SchedulePerformanceIndexTime { get; }

    /// <summary>Independent estimate at completion (time) <c>IEAC(t) = PD / SPI(t)</c>, in periods; undefined while SPI(t) is undefined or zero.</summary>
    public double? IndependentEstimateAtCompletionTime { get; }

    /// <summary>IEAC(t) mapped onto the reporting calendar by <see cref="ReportingCalendar.DateAt"/>; undefined with IEAC(t) or beyond 9999-12-31.</summary>
    public LocalDate? ForecastFinish { get; }

    /// <summary>Status of CPI against <see cref="EarnedValueThresholds.CostPerformanceIndex"/>.</summary>
    public PerformanceStatus CostPerformanceStatus { get; }

    /// <summary>Status of SPI against <see cref="EarnedValueThresholds.SchedulePerformanceIndex"/>.</summary>
    public PerformanceStatus SchedulePerformanceStatus { get; }

    /// <summary>Status of SPI(t) against <see cref="EarnedValueThresholds.SchedulePerformanceIndexTime"/>.</summary>
    public PerformanceStatus SchedulePerformanceTimeStatus { get; }

    /// <summary>Status of TCPI (to BAC) against <see cref="EarnedValueThresholds.ToCompletePerformanceIndex"/>.</summary>
    public PerformanceStatus ToCompletePerformanceStatus { get; }

    /// <summary>Status of CV% against <see cref="EarnedValueThresholds.CostVariancePercent"/>.</summary>
    public PerformanceStatus CostVarianceStatus { get; }

    /// <summary>Status of SV% against <see cref="EarnedValueThresholds.ScheduleVariancePercent"/>.</summary>
    public PerformanceStatus ScheduleVarianceStatus { get; }

    /// <summary>The EAC by one method.</summary>
    /// <param name="method">The method.</param>
    /// <returns>The estimate, or null when undefined.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not a defined method.</exception>
    public double? EstimateAtCompletionBy(EstimateAtCompletionMethod method) => method switch
    {
        EstimateAtCompletionMethod.CumulativeCpi => EstimateAtCompletionCumulativeCpi,
        EstimateAtCompletionMethod.AtBudgetedRate => EstimateAtCompletionAtBudgetedRate,
        EstimateAtCompletionMethod.CpiTimesSpi => EstimateAtCompletionCpiTimesSpi,
        EstimateAtCompletionMethod.Composite => EstimateAtCompletionComposite,
        EstimateAtCompletionMethod.BottomUp => EstimateAtCompletionBottomUp,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown estimate-at-completion method."),
    };

    /// <summary>
    /// Rebuilds metrics from their inputs (as read from JSON): every derived figure is recomputed by the same formulas, and the forecast finish,
    /// which needs the reporting calendar, is taken as given.
    /// </summary>
    /// <exception cref="ArgumentException">An input is out of range (negative period or planned duration, a non-finite amount, a forecast finish without IEAC(t)).</exception>
    internal static EarnedValueMetrics FromParts(
        int periodNumber, LocalDate date, double budgetAtCompletion,
        double plannedValue, double earnedValue, double actualCost,
        double plannedValueInPeriod, double earnedValueInPeriod, double actualCostInPeriod,
        double? bottomUpEstimateToComplete, int plannedDuration, double? earnedSchedule, LocalDate? forecastFinish, EarnedValueOptions options)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        Preconditions.CheckArgumentRange(nameof(periodNumber), periodNumber, 0, int.MaxValue);
        Preconditions.CheckArgumentRange(nameof(plannedDuration), plannedDuration, 0, int.MaxValue);
        foreach ((string name, double? value) in new[]
        {
            (nameof(budgetAtCompletion), (double?)budgetAtCompletion), (nameof(plannedValue), plannedValue), (nameof(earnedValue), earnedValue), (nameof(actualCost), actualCost),
            (nameof(plannedValueInPeriod), plannedValueInPeriod), (nameof(earnedValueInPeriod), earnedValueInPeriod), (nameof(actualCostInPeriod), actualCostInPeriod),
            (nameof(bottomUpEstimateToComplete), bottomUpEstimateToComplete), (nameof(earnedSchedule), earnedSchedule),
        })
        {
            if (value is double v)
            {
                Preconditions.CheckFinite(name, v);
            }
        }

        if (earnedSchedule is double es)
        {
            Preconditions.CheckArgumentRange(nameof(earnedSchedule), es, 0.0, double.MaxValue);
        }

        var metrics = new EarnedValueMetrics(periodNumber, date, budgetAtCompletion, plannedValue, earnedValue, actualCost, plannedValueInPeriod, earnedValueInPeriod, actualCostInPeriod,
            bottomUpEstimateToComplete, plannedDuration, earnedSchedule, null, forecastFinish, options);
        Preconditions.CheckArgument(forecastFinish is null || metrics.IndependentEstimateAtCompletionTime is not null, nameof(forecastFinish),
            $"Period {periodNumber}: a forecast finish needs IEAC(t), which is undefined for these inputs.");
        return metrics;
    }

    private static double? Ratio(double numerator, double denominator) => denominator == 0 ? null : Finite(numerator / denominator);

    private static double? Finite(double value) => double.IsNaN(value) || double.IsInfinity(value) ? null : value;

    private static double? Remaining(double actualCost, double remainingWork, double? index)
    {
        if (remainingWork == 0)
        {
            return actualCost;
        }

        return index is double i && i != 0 ? Finite(actualCost + (remainingWork / i)) : null;
    }
}
