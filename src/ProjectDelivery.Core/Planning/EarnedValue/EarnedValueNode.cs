using System;
using System.Collections.Generic;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>One node of an <see cref="EarnedValueReport"/>: the project total, a WBS element or a control account, with its rolled-up data.</summary>
public sealed class EarnedValueNode
{
    private readonly EarnedValueReport _report;
    private readonly int _index;

    internal EarnedValueNode(EarnedValueReport report, int index, int level)
    {
        _report = report;
        _index = index;
        Level = level;
    }

    /// <summary>The report the node belongs to.</summary>
    internal EarnedValueReport Report => _report;

    /// <summary>The account or element id, or <see cref="EarnedValueProject.TotalId"/>.</summary>
    public string Id => _report.Data.Ids[_index];

    /// <summary>The display name given, or null.</summary>
    public string? Name => _report.Data.Names[_index];

    /// <summary>What the node stands for.</summary>
    public EarnedValueNodeKind Kind => _report.Data.Kinds[_index];

    /// <summary>The parent's id, or null for the total. Accounts and elements without a parent roll up into the total.</summary>
    public string? ParentId => _report.Data.Parents[_index] is int p && p >= 0 ? _report.Data.Ids[p] : null;

    /// <summary>Depth in the WBS: 0 for the total.</summary>
    public int Level { get; }

    /// <summary>Budget at completion (rolled up).</summary>
    public double BudgetAtCompletion => _report.Data.Bac[_index];

    /// <summary>Bottom-up ETC (rolled up), or null when an account under the node has none.</summary>
    public double? BottomUpEstimateToComplete => _report.Data.EtcMissing[_index] ? null : _report.Data.Etc[_index];

    /// <summary>
    /// Planned duration used for earned schedule: the project's for the total; for accounts and elements the number
    /// of periods up to and including the node's last period with planned value (0 when it plans nothing).
    /// </summary>
    public int PlannedDuration => _report.Data.PlannedDuration[_index];

    /// <summary>Metrics at the status date.</summary>
    public EarnedValueMetrics Status => MetricsAt(_report.Project.StatusPeriodCount);

    /// <summary>Cumulative planned value at the end of every calendar period, index 0 being the start (0).</summary>
    /// <returns>A new array of calendar count + 1 values.</returns>
    public double[] CumulativePlannedValue()
    {
        var result = new double[_report.Data.PvStride];
        Array.Copy(_report.Data.PvCumulative, _index * _report.Data.PvStride, result, 0, result.Length);
        return result;
    }

    /// <summary>Metrics at the end of period <paramref name="periodNumber"/>.</summary>
    /// <param name="periodNumber">One-based period number, 0 (before the first period) to the status period.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periodNumber"/> is out of range.</exception>
    public EarnedValueMetrics MetricsAt(int periodNumber)
    {
        Preconditions.CheckArgumentRange(nameof(periodNumber), periodNumber, 0, _report.Project.StatusPeriodCount);
        EarnedValueReport.NodeData d = _report.Data;
        int pvRow = _index * d.PvStride;
        int evRow = _index * d.EvStride;
        int k = periodNumber;
        double ev = d.EvCumulative[evRow + k];
        int pd = d.PlannedDuration[_index];
        double? es = EarnedSchedule.Compute(d.PvCumulative, pvRow, pd, ev);
        double bac = d.Bac[_index];
        if (es is not null && bac > 0 && ev >= bac * (1 - 1e-12))
        {
            // All the budgeted work is earned: the whole planned duration is earned, even when the planned
            // values do not add up exactly to BAC.
            es = pd;
        }

        return new EarnedValueMetrics(
            k, _report.DateOf(k), bac,
            d.PvCumulative[pvRow + k], ev, d.AcCumulative[evRow + k],
            d.PvPeriod[pvRow + k], d.EvPeriod[evRow + k], d.AcPeriod[evRow + k],
            BottomUpEstimateToComplete, pd, es, _report.Project.Calendar, _report.Options);
    }

    /// <summary>Metrics at the end of every reported period, 1 … status.</summary>
    /// <returns>A new list.</returns>
    public IReadOnlyList<EarnedValueMetrics> PeriodMetrics()
    {
        int status = _report.Project.StatusPeriodCount;
        var result = new EarnedValueMetrics[status];
        for (int k = 1; k <= status; k++)
        {
            result[k - 1] = MetricsAt(k);
        }

        return result;
    }

    /// <summary>The S-curve series of the node (see <see cref="EarnedValue.SCurve"/>).</summary>
    /// <returns>The series.</returns>
    public SCurve SCurve() => EarnedValue.SCurve.Create(this, _report.Project.Calendar, _report.Project.StatusPeriodCount, _report.Data, _index);

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Id}";
}
