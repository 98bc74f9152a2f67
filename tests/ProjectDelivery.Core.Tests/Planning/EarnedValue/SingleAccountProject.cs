using System.Linq;
using NodaTime;
using ProjectDelivery.Planning.EarnedValue;

namespace ProjectDelivery.Tests.Planning.EarnedValue;

/// <summary>Builds one-account projects on monthly periods from per-period PV, EV and AC, as the CLI does.</summary>
internal static class SingleAccountProject
{
    internal static readonly LocalDate Start = new(2027, 1, 1);

    internal static EarnedValueReport Analyse(double bac, double[] pv, double[] ev, double[] ac, int? calendarPeriods = null,
                                              int? plannedDuration = null, double? bottomUpEtc = null, EarnedValueOptions? options = null)
    {
        int periods = calendarPeriods ?? System.Math.Max(pv.Length, ev.Length);
        ReportingCalendar calendar = ReportingCalendar.Monthly(Start, periods);
        ControlAccount account = ControlAccount.Create("A", bac, pv, ev, ac, bottomUpEstimateToComplete: bottomUpEtc);
        EarnedValueProject project = EarnedValueProject.Create(calendar, new[] { account }, ev.Length, plannedDuration: plannedDuration ?? pv.Length);
        return EarnedValueAnalysis.Analyse(project, options);
    }

    internal static EarnedValueMetrics Status(double bac, double[] pv, double[] ev, double[] ac, int? calendarPeriods = null) =>
        Analyse(bac, pv, ev, ac, calendarPeriods).Total.Status;

    /// <summary>A one-period project whose cumulative values are the given ones (for formula checks).</summary>
    internal static EarnedValueMetrics AtStatus(double bac, double pv, double ev, double ac) =>
        Status(bac, new[] { pv, bac - pv }.Where(v => v >= 0).ToArray(), new[] { ev }, new[] { ac }, calendarPeriods: 2);
}
