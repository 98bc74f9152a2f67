using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ProjectDelivery.Delivery.Routing.Solutions;

namespace ProjectDelivery.Reporting;

/// <summary>One flat report row per stop of a <see cref="RoutingSolution"/>: vehicle, position and schedule.</summary>
/// <remarks>Times are in the problem's units (seconds after the planning origin for plans made by the delivery planner). Immutable.</remarks>
public sealed class RouteStopRow
{
    internal RouteStopRow(VehicleRoute route, int sequence, Stop stop)
    {
        VehicleIndex = route.VehicleIndex;
        VehicleType = route.VehicleTypeId;
        Sequence = sequence;
        JobId = stop.JobId;
        Arrival = stop.Arrival;
        Waiting = stop.Waiting;
        ServiceStart = stop.ServiceStart;
        Departure = stop.Departure;
        Load = string.Join(";", stop.Load.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
    }

    /// <summary>Reads a row back from its JSON (the library's contract); every field as written.</summary>
    [System.Text.Json.Serialization.JsonConstructor]
    internal RouteStopRow(int vehicleIndex, string vehicleType, int sequence, string jobId, double arrival, double waiting, double serviceStart, double departure, string load)
    {
        VehicleIndex = vehicleIndex;
        VehicleType = Utility.Preconditions.CheckNotNull(vehicleType, nameof(vehicleType));
        Sequence = sequence;
        JobId = Utility.Preconditions.CheckNotNull(jobId, nameof(jobId));
        Arrival = arrival;
        Waiting = waiting;
        ServiceStart = serviceStart;
        Departure = departure;
        Load = Utility.Preconditions.CheckNotNull(load, nameof(load));
    }

    /// <summary>Index of the vehicle in the fleet.</summary>
    public int VehicleIndex { get; }

    /// <summary>Id of the vehicle's type.</summary>
    public string VehicleType { get; }

    /// <summary>One-based position of the stop on its route.</summary>
    public int Sequence { get; }

    /// <summary>The job served.</summary>
    public string JobId { get; }

    /// <summary>Arrival at the job's location.</summary>
    public double Arrival { get; }

    /// <summary>Waiting for the time window to open.</summary>
    public double Waiting { get; }

    /// <summary>Start of service.</summary>
    public double ServiceStart { get; }

    /// <summary>End of service.</summary>
    public double Departure { get; }

    /// <summary>Load on the vehicle after this stop, per capacity dimension, separated by <c>;</c> (invariant culture).</summary>
    public string Load { get; }

    /// <summary>One row per stop of a solution, route by route in visiting order.</summary>
    /// <param name="solution">The solution.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="solution"/> is null.</exception>
    public static IReadOnlyList<RouteStopRow> From(RoutingSolution solution) =>
        Utility.Preconditions.CheckNotNull(solution, nameof(solution)).Routes
            .SelectMany(r => r.Stops.Select((s, i) => new RouteStopRow(r, i + 1, s)))
            .ToArray();

    /// <summary>Vehicle, position, job and arrival.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => FormattableString.Invariant($"vehicle {VehicleIndex} #{Sequence}: {JobId} at {Arrival:0.##}");
}
