using NodaTime;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>
/// An activity's (or control account's) budget over a date range, to be spread into time-phased planned value
/// by <see cref="PlannedValueSpreading"/>. Any schedule can supply these: dates are inclusive calendar days.
/// </summary>
/// <param name="Id">Activity id, used in error messages.</param>
/// <param name="Start">First day of the activity.</param>
/// <param name="Finish">Last day of the activity, on or after <paramref name="Start"/>.</param>
/// <param name="Budget">Budget at completion, finite and non-negative.</param>
/// <param name="Rule">How to spread the budget, or null for the caller's default.</param>
public readonly record struct ActivityBudget(string Id, LocalDate Start, LocalDate Finish, double Budget, SpreadingRule? Rule = null);
