using System;
using System.Collections.Generic;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>Earned schedule (ES): the time at which the earned value should have been earned according to the plan.</summary>
/// <remarks>
/// From W. Lipke, "Schedule is Different", The Measurable News, March 2003, and the PMI Practice Standard for
/// Earned Value Management, 2nd ed. (2011), appendix on earned schedule. With cumulative planned value
/// <c>PV(k)</c> at the end of period <c>k</c> (<c>PV(0) = 0</c>), <c>C</c> is the number of whole periods whose
/// cumulative planned value has been earned (the largest <c>C ≤ PD</c> with <c>PV(C) ≤ EV</c>) and
/// <c>ES = C + (EV − PV(C)) / (PV(C + 1) − PV(C))</c>, the interpolation inside period <c>C + 1</c>; when
/// <c>C = PD</c>, <c>ES = PD</c>. Equivalently ES is the latest time on the piecewise-linear planned value curve
/// at which the plan had not yet exceeded EV, so ES never decreases as EV grows, skips over periods that plan
/// nothing, and equals the planned duration once EV reaches the total planned value. Comparisons allow a
/// relative tolerance of 1e-12 of the total planned value, so that sums of the same amounts in a different
/// order do not leave ES a hair short of a period end.
/// </remarks>
public static class EarnedSchedule
{
    private const double RelativeTolerance = 1e-12;

    /// <summary>Computes the earned schedule in periods.</summary>
    /// <param name="cumulativePlannedValue">Cumulative planned value at the end of periods 1 … PD (the planned duration is the list's length); non-decreasing.</param>
    /// <param name="earnedValue">Cumulative earned value at the status date.</param>
    /// <returns>ES in periods, in [0, PD]; null when the plan is empty (no periods, or no planned value at all).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cumulativePlannedValue"/> is null.</exception>
    /// <exception cref="ArgumentException">The planned value decreases, or a value is negative or not finite (the message names the period).</exception>
    public static double? Compute(IReadOnlyList<double> cumulativePlannedValue, double earnedValue)
    {
        Preconditions.CheckNotNull(cumulativePlannedValue, nameof(cumulativePlannedValue));
        Preconditions.CheckFinite(nameof(earnedValue), earnedValue);
        var pv = new double[cumulativePlannedValue.Count + 1];
        for (int i = 0; i < cumulativePlannedValue.Count; i++)
        {
            double v = cumulativePlannedValue[i];
            if (double.IsNaN(v) || double.IsInfinity(v) || v < pv[i])
            {
                throw new ArgumentException(
                    $"Cumulative planned value of period {i + 1} ({v}) must be finite and not below that of the previous period ({pv[i]}).",
                    nameof(cumulativePlannedValue));
            }

            pv[i + 1] = v;
        }

        return Compute(pv, 0, cumulativePlannedValue.Count, earnedValue);
    }

    /// <summary>
    /// Core: <paramref name="cumulative"/>[<paramref name="offset"/> + k] is PV(k) for k = 0 … <paramref name="plannedDuration"/>,
    /// with PV(0) = 0 and non-decreasing values.
    /// </summary>
    internal static double? Compute(double[] cumulative, int offset, int plannedDuration, double earnedValue)
    {
        if (plannedDuration <= 0)
        {
            return null;
        }

        double total = cumulative[offset + plannedDuration];
        if (!(total > 0))
        {
            return null;
        }

        double ev = earnedValue + (RelativeTolerance * total);
        if (ev >= total)
        {
            return plannedDuration;
        }

        // Largest c in [0, PD) with PV(c) <= ev; PV(0) = 0 <= ev always (ev >= 0), PV(PD) > ev.
        int lo = 0;
        int hi = plannedDuration;
        while (hi - lo > 1)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (cumulative[offset + mid] <= ev)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        double below = cumulative[offset + lo];
        double above = cumulative[offset + lo + 1];
        double fraction = (earnedValue - below) / (above - below);
        if (fraction < 0)
        {
            fraction = 0;
        }
        else if (fraction > 1)
        {
            fraction = 1;
        }

        return lo + fraction;
    }
}
