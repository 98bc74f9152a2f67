using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Charts;

/// <summary>
/// Draws a <see cref="RouteMap"/> as SVG: each route as a polyline in its own colour, stops as circles in the
/// colour of the route that visits them (grey when none does), depots as dark squares, and a legend with each
/// route's name and stop count. Coordinates are scaled to fit with equal scales on both axes, y upwards.
/// </summary>
/// <remarks>
/// <para>Elements: polylines <c>route</c> with <c>data-route</c> (the route name) and a distinct
/// <c>stroke</c>; circles <c>stop</c> (or <c>stop unrouted</c>); rectangles <c>depot</c>. Point labels are
/// drawn when there are at most 60 points. Colours come from <see cref="ChartOptions.Palette"/>, then
/// generated hues when there are more routes than palette colours.</para>
/// <para>Output is deterministic: invariant culture, at most two decimals.</para>
/// </remarks>
public static class RouteMapChart
{
    /// <summary>The route map chart.</summary>
    /// <param name="map">Points, depots and routes.</param>
    /// <param name="options">Size, title and colours; null for the defaults.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static string Render(RouteMap map, ChartOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(map, writer, options);
        return writer.ToString();
    }

    /// <summary>Writes the route map chart to <paramref name="output"/>.</summary>
    /// <param name="map">Points, depots and routes.</param>
    /// <param name="output">Where the SVG document goes.</param>
    /// <param name="options">Size, title and colours; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static void Write(RouteMap map, TextWriter output, ChartOptions? options = null)
    {
        Preconditions.CheckNotNull(map, nameof(map));
        Preconditions.CheckNotNull(output, nameof(output));
        ChartOptions o = ChartOptions.Resolve(options);
        int height = o.Height ?? 640;
        string fg = SvgWriter.Escape(o.ForegroundColour);
        IReadOnlyList<MapPoint> points = map.Points;

        double minX = double.MaxValue, maxX = double.MinValue, minY = double.MaxValue, maxY = double.MinValue;
        foreach (MapPoint p in points)
        {
            minX = Math.Min(minX, p.X);
            maxX = Math.Max(maxX, p.X);
            minY = Math.Min(minY, p.Y);
            maxY = Math.Max(maxY, p.Y);
        }

        double legendWidth = Math.Min(190, o.Width * 0.3);
        double left = 24, top = 44, right = o.Width - legendWidth - 16, bottom = height - 24;
        double spanX = maxX - minX, spanY = maxY - minY;
        double scale = spanX <= 0 && spanY <= 0 ? 1.0
            : Math.Min(spanX > 0 ? (right - left) / spanX : double.MaxValue, spanY > 0 ? (bottom - top) / spanY : double.MaxValue);
        double offsetX = left + (((right - left) - (spanX * scale)) / 2);
        double offsetY = top + (((bottom - top) - (spanY * scale)) / 2);
        double Px(double v) => offsetX + ((v - minX) * scale);
        double Py(double v) => offsetY + ((maxY - v) * scale);

        var svg = new SvgWriter(output, o, o.Width, height, o.Title ?? "Route map");
        svg.Rect(left - 8, top - 8, right - left + 16, bottom - top + 16, "plot-area", $"fill=\"none\" stroke=\"{SvgWriter.Escape(o.GridColour)}\"");

        var routeOf = new int[points.Count];
        for (int i = 0; i < routeOf.Length; i++)
        {
            routeOf[i] = -1;
        }

        for (int r = 0; r < map.Routes.Count; r++)
        {
            MapRoute route = map.Routes[r];
            string colour = SvgWriter.Escape(o.SeriesColour(r));
            var xs = new double[route.Stops.Count];
            var ys = new double[route.Stops.Count];
            for (int k = 0; k < route.Stops.Count; k++)
            {
                int s = route.Stops[k];
                xs[k] = Px(points[s].X);
                ys[k] = Py(points[s].Y);
                if (routeOf[s] < 0)
                {
                    routeOf[s] = r;
                }
            }

            svg.Polyline(xs, ys, xs.Length, "route", $"data-route=\"{SvgWriter.Escape(route.Name)}\" stroke=\"{colour}\" stroke-width=\"2.2\" stroke-linejoin=\"round\" stroke-opacity=\"0.9\"");
        }

        var isDepot = new bool[points.Count];
        foreach (int d in map.Depots)
        {
            isDepot[d] = true;
        }

        bool labels = points.Count <= 60;
        for (int i = 0; i < points.Count; i++)
        {
            if (isDepot[i])
            {
                continue;
            }

            MapPoint p = points[i];
            string colour = routeOf[i] >= 0 ? SvgWriter.Escape(o.SeriesColour(routeOf[i])) : "#999999";
            string tooltip = (p.Label ?? ("point " + i.ToString(CultureInfo.InvariantCulture))) + (routeOf[i] >= 0 ? " (" + map.Routes[routeOf[i]].Name + ")" : " (not routed)");
            svg.Raw($"<circle class=\"{(routeOf[i] >= 0 ? "stop" : "stop unrouted")}\" cx=\"{SvgWriter.Num(Px(p.X))}\" cy=\"{SvgWriter.Num(Py(p.Y))}\" r=\"4\" " +
                $"fill=\"{SvgWriter.Escape(o.BackgroundColour)}\" stroke=\"{colour}\" stroke-width=\"2\"><title>{SvgWriter.Escape(tooltip)}</title></circle>\n");
            if (labels && p.Label is { Length: > 0 } label)
            {
                svg.Text(Px(p.X) + 6, Py(p.Y) - 5, SvgWriter.Truncate(label, 24), "point-label", "start", $"fill=\"{fg}\" font-size=\"10\" paint-order=\"stroke\" stroke=\"{SvgWriter.Escape(o.BackgroundColour)}\" stroke-width=\"3\"");
            }
        }

        foreach (int d in map.Depots)
        {
            MapPoint p = points[d];
            string name = p.Label ?? "depot " + d.ToString(CultureInfo.InvariantCulture);
            svg.RectWithTitle(Px(p.X) - 7, Py(p.Y) - 7, 14, 14, "depot", $"fill=\"{fg}\" stroke=\"{SvgWriter.Escape(o.BackgroundColour)}\" stroke-width=\"1.5\"", "Depot: " + name);
            svg.Text(Px(p.X) + 10, Py(p.Y) + 18, SvgWriter.Truncate(name, 24), "depot-label", "start", $"fill=\"{fg}\" font-size=\"11\" font-weight=\"bold\" paint-order=\"stroke\" stroke=\"{SvgWriter.Escape(o.BackgroundColour)}\" stroke-width=\"3\"");
        }

        Legend(svg, o, map, o.Width - legendWidth, top);
        svg.End();
    }

    private static void Legend(SvgWriter svg, ChartOptions o, RouteMap map, double x, double y)
    {
        string fg = SvgWriter.Escape(o.ForegroundColour);
        svg.Rect(x, y - 5, 14, 14, "legend-key", $"fill=\"{fg}\"");
        svg.Text(x + 22, y + 7, "depot", "legend", "start", $"fill=\"{fg}\"");
        y += 22;
        int shown = Math.Min(map.Routes.Count, 30);
        var depots = new HashSet<int>(map.Depots);
        for (int r = 0; r < shown; r++)
        {
            MapRoute route = map.Routes[r];
            int stops = 0;
            foreach (int s in route.Stops)
            {
                if (!depots.Contains(s))
                {
                    stops++;
                }
            }

            svg.Line(x, y + 2, x + 14, y + 2, "legend-key", $"stroke=\"{SvgWriter.Escape(o.SeriesColour(r))}\" stroke-width=\"4\"");
            svg.Text(x + 22, y + 6, SvgWriter.Truncate(route.Name, 16) + " (" + stops.ToString(CultureInfo.InvariantCulture) + " stops)", "legend", "start", $"fill=\"{fg}\"");
            y += 20;
        }

        if (map.Routes.Count > shown)
        {
            svg.Text(x, y + 6, "… " + (map.Routes.Count - shown).ToString(CultureInfo.InvariantCulture) + " more routes", "legend", "start", $"fill=\"{fg}\"");
        }
    }
}
