using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>
/// A project's performance measurement baseline and performance data at one status date: the reporting
/// calendar, the WBS elements, the control accounts, how many periods have been reported, and the planned
/// duration. Validated once when created; immutable.
/// </summary>
/// <remarks>
/// The status date is the end of period <see cref="StatusPeriodCount"/>. The planned duration PD (in periods)
/// is used by the project-level earned schedule; it defaults to the longest planned value series. Reporting may
/// run past it (a late project): the calendar then has more periods than PD.
/// </remarks>
public sealed class EarnedValueProject
{
    /// <summary>The id of the project-level roll-up node in reports; no account or WBS element may use it.</summary>
    public const string TotalId = "TOTAL";

    private readonly ControlAccount[] _accounts;
    private readonly WbsElement[] _elements;

    private EarnedValueProject(ReportingCalendar calendar, ControlAccount[] accounts, WbsElement[] elements, int statusPeriodCount, int plannedDuration)
    {
        Calendar = calendar;
        _accounts = accounts;
        _elements = elements;
        StatusPeriodCount = statusPeriodCount;
        PlannedDuration = plannedDuration;
    }

    /// <summary>Creates and validates a project.</summary>
    /// <param name="calendar">The reporting periods.</param>
    /// <param name="accounts">The control accounts (at least zero; an empty project is valid and reports zeros).</param>
    /// <param name="statusPeriodCount">Number of periods reported (AT at the status date), 0 to the calendar's count; every account's EV and AC cover exactly that many periods.</param>
    /// <param name="elements">Summary WBS elements, or null for none.</param>
    /// <param name="plannedDuration">Planned duration in periods, or null for the longest planned value series.</param>
    /// <returns>The project.</returns>
    /// <exception cref="ArgumentNullException">The calendar or accounts is null, or an account is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The status period count or planned duration is outside the calendar.</exception>
    /// <exception cref="ArgumentException">Totals overflow a double, ids repeat or use <see cref="TotalId"/>, a parent is unknown, the WBS has a cycle, an account's data does not fit the calendar, status or planned duration (the message names the account or element).</exception>
    public static EarnedValueProject Create(ReportingCalendar calendar, IEnumerable<ControlAccount> accounts, int statusPeriodCount,
                                            IEnumerable<WbsElement>? elements = null, int? plannedDuration = null)
    {
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        ControlAccount[] accountArray = Preconditions.CheckNotNull(accounts, nameof(accounts)).ToArray();
        WbsElement[] elementArray = elements?.ToArray() ?? Array.Empty<WbsElement>();
        Preconditions.CheckArgumentRange(nameof(statusPeriodCount), statusPeriodCount, 0, calendar.Count);

        int longestPlan = 0;
        foreach (ControlAccount account in accountArray)
        {
            if (account is null)
            {
                throw new ArgumentNullException(nameof(accounts), "A control account is null.");
            }

            longestPlan = Math.Max(longestPlan, account.PlannedValue.Count);
        }

        int duration = plannedDuration ?? longestPlan;
        Preconditions.CheckArgumentRange(nameof(plannedDuration), duration, 0, calendar.Count);

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (WbsElement element in elementArray)
        {
            if (element.Id is null)
            {
                throw new ArgumentException("A WBS element has no id (default value).", nameof(elements));
            }

            CheckNewId(ids, element.Id, "WBS element", nameof(elements));
        }

        foreach (ControlAccount account in accountArray)
        {
            CheckNewId(ids, account.Id, "Control account", nameof(accounts));
            double[] pv = account.PlannedValueArray;
            for (int i = duration; i < pv.Length; i++)
            {
                if (pv[i] != 0)
                {
                    throw new ArgumentException(
                        $"Control account '{account.Id}' plans value in period {i}, beyond the planned duration of {duration} periods.", nameof(accounts));
                }
            }

            if (account.ReportedPeriodCount != statusPeriodCount)
            {
                throw new ArgumentException(
                    $"Control account '{account.Id}' reports {account.ReportedPeriodCount} periods of earned value and actual cost, but the status date is the end of period {statusPeriodCount}.",
                    nameof(accounts));
            }
        }

        var elementIds = new HashSet<string>(elementArray.Select(e => e.Id), StringComparer.Ordinal);
        foreach (WbsElement element in elementArray)
        {
            CheckParent(elementIds, element.ParentId, $"WBS element '{element.Id}'", nameof(elements));
        }

        foreach (ControlAccount account in accountArray)
        {
            CheckParent(elementIds, account.ParentId, $"Control account '{account.Id}'", nameof(accounts));
        }

        CheckAcyclic(elementArray);
        double grandTotal = 0;
        foreach (ControlAccount account in accountArray)
        {
            grandTotal += account.BudgetAtCompletion + account.PlannedValueArray.Sum() + account.EarnedValueArray.Sum() + account.ActualCostArray.Sum()
                          + (account.BottomUpEstimateToComplete ?? 0);
        }

        Preconditions.CheckArgument(!double.IsInfinity(grandTotal), nameof(accounts), "The project's amounts are too large: their totals overflow a double.");
        return new EarnedValueProject(calendar, accountArray, elementArray, statusPeriodCount, duration);
    }

    /// <summary>The reporting periods.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>The control accounts, in the order given.</summary>
    public IReadOnlyList<ControlAccount> Accounts => _accounts;

    /// <summary>The summary WBS elements, in the order given.</summary>
    public IReadOnlyList<WbsElement> Elements => _elements;

    /// <summary>Number of periods reported; the status date is the end of that period.</summary>
    public int StatusPeriodCount { get; }

    /// <summary>Planned duration PD in periods.</summary>
    public int PlannedDuration { get; }

    internal ControlAccount[] AccountArray => _accounts;

    internal WbsElement[] ElementArray => _elements;

    private static void CheckNewId(HashSet<string> ids, string id, string what, string paramName)
    {
        if (string.Equals(id, TotalId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{what} id '{id}' is reserved for the project total.", paramName);
        }

        if (!ids.Add(id))
        {
            throw new ArgumentException($"{what} id '{id}' is used more than once among accounts and WBS elements.", paramName);
        }
    }

    private static void CheckParent(HashSet<string> elementIds, string? parentId, string what, string paramName)
    {
        if (parentId is not null && !elementIds.Contains(parentId))
        {
            throw new ArgumentException($"{what} rolls up into '{parentId}', which is not a WBS element.", paramName);
        }
    }

    private static void CheckAcyclic(WbsElement[] elements)
    {
        var parentOf = elements.ToDictionary(e => e.Id, e => e.ParentId, StringComparer.Ordinal);
        foreach (WbsElement element in elements)
        {
            string? current = element.ParentId;
            int steps = 0;
            while (current is not null)
            {
                if (++steps > elements.Length)
                {
                    throw new ArgumentException($"WBS element '{element.Id}' is part of a cycle of parent links.", nameof(elements));
                }

                current = parentOf[current];
            }
        }
    }
}
