using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ProjectDelivery.Delivery.Routing.Domain;

namespace ProjectDelivery.Reporting;

/// <summary>One flat report row per stop of a <see cref="DeliveryPlan"/>, with UTC <see cref="DateTime"/>s for report designers.</summary>
/// <remarks>Immutable.</remarks>
public sealed class DeliveryStopRow
{
    internal DeliveryStopRow(PlannedRoute route, int sequence, PlannedStop stop)
    {
        VehicleId = route.VehicleId;
        Sequence = sequence;
        OrderId = stop.OrderId;
        ArrivalUtc = stop.Arrival.ToDateTimeUtc();
        WaitingMinutes = stop.Waiting.TotalMinutes;
        ServiceStartUtc = stop.ServiceStart.ToDateTimeUtc();
        DepartureUtc = stop.Departure.ToDateTimeUtc();
        Load = string.Join(";", stop.Load.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
    }

    /// <summary>Reads a row back from its JSON (the library's contract); every field as written.</summary>
    [System.Text.Json.Serialization.JsonConstructor]
    internal DeliveryStopRow(string vehicleId, int sequence, string orderId, DateTime arrivalUtc, double waitingMinutes, DateTime serviceStartUtc, DateTime departureUtc, string load)
    {
        VehicleId = Utility.Preconditions.CheckNotNull(vehicleId, nameof(vehicleId));
        Sequence = sequence;
        OrderId = Utility.Preconditions.CheckNotNull(orderId, nameof(orderId));
        ArrivalUtc = arrivalUtc;
        WaitingMinutes = waitingMinutes;
        ServiceStartUtc = serviceStartUtc;
        DepartureUtc = departureUtc;
        Load = Utility.Preconditions.CheckNotNull(load, nameof(load));
    }

    /// <summary>The vehicle.</summary>
    public string VehicleId { get; }

    /// <summary>One-based position of the stop on its route.</summary>
    public int Sequence { get; }

    /// <summary>The order delivered.</summary>
    public string OrderId { get; }

    /// <summary>Arrival (UTC).</summary>
    public DateTime ArrivalUtc { get; }

    /// <summary>Minutes spent waiting for the delivery window to open.</summary>
    public double WaitingMinutes { get; }

    /// <summary>Start of service (UTC).</summary>
    public DateTime ServiceStartUtc { get; }

    /// <summary>End of service (UTC).</summary>
    public DateTime DepartureUtc { get; }

    /// <summary>Load delivered so far on the route, per dimension, separated by <c>;</c> (invariant culture).</summary>
    public string Load { get; }

    /// <summary>One row per stop of a plan, route by route in visiting order.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static IReadOnlyList<DeliveryStopRow> From(DeliveryPlan plan) =>
        Utility.Preconditions.CheckNotNull(plan, nameof(plan)).Routes
            .SelectMany(r => r.Stops.Select((s, i) => new DeliveryStopRow(r, i + 1, s)))
            .ToArray();

    /// <summary>Vehicle, position, order and arrival.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => FormattableString.Invariant($"{VehicleId} #{Sequence}: {OrderId} at {ArrivalUtc:yyyy-MM-dd HH:mm}Z");
}
