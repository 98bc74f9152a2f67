using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.EarnedValue;
using ProjectDelivery.Planning.Risk;

namespace ProjectDelivery.Reporting;

/// <summary>
/// A small facade with primitive parameters (numbers, text, <see cref="DateTime"/>) for report expressions, for
/// example SSRS custom-assembly calls such as
/// <c>=ProjectDelivery.Reporting.ReportFunctions.CostPerformanceIndex(Fields!EV.Value, Fields!AC.Value)</c>.
/// See <c>docs/reporting.md</c> for deployment.
/// </summary>
/// <remarks>
/// <para>Never returns NaN or infinity. A ratio whose denominator is zero is undefined; the functions that can be
/// undefined say so and then return <see cref="Undefined"/> (−1), a value no defined result of theirs can take
/// because their inputs must be ≥ 0. Test for it in the report (<c>=IIf(x &lt; 0, "n/a", x)</c>).</para>
/// <para>Calendar arguments: <c>weeklyHours</c> lists the working intervals of Monday to Sunday separated by
/// <c>;</c>, each day as comma-separated <c>HH:mm-HH:mm</c> intervals, or empty/<c>closed</c> for a day off
/// (missing trailing days are closed), for example <c>09:00-17:00;09:00-17:00;09:00-17:00;09:00-17:00;09:00-13:00</c>;
/// null or empty means the standard week (Monday–Friday 08:00–12:00, 13:00–17:00). <c>holidaysCsv</c> lists
/// non-working ISO dates (<c>yyyy-MM-dd</c>) separated by commas or semicolons; null or empty for none.
/// <see cref="DateTime"/> arguments are read as wall-clock time (their <see cref="DateTime.Kind"/> is ignored).</para>
/// <para>Earned value formulas: PMI Practice Standard for Earned Value Management, 2nd ed. (2011); earned
/// schedule: W. Lipke, "Schedule is Different", The Measurable News, March 2003.</para>
/// <para>Stateless and thread-safe: calendars are parsed on each call.</para>
/// </remarks>
public static class ReportFunctions
{
    /// <summary>The value returned for an undefined result (a ratio with a zero denominator): −1.</summary>
    public const double Undefined = -1.0;

    // ---- calendars -------------------------------------------------------------------------

    /// <summary>Working hours in [<paramref name="from"/>, <paramref name="to"/>) on a calendar; negative when <paramref name="to"/> is before <paramref name="from"/>.</summary>
    /// <param name="from">Wall-clock start.</param>
    /// <param name="to">Wall-clock end.</param>
    /// <param name="weeklyHours">Working hours of Monday … Sunday (see the class remarks), or null/empty for the standard week.</param>
    /// <param name="holidaysCsv">Non-working ISO dates, or null/empty.</param>
    /// <returns>Working hours between the two moments.</returns>
    /// <exception cref="FormatException">The week or a holiday cannot be parsed (the message names the day or date).</exception>
    public static double WorkingHoursBetween(DateTime from, DateTime to, string? weeklyHours, string? holidaysCsv) =>
        Calendar(weeklyHours, holidaysCsv).WorkingTimeBetween(LocalDateTime.FromDateTime(from), LocalDateTime.FromDateTime(to)).TotalHours;

    /// <summary>The moment at which <paramref name="hours"/> working hours have passed since <paramref name="start"/> (for example an SLA due time); negative hours count backwards.</summary>
    /// <param name="start">Wall-clock start.</param>
    /// <param name="hours">Working hours to add, finite, at most ±1,000,000.</param>
    /// <param name="weeklyHours">Working hours of Monday … Sunday, or null/empty for the standard week.</param>
    /// <param name="holidaysCsv">Non-working ISO dates, or null/empty.</param>
    /// <returns>The wall-clock finish (<see cref="DateTimeKind.Unspecified"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is not finite or too large.</exception>
    /// <exception cref="FormatException">The week or a holiday cannot be parsed.</exception>
    /// <exception cref="ArgumentException">The week has no working time.</exception>
    public static DateTime AddWorkingHours(DateTime start, double hours, string? weeklyHours, string? holidaysCsv)
    {
        Utility.Preconditions.CheckArgumentRange(nameof(hours), hours, -1e6, 1e6);
        WorkingCalendar calendar = Calendar(weeklyHours, holidaysCsv);
        Utility.Preconditions.CheckArgument(calendar.WorkWeek.WorkingDaysPerWeek > 0, nameof(weeklyHours), $"The week '{weeklyHours}' has no working time, so no working hours can be added.");
        return calendar.AddWorkingTime(LocalDateTime.FromDateTime(start), Duration.FromTicks((long)Math.Round(hours * NodaConstants.TicksPerHour))).ToDateTimeUnspecified();
    }

    /// <summary>Working days in the inclusive date range [<paramref name="from"/>, <paramref name="to"/>] (times of day ignored); 0 when <paramref name="to"/> is before <paramref name="from"/>.</summary>
    /// <param name="from">First date.</param>
    /// <param name="to">Last date.</param>
    /// <param name="weeklyHours">Working hours of Monday … Sunday, or null/empty for the standard week.</param>
    /// <param name="holidaysCsv">Non-working ISO dates, or null/empty.</param>
    /// <returns>The number of dates with working time.</returns>
    /// <exception cref="FormatException">The week or a holiday cannot be parsed.</exception>
    public static int WorkingDaysBetween(DateTime from, DateTime to, string? weeklyHours, string? holidaysCsv) =>
        Calendar(weeklyHours, holidaysCsv).CountWorkingDays(LocalDate.FromDateTime(from), LocalDate.FromDateTime(to));

    // ---- earned value ----------------------------------------------------------------------

    /// <summary>Cost performance index CPI = EV / AC.</summary>
    /// <param name="earnedValue">EV, finite and ≥ 0.</param>
    /// <param name="actualCost">AC, finite and ≥ 0.</param>
    /// <returns>CPI, or <see cref="Undefined"/> when AC is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative, NaN or infinite.</exception>
    public static double CostPerformanceIndex(double earnedValue, double actualCost)
    {
        CheckAmount(nameof(earnedValue), earnedValue);
        CheckAmount(nameof(actualCost), actualCost);
        return Ratio(earnedValue, actualCost);
    }

    /// <summary>Schedule performance index SPI = EV / PV.</summary>
    /// <param name="earnedValue">EV, finite and ≥ 0.</param>
    /// <param name="plannedValue">PV, finite and ≥ 0.</param>
    /// <returns>SPI, or <see cref="Undefined"/> when PV is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative, NaN or infinite.</exception>
    public static double SchedulePerformanceIndex(double earnedValue, double plannedValue)
    {
        CheckAmount(nameof(earnedValue), earnedValue);
        CheckAmount(nameof(plannedValue), plannedValue);
        return Ratio(earnedValue, plannedValue);
    }

    /// <summary>Estimate at completion with the cumulative CPI: EAC = BAC / CPI = BAC × AC / EV.</summary>
    /// <param name="budgetAtCompletion">BAC, finite and ≥ 0.</param>
    /// <param name="earnedValue">EV, finite and ≥ 0.</param>
    /// <param name="actualCost">AC, finite and ≥ 0.</param>
    /// <returns>EAC, or <see cref="Undefined"/> when CPI is undefined or zero (AC = 0 or EV = 0).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative, NaN or infinite.</exception>
    public static double EstimateAtCompletion(double budgetAtCompletion, double earnedValue, double actualCost)
    {
        CheckAmount(nameof(budgetAtCompletion), budgetAtCompletion);
        double cpi = CostPerformanceIndex(earnedValue, actualCost);
        return cpi is Undefined || cpi == 0 ? Undefined : Finite(budgetAtCompletion / cpi);
    }

    /// <summary>Estimate at completion with the remaining work done at the budgeted rate: EAC = AC + (BAC − EV). Always defined.</summary>
    /// <param name="budgetAtCompletion">BAC, finite and ≥ 0.</param>
    /// <param name="earnedValue">EV, finite and ≥ 0.</param>
    /// <param name="actualCost">AC, finite and ≥ 0.</param>
    /// <returns>EAC (negative only when EV exceeds BAC + AC).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative, NaN or infinite.</exception>
    public static double EstimateAtCompletionAtBudgetedRate(double budgetAtCompletion, double earnedValue, double actualCost)
    {
        CheckAmount(nameof(budgetAtCompletion), budgetAtCompletion);
        CheckAmount(nameof(earnedValue), earnedValue);
        CheckAmount(nameof(actualCost), actualCost);
        return actualCost + (budgetAtCompletion - earnedValue);
    }

    /// <summary>Earned schedule ES in periods from the cumulative planned value at the end of each period (Lipke's interpolation).</summary>
    /// <param name="cumulativePlannedValueCsv">Cumulative PV at the end of periods 1 … PD, invariant-culture numbers separated by commas or semicolons, non-decreasing.</param>
    /// <param name="earnedValue">Cumulative EV, finite and ≥ 0.</param>
    /// <returns>ES in [0, PD], or <see cref="Undefined"/> when the plan is empty or plans nothing.</returns>
    /// <exception cref="FormatException">A value is not a number (the message names its position).</exception>
    /// <exception cref="ArgumentException">The planned value decreases or is negative (the message names the period).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="earnedValue"/> is negative, NaN or infinite.</exception>
    public static double EarnedSchedule(string? cumulativePlannedValueCsv, double earnedValue)
    {
        CheckAmount(nameof(earnedValue), earnedValue);
        var pv = new List<double>();
        if (!string.IsNullOrWhiteSpace(cumulativePlannedValueCsv))
        {
            string[] parts = cumulativePlannedValueCsv!.Split(',', ';');
            for (int i = 0; i < parts.Length; i++)
            {
                if (!double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
                {
                    throw new FormatException($"Cumulative planned value {i + 1} ('{parts[i].Trim()}') is not a number; use invariant-culture numbers such as 1250.5 separated by commas or semicolons.");
                }

                pv.Add(v);
            }
        }

        return Planning.EarnedValue.EarnedSchedule.Compute(pv, earnedValue) ?? Undefined;
    }

    /// <summary>Time-based schedule performance index SPI(t) = ES / AT.</summary>
    /// <param name="earnedSchedule">ES in periods, finite and ≥ 0.</param>
    /// <param name="actualTime">AT in periods, finite and ≥ 0.</param>
    /// <returns>SPI(t), or <see cref="Undefined"/> when AT is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative, NaN or infinite.</exception>
    public static double SchedulePerformanceIndexTime(double earnedSchedule, double actualTime)
    {
        CheckAmount(nameof(earnedSchedule), earnedSchedule);
        CheckAmount(nameof(actualTime), actualTime);
        return Ratio(earnedSchedule, actualTime);
    }

    // ---- risk ------------------------------------------------------------------------------

    /// <summary>The probability weight of a level of the default n×n probability-impact matrix: (2k − 1) / (2n) for level k.</summary>
    /// <param name="probabilityLevel">1 … <paramref name="matrixSize"/>.</param>
    /// <param name="matrixSize">3 … 10.</param>
    /// <returns>The probability the level stands for, in (0, 1).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level or the size is out of range.</exception>
    public static double ProbabilityFromMatrix(int probabilityLevel, int matrixSize)
    {
        ProbabilityImpactMatrix matrix = ProbabilityImpactMatrix.Create(matrixSize);
        Utility.Preconditions.CheckArgumentRange(nameof(probabilityLevel), probabilityLevel, 1, matrixSize);
        return matrix.ProbabilityWeights[probabilityLevel - 1];
    }

    /// <summary>The score (probability weight × impact weight) of a cell of the default n×n probability-impact matrix.</summary>
    /// <param name="probabilityLevel">1 … <paramref name="matrixSize"/>.</param>
    /// <param name="impactLevel">1 … <paramref name="matrixSize"/>.</param>
    /// <param name="matrixSize">3 … 10.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level or the size is out of range.</exception>
    public static double RiskScore(int probabilityLevel, int impactLevel, int matrixSize) =>
        ProbabilityImpactMatrix.Create(matrixSize).Score(probabilityLevel, impactLevel);

    /// <summary>The zone of a cell of the default n×n probability-impact matrix: <c>Green</c>, <c>Amber</c> or <c>Red</c>.</summary>
    /// <param name="probabilityLevel">1 … <paramref name="matrixSize"/>.</param>
    /// <param name="impactLevel">1 … <paramref name="matrixSize"/>.</param>
    /// <param name="matrixSize">3 … 10.</param>
    /// <returns>The zone name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level or the size is out of range.</exception>
    public static string RiskZone(int probabilityLevel, int impactLevel, int matrixSize) =>
        ProbabilityImpactMatrix.Create(matrixSize).Zone(probabilityLevel, impactLevel).ToString();

    /// <summary>The level (1 … 5) of a probability on the default five-point probability scale (very low below 0.1 … very high from 0.7).</summary>
    /// <param name="probability">A probability in [0, 1].</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is outside [0, 1].</exception>
    public static int ProbabilityLevel(double probability)
    {
        Utility.Preconditions.CheckArgumentRange(nameof(probability), probability, 0.0, 1.0);
        return RiskScale.DefaultProbability.LevelOf(probability);
    }

    /// <summary>Expected monetary value of a risk: probability × impact.</summary>
    /// <param name="probability">A probability in [0, 1].</param>
    /// <param name="impact">The impact if it occurs, finite (negative for an opportunity's gain).</param>
    /// <returns>The EMV.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The probability is outside [0, 1] or the impact is not finite.</exception>
    public static double ExpectedMonetaryValue(double probability, double impact)
    {
        Utility.Preconditions.CheckArgumentRange(nameof(probability), probability, 0.0, 1.0);
        Utility.Preconditions.CheckFinite(nameof(impact), impact);
        return probability * impact;
    }

    /// <summary>
    /// Probability of finishing by <paramref name="target"/> when the finish is normally distributed (the PERT
    /// approximation: the sum of many independent durations on the critical path).
    /// </summary>
    /// <param name="mean">Mean finish, finite.</param>
    /// <param name="standardDeviation">Standard deviation, finite and ≥ 0 (0: the finish is certain).</param>
    /// <param name="target">Target finish, finite.</param>
    /// <returns>Φ((target − mean) / σ) in [0, 1]; with σ = 0, 1 when target ≥ mean and 0 otherwise.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is not finite, or σ is negative.</exception>
    public static double ProbabilityOfFinishingBy(double mean, double standardDeviation, double target)
    {
        Utility.Preconditions.CheckFinite(nameof(mean), mean);
        Utility.Preconditions.CheckFinite(nameof(target), target);
        Utility.Preconditions.CheckArgumentRange(nameof(standardDeviation), standardDeviation, 0.0, double.MaxValue);
        if (standardDeviation == 0)
        {
            return target >= mean ? 1.0 : 0.0;
        }

        return MathNet.Numerics.Distributions.Normal.CDF(mean, standardDeviation, target);
    }

    // ---- internals -------------------------------------------------------------------------

    private static double Ratio(double numerator, double denominator) => denominator == 0 ? Undefined : Finite(numerator / denominator);

    private static double Finite(double value) => double.IsInfinity(value) || double.IsNaN(value) ? Undefined : value;

    private static void CheckAmount(string name, double value) =>
        Utility.Preconditions.CheckArgumentRange(name, value, 0.0, double.MaxValue);

    private static WorkingCalendar Calendar(string? weeklyHours, string? holidaysCsv)
    {
        WorkWeek week = WorkWeek.Standard;
        if (!string.IsNullOrWhiteSpace(weeklyHours))
        {
            string[] days = weeklyHours!.Split(';');
            if (days.Length > 7)
            {
                throw new FormatException($"Weekly hours '{weeklyHours}' list {days.Length} days; give at most seven (Monday … Sunday) separated by ';'.");
            }

            var parsed = new WorkingDay[7];
            for (int d = 0; d < 7; d++)
            {
                try
                {
                    parsed[d] = d < days.Length ? WorkingDay.Parse(days[d]) : WorkingDay.NonWorking;
                }
                catch (FormatException ex)
                {
                    throw new FormatException($"Weekly hours, {(IsoDayOfWeek)(d + 1)}: {ex.Message}", ex);
                }
            }

            week = WorkWeek.Create(parsed);
        }

        var holidays = new List<LocalDate>();
        if (!string.IsNullOrWhiteSpace(holidaysCsv))
        {
            foreach (string part in holidaysCsv!.Split(',', ';'))
            {
                string text = part.Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(text);
                if (!date.Success)
                {
                    throw new FormatException($"Holiday '{text}' is not an ISO date (yyyy-MM-dd).");
                }

                holidays.Add(date.Value);
            }
        }

        WorkingCalendar calendar = WorkingCalendar.Create("report", week);
        return holidays.Count == 0 ? calendar : calendar.WithHolidays(holidays.Distinct().ToArray());
    }
}
