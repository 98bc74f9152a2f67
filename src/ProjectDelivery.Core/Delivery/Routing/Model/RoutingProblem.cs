using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Routing.Model;

/// <summary>
/// A vehicle routing problem: a travel network, the jobs to serve and the fleet. Validated once when built;
/// immutable afterwards (<see cref="WithJob"/> and <see cref="WithoutJob"/> return new problems).
/// </summary>
/// <remarks>
/// Contradictions raise <see cref="ArgumentException"/> naming the item: duplicate ids, a location outside
/// the network, demand and capacity with different numbers of dimensions, a skill no vehicle has. Jobs that
/// are well formed but impossible to serve (demand above every capacity, a window no vehicle can reach) are
/// accepted and reported as unassigned with the reason by the solver. The design follows PyVRP's
/// <c>ProblemData</c> (Wouda, Lan and Kool 2024): every rule checked at construction.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ProjectDelivery.Serialization.Delivery.RoutingProblemJsonConverter))]
public sealed class RoutingProblem
{
    private readonly Job[] _jobs;
    private readonly VehicleType[] _types;

    /// <summary>Builds and validates a problem.</summary>
    /// <param name="network">Locations and travel distances/times.</param>
    /// <param name="jobs">Jobs to serve (may be empty).</param>
    /// <param name="vehicleTypes">The fleet, at least one vehicle type.</param>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">The problem is contradictory; the message names the job or vehicle type.</exception>
    public RoutingProblem(TravelNetwork network, IReadOnlyList<Job> jobs, IReadOnlyList<VehicleType> vehicleTypes)
        : this(network, jobs, vehicleTypes, 0)
    {
    }

    private RoutingProblem(TravelNetwork network, IReadOnlyList<Job> jobs, IReadOnlyList<VehicleType> vehicleTypes, double balanceCostPerUnit)
    {
        BalanceCostPerUnit = balanceCostPerUnit;
        Network = Preconditions.CheckNotNull(network, nameof(network));
        Preconditions.CheckNotNull(jobs, nameof(jobs));
        Preconditions.CheckNotNull(vehicleTypes, nameof(vehicleTypes));
        _jobs = jobs.ToArray();
        _types = vehicleTypes.ToArray();
        Preconditions.CheckArgument(_types.Length > 0, nameof(vehicleTypes), "A routing problem needs at least one vehicle type.");
        Dimensions = 0;
        var typeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (VehicleType type in _types)
        {
            Preconditions.CheckNotNull(type, nameof(vehicleTypes));
            Preconditions.CheckArgument(typeIds.Add(type.Id), nameof(vehicleTypes), $"Vehicle type id '{type.Id}' is used twice.");
            CheckLocation(type.StartLocation, $"Vehicle type '{type.Id}' start location", nameof(vehicleTypes));
            if (type.EndLocation is { } end)
            {
                CheckLocation(end, $"Vehicle type '{type.Id}' end location", nameof(vehicleTypes));
            }

            Dimensions = Math.Max(Dimensions, type.Capacity.Count);
        }

        foreach (VehicleType type in _types)
        {
            Preconditions.CheckArgument(type.Capacity.Count == Dimensions, nameof(vehicleTypes),
                $"Vehicle type '{type.Id}' has {type.Capacity.Count} capacity dimensions but the fleet uses {Dimensions}.");
        }

        var skills = new HashSet<string>(_types.SelectMany(t => t.Skills), StringComparer.Ordinal);
        var jobIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (Job job in _jobs)
        {
            Preconditions.CheckNotNull(job, nameof(jobs));
            Preconditions.CheckArgument(jobIds.Add(job.Id), nameof(jobs), $"Job id '{job.Id}' is used twice.");
            CheckLocation(job.Location, $"Job '{job.Id}' location", nameof(jobs));
            Preconditions.CheckArgument(job.Demand.Count == 0 || job.Demand.Count == Dimensions, nameof(jobs),
                $"Job '{job.Id}' has demand in {job.Demand.Count} dimensions but vehicle capacities have {Dimensions}.");
            foreach (string skill in job.RequiredSkills)
            {
                Preconditions.CheckArgument(skills.Contains(skill), nameof(jobs), $"Job '{job.Id}' requires skill '{skill}' that no vehicle type has.");
            }
        }

        Preconditions.CheckArgument(skills.Count <= 64, nameof(vehicleTypes), $"The fleet has {skills.Count} distinct skills; at most 64 are supported.");
        VehicleCount = _types.Sum(t => (long)t.Count) > int.MaxValue / 4
            ? throw new ArgumentException("The fleet has too many vehicles.", nameof(vehicleTypes))
            : _types.Sum(t => t.Count);
        Data = new ProblemData(this);
    }

    /// <summary>The travel network.</summary>
    public TravelNetwork Network { get; }

    /// <summary>The jobs, in the order given; solutions refer to jobs by this index and by id.</summary>
    public IReadOnlyList<Job> Jobs => _jobs;

    /// <summary>The fleet.</summary>
    public IReadOnlyList<VehicleType> VehicleTypes => _types;

    /// <summary>
    /// Cost per time unit of the longest route duration, added once to the plan's cost (workload balancing); 0 (the
    /// default) turns the term off.
    /// </summary>
    public double BalanceCostPerUnit { get; }

    /// <summary>Number of capacity dimensions.</summary>
    public int Dimensions { get; }

    /// <summary>Total number of vehicles over all types.</summary>
    public int VehicleCount { get; }

    internal ProblemData Data { get; }

    /// <summary>Index of the job with the given id.</summary>
    /// <param name="id">Job id.</param>
    /// <returns>The index, or -1 when there is no such job.</returns>
    public int IndexOfJob(string id)
    {
        for (int i = 0; i < _jobs.Length; i++)
        {
            if (string.Equals(_jobs[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A new problem with one more job (appended last).</summary>
    /// <param name="job">The job to add.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentException">The job is invalid for this problem (duplicate id, bad location, ...).</exception>
    public RoutingProblem WithJob(Job job) => new(Network, _jobs.Concat(new[] { Preconditions.CheckNotNull(job, nameof(job)) }).ToArray(), _types, BalanceCostPerUnit);

    /// <summary>
    /// A new problem with a workload-balancing term: <paramref name="costPerUnit"/> times the duration of the longest
    /// route is added to the cost of every plan (see docs/routing.md, "Workload balancing").
    /// </summary>
    /// <param name="costPerUnit">Finite and non-negative; 0 turns the term off.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The cost is negative, infinite or NaN.</exception>
    public RoutingProblem WithBalanceCost(double costPerUnit)
    {
        if (double.IsNaN(costPerUnit) || double.IsInfinity(costPerUnit) || costPerUnit < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(costPerUnit), costPerUnit, "The balance cost per unit must be finite and non-negative.");
        }

        return new RoutingProblem(Network, _jobs, _types, costPerUnit);
    }

    /// <summary>A new problem with the same jobs and fleet on another network (e.g. another rounding convention).</summary>
    /// <param name="network">The network; it must have every location the jobs and vehicle types use.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentException">A location is outside the new network.</exception>
    public RoutingProblem WithNetwork(TravelNetwork network) => new(Preconditions.CheckNotNull(network, nameof(network)), _jobs, _types, BalanceCostPerUnit);

    /// <summary>A new problem without the job with the given id.</summary>
    /// <param name="id">Job id.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentException">There is no job with that id.</exception>
    public RoutingProblem WithoutJob(string id)
    {
        int index = IndexOfJob(id);
        Preconditions.CheckArgument(index >= 0, nameof(id), $"There is no job '{id}'.");
        return new RoutingProblem(Network, _jobs.Where((_, i) => i != index).ToArray(), _types, BalanceCostPerUnit);
    }

    private void CheckLocation(int location, string what, string param) =>
        Preconditions.CheckArgument(location < Network.Count, param, $"{what} {location} is outside the network of {Network.Count} locations.");
}
