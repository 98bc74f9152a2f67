using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>
/// One control account (or activity) of the performance measurement baseline with its performance data:
/// budget at completion, time-phased planned value, and earned value and actual cost per reporting period.
/// </summary>
/// <remarks>
/// Money is a <see cref="double"/> in the project's currency unit; the library never rounds it. Every
/// amount is per period (not cumulative), finite and non-negative. The planned value may cover fewer periods
/// than the project (later periods plan nothing); earned value and actual cost cover exactly the periods up to
/// the project's status date (<see cref="EarnedValueProject.StatusPeriodCount"/>).
/// </remarks>
public sealed class ControlAccount
{
    private readonly double[] _plannedValue;
    private readonly double[] _earnedValue;
    private readonly double[] _actualCost;

    private ControlAccount(string id, string? parentId, string? name, double budgetAtCompletion,
                           double[] plannedValue, double[] earnedValue, double[] actualCost, double? bottomUpEstimateToComplete)
    {
        Id = id;
        ParentId = parentId;
        Name = name;
        BudgetAtCompletion = budgetAtCompletion;
        _plannedValue = plannedValue;
        _earnedValue = earnedValue;
        _actualCost = actualCost;
        BottomUpEstimateToComplete = bottomUpEstimateToComplete;
    }

    /// <summary>Creates an account.</summary>
    /// <param name="id">Unique identifier (non-empty).</param>
    /// <param name="budgetAtCompletion">BAC, finite and non-negative. Usually the sum of the planned values.</param>
    /// <param name="plannedValue">Planned value per period (PV), from the first reporting period.</param>
    /// <param name="earnedValue">Earned value per period (EV) up to the status date; see <see cref="EarningTechniques"/>.</param>
    /// <param name="actualCost">Actual cost per period (AC) up to the status date; same length as <paramref name="earnedValue"/>.</param>
    /// <param name="parentId">The WBS element the account rolls up into, or null for the project directly.</param>
    /// <param name="name">Display name, or null.</param>
    /// <param name="bottomUpEstimateToComplete">A bottom-up estimate to complete (ETC) from the account manager, or null.</param>
    /// <returns>The account.</returns>
    /// <exception cref="ArgumentNullException">An array or the id is null.</exception>
    /// <exception cref="ArgumentException">The id is empty, EV and AC differ in length, or an amount is negative or not finite (the message names the account, series and period).</exception>
    public static ControlAccount Create(string id, double budgetAtCompletion, IEnumerable<double> plannedValue,
                                        IEnumerable<double> earnedValue, IEnumerable<double> actualCost,
                                        string? parentId = null, string? name = null, double? bottomUpEstimateToComplete = null)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        Preconditions.CheckArgument(id.Length > 0, nameof(id), "A control account id must not be empty.");
        CheckAmount(id, "budget at completion", budgetAtCompletion, nameof(budgetAtCompletion));
        double[] pv = Preconditions.CheckNotNull(plannedValue, nameof(plannedValue)).ToArray();
        double[] ev = Preconditions.CheckNotNull(earnedValue, nameof(earnedValue)).ToArray();
        double[] ac = Preconditions.CheckNotNull(actualCost, nameof(actualCost)).ToArray();
        CheckSeries(id, "planned value", pv, nameof(plannedValue));
        CheckSeries(id, "earned value", ev, nameof(earnedValue));
        CheckSeries(id, "actual cost", ac, nameof(actualCost));
        if (ev.Length != ac.Length)
        {
            throw new ArgumentException(
                $"Control account '{id}' reports earned value for {ev.Length} periods but actual cost for {ac.Length}; both must cover the periods up to the status date.",
                nameof(actualCost));
        }

        if (bottomUpEstimateToComplete is double etc)
        {
            CheckAmount(id, "bottom-up estimate to complete", etc, nameof(bottomUpEstimateToComplete));
        }

        return new ControlAccount(id, parentId, name, budgetAtCompletion, pv, ev, ac, bottomUpEstimateToComplete);
    }

    /// <summary>Unique identifier.</summary>
    public string Id { get; }

    /// <summary>The WBS element the account rolls up into, or null for the project directly.</summary>
    public string? ParentId { get; }

    /// <summary>Display name, or null.</summary>
    public string? Name { get; }

    /// <summary>Budget at completion (BAC).</summary>
    public double BudgetAtCompletion { get; }

    /// <summary>Planned value per period (PV).</summary>
    public IReadOnlyList<double> PlannedValue => _plannedValue;

    /// <summary>Earned value per period (EV) up to the status date.</summary>
    public IReadOnlyList<double> EarnedValue => _earnedValue;

    /// <summary>Actual cost per period (AC) up to the status date.</summary>
    public IReadOnlyList<double> ActualCost => _actualCost;

    /// <summary>Bottom-up estimate to complete, or null when none was given.</summary>
    public double? BottomUpEstimateToComplete { get; }

    /// <summary>Number of periods with earned value and actual cost.</summary>
    public int ReportedPeriodCount => _earnedValue.Length;

    internal double[] PlannedValueArray => _plannedValue;

    internal double[] EarnedValueArray => _earnedValue;

    internal double[] ActualCostArray => _actualCost;

    /// <summary>Returns a copy whose performance data is replaced (the baseline is kept).</summary>
    /// <param name="earnedValue">Earned value per period.</param>
    /// <param name="actualCost">Actual cost per period.</param>
    /// <param name="bottomUpEstimateToComplete">Bottom-up ETC, or null.</param>
    /// <returns>The new account.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Create"/>.</exception>
    public ControlAccount WithPerformance(IEnumerable<double> earnedValue, IEnumerable<double> actualCost, double? bottomUpEstimateToComplete = null) =>
        Create(Id, BudgetAtCompletion, _plannedValue, earnedValue, actualCost, ParentId, Name, bottomUpEstimateToComplete);

    private static void CheckAmount(string id, string what, double value, string paramName)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Control account '{id}': {what} must be a finite, non-negative amount.");
        }
    }

    private static void CheckSeries(string id, string what, double[] values, string paramName)
    {
        double sum = 0;
        for (int i = 0; i < values.Length; i++)
        {
            double v = values[i];
            if (double.IsNaN(v) || double.IsInfinity(v) || v < 0)
            {
                throw new ArgumentOutOfRangeException(paramName, v, $"Control account '{id}': {what} of period {i} must be a finite, non-negative amount.");
            }

            sum += v;
        }

        if (double.IsInfinity(sum))
        {
            throw new ArgumentException($"Control account '{id}': the total {what} overflows a double.", paramName);
        }
    }
}
