using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Charts;

/// <summary>Builds a <see cref="RouteMap"/> from a routing solution, for <see cref="RouteMapChart"/>.</summary>
public static class RoutingMaps
{
    /// <summary>
    /// The map of a solution: every location of the problem's network (labelled with the ids of the jobs there),
    /// every vehicle type's start and end location as a depot, and each used vehicle's route from its start depot
    /// through its stops to its end depot (open routes stop at the last stop). Routes are named by
    /// <see cref="RouteNames"/>: <c>route 1</c>, <c>route 2</c>, … in the order of <see cref="RoutingSolution.Routes"/>,
    /// the numbering of <c>pdcore route</c>'s text output and of its JSON <c>routes</c> array (counted from 1).
    /// </summary>
    /// <param name="solution">The solution to draw.</param>
    /// <returns>The route map.</returns>
    /// <remarks>
    /// Planar coordinates are drawn as given. Geographic coordinates are drawn in an equirectangular projection:
    /// x = longitude × cos(mean latitude), y = latitude, in degrees, which keeps local distances in proportion.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="solution"/> is null.</exception>
    /// <exception cref="ArgumentException">The network was given as matrices, without coordinates to draw.</exception>
    public static RouteMap FromSolution(RoutingSolution solution)
    {
        Preconditions.CheckNotNull(solution, nameof(solution));
        RoutingProblem problem = solution.Problem;
        TravelNetwork network = problem.Network;
        Preconditions.CheckArgument(network.HasCoordinates, nameof(solution),
            "The routing problem has distance matrices but no coordinates, so its routes cannot be drawn on a map.");

        int n = network.Count;
        (double[] x, double[] y, bool geographic) = network.CopyCoordinates();
        if (geographic)
        {
            // x holds latitudes and y longitudes, in radians.
            double meanLatitude = x.Average();
            for (int i = 0; i < n; i++)
            {
                double latitude = x[i];
                x[i] = y[i] * Math.Cos(meanLatitude) * 180 / Math.PI;
                y[i] = latitude * 180 / Math.PI;
            }
        }

        var labels = new string?[n];
        foreach (Job job in problem.Jobs)
        {
            labels[job.Location] = labels[job.Location] is null ? job.Id : labels[job.Location] + ", " + job.Id;
        }

        var depots = new SortedSet<int>();
        foreach (VehicleType type in problem.VehicleTypes)
        {
            depots.Add(type.StartLocation);
            if (type.EndLocation is int end)
            {
                depots.Add(end);
            }
        }

        var points = new MapPoint[n];
        for (int i = 0; i < n; i++)
        {
            string? label = depots.Contains(i) ? "depot " + i.ToString(CultureInfo.InvariantCulture) : labels[i];
            points[i] = new MapPoint(x[i], y[i], label);
        }

        var typeById = problem.VehicleTypes.ToDictionary(t => t.Id, StringComparer.Ordinal);
        IReadOnlyList<string> names = RouteNames(solution);
        var routes = new List<MapRoute>(solution.Routes.Count);
        for (int r = 0; r < solution.Routes.Count; r++)
        {
            VehicleRoute route = solution.Routes[r];
            VehicleType type = typeById[route.VehicleTypeId];
            var stops = new List<int>(route.Stops.Count + 2) { type.StartLocation };
            stops.AddRange(route.Stops.Select(s => problem.Jobs[s.JobIndex].Location));
            if (type.EndLocation is int end)
            {
                stops.Add(end);
            }

            routes.Add(new MapRoute(names[r], stops));
        }

        return new RouteMap(points, depots, routes);
    }

    /// <summary>
    /// The name of each route of a solution, in the order of <see cref="RoutingSolution.Routes"/>: <c>route 1</c>,
    /// <c>route 2</c>, …, followed by the vehicle type in brackets when the fleet has more than one type
    /// (<c>route 3 (bike)</c>). The map's legend and labels, the CLI's text output and the position in its JSON
    /// <c>routes</c> array all use this numbering.
    /// </summary>
    /// <param name="solution">The solution.</param>
    /// <returns>One name per route.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="solution"/> is null.</exception>
    public static IReadOnlyList<string> RouteNames(RoutingSolution solution)
    {
        Preconditions.CheckNotNull(solution, nameof(solution));
        bool mixed = solution.Problem.VehicleTypes.Count > 1;
        var names = new string[solution.Routes.Count];
        for (int r = 0; r < names.Length; r++)
        {
            names[r] = "route " + (r + 1).ToString(CultureInfo.InvariantCulture) + (mixed ? " (" + solution.Routes[r].VehicleTypeId + ")" : string.Empty);
        }

        return names;
    }
}
