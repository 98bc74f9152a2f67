// docs/getting-started/earned-value.md, word for word (ConsumerProgramTests checks it): prints what the page's Output block shows.
using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ProjectDelivery.Planning.EarnedValue;

internal static class EarnedValueGuide
{
    public static void Run()
    {
var months = ReportingCalendar.Monthly(new LocalDate(2027, 1, 1), 4);
var design = ControlAccount.Create("1.1", 400, new double[] { 250, 150 }, new double[] { 200, 150 }, new double[] { 220, 190 },
    parentId: "1", name: "Design");
var build = ControlAccount.Create("1.2", 600, new double[] { 0, 200, 200, 200 }, new double[] { 0, 150 }, new double[] { 0, 170 },
    parentId: "1", name: "Build");
var project = EarnedValueProject.Create(months, new[] { design, build }, statusPeriodCount: 2,
    new[] { new WbsElement("1", null, "Delivery") });

EarnedValueReport report = EarnedValueAnalysis.Analyse(project);
EarnedValueMetrics status = report.Total.Status;     // the project total at the end of February
Console.WriteLine($"CPI {status.CostPerformanceIndex:0.###}");   // EV / AC = 500 / 580
Console.WriteLine($"SPI {status.SchedulePerformanceIndex:0.###}"); // EV / PV = 500 / 600
Console.WriteLine($"EAC {status.EstimateAtCompletion:0.#}");     // BAC / CPI = 1000 × 580 / 500
Console.WriteLine($"ES  {status.EarnedSchedule:0.##} months earned in 2"); // 1 + (500 − 250) / (600 − 250)
IReadOnlyList<EarnedValueRow> rows = report.Rows().ToList();      // node × period rows for a report
Console.WriteLine($"{rows.Count} report rows");
    }
}
