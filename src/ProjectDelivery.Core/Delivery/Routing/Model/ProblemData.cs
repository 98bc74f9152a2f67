using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ProjectDelivery.Delivery.Routing.Model;

/// <summary>
/// Structure-of-arrays form of a <see cref="RoutingProblem"/> for the search. Nodes 0..J-1 are jobs; node
/// J + 2v is the start and J + 2v + 1 the end of vehicle slot v. Immutable after construction.
/// </summary>
/// <remarks>
/// Every route that is used serves at least one job, so a vehicle type gets min(count, max(1, J)) slots: a declared
/// fleet larger than the jobs can use costs nothing (no memory or time per unusable vehicle). Slots are numbered
/// type by type; <see cref="PublicIndex"/> maps a slot to the vehicle index of the public model (types in order, each
/// repeated by its declared count), which is the identity while no type has more vehicles than jobs.
/// </remarks>
internal sealed class ProblemData
{
    /// <summary>Tolerance on time warp, duration and distance limits (absorbs floating-point noise).</summary>
    internal const double Epsilon = 1e-7;

    private readonly TravelNetwork _network;
    private readonly int[] _declaredCount;
    private readonly int[] _publicFirstOfType;
    private readonly string[] _typeIds;

    internal ProblemData(RoutingProblem problem)
    {
        _network = problem.Network;
        IReadOnlyList<Job> jobs = problem.Jobs;
        IReadOnlyList<VehicleType> types = problem.VehicleTypes;
        JobCount = jobs.Count;
        _declaredCount = new int[types.Count];
        _publicFirstOfType = new int[types.Count];
        _typeIds = new string[types.Count];
        int slots = 0;
        int declared = 0;
        for (int t = 0; t < types.Count; t++)
        {
            _declaredCount[t] = types[t].Count;
            _typeIds[t] = types[t].Id;
            _publicFirstOfType[t] = declared;
            declared += types[t].Count; // RoutingProblem checked that the sum fits in an int
            slots += UsableCount(types[t].Count, JobCount);
        }

        VehicleCount = slots;
        PublicIndex = new int[slots];
        Dimensions = problem.Dimensions;
        int n = JobCount + (2 * VehicleCount);
        NodeLocation = new int[n];
        Ready = new double[n];
        Due = new double[n];
        Service = new double[n];
        Demand = new double[JobCount * Dimensions];
        Capacity = new double[VehicleCount * Dimensions];
        JobSkills = new ulong[JobCount];
        VehicleSkills = new ulong[VehicleCount];
        Penalty = new double[JobCount];
        Optional = new bool[JobCount];
        Complex = new bool[JobCount];
        LatenessRate = new double[JobCount];
        Priority = new int[JobCount];
        WindowFirst = new int[JobCount + 1];
        BalanceCost = problem.BalanceCostPerUnit;
        FixedCost = new double[VehicleCount];
        CostPerDistance = new double[VehicleCount];
        CostPerTime = new double[VehicleCount];
        MaxDuration = new double[VehicleCount];
        MaxDistance = new double[VehicleCount];
        VehicleType = new int[VehicleCount];
        FirstVehicleOfType = new int[types.Count];

        var skillBits = new Dictionary<string, int>(StringComparer.Ordinal);
        int v = 0;
        for (int t = 0; t < types.Count; t++)
        {
            VehicleType type = types[t];
            ulong mask = 0;
            foreach (string skill in type.Skills)
            {
                if (!skillBits.TryGetValue(skill, out int bit))
                {
                    bit = skillBits.Count;
                    skillBits[skill] = bit;
                }

                mask |= 1UL << bit;
            }

            FirstVehicleOfType[t] = v;
            int usable = UsableCount(type.Count, JobCount);
            for (int c = 0; c < usable; c++, v++)
            {
                VehicleType[v] = t;
                PublicIndex[v] = _publicFirstOfType[t] + c;
                VehicleSkills[v] = mask;
                FixedCost[v] = type.FixedCost;
                CostPerDistance[v] = type.CostPerDistance;
                CostPerTime[v] = type.CostPerTime;
                MaxDuration[v] = type.MaxDuration;
                MaxDistance[v] = type.MaxDistance;
                for (int k = 0; k < Dimensions; k++)
                {
                    Capacity[(v * Dimensions) + k] = type.Capacity[k];
                }

                int s = StartNode(v);
                NodeLocation[s] = type.StartLocation;
                Ready[s] = type.ShiftStart;
                Due[s] = type.ShiftEnd;
                int e = s + 1;
                NodeLocation[e] = type.EndLocation ?? -1;
                Ready[e] = type.ShiftStart;
                Due[e] = type.ShiftEnd;
            }
        }

        int windowCount = 0;
        for (int j = 0; j < JobCount; j++)
        {
            windowCount += jobs[j].TimeWindows.Count;
        }

        WindowOpen = new double[windowCount];
        WindowClose = new double[windowCount];
        double maxArc = 0;
        int w = 0;
        for (int j = 0; j < JobCount; j++)
        {
            Job job = jobs[j];
            NodeLocation[j] = job.Location;

            // Ready/Due hold the relaxation used by the O(1) segment summaries: the hull of the windows, and no
            // closing at all for a soft window (lateness is allowed). Exact for a single hard window.
            Ready[j] = job.ReadyTime;
            Due[j] = job.HasSoftWindow ? double.PositiveInfinity : job.DueTime;
            WindowFirst[j] = w;
            foreach (TimeWindow window in job.TimeWindows)
            {
                WindowOpen[w] = window.Open;
                WindowClose[w] = window.Close;
                w++;
            }

            LatenessRate[j] = job.LatenessCost;
            Complex[j] = job.HasSoftWindow || job.TimeWindows.Count > 1;
            HasComplexJobs |= Complex[j];
            Priority[j] = job.Priority;
            TotalPriority += job.Priority;
            Service[j] = job.ServiceTime;
            for (int k = 0; k < job.Demand.Count; k++)
            {
                Demand[(j * Dimensions) + k] = job.Demand[k];
            }

            ulong mask = 0;
            foreach (string skill in job.RequiredSkills)
            {
                mask |= 1UL << skillBits[skill];
            }

            JobSkills[j] = mask;
            Optional[j] = job.IsOptional;
            int depot = NodeLocation[StartNode(0)];
            maxArc = Math.Max(maxArc, _network.Distance(depot, job.Location) + _network.Distance(job.Location, depot) + job.ServiceTime);
        }

        // A mandatory job left out costs more than any plausible detour (see docs/routing.md, "Unassigned jobs").
        double mandatory = 1000 * (maxArc + 1) * Math.Max(1, MaxCostRate());
        for (int j = 0; j < JobCount; j++)
        {
            Penalty[j] = jobs[j].Penalty ?? mandatory;
        }

        WindowFirst[JobCount] = w;

        HasTimeConstraints = HasComplexJobs;
        for (int i = 0; i < n && !HasTimeConstraints; i++)
        {
            HasTimeConstraints = !double.IsPositiveInfinity(Due[i]) || Ready[i] > Ready[StartNode(0)];
        }

        for (int i = 0; i < VehicleCount && !HasTimeConstraints; i++)
        {
            HasTimeConstraints = !double.IsPositiveInfinity(MaxDuration[i]) || CostPerTime[i] > 0;
        }

        IsSymmetric = _network.IsSymmetric;
        Partner = new int[JobCount];
        IsPickup = new bool[JobCount];
        for (int j = 0; j < JobCount; j++)
        {
            Partner[j] = -1;
        }

        IReadOnlyList<Shipment> shipments = problem.Shipments;
        HasShipments = shipments.Count > 0;
        DepotDemand = Demand;
        if (HasShipments)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int j = 0; j < JobCount; j++)
            {
                index[jobs[j].Id] = j;
            }

            DepotDemand = (double[])Demand.Clone();
            foreach (Shipment s in shipments)
            {
                int p = index[s.PickupJobId];
                int d = index[s.DeliveryJobId];
                Partner[p] = d;
                Partner[d] = p;
                IsPickup[p] = true;
                for (int k = 0; k < Dimensions; k++)
                {
                    DepotDemand[(p * Dimensions) + k] = 0;
                    DepotDemand[(d * Dimensions) + k] = 0;
                }
            }
        }
    }

    /// <summary>The travel network (coordinates, when it has them, serve geometric filters such as SWAP*'s polar sectors).</summary>
    internal TravelNetwork Network => _network;

    internal int JobCount { get; }

    /// <summary>Number of vehicle slots: per type, min(declared count, max(1, jobs)).</summary>
    internal int VehicleCount { get; }

    /// <summary>Vehicle index in the public model (<see cref="Solutions.VehicleRoute.VehicleIndex"/>) of each slot, by default.</summary>
    internal int[] PublicIndex { get; }

    internal int Dimensions { get; }

    internal int[] NodeLocation { get; }

    internal double[] Ready { get; }

    internal double[] Due { get; }

    internal double[] Service { get; }

    internal double[] Demand { get; }

    /// <summary>
    /// Demand loaded at the depot: <see cref="Demand"/> for unpaired jobs, zero for both ends of a shipment (their goods
    /// are loaded at the pickup). The same array as <see cref="Demand"/> when the problem has no shipments.
    /// </summary>
    internal double[] DepotDemand { get; }

    /// <summary>The other end of the job's shipment, or -1 for an unpaired job.</summary>
    internal int[] Partner { get; }

    /// <summary>True for the pickup end of a shipment.</summary>
    internal bool[] IsPickup { get; }

    /// <summary>True when the problem has at least one shipment (load varies along routes).</summary>
    internal bool HasShipments { get; }

    internal double[] Capacity { get; }

    internal ulong[] JobSkills { get; }

    internal ulong[] VehicleSkills { get; }

    internal double[] Penalty { get; }

    internal bool[] Optional { get; }

    /// <summary>True for a job with several windows or a soft window: its route needs the exact forward pass.</summary>
    internal bool[] Complex { get; }

    /// <summary>True when any job has several windows or a soft window.</summary>
    internal bool HasComplexJobs { get; }

    /// <summary>Windows of job j are WindowOpen/WindowClose[WindowFirst[j] .. WindowFirst[j + 1]).</summary>
    internal int[] WindowFirst { get; }

    internal double[] WindowOpen { get; }

    internal double[] WindowClose { get; }

    /// <summary>Cost per time unit of lateness (0: hard windows).</summary>
    internal double[] LatenessRate { get; }

    internal int[] Priority { get; }

    /// <summary>Sum of all job priorities.</summary>
    internal long TotalPriority { get; }

    /// <summary>Cost per time unit of the longest route duration (0: no balancing term).</summary>
    internal double BalanceCost { get; }

    internal double[] FixedCost { get; }

    internal double[] CostPerDistance { get; }

    internal double[] CostPerTime { get; }

    internal double[] MaxDuration { get; }

    internal double[] MaxDistance { get; }

    internal int[] VehicleType { get; }

    internal int[] FirstVehicleOfType { get; }

    /// <summary>True when any window, shift, duration limit or time cost can bind.</summary>
    internal bool HasTimeConstraints { get; }

    internal bool IsSymmetric { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int StartNode(int vehicle, int jobCount) => jobCount + (2 * vehicle);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int StartNode(int vehicle) => JobCount + (2 * vehicle);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int EndNode(int vehicle) => JobCount + (2 * vehicle) + 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double Distance(int fromNode, int toNode)
    {
        int a = NodeLocation[fromNode];
        int b = NodeLocation[toNode];
        return (a | b) < 0 ? 0 : _network.Distance(a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double Time(int fromNode, int toNode)
    {
        int a = NodeLocation[fromNode];
        int b = NodeLocation[toNode];
        return (a | b) < 0 ? 0 : _network.Time(a, b);
    }

    /// <summary>True when vehicle <paramref name="v"/> has every skill job <paramref name="j"/> needs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool CanServe(int v, int j) => (JobSkills[j] & ~VehicleSkills[v]) == 0;

    /// <summary>
    /// Start of service at <paramref name="node"/> for a vehicle arriving at <paramref name="arrival"/> under the exact
    /// window rules: the first window whose closing the arrival still makes (waiting for its opening), else, for a soft
    /// window, the arrival itself with lateness; +∞ when a hard window is missed. <paramref name="slack"/> is how much
    /// later the start could be without leaving that window or adding lateness.
    /// </summary>
    internal double StartOfService(int node, double arrival, out double lateness, out double slack)
    {
        lateness = 0;
        if (node >= JobCount || !Complex[node])
        {
            double start = Math.Max(arrival, Ready[node]);
            slack = Math.Max(0, Due[node] - start);
            return start <= Due[node] + Epsilon ? start : double.PositiveInfinity;
        }

        int last = WindowFirst[node + 1];
        for (int w = WindowFirst[node]; w < last; w++)
        {
            if (arrival <= WindowClose[w] + Epsilon)
            {
                double start = Math.Max(arrival, WindowOpen[w]);
                slack = Math.Max(0, WindowClose[w] - start);
                return start;
            }
        }

        slack = 0;
        if (LatenessRate[node] > 0)
        {
            lateness = arrival - WindowClose[last - 1];
            return arrival;
        }

        return double.PositiveInfinity;
    }

    /// <summary>How many vehicles of a type with <paramref name="count"/> vehicles a problem with <paramref name="jobs"/> jobs can use.</summary>
    internal static int UsableCount(int count, int jobs) => Math.Min(count, Math.Max(1, jobs));

    /// <summary>Index of the vehicle type of public vehicle index <paramref name="vehicleIndex"/> (which must be below the declared fleet size).</summary>
    internal int TypeOfPublic(int vehicleIndex)
    {
        int t = Array.BinarySearch(_publicFirstOfType, vehicleIndex);
        if (t < 0)
        {
            t = ~t - 1;
        }

        // Several types cannot start at the same index (every count is at least 1), so the search lands on the right one.
        return t;
    }

    /// <summary>A slot of the type of public vehicle <paramref name="vehicleIndex"/>; every slot of a type has the same data.</summary>
    internal int SlotOfType(int vehicleIndex) => FirstVehicleOfType[TypeOfPublic(vehicleIndex)];

    /// <summary>
    /// Puts routes given by public vehicle index into slots: a vehicle keeps its own slot when it has one, and the others
    /// of its type take free slots of the type (vehicles of a type are identical). <paramref name="publicOf"/> receives
    /// the public index of every slot. Empty routes take no slot.
    /// </summary>
    /// <exception cref="ArgumentException">A vehicle index is outside the fleet, or a type has more non-empty routes than it has slots.</exception>
    internal int[][] AssignSlots(IEnumerable<KeyValuePair<int, int[]>> routes, out int[] publicOf)
    {
        publicOf = (int[])PublicIndex.Clone();
        var bySlot = new int[VehicleCount][];
        var taken = new bool[VehicleCount];
        var pending = new List<KeyValuePair<int, int[]>>();
        int declared = _publicFirstOfType[_publicFirstOfType.Length - 1] + _declaredCount[_declaredCount.Length - 1];
        foreach (KeyValuePair<int, int[]> route in routes)
        {
            if (route.Value.Length == 0)
            {
                continue;
            }

            if (route.Key < 0 || route.Key >= declared)
            {
                throw new ArgumentOutOfRangeException("routes", route.Key, $"The vehicle index should be in range [0, {declared - 1}].");
            }

            int t = TypeOfPublic(route.Key);
            int offset = route.Key - _publicFirstOfType[t];
            if (offset < UsableCount(_declaredCount[t], JobCount))
            {
                int slot = FirstVehicleOfType[t] + offset;
                bySlot[slot] = route.Value;
                taken[slot] = true;
            }
            else
            {
                pending.Add(route);
            }
        }

        int[] next = (int[])FirstVehicleOfType.Clone();
        foreach (KeyValuePair<int, int[]> route in pending)
        {
            int t = TypeOfPublic(route.Key);
            int end = FirstVehicleOfType[t] + UsableCount(_declaredCount[t], JobCount);
            while (next[t] < end && taken[next[t]])
            {
                next[t]++;
            }

            if (next[t] == end)
            {
                throw new ArgumentException($"Vehicle type '{_typeIds[t]}' has more non-empty routes than there are jobs.", "routes");
            }

            bySlot[next[t]] = route.Value;
            taken[next[t]] = true;
            publicOf[next[t]] = route.Key;
        }

        for (int v = 0; v < bySlot.Length; v++)
        {
            bySlot[v] ??= Array.Empty<int>();
        }

        return bySlot;
    }

    private double MaxCostRate()
    {
        double rate = 0;
        for (int v = 0; v < VehicleCount; v++)
        {
            rate = Math.Max(rate, CostPerDistance[v] + CostPerTime[v]);
        }

        return rate;
    }
}
