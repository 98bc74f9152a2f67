using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ProjectDelivery.Delivery.Routing.Solutions;

namespace ProjectDelivery.Reporting;

/// <summary>One flat report row per vehicle route of a <see cref="RoutingSolution"/>: its totals and the job sequence.</summary>
/// <remarks>Times, distances and costs are in the problem's units. Immutable.</remarks>
public sealed class RouteRow
{
    internal RouteRow(VehicleRoute route)
    {
        VehicleIndex = route.VehicleIndex;
        VehicleType = route.VehicleTypeId;
        StopCount = route.Stops.Count;
        Departure = route.Departure;
        Arrival = route.Arrival;
        Distance = route.Distance;
        Duration = route.Duration;
        Cost = route.Cost;
        Sequence = string.Join(" > ", route.Stops.Select(s => s.JobId));
        double[] load = route.Stops.Count == 0 ? Array.Empty<double>() : route.Stops[route.Stops.Count - 1].Load.ToArray();
        Load = string.Join(";", load.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
    }

    /// <summary>Reads a row back from its JSON (the library's contract); every field as written.</summary>
    [System.Text.Json.Serialization.JsonConstructor]
    internal RouteRow(int vehicleIndex, string vehicleType, int stopCount, double departure, double arrival, double distance, double duration, double cost, string sequence, string load)
    {
        VehicleIndex = vehicleIndex;
        VehicleType = Utility.Preconditions.CheckNotNull(vehicleType, nameof(vehicleType));
        StopCount = stopCount;
        Departure = departure;
        Arrival = arrival;
        Distance = distance;
        Duration = duration;
        Cost = cost;
        Sequence = Utility.Preconditions.CheckNotNull(sequence, nameof(sequence));
        Load = Utility.Preconditions.CheckNotNull(load, nameof(load));
    }

    /// <summary>Index of the vehicle in the fleet.</summary>
    public int VehicleIndex { get; }

    /// <summary>Id of the vehicle's type.</summary>
    public string VehicleType { get; }

    /// <summary>Number of stops.</summary>
    public int StopCount { get; }

    /// <summary>Departure from the start depot.</summary>
    public double Departure { get; }

    /// <summary>Arrival at the end depot (or the end of the last service on an open route).</summary>
    public double Arrival { get; }

    /// <summary>Distance driven.</summary>
    public double Distance { get; }

    /// <summary>Route duration.</summary>
    public double Duration { get; }

    /// <summary>Route cost.</summary>
    public double Cost { get; }

    /// <summary>The job ids in visiting order, separated by <c> &gt; </c>.</summary>
    public string Sequence { get; }

    /// <summary>Total load carried, per capacity dimension, separated by <c>;</c> (invariant culture).</summary>
    public string Load { get; }

    /// <summary>One row per route of a solution, in vehicle order.</summary>
    /// <param name="solution">The solution.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="solution"/> is null.</exception>
    public static IReadOnlyList<RouteRow> From(RoutingSolution solution) =>
        Utility.Preconditions.CheckNotNull(solution, nameof(solution)).Routes.Select(r => new RouteRow(r)).ToArray();

    /// <summary>Vehicle, stops and cost.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => FormattableString.Invariant($"vehicle {VehicleIndex} ({VehicleType}): {Sequence}, cost {Cost:0.##}");
}
