using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using NodaTime;
using ProjectDelivery.Planning.EarnedValue;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Charts;

/// <summary>
/// Draws an earned-value S-curve as SVG: cumulative planned value (PV), earned value (EV) and actual cost (AC)
/// against reporting-period dates, the EAC projection of cost from the status date to the forecast completion
/// (dashed), the budget at completion and a vertical status-date marker.
/// </summary>
/// <remarks>
/// <para>Series are polylines with classes <c>series pv</c>, <c>series ev</c>, <c>series ac</c> and
/// <c>series eac</c>; the status date is the line <c>marker status</c>, the budget the line <c>marker bac</c>.
/// The status date is the latest point with an earned value (time 0 when none is reported). EV and AC stop at
/// the status date; the projection is omitted when EAC is undefined.</para>
/// <para>Output is deterministic: invariant culture, at most two decimals.</para>
/// </remarks>
public static class SCurveChart
{
    /// <summary>The S-curve chart of <paramref name="curve"/> (e.g. <c>report.Total.SCurve()</c>).</summary>
    /// <param name="curve">The S-curve series.</param>
    /// <param name="options">Size, title and colours; null for the defaults.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="curve"/> is null.</exception>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static string Render(SCurve curve, ChartOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(curve, writer, options);
        return writer.ToString();
    }

    /// <summary>Writes the S-curve chart of <paramref name="curve"/> to <paramref name="output"/>.</summary>
    /// <param name="curve">The S-curve series.</param>
    /// <param name="output">Where the SVG document goes.</param>
    /// <param name="options">Size, title and colours; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="curve"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static void Write(SCurve curve, TextWriter output, ChartOptions? options = null)
    {
        Preconditions.CheckNotNull(curve, nameof(curve));
        Preconditions.CheckNotNull(output, nameof(output));
        ChartOptions o = ChartOptions.Resolve(options);
        IReadOnlyList<SCurvePoint> points = curve.Points;
        int height = o.Height ?? 540;
        string fg = SvgWriter.Escape(o.ForegroundColour);

        double maxTime = 0, maxValue = 0, statusTime = 0;
        int statusIndex = 0;
        for (int i = 0; i < points.Count; i++)
        {
            SCurvePoint p = points[i];
            maxTime = Math.Max(maxTime, p.Time);
            maxValue = Math.Max(maxValue, Math.Max(p.PlannedValue, Math.Max(p.EarnedValue ?? 0, Math.Max(p.ActualCost ?? 0, p.Projection ?? 0))));
            if (p.EarnedValue is not null && p.Time >= statusTime)
            {
                statusTime = p.Time;
                statusIndex = i;
            }
        }

        var area = new PlotArea(78, 70, o.Width - 30, height - 58);
        var x = AxisScale.Exact(0, Math.Max(maxTime, 1), area.Left, area.Right, Math.Max(2, (int)((area.Right - area.Left) / 90)));
        var y = AxisScale.Rounded(0, maxValue > 0 ? maxValue : 1, area.Bottom, area.Top, 8);
        var svg = new SvgWriter(output, o, o.Width, height, o.Title ?? "Earned value S-curve");

        double lx = area.Left;
        lx = PlotArea.LegendEntry(svg, o, lx, 46, o.PlannedValueColour, "PV (planned value)", null, false);
        lx = PlotArea.LegendEntry(svg, o, lx, 46, o.EarnedValueColour, "EV (earned value)", null, false);
        lx = PlotArea.LegendEntry(svg, o, lx, 46, o.ActualCostColour, "AC (actual cost)", null, false);
        PlotArea.LegendEntry(svg, o, lx, 46, o.ActualCostColour, "EAC projection", "7 4", false);

        area.YTicks(svg, o, y, grid: true);
        double step = Math.Max(1, Math.Round(x.Step));
        for (double t = 0; t <= maxTime + 1e-9; t += step)
        {
            int index = (int)t;
            if (index >= points.Count || points[index].Time != t)
            {
                continue;
            }

            double px = x.Map(t);
            svg.Line(px, area.Top, px, area.Bottom, "grid", $"stroke=\"{SvgWriter.Escape(o.GridColour)}\"");
            svg.Line(px, area.Bottom, px, area.Bottom + 5, "tick", $"stroke=\"{fg}\"");
            svg.Text(px, area.Bottom + 18, Format(points[index].Date), "tick-label", "middle", $"fill=\"{fg}\" font-size=\"11\"");
        }

        area.Frame(svg, o);
        area.Titles(svg, o, o.XAxisTitle ?? "period end", o.YAxisTitle ?? "cumulative value");

        double bac = points.Count > 0 ? points[points.Count - 1].PlannedValue : 0;
        if (bac > 0)
        {
            svg.Line(area.Left, y.Map(bac), area.Right, y.Map(bac), "marker bac", $"stroke=\"{fg}\" stroke-dasharray=\"2 3\"");
            svg.Text(area.Left + 4, y.Map(bac) - 4, "BAC " + Money(bac), "marker-label", "start", $"fill=\"{fg}\" font-size=\"11\" paint-order=\"stroke\" stroke=\"{SvgWriter.Escape(o.BackgroundColour)}\" stroke-width=\"3\"");
        }

        double statusX = x.Map(statusTime);
        svg.Line(statusX, area.Top, statusX, area.Bottom, "marker status", $"stroke=\"{fg}\" stroke-width=\"1.2\" stroke-dasharray=\"5 4\"");
        svg.Text(statusX + 4, area.Bottom - 8, "status " + (points.Count > 0 ? Format(points[statusIndex].Date) : string.Empty), "marker-label", "start",
            $"fill=\"{fg}\" font-size=\"11\" paint-order=\"stroke\" stroke=\"{SvgWriter.Escape(o.BackgroundColour)}\" stroke-width=\"3\"");

        Series(svg, x, y, points, p => p.PlannedValue, "series pv", o.PlannedValueColour, null);
        Series(svg, x, y, points, p => p.Projection, "series eac", o.ActualCostColour, "7 4");
        Series(svg, x, y, points, p => p.ActualCost, "series ac", o.ActualCostColour, null);
        Series(svg, x, y, points, p => p.EarnedValue, "series ev", o.EarnedValueColour, null);

        if (curve.EstimateAtCompletion is double eac)
        {
            double ex = x.Map(Math.Min(curve.CompletionTime, maxTime));
            double ey = y.Map(eac);
            svg.Raw($"<circle class=\"marker eac\" cx=\"{SvgWriter.Num(ex)}\" cy=\"{SvgWriter.Num(ey)}\" r=\"4\" fill=\"{SvgWriter.Escape(o.ActualCostColour)}\"/>\n");
            string label = "EAC " + Money(eac) + (curve.CompletionDate is LocalDate d ? " by " + Format(d) : string.Empty);
            bool leftSide = ex > area.Right - 200;
            svg.Text(leftSide ? ex - 8 : ex + 8, ey - 8, label, "marker-label", leftSide ? "end" : "start",
                $"fill=\"{SvgWriter.Escape(o.ActualCostColour)}\" font-size=\"11\" font-weight=\"bold\" paint-order=\"stroke\" stroke=\"{SvgWriter.Escape(o.BackgroundColour)}\" stroke-width=\"3\"");
        }

        svg.End();
    }

    private static void Series(SvgWriter svg, AxisScale x, AxisScale y, IReadOnlyList<SCurvePoint> points, Func<SCurvePoint, double?> value,
        string cssClass, string colour, string? dash)
    {
        var xs = new double[points.Count];
        var ys = new double[points.Count];
        int count = 0;
        foreach (SCurvePoint p in points)
        {
            if (value(p) is double v)
            {
                xs[count] = x.Map(p.Time);
                ys[count] = y.Map(v);
                count++;
            }
        }

        if (count > 0)
        {
            svg.Polyline(xs, ys, count, cssClass, $"stroke=\"{SvgWriter.Escape(colour)}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"" +
                (dash is null ? string.Empty : $" stroke-dasharray=\"{dash}\""));
        }
    }

    private static string Format(LocalDate d) =>
        d.Year.ToString("0000", CultureInfo.InvariantCulture) + "-" + d.Month.ToString("00", CultureInfo.InvariantCulture) + "-" + d.Day.ToString("00", CultureInfo.InvariantCulture);

    private static string Money(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
