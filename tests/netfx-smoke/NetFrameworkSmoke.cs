// Loads the netstandard2.0 build of ProjectDelivery.Core in a .NET Framework 4.x runtime (Mono, compiled against
// the 4.8 reference assemblies) and checks a few ReportFunctions results against values worked out by hand.
// Run by run.sh; not part of the solution (it needs mono-devel, which the .NET SDK machines do not have).
using System;
using System.Globalization;
using ProjectDelivery.Reporting;

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
