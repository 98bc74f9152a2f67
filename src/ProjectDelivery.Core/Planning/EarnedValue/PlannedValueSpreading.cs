using System;
using System.Collections.Generic;
using NodaTime;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>Derives time-phased planned value from activity date ranges, budgets and a <see cref="SpreadingRule"/>.</summary>
/// <remarks>
/// An activity of <c>n</c> calendar days (start and finish inclusive) has day <c>i</c> (zero-based) covering the
/// fraction <c>[i / n, (i + 1) / n]</c> of its duration. A reporting period overlapping days <c>a … b</c> of the
/// activity receives <c>Budget × (F((b + 1) / n) − F(a / n))</c>, so the periods' values add up to the budget (up
/// to floating-point rounding in the last place) and follow the rule's profile.
/// </remarks>
public static class PlannedValueSpreading
{
    /// <summary>Spreads one activity's budget over the reporting periods.</summary>
    /// <param name="calendar">The reporting periods, which must cover the activity.</param>
    /// <param name="activity">The activity.</param>
    /// <param name="defaultRule">Rule for an activity without its own, or null for <see cref="SpreadingRule.Linear"/>.</param>
    /// <returns>Planned value per period, one entry per calendar period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The activity has no id, finishes before it starts, has a negative or non-finite budget, or lies outside the calendar (named).</exception>
    public static double[] Spread(ReportingCalendar calendar, ActivityBudget activity, SpreadingRule? defaultRule = null)
    {
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        var result = new double[calendar.Count];
        AddTo(result, calendar, activity, defaultRule ?? SpreadingRule.Linear);
        return result;
    }

    /// <summary>Spreads many activities and sums them per period, e.g. for a control account's baseline.</summary>
    /// <param name="calendar">The reporting periods, which must cover every activity.</param>
    /// <param name="activities">The activities.</param>
    /// <param name="defaultRule">Rule for activities without their own, or null for <see cref="SpreadingRule.Linear"/>.</param>
    /// <returns>Summed planned value per period, one entry per calendar period.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Spread"/>, naming the activity.</exception>
    public static double[] SpreadAll(ReportingCalendar calendar, IEnumerable<ActivityBudget> activities, SpreadingRule? defaultRule = null)
    {
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        Preconditions.CheckNotNull(activities, nameof(activities));
        var result = new double[calendar.Count];
        foreach (ActivityBudget activity in activities)
        {
            AddTo(result, calendar, activity, defaultRule ?? SpreadingRule.Linear);
        }

        return result;
    }

    private static void AddTo(double[] result, ReportingCalendar calendar, ActivityBudget activity, SpreadingRule defaultRule)
    {
        string id = activity.Id ?? throw new ArgumentException("An activity budget has no id.", nameof(activity));
        if (activity.Finish < activity.Start)
        {
            throw new ArgumentException($"Activity '{id}' finishes on {activity.Finish:uuuu-MM-dd}, before it starts on {activity.Start:uuuu-MM-dd}.", nameof(activity));
        }

        if (double.IsNaN(activity.Budget) || double.IsInfinity(activity.Budget) || activity.Budget < 0)
        {
            throw new ArgumentException($"Activity '{id}' has budget {activity.Budget}; it must be finite and non-negative.", nameof(activity));
        }

        int first = calendar.IndexOf(activity.Start);
        int last = calendar.IndexOf(activity.Finish);
        if (first < 0 || last < 0)
        {
            throw new ArgumentException(
                $"Activity '{id}' ({activity.Start:uuuu-MM-dd} to {activity.Finish:uuuu-MM-dd}) is not inside the reporting calendar.", nameof(activity));
        }

        SpreadingRule rule = activity.Rule ?? defaultRule;
        double days = Period.DaysBetween(activity.Start, activity.Finish) + 1;
        for (int p = first; p <= last; p++)
        {
            LocalDate from = p == first ? activity.Start : calendar.PeriodStart(p);
            LocalDate to = p == last ? activity.Finish : calendar.PeriodEnd(p);
            double a = Period.DaysBetween(activity.Start, from);
            double b = Period.DaysBetween(activity.Start, to) + 1;
            result[p] += activity.Budget * (rule.CumulativeShare(b / days) - rule.CumulativeShare(a / days));
        }
    }
}
