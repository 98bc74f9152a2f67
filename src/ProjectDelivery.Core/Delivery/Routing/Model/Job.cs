using System;
using System.Collections.Generic;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Routing.Model;

/// <summary>
/// A visit to make: a location, a demand in each capacity dimension, a service time, a hard time window for
/// the start of service, required skills, and optionally a penalty that makes the job optional.
/// </summary>
/// <remarks>
/// Immutable. Times are plain numbers in the time unit of the <see cref="TravelNetwork"/>. Default: no demand, no service
/// time, window [0, +∞), no skills, mandatory.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ProjectDelivery.Serialization.Delivery.JobJsonConverter))]
public sealed class Job
{
    private readonly double[] _demand;
    private readonly string[] _skills;

    /// <summary>Creates a job.</summary>
    /// <param name="id">Identifier, unique within the problem (reported back in solutions).</param>
    /// <param name="location">Index of the job's location in the network.</param>
    /// <param name="demand">Demand per capacity dimension (null: none); each finite and non-negative.</param>
    /// <param name="serviceTime">Time spent at the location, finite and non-negative.</param>
    /// <param name="readyTime">Earliest start of service.</param>
    /// <param name="dueTime">Latest start of service (may be positive infinity).</param>
    /// <param name="requiredSkills">Skills a vehicle must have to serve the job (null: none).</param>
    /// <param name="penalty">Cost of leaving the job out; null makes the job mandatory.</param>
    /// <exception cref="ArgumentException">The id is empty, a value is not finite, or the window closes before it opens.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative.</exception>
    public Job(string id, int location, IReadOnlyList<double>? demand = null, double serviceTime = 0, double readyTime = 0,
        double dueTime = double.PositiveInfinity, IReadOnlyList<string>? requiredSkills = null, double? penalty = null)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        Preconditions.CheckArgument(id.Length > 0, nameof(id), "A job id must not be empty.");
        Preconditions.CheckArgumentRange(nameof(location), location, 0, int.MaxValue);
        _demand = new double[demand?.Count ?? 0];
        for (int k = 0; k < _demand.Length; k++)
        {
            double v = demand![k];
            if (double.IsNaN(v) || double.IsInfinity(v) || v < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(demand), v, $"Job '{id}': demand in dimension {k} must be finite and non-negative.");
            }

            _demand[k] = v;
        }

        if (double.IsNaN(serviceTime) || double.IsInfinity(serviceTime) || serviceTime < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(serviceTime), serviceTime, $"Job '{id}': service time must be finite and non-negative.");
        }

        if (double.IsNaN(readyTime) || double.IsInfinity(readyTime) || double.IsNaN(dueTime) || double.IsNegativeInfinity(dueTime))
        {
            throw new ArgumentException($"Job '{id}': time window [{readyTime}, {dueTime}] must have a finite opening and a closing that is a number or +∞.", nameof(readyTime));
        }

        if (dueTime < readyTime)
        {
            throw new ArgumentException($"Job '{id}': time window closes at {dueTime} before it opens at {readyTime}.", nameof(dueTime));
        }

        if (penalty is { } p && (double.IsNaN(p) || double.IsInfinity(p) || p < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(penalty), p, $"Job '{id}': penalty must be finite and non-negative.");
        }

        _skills = requiredSkills is null ? Array.Empty<string>() : CopySkills(requiredSkills, id);
        Id = id;
        Location = location;
        ServiceTime = serviceTime;
        ReadyTime = readyTime;
        DueTime = dueTime;
        Penalty = penalty;
    }

    /// <summary>Identifier, unique within the problem.</summary>
    public string Id { get; }

    /// <summary>Index of the location in the network.</summary>
    public int Location { get; }

    /// <summary>Demand per capacity dimension.</summary>
    public IReadOnlyList<double> Demand => _demand;

    /// <summary>Service time.</summary>
    public double ServiceTime { get; }

    /// <summary>Earliest start of service.</summary>
    public double ReadyTime { get; }

    /// <summary>Latest start of service (positive infinity when open-ended).</summary>
    public double DueTime { get; }

    /// <summary>Skills a vehicle needs to serve this job.</summary>
    public IReadOnlyList<string> RequiredSkills => _skills;

    /// <summary>Cost of leaving the job unassigned; null when the job is mandatory.</summary>
    public double? Penalty { get; }

    /// <summary>True when the job may be left out at the cost of <see cref="Penalty"/>.</summary>
    public bool IsOptional => Penalty.HasValue;

    internal static string[] CopySkills(IReadOnlyList<string> skills, string owner)
    {
        var copy = new string[skills.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            if (string.IsNullOrEmpty(skills[i]))
            {
                throw new ArgumentException($"'{owner}': skill {i} is empty.", nameof(skills));
            }

            copy[i] = skills[i];
        }

        return copy;
    }
}
