using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Charts;

/// <summary>A located point of a route map: a depot or a stop, in any planar coordinates (x east, y north).</summary>
/// <param name="X">Horizontal coordinate (e.g. easting or longitude).</param>
/// <param name="Y">Vertical coordinate, growing upwards (e.g. northing or latitude).</param>
/// <param name="Label">Text shown beside the point, or null for none.</param>
public readonly record struct MapPoint(double X, double Y, string? Label = null);

/// <summary>One route of a route map: a name and the points it visits in order, as indices into <see cref="RouteMap.Points"/>.</summary>
/// <remarks>Include the depot at either end to draw the legs from and back to it. Immutable.</remarks>
public sealed class MapRoute
{
    /// <summary>Creates a route.</summary>
    /// <param name="name">Name shown in the legend (e.g. the vehicle id).</param>
    /// <param name="stops">Point indices in visiting order (may repeat, e.g. a depot at both ends).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="stops"/> is null.</exception>
    public MapRoute(string name, IEnumerable<int> stops)
    {
        Name = Preconditions.CheckNotNull(name, nameof(name));
        Stops = new ReadOnlyCollection<int>(Preconditions.CheckNotNull(stops, nameof(stops)).ToArray());
    }

    /// <summary>Name shown in the legend.</summary>
    public string Name { get; }

    /// <summary>Point indices in visiting order.</summary>
    public IReadOnlyList<int> Stops { get; }
}

/// <summary>
/// The input of a <see cref="RouteMapChart"/>: points, which of them are depots, and routes through them.
/// Generic so that any routing model (or a hand-made plan) can be drawn.
/// </summary>
/// <remarks>Validated once when built: finite coordinates, depot and stop indices within the points. Immutable.</remarks>
public sealed class RouteMap
{
    /// <summary>Creates a route map.</summary>
    /// <param name="points">Every point (at least one).</param>
    /// <param name="depots">Indices of the points that are depots (no repeats).</param>
    /// <param name="routes">Routes through the points, each drawn in its own colour.</param>
    /// <exception cref="ArgumentNullException">An argument or a route is null.</exception>
    /// <exception cref="ArgumentException">No points, a non-finite coordinate, or an index outside the points (the message names the point, depot or route).</exception>
    public RouteMap(IEnumerable<MapPoint> points, IEnumerable<int> depots, IEnumerable<MapRoute> routes)
    {
        MapPoint[] p = Preconditions.CheckNotNull(points, nameof(points)).ToArray();
        int[] d = Preconditions.CheckNotNull(depots, nameof(depots)).ToArray();
        MapRoute[] r = Preconditions.CheckNotNull(routes, nameof(routes)).ToArray();
        Preconditions.CheckArgument(p.Length > 0, nameof(points), "A route map needs at least one point.");
        for (int i = 0; i < p.Length; i++)
        {
            Preconditions.CheckArgument(IsFinite(p[i].X) && IsFinite(p[i].Y), nameof(points),
                string.Format(CultureInfo.InvariantCulture, "Point {0} ({1}) has a non-finite coordinate ({2}, {3}).", i, p[i].Label ?? "no label", p[i].X, p[i].Y));
        }

        var seen = new HashSet<int>();
        foreach (int depot in d)
        {
            Preconditions.CheckArgument(depot >= 0 && depot < p.Length, nameof(depots),
                string.Format(CultureInfo.InvariantCulture, "Depot index {0} is outside the {1} points.", depot, p.Length));
            Preconditions.CheckArgument(seen.Add(depot), nameof(depots), string.Format(CultureInfo.InvariantCulture, "Depot index {0} is given twice.", depot));
        }

        for (int k = 0; k < r.Length; k++)
        {
            Preconditions.CheckArgument(r[k] is not null, nameof(routes), string.Format(CultureInfo.InvariantCulture, "Route {0} is null.", k));
            foreach (int stop in r[k].Stops)
            {
                Preconditions.CheckArgument(stop >= 0 && stop < p.Length, nameof(routes),
                    string.Format(CultureInfo.InvariantCulture, "Route {0} ('{1}') visits point {2}, outside the {3} points.", k, r[k].Name, stop, p.Length));
            }
        }

        Points = new ReadOnlyCollection<MapPoint>(p);
        Depots = new ReadOnlyCollection<int>(d);
        Routes = new ReadOnlyCollection<MapRoute>(r);
    }

    /// <summary>Every point.</summary>
    public IReadOnlyList<MapPoint> Points { get; }

    /// <summary>Indices of the depots.</summary>
    public IReadOnlyList<int> Depots { get; }

    /// <summary>The routes, in colour order.</summary>
    public IReadOnlyList<MapRoute> Routes { get; }

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
}
