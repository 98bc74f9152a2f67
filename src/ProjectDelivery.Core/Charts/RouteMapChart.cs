using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Charts;

/// <summary>
/// Draws a <see cref="RouteMap"/> as SVG: each route as a polyline in its own colour, stops as circles in the
/// colour of the route that visits them (grey when none does), depots as dark squares, each route's number at its
/// middle stop, and a legend with each route's name and stop count. Coordinates are scaled to fit with equal scales
/// on both axes, y upwards.
/// </summary>
/// <remarks>
/// <para>Elements: polylines <c>route</c> with <c>data-route</c> (the route name) and a distinct
/// <c>stroke</c>; circles <c>stop</c> (or <c>stop unrouted</c>); rectangles <c>depot</c>; texts <c>route-label</c>
/// with the route's number (<c>route 12</c> is labelled <c>12</c>) and <c>data-route</c>. Point labels are drawn
/// when there are at most 60 points. Colours come from <see cref="ChartOptions.Palette"/>, then generated hues
/// when there are more routes than palette colours.</para>
/// <para>The legend starts with a summary line (routes and stops). When every route fits one line of the legend's
/// column, each gets its name and stop count; otherwise the legend packs the routes into short <c>12: 9</c> entries
/// (number: stops) in several columns, and ends with <c>… n more routes</c> only when even those do not fit.</para>
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
        double radius = points.Count > 300 ? 2.5 : 4;
        for (int i = 0; i < points.Count; i++)
        {
            if (isDepot[i])
            {
                continue;
            }

            MapPoint p = points[i];
            string colour = routeOf[i] >= 0 ? SvgWriter.Escape(o.SeriesColour(routeOf[i])) : "#999999";
            string tooltip = (p.Label ?? ("point " + i.ToString(CultureInfo.InvariantCulture))) + (routeOf[i] >= 0 ? " (" + map.Routes[routeOf[i]].Name + ")" : " (not routed)");
            svg.Raw($"<circle class=\"{(routeOf[i] >= 0 ? "stop" : "stop unrouted")}\" cx=\"{SvgWriter.Num(Px(p.X))}\" cy=\"{SvgWriter.Num(Py(p.Y))}\" r=\"{SvgWriter.Num(radius)}\" " +
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

        for (int r = 0; r < map.Routes.Count; r++)
        {
            MapRoute route = map.Routes[r];
            if (route.Stops.Count == 0)
            {
                continue;
            }

            MapPoint at = points[route.Stops[route.Stops.Count / 2]];
            svg.Raw($"<text class=\"route-label\" data-route=\"{SvgWriter.Escape(route.Name)}\" x=\"{SvgWriter.Num(Px(at.X) + 5)}\" y=\"{SvgWriter.Num(Py(at.Y) + 12)}\" " +
                $"fill=\"{SvgWriter.Escape(o.SeriesColour(r))}\" font-size=\"11\" font-weight=\"bold\" paint-order=\"stroke\" stroke=\"{SvgWriter.Escape(o.BackgroundColour)}\" stroke-width=\"3\">" +
                $"{SvgWriter.Escape(Number(route.Name, r))}</text>\n");
        }

        Legend(svg, o, map, o.Width - legendWidth, top, legendWidth - 8, bottom);
        svg.End();
    }

    /// <summary>The route's number for its label: the first run of digits of its name (<c>route 12 (van)</c> → <c>12</c>), else its position from 1.</summary>
    private static string Number(string name, int index)
    {
        int start = 0;
        while (start < name.Length && !char.IsDigit(name[start]))
        {
            start++;
        }

        int end = start;
        while (end < name.Length && char.IsDigit(name[end]))
        {
            end++;
        }

        return end > start ? name.Substring(start, end - start) : (index + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static int StopCount(MapRoute route, HashSet<int> depots)
    {
        int stops = 0;
        foreach (int s in route.Stops)
        {
            if (!depots.Contains(s))
            {
                stops++;
            }
        }

        return stops;
    }

    private static void Legend(SvgWriter svg, ChartOptions o, RouteMap map, double x, double y, double width, double bottom)
    {
        const double Row = 20, CompactRow = 14, CompactColumn = 58;
        string fg = SvgWriter.Escape(o.ForegroundColour);
        var depots = new HashSet<int>(map.Depots);
        int totalStops = 0;
        foreach (MapRoute route in map.Routes)
        {
            totalStops += StopCount(route, depots);
        }

        svg.Rect(x, y - 5, 14, 14, "legend-key", $"fill=\"{fg}\"");
        svg.Text(x + 22, y + 7, "depot", "legend", "start", $"fill=\"{fg}\"");
        y += 22;
        svg.Text(x, y + 6, map.Routes.Count.ToString(CultureInfo.InvariantCulture) + (map.Routes.Count == 1 ? " route, " : " routes, ") +
            totalStops.ToString(CultureInfo.InvariantCulture) + " stops", "legend legend-summary", "start", $"fill=\"{fg}\"");
        y += Row;

        if (map.Routes.Count * Row <= bottom - y)
        {
            for (int r = 0; r < map.Routes.Count; r++)
            {
                MapRoute route = map.Routes[r];
                svg.Line(x, y + 2, x + 14, y + 2, "legend-key", $"stroke=\"{SvgWriter.Escape(o.SeriesColour(r))}\" stroke-width=\"4\"");
                svg.Text(x + 22, y + 6, SvgWriter.Truncate(route.Name, 16) + " (" + StopCount(route, depots).ToString(CultureInfo.InvariantCulture) + " stops)", "legend", "start", $"fill=\"{fg}\"");
                y += Row;
            }

            return;
        }

        // Too many routes for one line each: "number: stops" entries, column after column.
        svg.Text(x, y + 4, "route: stops", "legend legend-header", "start", $"fill=\"{fg}\" font-size=\"10\"");
        y += CompactRow;
        int rows = Math.Max(1, (int)((bottom - y) / CompactRow));
        int columns = Math.Max(1, (int)(width / CompactColumn));
        int capacity = rows * columns;
        int shown = map.Routes.Count <= capacity ? map.Routes.Count : capacity - 1;
        for (int r = 0; r < shown; r++)
        {
            double cx = x + ((r / rows) * CompactColumn), cy = y + ((r % rows) * CompactRow);
            MapRoute route = map.Routes[r];
            svg.Line(cx, cy, cx + 8, cy, "legend-key", $"stroke=\"{SvgWriter.Escape(o.SeriesColour(r))}\" stroke-width=\"4\"");
            svg.Text(cx + 11, cy + 4, Number(route.Name, r) + ": " + StopCount(route, depots).ToString(CultureInfo.InvariantCulture), "legend legend-compact", "start",
                $"fill=\"{fg}\" font-size=\"10\"");
        }

        if (shown < map.Routes.Count)
        {
            double cx = x + ((shown / rows) * CompactColumn), cy = y + ((shown % rows) * CompactRow);
            svg.Text(cx, cy + 4, "… " + (map.Routes.Count - shown).ToString(CultureInfo.InvariantCulture) + " more routes", "legend legend-more", "start", $"fill=\"{fg}\" font-size=\"10\"");
        }
    }
}
