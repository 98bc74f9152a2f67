using System;
using System.Collections.Generic;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Routing.Model;

/// <summary>
/// A kind of vehicle and how many of it are available: capacity per dimension, start and end depot, shift,
/// route limits, costs and skills. A heterogeneous fleet is a list of vehicle types.
/// </summary>
/// <remarks>
/// Immutable. The shift bounds the departure from the start depot and the arrival at the end depot. The
/// maximum duration counts driving, service and waiting from departure to arrival, with the departure
/// floating inside the shift (the solver picks the start that minimises the duration). An open route
/// (<see cref="EndLocation"/> null) ends at the last job.
/// </remarks>
public sealed class VehicleType
{
    private readonly double[] _capacity;
    private readonly string[] _skills;

    /// <summary>Creates a vehicle type.</summary>
    /// <param name="id">Identifier, unique within the problem.</param>
    /// <param name="count">Number of vehicles of this type, at least 1.</param>
    /// <param name="capacity">Capacity per dimension (null: none); must have as many dimensions as the jobs' demands.</param>
    /// <param name="startLocation">Location where routes start.</param>
    /// <param name="endLocation">Location where routes end; null for open routes.</param>
    /// <param name="shiftStart">Earliest departure.</param>
    /// <param name="shiftEnd">Latest return (may be +∞).</param>
    /// <param name="maxDuration">Longest route duration (may be +∞).</param>
    /// <param name="maxDistance">Longest route distance (may be +∞).</param>
    /// <param name="fixedCost">Cost of using one vehicle.</param>
    /// <param name="costPerDistance">Cost per distance unit.</param>
    /// <param name="costPerTime">Cost per time unit of route duration.</param>
    /// <param name="skills">Skills of the vehicle and driver (null: none).</param>
    /// <exception cref="ArgumentException">A value is not finite where required, or the shift ends before it starts.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative or the count is below 1.</exception>
    public VehicleType(string id, int count, IReadOnlyList<double>? capacity, int startLocation, int? endLocation,
        double shiftStart = 0, double shiftEnd = double.PositiveInfinity, double maxDuration = double.PositiveInfinity,
        double maxDistance = double.PositiveInfinity, double fixedCost = 0, double costPerDistance = 1, double costPerTime = 0,
        IReadOnlyList<string>? skills = null)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        Preconditions.CheckArgument(id.Length > 0, nameof(id), "A vehicle type id must not be empty.");
        Preconditions.CheckArgumentRange(nameof(count), count, 1, int.MaxValue);
        Preconditions.CheckArgumentRange(nameof(startLocation), startLocation, 0, int.MaxValue);
        if (endLocation is { } end)
        {
            Preconditions.CheckArgumentRange(nameof(endLocation), end, 0, int.MaxValue);
        }

        _capacity = new double[capacity?.Count ?? 0];
        for (int k = 0; k < _capacity.Length; k++)
        {
            double v = capacity![k];
            if (double.IsNaN(v) || v < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(capacity), v, $"Vehicle type '{id}': capacity in dimension {k} must be non-negative.");
            }

            _capacity[k] = v;
        }

        if (double.IsNaN(shiftStart) || double.IsInfinity(shiftStart) || double.IsNaN(shiftEnd) || shiftEnd < shiftStart)
        {
            throw new ArgumentException($"Vehicle type '{id}': shift [{shiftStart}, {shiftEnd}] must open at a finite time and not close before it opens.", nameof(shiftEnd));
        }

        CheckNonNegative(maxDuration, nameof(maxDuration), id, allowInfinity: true);
        CheckNonNegative(maxDistance, nameof(maxDistance), id, allowInfinity: true);
        CheckNonNegative(fixedCost, nameof(fixedCost), id, allowInfinity: false);
        CheckNonNegative(costPerDistance, nameof(costPerDistance), id, allowInfinity: false);
        CheckNonNegative(costPerTime, nameof(costPerTime), id, allowInfinity: false);
        _skills = skills is null ? Array.Empty<string>() : Job.CopySkills(skills, id);
        Id = id;
        Count = count;
        StartLocation = startLocation;
        EndLocation = endLocation;
        ShiftStart = shiftStart;
        ShiftEnd = shiftEnd;
        MaxDuration = maxDuration;
        MaxDistance = maxDistance;
        FixedCost = fixedCost;
        CostPerDistance = costPerDistance;
        CostPerTime = costPerTime;
    }

    /// <summary>Identifier.</summary>
    public string Id { get; }

    /// <summary>Number of vehicles of this type.</summary>
    public int Count { get; }

    /// <summary>Capacity per dimension.</summary>
    public IReadOnlyList<double> Capacity => _capacity;

    /// <summary>Start depot location.</summary>
    public int StartLocation { get; }

    /// <summary>End depot location, or null for an open route.</summary>
    public int? EndLocation { get; }

    /// <summary>Earliest departure.</summary>
    public double ShiftStart { get; }

    /// <summary>Latest return.</summary>
    public double ShiftEnd { get; }

    /// <summary>Longest route duration (driving, service and waiting).</summary>
    public double MaxDuration { get; }

    /// <summary>Longest route distance.</summary>
    public double MaxDistance { get; }

    /// <summary>Cost of using one vehicle.</summary>
    public double FixedCost { get; }

    /// <summary>Cost per distance unit.</summary>
    public double CostPerDistance { get; }

    /// <summary>Cost per time unit of route duration.</summary>
    public double CostPerTime { get; }

    /// <summary>Skills of the vehicle.</summary>
    public IReadOnlyList<string> Skills => _skills;

    private static void CheckNonNegative(double value, string name, string id, bool allowInfinity)
    {
        if (double.IsNaN(value) || value < 0 || (!allowInfinity && double.IsInfinity(value)))
        {
            throw new ArgumentOutOfRangeException(name, value, $"Vehicle type '{id}': {name} must be non-negative{(allowInfinity ? string.Empty : " and finite")}.");
        }
    }
}
