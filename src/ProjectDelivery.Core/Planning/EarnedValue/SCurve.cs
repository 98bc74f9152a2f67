using System;
using System.Collections.Generic;
using NodaTime;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>One point of an <see cref="SCurve"/>.</summary>
/// <param name="Time">Time in periods from the start (whole at period ends; fractional for the forecast completion point).</param>
/// <param name="Date">The date of that time (see <see cref="ReportingCalendar.DateAt"/>).</param>
/// <param name="PlannedValue">Cumulative planned value (flat at the total after the plan ends).</param>
/// <param name="EarnedValue">Cumulative earned value, or null after the status date.</param>
/// <param name="ActualCost">Cumulative actual cost, or null after the status date.</param>
/// <param name="Projection">The EAC projection of cumulative cost, or null before the status date or when EAC is undefined.</param>
public readonly record struct SCurvePoint(double Time, LocalDate Date, double PlannedValue, double? EarnedValue, double? ActualCost, double? Projection);

/// <summary>
/// The S-curve series of one node: cumulative PV, EV and AC at every period end, and the projection of cost from
/// the status date to the estimate at completion.
/// </summary>
/// <remarks>
/// The projection starts at (AT, AC) and runs in a straight line to (<see cref="CompletionTime"/>, EAC), the
/// forecast completion being IEAC(t) when defined and otherwise the later of the planned duration and AT; it
/// stays at EAC afterwards. Points are given at every calendar period end (time 0 … calendar count) and, when
/// the forecast completion lies beyond the calendar, one more point at the completion time.
/// </remarks>
public sealed class SCurve
{
    private readonly SCurvePoint[] _points;

    private SCurve(SCurvePoint[] points, double? estimateAtCompletion, double completionTime, LocalDate? completionDate)
    {
        _points = points;
        EstimateAtCompletion = estimateAtCompletion;
        CompletionTime = completionTime;
        CompletionDate = completionDate;
    }

    /// <summary>The points, by time.</summary>
    public IReadOnlyList<SCurvePoint> Points => _points;

    /// <summary>The primary EAC the projection ends at, or null when undefined.</summary>
    public double? EstimateAtCompletion { get; }

    /// <summary>Forecast completion time in periods (IEAC(t), or the later of PD and AT when IEAC(t) is undefined).</summary>
    public double CompletionTime { get; }

    /// <summary>The date of <see cref="CompletionTime"/>, or null when it lies beyond 9999-12-31 or the calendar is empty.</summary>
    public LocalDate? CompletionDate { get; }

    internal static SCurve Create(EarnedValueNode node, ReportingCalendar calendar, int status, EarnedValueReport.NodeData d, int index)
    {
        EarnedValueMetrics m = node.Status;
        double completion = m.IndependentEstimateAtCompletionTime ?? Math.Max(m.PlannedDuration, status);
        if (completion < status)
        {
            completion = status;
        }

        double? eac = m.EstimateAtCompletion;
        double ac = m.ActualCost;
        int count = calendar.Count;
        bool extra = completion > count;
        var points = new SCurvePoint[count + 1 + (extra ? 1 : 0)];
        int pvRow = index * d.PvStride;
        int evRow = index * d.EvStride;
        for (int k = 0; k <= count; k++)
        {
            LocalDate date = k == 0 ? calendar.Start.PlusDays(-1) : calendar.PeriodEnd(k - 1);
            double? earned = k <= status ? d.EvCumulative[evRow + k] : null;
            double? cost = k <= status ? d.AcCumulative[evRow + k] : null;
            points[k] = new SCurvePoint(k, date, d.PvCumulative[pvRow + k], earned, cost, Project(k, status, ac, completion, eac));
        }

        LocalDate? completionDate = calendar.TryDateAt(completion, out LocalDate finish) ? finish : null;
        if (extra)
        {
            double total = d.PvCumulative[pvRow + count];
            points[count + 1] = new SCurvePoint(completion, completionDate ?? points[count].Date, total, null, null, eac);
        }

        return new SCurve(points, eac, completion, completionDate);
    }

    private static double? Project(double t, int status, double ac, double completion, double? eac)
    {
        if (t < status || eac is not double target)
        {
            return null;
        }

        if (t == status)
        {
            return ac;
        }

        if (t >= completion)
        {
            return target;
        }

        return ac + ((target - ac) * (t - status) / (completion - status));
    }
}
