// docs/getting-started/earned-value.md, changed only where C# 7.3 demands it (each change marked "C# 7.3:"), then what it found.
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
EarnedValueMetrics status = report.Total.Status;      // the project total at the end of February
double? cpi = status.CostPerformanceIndex;            // EV / AC = 500 / 580
double? spi = status.SchedulePerformanceIndex;        // EV / PV = 500 / 600
double? eac = status.EstimateAtCompletion;            // BAC / CPI = 1000 × 580 / 500 = 1160
double? es = status.EarnedSchedule;                   // 1 + (500 − 250) / (600 − 250) ≈ 1.71 months earned in 2
IReadOnlyList<EarnedValueRow> rows = report.Rows().ToList(); // node × period rows for a report
        Console.WriteLine($"earned value: CPI {Program.F(cpi)}, SPI {Program.F(spi)}, EAC {Program.F(eac)}, ES {Program.F(es)}, {rows.Count} rows");
    }
}
