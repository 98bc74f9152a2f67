// Loads the netstandard2.0 build of ProjectDelivery.Core in a .NET Framework 4.x runtime (Mono, compiled against
// the 4.8 reference assemblies) and checks a few ReportFunctions results against values worked out by hand.
// Run by run.sh; not part of the solution (it needs mono-devel, which the .NET SDK machines do not have).
using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Reporting;
using ProjectDelivery.Serialization;

public static class NetFrameworkSmoke
{
    private static int failures;

    public static int Main()
    {
        Console.WriteLine("Runtime: " + typeof(object).Assembly.FullName + ", CLR " + Environment.Version);
        Console.WriteLine("Loaded:  " + typeof(ReportFunctions).Assembly.FullName);
        // Monday 08:00 to Friday 17:00 on the standard week with Tuesday off: 4 × 8 h.
        Expect("WorkingHoursBetween", 32.0, ReportFunctions.WorkingHoursBetween(new DateTime(2027, 3, 1, 8, 0, 0), new DateTime(2027, 3, 5, 17, 0, 0), "", "2027-03-02"));
        // Monday 09:00 + 8 working hours: 3 + 4 on Monday, 1 on Tuesday from 08:00.
        Expect("AddWorkingHours", new DateTime(2027, 3, 2, 9, 0, 0), ReportFunctions.AddWorkingHours(new DateTime(2027, 3, 1, 9, 0, 0), 8, null, null));
        Expect("CostPerformanceIndex", 500.0 / 580.0, ReportFunctions.CostPerformanceIndex(500, 580));
        Expect("EarnedSchedule", 2.5, ReportFunctions.EarnedSchedule("100;300;600;1000", 450));
        Expect("RiskZone", "Amber", ReportFunctions.RiskZone(2, 4, 5));
        Expect("ProbabilityOfFinishingBy", 0.8413447460685429, Math.Round(ReportFunctions.ProbabilityOfFinishingBy(30, 2, 32), 15));

        // A calendar schedule flattened to report rows: A (3 days) from Monday 08:00 ends Wednesday 17:00; B follows.
        var network = ProjectNetwork.Create(new[] { new Activity("A", 3), new Activity("B", 2, new[] { new Dependency("A") }) });
        Schedule<LocalDateTime> schedule = CriticalPathScheduler.Schedule(network, new CalendarScheduleOptions(new LocalDateTime(2027, 3, 1, 8, 0), WorkingCalendar.Standard));
        IReadOnlyList<ScheduleRow> rows = ScheduleRow.From(schedule);
        Expect("ScheduleRow A finish", new DateTime(2027, 3, 3, 17, 0, 0), rows[0].EarlyFinish.GetValueOrDefault());
        Expect("ScheduleRow B finish", new DateTime(2027, 3, 5, 17, 0, 0), rows[1].EarlyFinish.GetValueOrDefault());

        // Value equality on the netstandard2.0 build's own HashCode stand-in (no Microsoft.Bcl.HashCode there): equal
        // working days hash alike, and a set of calendars' days keeps distinct days apart.
        Expect("HashCode equal values", WorkingDay.Parse("09:00-12:00,13:00-17:00").GetHashCode(), WorkingDay.Parse("09:00-12:00,13:00-17:00").GetHashCode());
        Expect("HashCode distinct values", 3, new HashSet<WorkingDay> { WorkingDay.Parse("09:00-17:00"), WorkingDay.Parse("09:00-12:00"), WorkingDay.Parse("13:00-17:00"), WorkingDay.Parse("09:00-17:00") }.Count);

        // Monte Carlo (parallel workers, MathNet distributions): a fixed 10-day activity always finishes at 10.
        var model = ScheduleRiskModel.Create(ProjectNetwork.Create(new[] { new Activity("X", 10) }),
            new[] { ActivityUncertainty.Create("X", UncertainValue.Triangular(10, 10, 10)) }, new RiskDriver[0]);
        ScheduleRiskResult result = MonteCarloSimulator.Run(model, new MonteCarloOptions { Iterations = 1000, Seed = 1 });
        Expect("Monte Carlo P80", 10.0, ScheduleRiskSummary.From(result).Percentiles[7].Finish);

        // The JSON contract on the System.Text.Json package: a schedule file read, scheduled and written back.
        ScheduleRequest request = ProjectDeliveryJson.Deserialize<ScheduleRequest>(
            "{ \"start\": \"2027-03-01T08:00\", \"activities\": [ { \"id\": \"A\", \"duration\": \"PT24H\" }, { \"id\": \"B\", \"duration\": 2, \"predecessors\": [ { \"id\": \"A\" } ] } ] }");
        ScheduleReport report = ScheduleReport.FromSchedule(CriticalPathScheduler.Schedule(request.Network, request.CalendarOptions), 0, null);
        Expect("JSON schedule finish", "2027-03-05T17:00:00", ProjectDeliveryJson.Serialize(report.ProjectFinish).Trim('"'));
        Expect("JSON round trip", ProjectDeliveryJson.Serialize(request), ProjectDeliveryJson.Serialize(ProjectDeliveryJson.Deserialize<ScheduleRequest>(ProjectDeliveryJson.Serialize(request))));

        Console.WriteLine(failures == 0 ? "netfx smoke: all checks passed" : "netfx smoke: " + failures + " check(s) failed");
        return failures == 0 ? 0 : 1;
    }

    private static void Expect(string name, object expected, object actual)
    {
        bool ok = expected is double e && actual is double a ? Math.Abs(e - a) <= 1e-12 : Equals(expected, actual);
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-26} {1,-6} {2}", name, ok ? "ok" : "FAILED", actual));
        failures += ok ? 0 : 1;
    }
}
