using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Routing.Model;

/// <summary>
/// A vehicle routing problem: a travel network, the jobs to serve, the fleet and optionally pickup-and-delivery
/// pairs (<see cref="Shipment"/>). Validated once when built; immutable afterwards (<see cref="WithJob"/>,
/// <see cref="WithShipment"/> and <see cref="WithoutJob"/> return new problems).
/// </summary>
/// <remarks>
/// Contradictions raise <see cref="ArgumentException"/> naming the item: duplicate ids, a location outside
/// the network, demand and capacity with different numbers of dimensions, a skill no vehicle has. Jobs that
/// are well formed but impossible to serve (demand above every capacity, a window no vehicle can reach) are
/// accepted and reported as unassigned with the reason by the solver. The design follows PyVRP's
/// <c>ProblemData</c> (Wouda, Lan and Kool 2024): every rule checked at construction.
/// </remarks>
public sealed class RoutingProblem
{
    private readonly Job[] _jobs;
    private readonly VehicleType[] _types;
    private readonly Shipment[] _shipments;

    /// <summary>Builds and validates a problem.</summary>
    /// <param name="network">Locations and travel distances/times.</param>
    /// <param name="jobs">Jobs to serve (may be empty).</param>
    /// <param name="vehicleTypes">The fleet, at least one vehicle type.</param>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">The problem is contradictory; the message names the job or vehicle type.</exception>
    public RoutingProblem(TravelNetwork network, IReadOnlyList<Job> jobs, IReadOnlyList<VehicleType> vehicleTypes)
        : this(network, jobs, vehicleTypes, Array.Empty<Shipment>())
    {
    }

    /// <summary>Builds and validates a problem with pickup-and-delivery pairs.</summary>
    /// <param name="network">Locations and travel distances/times.</param>
    /// <param name="jobs">Jobs to serve (may be empty), both ends of every shipment included.</param>
    /// <param name="vehicleTypes">The fleet, at least one vehicle type.</param>
    /// <param name="shipments">Pairs of jobs that one vehicle serves, pickup first (may be empty).</param>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">The problem is contradictory; the message names the job, shipment or vehicle type
    /// (a shipment whose job does not exist, a job in two shipments, pickup and delivery demands that differ, one end
    /// optional and the other mandatory, no vehicle type with the skills of both ends).</exception>
    public RoutingProblem(TravelNetwork network, IReadOnlyList<Job> jobs, IReadOnlyList<VehicleType> vehicleTypes, IReadOnlyList<Shipment> shipments)
        : this(network, jobs, vehicleTypes, shipments, 0)
    {
    }

    private RoutingProblem(TravelNetwork network, IReadOnlyList<Job> jobs, IReadOnlyList<VehicleType> vehicleTypes, IReadOnlyList<Shipment> shipments, double balanceCostPerUnit)
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

        Preconditions.CheckNotNull(shipments, nameof(shipments));
        _shipments = shipments.ToArray();
        CheckShipments(jobIds);
        Preconditions.CheckArgument(skills.Count <= 64, nameof(vehicleTypes), $"The fleet has {skills.Count} distinct skills; at most 64 are supported.");
        long fleet = _types.Sum(t => (long)t.Count);
        VehicleCount = fleet > int.MaxValue
            ? throw new ArgumentException($"The fleet has {fleet} vehicles over all types; at most {int.MaxValue} are supported.", nameof(vehicleTypes))
            : (int)fleet;
        Data = new ProblemData(this);
    }

    /// <summary>The travel network.</summary>
    public TravelNetwork Network { get; }

    /// <summary>The jobs, in the order given; solutions refer to jobs by this index and by id.</summary>
    public IReadOnlyList<Job> Jobs => _jobs;

    /// <summary>The fleet.</summary>
    public IReadOnlyList<VehicleType> VehicleTypes => _types;

    /// <summary>Pickup-and-delivery pairs, in the order given.</summary>
    public IReadOnlyList<Shipment> Shipments => _shipments;

    /// <summary>
    /// Cost per time unit of the longest route duration, added once to the plan's cost (workload balancing); 0 (the
    /// default) turns the term off.
    /// </summary>
    public double BalanceCostPerUnit { get; }

    /// <summary>Number of capacity dimensions.</summary>
    public int Dimensions { get; }

    /// <summary>Total number of vehicles over all types, as declared.</summary>
    /// <remarks>
    /// A fleet larger than the jobs can use costs nothing: the solver never gives a type more vehicles than there are
    /// jobs, and allocates nothing for the rest.
    /// </remarks>
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
    public RoutingProblem WithJob(Job job) => new(Network, _jobs.Concat(new[] { Preconditions.CheckNotNull(job, nameof(job)) }).ToArray(), _types, _shipments, BalanceCostPerUnit);

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

        return new RoutingProblem(Network, _jobs, _types, _shipments, costPerUnit);
    }

    /// <summary>A new problem with the same jobs, shipments, fleet and balancing term on another network (e.g. another rounding convention).</summary>
    /// <param name="network">The network; it must have every location the jobs and vehicle types use.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentException">A location is outside the new network.</exception>
    public RoutingProblem WithNetwork(TravelNetwork network) => new(Preconditions.CheckNotNull(network, nameof(network)), _jobs, _types, _shipments, BalanceCostPerUnit);

    /// <summary>A new problem with one more shipment: the pickup and delivery jobs appended last (in that order) and paired.</summary>
    /// <param name="pickup">The pickup job.</param>
    /// <param name="delivery">The delivery job.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentException">A job is invalid for this problem, or the two do not make a valid pair (see <see cref="Shipment"/>).</exception>
    public RoutingProblem WithShipment(Job pickup, Job delivery)
    {
        Preconditions.CheckNotNull(pickup, nameof(pickup));
        Preconditions.CheckNotNull(delivery, nameof(delivery));
        return new RoutingProblem(Network, _jobs.Concat(new[] { pickup, delivery }).ToArray(), _types,
            _shipments.Concat(new[] { new Shipment(pickup.Id, delivery.Id) }).ToArray(), BalanceCostPerUnit);
    }

    /// <summary>
    /// A new problem without the job with the given id. When the job is one end of a shipment, the other end and the
    /// pair go too (a pickup without its delivery means nothing).
    /// </summary>
    /// <param name="id">Job id.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentException">There is no job with that id.</exception>
    public RoutingProblem WithoutJob(string id)
    {
        int index = IndexOfJob(id);
        Preconditions.CheckArgument(index >= 0, nameof(id), $"There is no job '{id}'.");
        Shipment? pair = ShipmentOf(id);
        if (pair is null)
        {
            return new RoutingProblem(Network, _jobs.Where((_, i) => i != index).ToArray(), _types, _shipments, BalanceCostPerUnit);
        }

        return new RoutingProblem(Network,
            _jobs.Where(j => !string.Equals(j.Id, pair.PickupJobId, StringComparison.Ordinal) && !string.Equals(j.Id, pair.DeliveryJobId, StringComparison.Ordinal)).ToArray(),
            _types, _shipments.Where(s => !ReferenceEquals(s, pair)).ToArray(), BalanceCostPerUnit);
    }

    /// <summary>The shipment the job with the given id belongs to.</summary>
    /// <param name="jobId">Job id.</param>
    /// <returns>The shipment, or null when the job is not paired (or does not exist).</returns>
    public Shipment? ShipmentOf(string jobId)
    {
        foreach (Shipment s in _shipments)
        {
            if (string.Equals(s.PickupJobId, jobId, StringComparison.Ordinal) || string.Equals(s.DeliveryJobId, jobId, StringComparison.Ordinal))
            {
                return s;
            }
        }

        return null;
    }

    private void CheckShipments(HashSet<string> jobIds)
    {
        if (_shipments.Length == 0)
        {
            return;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _jobs.Length; i++)
        {
            index[_jobs[i].Id] = i;
        }

        var paired = new Dictionary<string, Shipment>(StringComparer.Ordinal);
        foreach (Shipment s in _shipments)
        {
            Preconditions.CheckNotNull(s, nameof(_shipments));
            string name = $"Shipment '{s.PickupJobId}' → '{s.DeliveryJobId}'";
            Preconditions.CheckArgument(jobIds.Contains(s.PickupJobId), "shipments", $"{name}: there is no pickup job '{s.PickupJobId}'.");
            Preconditions.CheckArgument(jobIds.Contains(s.DeliveryJobId), "shipments", $"{name}: there is no delivery job '{s.DeliveryJobId}'.");
            foreach (string id in new[] { s.PickupJobId, s.DeliveryJobId })
            {
                if (paired.TryGetValue(id, out Shipment? other))
                {
                    throw new ArgumentException($"{name}: job '{id}' is already in shipment '{other.PickupJobId}' → '{other.DeliveryJobId}'.", "shipments");
                }

                paired[id] = s;
            }

            Job pickup = _jobs[index[s.PickupJobId]];
            Job delivery = _jobs[index[s.DeliveryJobId]];
            for (int k = 0; k < Dimensions; k++)
            {
                double a = pickup.Demand.Count == 0 ? 0 : pickup.Demand[k];
                double b = delivery.Demand.Count == 0 ? 0 : delivery.Demand[k];
                Preconditions.CheckArgument(a == b, "shipments", $"{name}: pickup demand {a} differs from delivery demand {b} in dimension {k}.");
            }

            Preconditions.CheckArgument(pickup.IsOptional == delivery.IsOptional, "shipments",
                $"{name}: one end is optional and the other mandatory; give both a penalty or neither.");
            var needed = new HashSet<string>(pickup.RequiredSkills.Concat(delivery.RequiredSkills), StringComparer.Ordinal);
            Preconditions.CheckArgument(_types.Any(t => needed.All(x => t.Skills.Contains(x, StringComparer.Ordinal))), "shipments",
                $"{name}: no vehicle type has the skills of both ends ({string.Join(", ", needed)}).");
        }
    }

    private void CheckLocation(int location, string what, string param) =>
        Preconditions.CheckArgument(location < Network.Count, param, $"{what} {location} is outside the network of {Network.Count} locations.");
}
