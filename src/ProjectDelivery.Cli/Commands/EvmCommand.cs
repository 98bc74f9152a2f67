using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using ProjectDelivery.Charts;
using ProjectDelivery.Planning.EarnedValue;
using ProjectDelivery.Serialization;

namespace ProjectDelivery.Cli.Commands;

/// <summary>
/// <c>evm FILE.json [--json] [--svg FILE]</c>: earned value, earned schedule and forecasts of one project from per-period
/// PV, EV and AC (format in docs/formats.md, "Earned value").
/// </summary>
internal sealed class EvmCommand : ICommand
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    public string Name => "evm";

    public string Arguments => "FILE.json";

    public IReadOnlyList<CommandOption> Options { get; } = new[]
    {
        CommandOption.Json("the metrics of every period"),
        CommandOption.Svg("the S-curve (PV, EV, AC and forecasts)"),
    };

    public IReadOnlyList<string> Examples { get; } = new[] { "evm samples/evm.json", "evm samples/evm.json --svg s-curve.svg" };

    public string Summary => "Earned value metrics, earned schedule and forecasts per period (PV/EV/AC per period in, table or JSON out).";

    public int Execute(CommandArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        string path = arguments.RequiredFile(Name);
        bool json = arguments.Has("json");
        string? svg = arguments.Value("svg");
        arguments.RejectUnknownOptions(Name);

EarnedValueReport report = JsonInput.Read<EarnedValueRequest>(path).Analyse();
        if (json)
        {
            WriteJson(stdout, report);
        }
        else
        {
            WriteTable(stdout, path, report);
        }

        if (svg is not null)
        {
            SvgFile.Write(svg, SCurveChart.Render(report.Total.SCurve()));
        }

        return Program.Success;
    }

    private static void WriteJson(TextWriter stdout, EarnedValueReport report) =>
        stdout.WriteLine(ProjectDeliveryJson.Serialize(EarnedValueStatement.FromReport(report), indented: true));

    private static void WriteTable(TextWriter o, string path, EarnedValueReport report)
    {
        EarnedValueNode total = report.Total;
        ReportingCalendar calendar = report.Project.Calendar;
        o.WriteLine($"Earned value: {path}");
        o.WriteLine($"BAC {Money(total.BudgetAtCompletion)}, {calendar.Count} periods from {DatePattern.Format(calendar.Start)}, planned duration {total.PlannedDuration} periods, status date {DatePattern.Format(report.StatusDate)} (AT = {report.Project.StatusPeriodCount})");
        o.WriteLine();
        var header = new[] { "#", "end", "PV", "EV", "AC", "CV", "SV", "CPI", "SPI", "ES", "SV(t)", "SPI(t)", "EAC", "forecast" };
        var rows = new List<string[]> { header };
        foreach (EarnedValueMetrics m in total.PeriodMetrics())
        {
            rows.Add(new[]
            {
                m.PeriodNumber.ToString(CultureInfo.InvariantCulture), DatePattern.Format(m.Date),
                Money(m.PlannedValue), Money(m.EarnedValue), Money(m.ActualCost), Money(m.CostVariance), Money(m.ScheduleVariance),
                Index(m.CostPerformanceIndex), Index(m.SchedulePerformanceIndex), Index(m.EarnedSchedule), Index(m.ScheduleVarianceTime),
                Index(m.SchedulePerformanceIndexTime), Money(m.EstimateAtCompletion),
                m.ForecastFinish is LocalDate f ? DatePattern.Format(f) : "-",
            });
        }

        int[] widths = Enumerable.Range(0, header.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (string[] row in rows)
        {
            o.WriteLine(string.Join("  ", row.Select((cell, c) => c == 1 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd());
        }

        EarnedValueMetrics s = total.Status;
        o.WriteLine();
        o.WriteLine($"Status at {DatePattern.Format(s.Date)} (period {s.PeriodNumber}):");
        Line(o, "PV / EV / AC (cumulative)", $"{Money(s.PlannedValue)} / {Money(s.EarnedValue)} / {Money(s.ActualCost)}");
        Line(o, "CV / CV%", $"{Money(s.CostVariance)} / {Percent(s.CostVariancePercent)}  [{s.CostVarianceStatus}]");
        Line(o, "SV / SV%", $"{Money(s.ScheduleVariance)} / {Percent(s.ScheduleVariancePercent)}  [{s.ScheduleVarianceStatus}]");
        Line(o, "CPI", $"{Index(s.CostPerformanceIndex)}  [{s.CostPerformanceStatus}]");
        Line(o, "SPI", $"{Index(s.SchedulePerformanceIndex)}  [{s.SchedulePerformanceStatus}]");
        Line(o, "EAC = BAC / CPI", Money(s.EstimateAtCompletion));
        Line(o, "EAC = AC + (BAC - EV)", Money(s.EstimateAtCompletionAtBudgetedRate));
        Line(o, "EAC = AC + (BAC - EV) / (CPI x SPI)", Money(s.EstimateAtCompletionCpiTimesSpi));
        Line(o, "EAC = AC + (BAC - EV) / (0.8 CPI + 0.2 SPI)", Money(s.EstimateAtCompletionComposite));
        if (s.EstimateAtCompletionBottomUp is not null)
        {
            Line(o, "EAC = AC + bottom-up ETC", Money(s.EstimateAtCompletionBottomUp));
        }

        Line(o, "ETC / VAC", $"{Money(s.EstimateToComplete)} / {Money(s.VarianceAtCompletion)}");
        Line(o, "TCPI to BAC / to EAC", $"{Index(s.ToCompletePerformanceIndex)}  [{s.ToCompletePerformanceStatus}] / {Index(s.ToCompletePerformanceIndexToEstimate)}");
        Line(o, "ES / AT / SV(t) (periods)", $"{Index(s.EarnedSchedule)} / {s.ActualTime} / {Index(s.ScheduleVarianceTime)}");
        Line(o, "SPI(t)", $"{Index(s.SchedulePerformanceIndexTime)}  [{s.SchedulePerformanceTimeStatus}]");
        Line(o, "IEAC(t) (periods) / forecast finish", $"{Index(s.IndependentEstimateAtCompletionTime)} / {(s.ForecastFinish is LocalDate ff ? DatePattern.Format(ff) : "-")}");
        o.WriteLine();
        o.WriteLine("Money rounded to 2 decimals and indices to 3 for display only; '-' marks an undefined metric. Use --json for full precision.");
    }

    private static void Line(TextWriter o, string label, string value) => o.WriteLine($"  {label,-44} {value}");

    private static string Money(double? value) => value is double v ? v.ToString("N2", CultureInfo.InvariantCulture) : "-";

    private static string Index(double? value) => value is double v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    private static string Percent(double? value) => value is double v ? v.ToString("0.00", CultureInfo.InvariantCulture) + " %" : "-";
}
