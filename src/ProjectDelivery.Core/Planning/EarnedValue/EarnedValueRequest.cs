using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using ProjectDelivery.Serialization.Planning;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>
/// One project's earned value input as a single value: the first day, the reporting periods with their own (not cumulative)
/// planned value, earned value and actual cost, and optional BAC, planned duration and bottom-up estimate to complete. Its JSON
/// is the input of the command line's <c>evm</c> command (docs/formats.md, "Earned value").
/// </summary>
/// <remarks>
/// Validated once when created: period ends strictly increase from <see cref="Start"/>; EV and AC come together; the reported
/// periods (with EV and AC) come first and there is at least one; every amount is finite and ≥ 0.
/// </remarks>
public sealed class EarnedValueRequest
{
    private EarnedValueRequest(string? name, LocalDate start, IReadOnlyList<EarnedValuePeriod> periods, double? budgetAtCompletion, int? plannedPeriods, double? bottomUpEstimateToComplete)
    {
        Name = name;
        Start = start;
        Periods = periods;
        BudgetAtCompletion = budgetAtCompletion;
        PlannedPeriods = plannedPeriods;
        BottomUpEstimateToComplete = bottomUpEstimateToComplete;
    }

    /// <summary>Optional free-text name.</summary>
    public string? Name { get; }

    /// <summary>First day of the first period.</summary>
    public LocalDate Start { get; }

    /// <summary>The periods in order: reported ones (with EV and AC) first, then the rest of the plan.</summary>
    public IReadOnlyList<EarnedValuePeriod> Periods { get; }

    /// <summary>Budget at completion; null means the sum of the planned values.</summary>
    public double? BudgetAtCompletion { get; }

    /// <summary>Planned duration in periods; null means the number of periods.</summary>
    public int? PlannedPeriods { get; }

    /// <summary>Optional bottom-up estimate to complete.</summary>
    public double? BottomUpEstimateToComplete { get; }

    /// <summary>Number of reported periods (the actual time AT).</summary>
    public int ReportedPeriodCount => Periods.TakeWhile(p => p.EarnedValue is not null).Count();

    /// <summary>Creates and validates a request.</summary>
    /// <param name="start">First day of the first period.</param>
    /// <param name="periods">The periods in order (at least one reported).</param>
    /// <param name="budgetAtCompletion">BAC (≥ 0), or null for the sum of planned values.</param>
    /// <param name="plannedPeriods">Planned duration in periods (1 … number of periods), or null.</param>
    /// <param name="bottomUpEstimateToComplete">Bottom-up ETC (≥ 0), or null.</param>
    /// <param name="name">Optional name.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException">A rule above is broken; the message names the period and field (e.g. <c>periods[2].end</c>).</exception>
    public static EarnedValueRequest Create(LocalDate start, IEnumerable<EarnedValuePeriod> periods, double? budgetAtCompletion, int? plannedPeriods, double? bottomUpEstimateToComplete, string? name)
    {
        Preconditions.CheckNotNull(periods, nameof(periods));
        EarnedValuePeriod[] list = periods.ToArray();
        CheckAmount(budgetAtCompletion, "bac");
        CheckAmount(bottomUpEstimateToComplete, "bottomUpEtc");
        if (list.Length == 0)
        {
            throw new ArgumentException("missing or empty 'periods' array", nameof(periods));
        }

        LocalDate previous = start.PlusDays(-1);
        bool reportingEnded = false;
        for (int i = 0; i < list.Length; i++)
        {
            EarnedValuePeriod p = list[i] ?? throw new ArgumentException($"periods[{i}] is null", nameof(periods));
            string at = $"periods[{i}]";
            CheckAmount(p.PlannedValue, at + ".pv");
            CheckAmount(p.EarnedValue, at + ".ev");
            CheckAmount(p.ActualCost, at + ".ac");
            if (p.End <= previous)
            {
                throw new ArgumentException(i == 0
                    ? $"{at}.end {Format(p.End)} is before start {Format(start)}"
                    : $"{at}.end {Format(p.End)} is not after periods[{i - 1}].end {Format(previous)}; period ends must increase", nameof(periods));
            }

            previous = p.End;
            if (p.EarnedValue is null != p.ActualCost is null)
            {
                throw new ArgumentException($"{at} gives '{(p.EarnedValue is null ? "ac" : "ev")}' without '{(p.EarnedValue is null ? "ev" : "ac")}'; a reported period needs both", nameof(periods));
            }

            bool reported = p.EarnedValue is not null;
            if (reported && reportingEnded)
            {
                throw new ArgumentException($"{at} reports ev/ac after an unreported period; reported periods must come first (the status date is the end of the last one)", nameof(periods));
            }

            reportingEnded |= !reported;
        }

        if (list[0].EarnedValue is null)
        {
            throw new ArgumentException("no period has 'ev' and 'ac', so there is no status date to report at", nameof(periods));
        }

        if (plannedPeriods is int planned)
        {
            if (planned < 1 || planned > list.Length)
            {
                throw new ArgumentException($"plannedPeriods {planned} must be between 1 and the number of periods ({list.Length})", nameof(plannedPeriods));
            }

            for (int i = planned; i < list.Length; i++)
            {
                if (list[i].PlannedValue is double pv && pv != 0)
                {
                    throw new ArgumentException($"periods[{i}] plans pv {pv.ToString(CultureInfo.InvariantCulture)} beyond plannedPeriods {planned}", nameof(plannedPeriods));
                }
            }
        }

        return new EarnedValueRequest(name, start, list, budgetAtCompletion, plannedPeriods, bottomUpEstimateToComplete);
    }

    /// <summary>Builds the one-account project (id <c>PROJECT</c>) and analyses it at the status date (the end of the last reported period).</summary>
    /// <returns>The earned value report.</returns>
    public EarnedValueReport Analyse()
    {
        ReportingCalendar calendar = ReportingCalendar.Create(Start, Periods.Select(p => p.End));
        int status = ReportedPeriodCount;
        double[] pv = Periods.Select(p => p.PlannedValue ?? 0).ToArray();
        double bac = BudgetAtCompletion ?? pv.Sum();
        ControlAccount account = ControlAccount.Create(
            "PROJECT", bac, pv,
            Periods.Take(status).Select(p => p.EarnedValue!.Value),
            Periods.Take(status).Select(p => p.ActualCost!.Value),
            bottomUpEstimateToComplete: BottomUpEstimateToComplete);
        EarnedValueProject project = EarnedValueProject.Create(calendar, new[] { account }, status, plannedDuration: PlannedPeriods ?? Periods.Count);
        return EarnedValueAnalysis.Analyse(project);
    }

    private static void CheckAmount(double? value, string field)
    {
        if (value is not double v)
        {
            return;
        }

        if (double.IsNaN(v) || double.IsInfinity(v))
        {
            throw new ArgumentException($"{field} is not a finite number", field);
        }

        if (v < 0)
        {
            throw new ArgumentException($"{field} must not be negative, got {v.ToString(CultureInfo.InvariantCulture)}", field);
        }
    }

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}

/// <summary>One reporting period of an <see cref="EarnedValueRequest"/>: its last day and its own PV, EV and AC (not cumulative).</summary>
/// <param name="End">Last day of the period (inclusive).</param>
/// <param name="PlannedValue">Planned value of this period (null: 0).</param>
/// <param name="EarnedValue">Earned value of this period; null for a period not yet reported.</param>
/// <param name="ActualCost">Actual cost of this period; null for a period not yet reported.</param>
/// <remarks>Its JSON is the period object of the <c>evm</c> format: <c>{ "end", "pv"?, "ev"?, "ac"? }</c>.</remarks>
public sealed record EarnedValuePeriod(
    LocalDate End,
    [property: JsonPropertyName("pv"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? PlannedValue,
    [property: JsonPropertyName("ev"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? EarnedValue,
    [property: JsonPropertyName("ac"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? ActualCost);
