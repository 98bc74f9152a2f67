using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>
/// Earned value measurement techniques (ANSI/EIA-748 guideline 22; PMI Practice Standard for EVM, 2nd ed., ch. 4):
/// turn progress data into earned value per reporting period, for the periods up to the status date.
/// </summary>
/// <remarks>Each method returns per-period (not cumulative) earned value, ready for <see cref="ControlAccount.Create"/>.</remarks>
public static class EarningTechniques
{
    /// <summary>Percent complete: cumulative EV at the end of period k is <c>budget × pc(k) / 100</c>.</summary>
    /// <param name="budget">Budget at completion, finite and non-negative.</param>
    /// <param name="cumulativePercentComplete">Percent complete at the end of each reported period, in [0, 100] and non-decreasing.</param>
    /// <returns>Earned value per period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cumulativePercentComplete"/> is null.</exception>
    /// <exception cref="ArgumentException">The budget is invalid, or a percentage is outside [0, 100] or decreases (the message names the period).</exception>
    public static double[] PercentComplete(double budget, IReadOnlyList<double> cumulativePercentComplete)
    {
        CheckBudget(budget);
        Preconditions.CheckNotNull(cumulativePercentComplete, nameof(cumulativePercentComplete));
        var result = new double[cumulativePercentComplete.Count];
        double previousPercent = 0;
        double previousEarned = 0;
        for (int k = 0; k < result.Length; k++)
        {
            double pc = cumulativePercentComplete[k];
            if (double.IsNaN(pc) || pc < 0 || pc > 100 || pc < previousPercent)
            {
                throw new ArgumentException(
                    $"Percent complete of period {k} ({pc}) must be in [0, 100] and not below that of the previous period ({previousPercent}).",
                    nameof(cumulativePercentComplete));
            }

            double earned = budget * pc / 100;
            result[k] = earned - previousEarned;
            previousEarned = earned;
            previousPercent = pc;
        }

        return result;
    }

    /// <summary>Fixed formula: a share of the budget is earned when the work starts, the rest when it finishes.</summary>
    /// <param name="budget">Budget at completion, finite and non-negative.</param>
    /// <param name="startShare">Share earned at the start, in [0, 1] (0.5 for 50/50, 0 for 0/100, 0.25 for 25/75).</param>
    /// <param name="calendar">The reporting periods.</param>
    /// <param name="statusPeriodCount">Number of reported periods.</param>
    /// <param name="actualStart">Actual start, or null when not started.</param>
    /// <param name="actualFinish">Actual finish, or null when not finished.</param>
    /// <returns>Earned value per reported period.</returns>
    /// <exception cref="ArgumentException">A date lies outside the reported periods, or the finish has no start or precedes it.</exception>
    public static double[] FixedFormula(double budget, double startShare, ReportingCalendar calendar, int statusPeriodCount, LocalDate? actualStart, LocalDate? actualFinish)
    {
        CheckBudget(budget);
        Preconditions.CheckArgumentRange(nameof(startShare), startShare, 0.0, 1.0);
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        Preconditions.CheckArgumentRange(nameof(statusPeriodCount), statusPeriodCount, 0, calendar.Count);
        var result = new double[statusPeriodCount];
        if (actualFinish is LocalDate finish)
        {
            if (actualStart is not LocalDate start || finish < start)
            {
                throw new ArgumentException($"Actual finish {finish:uuuu-MM-dd} needs an actual start on or before it.", nameof(actualFinish));
            }
        }

        if (actualStart is LocalDate s)
        {
            result[ReportedPeriod(calendar, statusPeriodCount, s, nameof(actualStart))] += budget * startShare;
        }

        if (actualFinish is LocalDate f)
        {
            result[ReportedPeriod(calendar, statusPeriodCount, f, nameof(actualFinish))] += budget * (1 - startShare);
        }

        return result;
    }

    /// <summary>0/100: the whole budget is earned in the period of the actual finish.</summary>
    /// <param name="budget">Budget at completion.</param>
    /// <param name="calendar">The reporting periods.</param>
    /// <param name="statusPeriodCount">Number of reported periods.</param>
    /// <param name="actualFinish">Actual finish, or null when not finished.</param>
    /// <returns>Earned value per reported period.</returns>
    /// <exception cref="ArgumentException">The finish lies outside the reported periods.</exception>
    public static double[] ZeroHundred(double budget, ReportingCalendar calendar, int statusPeriodCount, LocalDate? actualFinish) =>
        FixedFormula(budget, 0, calendar, statusPeriodCount, actualFinish, actualFinish);

    /// <summary>50/50: half the budget is earned at the actual start, half at the actual finish.</summary>
    /// <param name="budget">Budget at completion.</param>
    /// <param name="calendar">The reporting periods.</param>
    /// <param name="statusPeriodCount">Number of reported periods.</param>
    /// <param name="actualStart">Actual start, or null.</param>
    /// <param name="actualFinish">Actual finish, or null.</param>
    /// <returns>Earned value per reported period.</returns>
    /// <exception cref="ArgumentException">A date lies outside the reported periods, or the finish has no start or precedes it.</exception>
    public static double[] FiftyFifty(double budget, ReportingCalendar calendar, int statusPeriodCount, LocalDate? actualStart, LocalDate? actualFinish) =>
        FixedFormula(budget, 0.5, calendar, statusPeriodCount, actualStart, actualFinish);

    /// <summary>Weighted milestones: each achieved milestone earns its normalised weight's share of the budget in the period it was achieved.</summary>
    /// <param name="budget">Budget at completion.</param>
    /// <param name="calendar">The reporting periods.</param>
    /// <param name="statusPeriodCount">Number of reported periods.</param>
    /// <param name="milestones">The milestones, with a positive total weight.</param>
    /// <returns>Earned value per reported period.</returns>
    /// <exception cref="ArgumentException">A weight is invalid, the weights sum to zero, or an achieved date lies outside the reported periods (the milestone is named).</exception>
    public static double[] WeightedMilestones(double budget, ReportingCalendar calendar, int statusPeriodCount, IEnumerable<Milestone> milestones)
    {
        CheckBudget(budget);
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        Preconditions.CheckArgumentRange(nameof(statusPeriodCount), statusPeriodCount, 0, calendar.Count);
        Milestone[] list = Preconditions.CheckNotNull(milestones, nameof(milestones)).ToArray();
        foreach (Milestone m in list)
        {
            if (double.IsNaN(m.Weight) || double.IsInfinity(m.Weight) || m.Weight < 0)
            {
                throw new ArgumentException($"Milestone '{m.Name}' has weight {m.Weight}; it must be finite and non-negative.", nameof(milestones));
            }
        }

        double total = list.Sum(m => m.Weight);
        Preconditions.CheckArgument(total > 0, nameof(milestones), "Milestone weights must not all be zero.");
        var result = new double[statusPeriodCount];
        foreach (Milestone m in list)
        {
            if (m.Achieved is LocalDate date)
            {
                int period = ReportedPeriod(calendar, statusPeriodCount, date, $"milestone '{m.Name}'");
                result[period] += budget * m.Weight / total;
            }
        }

        return result;
    }

    private static int ReportedPeriod(ReportingCalendar calendar, int statusPeriodCount, LocalDate date, string what)
    {
        int index = calendar.IndexOf(date);
        if (index < 0 || index >= statusPeriodCount)
        {
            throw new ArgumentException($"The date of {what}, {date:uuuu-MM-dd}, is not within the reported periods (start to status date).", what);
        }

        return index;
    }

    private static void CheckBudget(double budget)
    {
        if (double.IsNaN(budget) || double.IsInfinity(budget) || budget < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), budget, "A budget must be finite and non-negative.");
        }
    }
}
