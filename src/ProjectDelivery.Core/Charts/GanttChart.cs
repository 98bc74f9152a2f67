using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Charts;

/// <summary>
/// Draws a critical-path schedule as an SVG Gantt chart: one row per activity, a bar from early start to early
/// finish (critical activities in <see cref="ChartOptions.CriticalColour"/>), a thin float bar from early finish
/// to late finish, milestones (zero duration) as diamonds, a time axis in units or calendar dates, and, when given,
/// a vertical data-date line (the status date progress was measured at).
/// </summary>
/// <remarks>
/// <para>Elements carry classes for styling and checking: <c>bar</c> / <c>bar critical</c> / <c>bar complete</c>,
/// <c>float</c> (or <c>float negative</c> when the late finish is before the early finish, drawn from late finish
/// to early finish), <c>milestone</c> / <c>milestone critical</c>; each has a <c>data-activity</c> attribute with
/// the activity id and a tooltip with its dates and total float. Rows follow the schedule's activity order.
/// A finished activity (complete, or in progress with no remaining duration) is drawn as <c>bar complete</c>
/// (faded), never as critical: it has no float left to lose.
/// The default title says "critical path highlighted" only when some unfinished activity is critical. The data-date
/// line has the class <c>data-date</c>.</para>
/// <para>Output is deterministic: invariant culture, at most two decimals, no time or randomness.</para>
/// </remarks>
public static class GanttChart
{
    private const double RowHeight = 26;
    private const double Top = 64;
    private const double Bottom = 58;
    private const double RightMargin = 24;

    /// <summary>The Gantt chart of a plain-number schedule (time axis in time units from the project start), with the default options.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public static string Render(Schedule<double> schedule) => Render(schedule, null);

    /// <summary>The Gantt chart of a plain-number schedule (time axis in time units from the project start).</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="options">Size, title and colours; null for the defaults.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static string Render(Schedule<double> schedule, ChartOptions? options) => Render(schedule, options, null);

    /// <summary>The Gantt chart of a plain-number schedule with a data-date line (time axis in time units from the project start).</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="options">Size, title and colours; null for the defaults.</param>
    /// <param name="dataDate">The status date progress was measured at (<see cref="ScheduleOptions.StatusDate"/>), drawn as a vertical line; null for none.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static string Render(Schedule<double> schedule, ChartOptions? options, double? dataDate)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(schedule, writer, options, dataDate);
        return writer.ToString();
    }

    /// <summary>The Gantt chart of a calendar schedule (time axis in dates), with the default options.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public static string Render(Schedule<LocalDateTime> schedule) => Render(schedule, null);

    /// <summary>The Gantt chart of a calendar schedule (time axis in dates).</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="options">Size, title and colours; null for the defaults.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static string Render(Schedule<LocalDateTime> schedule, ChartOptions? options) => Render(schedule, options, null);

    /// <summary>The Gantt chart of a calendar schedule with a data-date line (time axis in dates).</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="options">Size, title and colours; null for the defaults.</param>
    /// <param name="dataDate">The status date progress was measured at (<see cref="ScheduleOptions.StatusDate"/>, the data date of a P6 file), drawn as a vertical line; null for none.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static string Render(Schedule<LocalDateTime> schedule, ChartOptions? options, LocalDateTime? dataDate)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(schedule, writer, options, dataDate);
        return writer.ToString();
    }

    /// <summary>Writes the Gantt chart of a plain-number schedule to <paramref name="output"/>, with the default options.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="output">Where the SVG document goes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> or <paramref name="output"/> is null.</exception>
    public static void Write(Schedule<double> schedule, TextWriter output) => Write(schedule, output, null);

    /// <summary>Writes the Gantt chart of a plain-number schedule to <paramref name="output"/>.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="output">Where the SVG document goes.</param>
    /// <param name="options">Size, title and colours; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static void Write(Schedule<double> schedule, TextWriter output, ChartOptions? options) => Write(schedule, output, options, null);

    /// <summary>Writes the Gantt chart of a plain-number schedule with a data-date line to <paramref name="output"/>.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="output">Where the SVG document goes.</param>
    /// <param name="options">Size, title and colours; null for the defaults.</param>
    /// <param name="dataDate">The status date progress was measured at, drawn as a vertical line; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static void Write(Schedule<double> schedule, TextWriter output, ChartOptions? options, double? dataDate)
    {
        Preconditions.CheckNotNull(schedule, nameof(schedule));
        Preconditions.CheckNotNull(output, nameof(output));
        ChartOptions o = ChartOptions.Resolve(options);
        Func<double, string> text = t => t.ToString("0.###", CultureInfo.InvariantCulture);
        Rows rows = Rows.From(schedule, t => t, text);
        rows.DataDate = dataDate;
        rows.DataDateText = dataDate is { } d ? text(d) : null;
        Draw(rows, output, o, o.XAxisTitle ?? "time units from the project start", (min, max, maxTicks) =>
        {
            AxisScale scale = AxisScale.Exact(min, max, 0, 1, maxTicks);
            return scale.Ticks().Select(t => new KeyValuePair<double, string>(t, scale.Label(t))).ToList();
        });
    }

    /// <summary>Writes the Gantt chart of a calendar schedule to <paramref name="output"/>, with the default options.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="output">Where the SVG document goes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> or <paramref name="output"/> is null.</exception>
    public static void Write(Schedule<LocalDateTime> schedule, TextWriter output) => Write(schedule, output, null);

    /// <summary>Writes the Gantt chart of a calendar schedule to <paramref name="output"/>.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="output">Where the SVG document goes.</param>
    /// <param name="options">Size, title and colours; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static void Write(Schedule<LocalDateTime> schedule, TextWriter output, ChartOptions? options) => Write(schedule, output, options, null);

    /// <summary>Writes the Gantt chart of a calendar schedule with a data-date line to <paramref name="output"/>.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="output">Where the SVG document goes.</param>
    /// <param name="options">Size, title and colours; null for the defaults.</param>
    /// <param name="dataDate">The status date progress was measured at (the data date of a P6 file), drawn as a vertical line; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static void Write(Schedule<LocalDateTime> schedule, TextWriter output, ChartOptions? options, LocalDateTime? dataDate)
    {
        Preconditions.CheckNotNull(schedule, nameof(schedule));
        Preconditions.CheckNotNull(output, nameof(output));
        ChartOptions o = ChartOptions.Resolve(options);
        Rows rows = Rows.From(schedule, DateTicks.ToDays, DateTicks.Format);
        rows.DataDate = dataDate is { } d ? DateTicks.ToDays(d) : null;
        rows.DataDateText = dataDate is { } date ? DateTicks.Format(date) : null;
        Draw(rows, output, o, o.XAxisTitle, DateTicks.Ticks);
    }

    private static void Draw(Rows rows, TextWriter output, ChartOptions o, string? axisTitle, Func<double, double, int, IReadOnlyList<KeyValuePair<double, string>>> ticks)
    {
        int n = rows.Labels.Length;
        int height = o.Height ?? (int)Math.Min(20_000, Top + Bottom + (Math.Max(1, n) * RowHeight));
        double rowHeight = n == 0 ? RowHeight : (height - Top - Bottom) / n;
        int longest = n == 0 ? 0 : rows.Labels.Max(l => l.Length);
        double labelWidth = Math.Min(o.Width * 0.4, Math.Max(80, (longest * 7.6) + 20));
        double left = labelWidth;
        double right = o.Width - RightMargin;

        double min = rows.ProjectStart, max = rows.ProjectFinish;
        for (int i = 0; i < n; i++)
        {
            min = Math.Min(min, Math.Min(rows.EarlyStart[i], rows.LateFinish[i]));
            max = Math.Max(max, Math.Max(rows.EarlyFinish[i], rows.LateFinish[i]));
        }

        if (rows.DataDate is { } dataDate)
        {
            min = Math.Min(min, dataDate);
            max = Math.Max(max, dataDate);
        }

        if (max <= min)
        {
            max = min + 1;
        }

        double pad = (max - min) * 0.02;
        var scale = AxisScale.Exact(min - pad, max + pad, left, right, 10);
        string title = o.Title ?? (rows.Critical.Any(c => c) ? "Schedule (critical path highlighted)" : "Schedule (no critical activities)");
        var svg = new SvgWriter(output, o, o.Width, height, title);
        string fg = SvgWriter.Escape(o.ForegroundColour);
        Legend(svg, o, left);

        double plotBottom = Top + (n * rowHeight);
        for (int i = 0; i < n; i++)
        {
            double y = Top + (i * rowHeight);
            if (i % 2 == 1)
            {
                svg.Rect(0, y, o.Width, rowHeight, "stripe", "fill=\"#f6f6f6\"");
            }
        }

        int maxTicks = Math.Max(2, (int)((right - left) / 90));
        foreach (KeyValuePair<double, string> tick in ticks(scale.Min, scale.Max, maxTicks))
        {
            double x = scale.Map(tick.Key);
            svg.Line(x, Top, x, plotBottom, "grid", $"stroke=\"{SvgWriter.Escape(o.GridColour)}\"");
            svg.Line(x, plotBottom, x, plotBottom + 5, "tick", $"stroke=\"{fg}\"");
            svg.Text(x, plotBottom + 18, tick.Value, "tick-label", "middle", $"fill=\"{fg}\" font-size=\"11\"");
        }

        svg.Line(left, plotBottom, right, plotBottom, "axis", $"stroke=\"{fg}\"");
        if (axisTitle is not null)
        {
            svg.Text((left + right) / 2, plotBottom + 38, axisTitle, "axis-title", "middle", $"fill=\"{fg}\"");
        }

        svg.Line(left, Top, left, plotBottom, "axis", $"stroke=\"{fg}\"");
        if (rows.DataDate is { } line)
        {
            double x = scale.Map(line);
            svg.Line(x, Top - 2, x, plotBottom, "data-date", $"stroke=\"{fg}\" stroke-width=\"1.5\" stroke-dasharray=\"6 3\"");
            svg.Text(x, Top - 4, "data date " + rows.DataDateText, "data-date-label", "middle", $"fill=\"{fg}\" font-size=\"11\"");
        }

        double barHeight = Math.Max(2, rowHeight * 0.56);
        double floatHeight = Math.Max(1, rowHeight * 0.22);
        for (int i = 0; i < n; i++)
        {
            double y = Top + (i * rowHeight);
            double mid = y + (rowHeight / 2);
            string id = SvgWriter.Escape(rows.Ids[i]);
            svg.Text(8, mid + 4, rows.Labels[i], rows.Critical[i] ? "label critical" : "label", "start",
                $"fill=\"{fg}\"" + (rows.Critical[i] ? " font-weight=\"bold\"" : string.Empty));
            double es = scale.Map(rows.EarlyStart[i]);
            double ef = scale.Map(rows.EarlyFinish[i]);
            double lf = scale.Map(rows.LateFinish[i]);
            if (Math.Abs(lf - ef) >= 0.5)
            {
                bool negative = lf < ef;
                svg.RectWithTitle(Math.Min(ef, lf), mid - (floatHeight / 2), Math.Abs(lf - ef), floatHeight, negative ? "float negative" : "float",
                    $"data-activity=\"{id}\" fill=\"{SvgWriter.Escape(negative ? o.CriticalColour : o.FloatColour)}\"" + (negative ? " fill-opacity=\"0.5\"" : string.Empty),
                    rows.Ids[i] + ": total float " + rows.FloatText[i]);
            }

            string colour = SvgWriter.Escape(rows.Critical[i] ? o.CriticalColour : o.BarColour);
            if (rows.Milestone[i])
            {
                double r = Math.Max(3, barHeight / 2);
                string points = SvgWriter.Num(es) + "," + SvgWriter.Num(mid - r) + " " + SvgWriter.Num(es + r) + "," + SvgWriter.Num(mid) + " " +
                    SvgWriter.Num(es) + "," + SvgWriter.Num(mid + r) + " " + SvgWriter.Num(es - r) + "," + SvgWriter.Num(mid);
                svg.Polygon(points, rows.Critical[i] ? "milestone critical" : "milestone", $"data-activity=\"{id}\" fill=\"{colour}\" stroke=\"{fg}\" stroke-width=\"0.5\"", rows.Tooltips[i]);
            }
            else
            {
                string cssClass = rows.Critical[i] ? "bar critical" : rows.Complete[i] ? "bar complete" : "bar";
                svg.RectWithTitle(es, mid - (barHeight / 2), Math.Max(1, ef - es), barHeight, cssClass,
                    $"data-activity=\"{id}\" rx=\"2\" fill=\"{colour}\"" + (rows.Complete[i] ? " fill-opacity=\"0.45\"" : string.Empty), rows.Tooltips[i]);
            }
        }

        svg.End();
    }

    private static void Legend(SvgWriter svg, ChartOptions o, double left)
    {
        string fg = SvgWriter.Escape(o.ForegroundColour);
        double x = left;
        double y = 40;
        svg.Rect(x, y, 22, 10, "legend-key", $"fill=\"{SvgWriter.Escape(o.CriticalColour)}\"");
        svg.Text(x + 28, y + 9, "critical", "legend", "start", $"fill=\"{fg}\"");
        x += 100;
        svg.Rect(x, y, 22, 10, "legend-key", $"fill=\"{SvgWriter.Escape(o.BarColour)}\"");
        svg.Text(x + 28, y + 9, "non-critical", "legend", "start", $"fill=\"{fg}\"");
        x += 120;
        svg.Rect(x, y + 3, 22, 4, "legend-key", $"fill=\"{SvgWriter.Escape(o.FloatColour)}\"");
        svg.Text(x + 28, y + 9, "total float", "legend", "start", $"fill=\"{fg}\"");
        x += 110;
        svg.Polygon(SvgWriter.Num(x + 6) + "," + SvgWriter.Num(y - 1) + " " + SvgWriter.Num(x + 12) + "," + SvgWriter.Num(y + 5) + " " +
            SvgWriter.Num(x + 6) + "," + SvgWriter.Num(y + 11) + " " + SvgWriter.Num(x) + "," + SvgWriter.Num(y + 5), "legend-key", $"fill=\"{fg}\"", null);
        svg.Text(x + 18, y + 9, "milestone", "legend", "start", $"fill=\"{fg}\"");
    }

    /// <summary>The schedule flattened into axis values (structure of arrays).</summary>
    private sealed class Rows
    {
        private Rows(int n)
        {
            Ids = new string[n];
            Labels = new string[n];
            Tooltips = new string[n];
            FloatText = new string[n];
            EarlyStart = new double[n];
            EarlyFinish = new double[n];
            LateFinish = new double[n];
            Critical = new bool[n];
            Milestone = new bool[n];
            Complete = new bool[n];
        }

        internal string[] Ids { get; }

        internal string[] Labels { get; }

        internal string[] Tooltips { get; }

        internal string[] FloatText { get; }

        internal double[] EarlyStart { get; }

        internal double[] EarlyFinish { get; }

        internal double[] LateFinish { get; }

        internal bool[] Critical { get; }

        internal bool[] Milestone { get; }

        internal bool[] Complete { get; }

        internal double ProjectStart { get; private set; }

        internal double ProjectFinish { get; private set; }

        internal double? DataDate { get; set; }

        internal string? DataDateText { get; set; }

        internal static Rows From<TTime>(Schedule<TTime> schedule, Func<TTime, double> axis, Func<TTime, string> text)
            where TTime : struct
        {
            int n = schedule.Activities.Count;
            var rows = new Rows(n) { ProjectStart = axis(schedule.ProjectStart), ProjectFinish = axis(schedule.ProjectFinish) };
            for (int i = 0; i < n; i++)
            {
                ActivitySchedule<TTime> a = schedule.Activities[i];
                string name = a.Activity.Name is { Length: > 0 } nm ? a.Id + " " + nm : a.Id;
                rows.Ids[i] = a.Id;
                rows.Complete[i] = a.Status == ActivityStatus.Complete || (a.Status == ActivityStatus.InProgress && a.Activity.Progress?.RemainingDuration == 0);
                rows.Critical[i] = a.Critical && !rows.Complete[i]; // a finished activity has no float left to lose
                rows.Labels[i] = SvgWriter.Truncate(name, 40);
                rows.FloatText[i] = a.TotalFloat.ToString("0.###", CultureInfo.InvariantCulture);
                rows.Tooltips[i] = name + ": " + text(a.EarlyStart) + " – " + text(a.EarlyFinish) + ", late " + text(a.LateStart) + " – " +
                    text(a.LateFinish) + ", total float " + rows.FloatText[i] +
                    (rows.Complete[i] ? ", complete" : a.Critical ? ", critical" : string.Empty);
                rows.EarlyStart[i] = axis(a.EarlyStart);
                rows.EarlyFinish[i] = axis(a.EarlyFinish);
                rows.LateFinish[i] = axis(a.LateFinish);
                rows.Milestone[i] = a.Activity.IsMilestone;
            }

            return rows;
        }
    }
}
