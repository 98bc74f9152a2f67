using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Charts;

/// <summary>
/// Draws a Monte Carlo outcome distribution as SVG: a histogram of the outcomes (iterations per bin, left axis),
/// the cumulative probability curve (right axis, 0–100 %) and vertical P50 and P80 markers with their values.
/// </summary>
/// <remarks>
/// <para>Bins are <see cref="OutcomeDistribution.Histogram(int)"/>'s equal-width bins from the minimum to the
/// maximum; the horizontal axis spans exactly that range (widened around the value when every outcome is
/// equal). The cumulative curve joins (minimum, 0) and (upper edge, cumulative share) of every bin. Markers are
/// at the nearest-rank percentiles <see cref="OutcomeDistribution.Percentile"/> (0.5 and 0.8).</para>
/// <para>Elements: <c>bin</c> rectangles, polyline <c>cumulative</c>, lines <c>marker p50</c> and
/// <c>marker p80</c> with a <c>data-value</c> attribute, and the <c>plot-area</c> frame.
/// Output is deterministic: invariant culture, at most two decimals.</para>
/// </remarks>
public static class HistogramChart
{
    /// <summary>The histogram chart of <paramref name="distribution"/> (e.g. <c>result.Finish</c>).</summary>
    /// <param name="distribution">Simulated outcomes.</param>
    /// <param name="options">Size, title, axis titles and colours; null for the defaults.</param>
    /// <param name="bins">Number of bins, 1 to 500. Default 30.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="distribution"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is outside [1, 500].</exception>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static string Render(OutcomeDistribution distribution, ChartOptions? options = null, int bins = 30)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(distribution, writer, options, bins);
        return writer.ToString();
    }

    /// <summary>Writes the histogram chart of <paramref name="distribution"/> to <paramref name="output"/>.</summary>
    /// <param name="distribution">Simulated outcomes.</param>
    /// <param name="output">Where the SVG document goes.</param>
    /// <param name="options">Size, title, axis titles and colours; null for the defaults.</param>
    /// <param name="bins">Number of bins, 1 to 500. Default 30.</param>
    /// <exception cref="ArgumentNullException"><paramref name="distribution"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is outside [1, 500].</exception>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static void Write(OutcomeDistribution distribution, TextWriter output, ChartOptions? options = null, int bins = 30)
    {
        Preconditions.CheckNotNull(distribution, nameof(distribution));
        Preconditions.CheckNotNull(output, nameof(output));
        Preconditions.CheckArgumentRange(nameof(bins), bins, 1, 500);
        ChartOptions o = ChartOptions.Resolve(options);
        int height = o.Height ?? 540;
        string fg = SvgWriter.Escape(o.ForegroundColour);
        string accent = SvgWriter.Escape(o.AccentColour);
        IReadOnlyList<HistogramBin> histogram = distribution.Histogram(bins);
        long maxCount = 1;
        foreach (HistogramBin bin in histogram)
        {
            maxCount = Math.Max(maxCount, bin.Count);
        }

        var area = new PlotArea(78, 70, o.Width - 70, height - 58);
        var x = AxisScale.Exact(distribution.Minimum, distribution.Maximum, area.Left, area.Right, Math.Max(2, (int)((area.Right - area.Left) / 80)));
        var y = AxisScale.Rounded(0, maxCount, area.Bottom, area.Top, 8);
        var svg = new SvgWriter(output, o, o.Width, height,
            o.Title ?? "Outcome distribution (" + distribution.Count.ToString(CultureInfo.InvariantCulture) + " iterations)");

        double lx = PlotArea.LegendEntry(svg, o, area.Left, 46, o.HistogramColour, "iterations per bin", null, true);
        PlotArea.LegendEntry(svg, o, lx, 46, o.AccentColour, "cumulative probability", null, false);

        area.YTicks(svg, o, y, grid: true);
        area.XTicks(svg, o, x, x.Label);
        for (int p = 0; p <= 100; p += 20)
        {
            double py = area.Bottom - ((area.Bottom - area.Top) * p / 100.0);
            svg.Line(area.Right, py, area.Right + 5, py, "tick", $"stroke=\"{accent}\"");
            svg.Text(area.Right + 8, py + 4, p.ToString(CultureInfo.InvariantCulture) + "%", "tick-label", "start", $"fill=\"{accent}\" font-size=\"11\"");
        }

        double singleWidth = (area.Right - area.Left) / 30;
        foreach (HistogramBin bin in histogram)
        {
            double x0 = x.Map(bin.Lower);
            double x1 = x.Map(bin.Upper);
            if (x1 - x0 < 1)
            {
                x0 -= singleWidth / 2;
                x1 = x0 + singleWidth;
            }

            svg.RectWithTitle(x0, y.Map(bin.Count), x1 - x0, area.Bottom - y.Map(bin.Count), "bin",
                $"fill=\"{SvgWriter.Escape(o.HistogramColour)}\" stroke=\"{SvgWriter.Escape(o.BackgroundColour)}\" stroke-width=\"0.5\"",
                Value(bin.Lower) + " – " + Value(bin.Upper) + ": " + bin.Count.ToString(CultureInfo.InvariantCulture) + " iterations, cumulative " +
                Percent(bin.CumulativeProbability));
        }

        area.Frame(svg, o);
        area.Titles(svg, o, o.XAxisTitle ?? "outcome", o.YAxisTitle ?? "iterations");
        svg.RotatedText(o.Width - 16, (area.Top + area.Bottom) / 2, "cumulative probability", "axis-title", $"fill=\"{accent}\"");

        var xs = new double[histogram.Count + 1];
        var ys = new double[histogram.Count + 1];
        xs[0] = x.Map(histogram[0].Lower);
        ys[0] = area.Bottom;
        for (int b = 0; b < histogram.Count; b++)
        {
            xs[b + 1] = x.Map(histogram[b].Upper);
            ys[b + 1] = area.Bottom - ((area.Bottom - area.Top) * histogram[b].CumulativeProbability);
        }

        svg.Polyline(xs, ys, xs.Length, "cumulative", $"stroke=\"{accent}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"");
        Marker(svg, o, x, area, distribution.Percentile(0.5), "P50", "p50", 0);
        Marker(svg, o, x, area, distribution.Percentile(0.8), "P80", "p80", 1);
        svg.End();
    }

    private static void Marker(SvgWriter svg, ChartOptions o, AxisScale x, PlotArea area, double value, string name, string cssClass, int slot)
    {
        string fg = SvgWriter.Escape(o.ForegroundColour);
        double px = x.Map(value);
        svg.Raw($"<line class=\"marker {cssClass}\" data-value=\"{value.ToString("R", CultureInfo.InvariantCulture)}\" x1=\"{SvgWriter.Num(px)}\" y1=\"{SvgWriter.Num(area.Top)}\" " +
            $"x2=\"{SvgWriter.Num(px)}\" y2=\"{SvgWriter.Num(area.Bottom)}\" stroke=\"{fg}\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n");
        bool leftSide = px > area.Right - 120;
        svg.Text(leftSide ? px - 5 : px + 5, area.Top + 16 + (slot * 16), name + " = " + Value(value), "marker-label " + cssClass, leftSide ? "end" : "start",
            $"fill=\"{fg}\" font-size=\"12\" font-weight=\"bold\" paint-order=\"stroke\" stroke=\"{SvgWriter.Escape(o.BackgroundColour)}\" stroke-width=\"3\"");
    }

    private static string Value(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
