using System;

namespace ProjectDelivery.Charts;

/// <summary>The rectangle that data are drawn in, with helpers for its axes, grid and legend.</summary>
internal sealed class PlotArea
{
    internal PlotArea(double left, double top, double right, double bottom)
    {
        Left = left;
        Top = top;
        Right = right;
        Bottom = bottom;
    }

    internal double Left { get; }

    internal double Top { get; }

    internal double Right { get; }

    internal double Bottom { get; }

    /// <summary>Draws the frame rectangle (class <c>plot-area</c>), used by tests and viewers to locate the data.</summary>
    internal void Frame(SvgWriter svg, ChartOptions o) =>
        svg.Rect(Left, Top, Right - Left, Bottom - Top, "plot-area", $"fill=\"none\" stroke=\"{SvgWriter.Escape(o.ForegroundColour)}\" stroke-width=\"1\"");

    /// <summary>Vertical grid lines and labels under the plot for every tick of <paramref name="x"/>, labelled by <paramref name="label"/>.</summary>
    internal void XTicks(SvgWriter svg, ChartOptions o, AxisScale x, Func<double, string> label)
    {
        string fg = SvgWriter.Escape(o.ForegroundColour);
        foreach (double t in x.Ticks())
        {
            double px = x.Map(t);
            svg.Line(px, Top, px, Bottom, "grid", $"stroke=\"{SvgWriter.Escape(o.GridColour)}\"");
            svg.Line(px, Bottom, px, Bottom + 5, "tick", $"stroke=\"{fg}\"");
            svg.Text(px, Bottom + 18, label(t), "tick-label", "middle", $"fill=\"{fg}\" font-size=\"11\"");
        }
    }

    /// <summary>Horizontal grid lines and labels on the left for every tick of <paramref name="y"/>.</summary>
    internal void YTicks(SvgWriter svg, ChartOptions o, AxisScale y, bool grid)
    {
        string fg = SvgWriter.Escape(o.ForegroundColour);
        foreach (double t in y.Ticks())
        {
            double py = y.Map(t);
            if (grid)
            {
                svg.Line(Left, py, Right, py, "grid", $"stroke=\"{SvgWriter.Escape(o.GridColour)}\"");
            }

            svg.Line(Left - 5, py, Left, py, "tick", $"stroke=\"{fg}\"");
            svg.Text(Left - 8, py + 4, y.Label(t), "tick-label", "end", $"fill=\"{fg}\" font-size=\"11\"");
        }
    }

    /// <summary>Axis titles: under the plot and rotated on the left.</summary>
    internal void Titles(SvgWriter svg, ChartOptions o, string xTitle, string yTitle)
    {
        string fg = SvgWriter.Escape(o.ForegroundColour);
        svg.Text((Left + Right) / 2, Bottom + 38, xTitle, "axis-title", "middle", $"fill=\"{fg}\"");
        svg.RotatedText(16, (Top + Bottom) / 2, yTitle, "axis-title", $"fill=\"{fg}\"");
    }

    /// <summary>One legend entry (a short line or swatch and its text) at <paramref name="x"/> above the plot; returns the x of the next entry.</summary>
    internal static double LegendEntry(SvgWriter svg, ChartOptions o, double x, double y, string colour, string text, string? dash, bool swatch)
    {
        string c = SvgWriter.Escape(colour);
        if (swatch)
        {
            svg.Rect(x, y - 5, 22, 10, "legend-key", $"fill=\"{c}\"");
        }
        else
        {
            svg.Line(x, y, x + 22, y, "legend-key", $"stroke=\"{c}\" stroke-width=\"2.5\"" + (dash is null ? string.Empty : $" stroke-dasharray=\"{dash}\""));
        }

        svg.Text(x + 28, y + 4, text, "legend", "start", $"fill=\"{SvgWriter.Escape(o.ForegroundColour)}\"");
        return x + 40 + (text.Length * 7);
    }
}
