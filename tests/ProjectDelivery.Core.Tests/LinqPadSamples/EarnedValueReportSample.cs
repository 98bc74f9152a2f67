using NodaTime;
using ProjectDelivery.Planning.EarnedValue;
using ProjectDelivery.Reporting;

namespace ProjectDelivery.Tests.LinqPadSamples;

/// <summary>The C# twin of linqpad-samples/EarnedValue/EarnedValueReport.linq: <see cref="LinqPadSampleTests"/> checks that both say the same and runs this one.</summary>
internal sealed class EarnedValueReportSample
{
    // linqpad-sample-begin
    // Earned value of two control accounts under one WBS element, two months into a four-month plan.
    // EarnedValueReport.ToDump() shows one flat row per node and period (EarnedValueRow).
    void Main()
    {
        var calendar = ReportingCalendar.Monthly(new LocalDate(2027, 1, 1), 4);
        var design = ControlAccount.Create("1.1", 400, new double[] { 250, 150 }, new double[] { 200, 150 }, new double[] { 220, 190 },
            parentId: "1", name: "Design");
        var build = ControlAccount.Create("1.2", 600, new double[] { 0, 200, 200, 200 }, new double[] { 0, 150 }, new double[] { 0, 170 },
            parentId: "1", name: "Build");
        var project = EarnedValueProject.Create(calendar, new[] { design, build }, 2, new[] { new WbsElement("1", null, "Delivery") });

        EarnedValueReport report = EarnedValueAnalysis.Analyse(project);
        report.Dump("Earned value by node and period");

        EarnedValueMetrics status = report.Total.Status;
        ReportFunctions.CostPerformanceIndex(status.EarnedValue, status.ActualCost).Dump("CPI, as a report expression would compute it");
    }
    // linqpad-sample-end
}
