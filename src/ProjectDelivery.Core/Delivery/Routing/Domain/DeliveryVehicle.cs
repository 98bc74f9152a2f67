using System;
using System.Collections.Generic;
using NodaTime;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Routing.Domain;

/// <summary>A vehicle and its driver's shift: depots, capacity, working-time limit, costs and skills.</summary>
/// <remarks>
/// The working-time limit counts driving, service and waiting; the departure floats inside the shift, so a
/// driver whose first stop opens late starts late rather than waiting on the clock.
/// </remarks>
public sealed record DeliveryVehicle
{
    /// <summary>Creates a vehicle.</summary>
    /// <param name="id">Vehicle id (unique within a request).</param>
    /// <param name="start">Where the shift starts.</param>
    /// <param name="end">Where the shift ends; null for an open route that ends at the last stop.</param>
    /// <param name="shift">When the vehicle may leave and must be back.</param>
    /// <param name="capacity">Capacity per dimension.</param>
    /// <exception cref="ArgumentException">The id is empty or the shift is unbounded at the start.</exception>
    public DeliveryVehicle(string id, GeoPoint start, GeoPoint? end, Interval shift, IReadOnlyList<double> capacity)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        Preconditions.CheckArgument(id.Length > 0, nameof(id), "A vehicle id must not be empty.");
        Preconditions.CheckArgument(shift.HasStart, nameof(shift), $"Vehicle '{id}': the shift needs a start.");
        Id = id;
        Start = start;
        End = end;
        Shift = shift;
        Capacity = Preconditions.CheckNotNull(capacity, nameof(capacity));
    }

    /// <summary>Vehicle id.</summary>
    public string Id { get; }

    /// <summary>Start depot position.</summary>
    public GeoPoint Start { get; }

    /// <summary>End depot position, or null for an open route.</summary>
    public GeoPoint? End { get; }

    /// <summary>Shift.</summary>
    public Interval Shift { get; }

    /// <summary>Capacity per dimension.</summary>
    public IReadOnlyList<double> Capacity { get; }

    /// <summary>Longest working time (driving, service, waiting); null for no limit beyond the shift.</summary>
    public Duration? MaxWorkingTime { get; init; }

    /// <summary>Cost of using the vehicle.</summary>
    public double FixedCost { get; init; }

    /// <summary>Cost per kilometre.</summary>
    public double CostPerKilometre { get; init; } = 1;

    /// <summary>Cost per hour of working time.</summary>
    public double CostPerHour { get; init; }

    /// <summary>Skills of vehicle and driver.</summary>
    public IReadOnlyList<string> Skills { get; init; } = Array.Empty<string>();


    /// <summary>A copy with <see cref="MaxWorkingTime"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="maxWorkingTime">Longest working time of the shift; null for no limit beyond the shift.</param>
    /// <returns>A new deliveryVehicle; this one is unchanged.</returns>
    public DeliveryVehicle WithMaxWorkingTime(Duration? maxWorkingTime) => this with { MaxWorkingTime = maxWorkingTime };

    /// <summary>A copy with <see cref="FixedCost"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="fixedCost">Cost of using the vehicle at all.</param>
    /// <returns>A new deliveryVehicle; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fixedCost"/> is negative, NaN or infinite.</exception>
    public DeliveryVehicle WithFixedCost(double fixedCost) => this with { FixedCost = CheckCost(fixedCost, nameof(fixedCost)) };

    /// <summary>A copy with <see cref="CostPerKilometre"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="costPerKilometre">Cost per kilometre driven.</param>
    /// <returns>A new deliveryVehicle; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="costPerKilometre"/> is negative, NaN or infinite.</exception>
    public DeliveryVehicle WithCostPerKilometre(double costPerKilometre) => this with { CostPerKilometre = CheckCost(costPerKilometre, nameof(costPerKilometre)) };

    /// <summary>A copy with <see cref="CostPerHour"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="costPerHour">Cost per working hour.</param>
    /// <returns>A new deliveryVehicle; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="costPerHour"/> is negative, NaN or infinite.</exception>
    public DeliveryVehicle WithCostPerHour(double costPerHour) => this with { CostPerHour = CheckCost(costPerHour, nameof(costPerHour)) };

    /// <summary>A copy with <see cref="Skills"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="skills">Skills of vehicle and driver.</param>
    /// <returns>A new deliveryVehicle; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="skills"/> is null.</exception>
    public DeliveryVehicle WithSkills(IReadOnlyList<string> skills) => this with { Skills = Preconditions.CheckNotNull(skills, nameof(skills)) };

    private double CheckCost(double value, string paramName)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Vehicle '{Id}': costs must be finite and non-negative.");
        }

        return value;
    }
}
