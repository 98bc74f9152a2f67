using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using ProjectDelivery.Delivery.Routing.Evaluation;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.LocalSearch;

/// <summary>
/// Mutable search state: the job sequence of every vehicle with prefix and suffix segment summaries, so
/// that inserting, removing or exchanging jobs is evaluated in O(1) (<see cref="RouteSegment"/>). Supports
/// a transaction (touch, roll back) so a rejected ruin-and-recreate step is undone in time proportional to
/// the routes it touched. Not thread-safe; one per search thread.
/// </summary>
internal sealed class SearchState
{
    private readonly ProblemData _data;
    private readonly int _dims;
    private int[][] _nodes;
    private RouteSegment[][] _prefix;
    private RouteSegment[][] _suffix;
    private double[][] _prefixLoad;
    private readonly bool _hasShipments;
    private LoadSummary[][] _loadPrefix;
    private LoadSummary[][] _loadSuffix;
    private int[][] _openPrefix;
    private int[][] _pairedPrefix;
    private readonly int[] _length;
    private readonly int[] _fixedCount;
    private readonly bool[] _fixedJob;
    private readonly bool[] _used;
    private int _usedCount;
    private readonly double[] _load;
    private readonly double[] _routeCost;
    private readonly int[] _jobRoute;
    private readonly int[] _jobPosition;
    private readonly int[] _unassigned;
    private readonly int[] _unassignedIndex;
    private int _unassignedCount;
    private readonly double[] _routeDuration;
    private readonly bool _exact;
    private readonly bool _plain;
    private readonly long _mandatoryWeight;

    // Exact forward pass (only when some job has several or soft windows), index p = 0 for the start depot and
    // p = i + 1 for the job at position i, schedule from the earliest departure: departure from p, start of service at
    // p, cumulated waiting through p, min over k <= p of (waiting through k + slack of k), cumulated lateness cost,
    // complex jobs among the first p jobs; and the min of (waiting + slack) over positions p.. of the route.
    private double[][] _fDepart;
    private double[][] _fStart;
    private double[][] _fWait;
    private double[][] _fSlack;
    private double[][] _fLate;
    private int[][] _fComplex;
    private double[][] _sSlack;
    private readonly double[] _fReturn;

    // Transaction log.
    private readonly int[][] _saved;
    private readonly int[] _savedLength;
    private readonly bool[] _touched;
    private readonly List<int> _touchedList = new();
    private readonly int[] _savedUnassigned;
    private int _savedUnassignedCount;
    private double _savedCost;
    private double _savedPenalty;
    private long _savedLevel;

    /// <summary>Public vehicle index of each slot (<see cref="ProblemData.PublicIndex"/> unless the routes were loaded from a plan that numbers them otherwise).</summary>
    internal int[] PublicVehicle { get; set; }

    internal SearchState(ProblemData data)
    {
        _data = data;
        _dims = data.Dimensions;
        PublicVehicle = data.PublicIndex;
        int v = data.VehicleCount;
        _nodes = new int[v][];
        _prefix = new RouteSegment[v][];
        _suffix = new RouteSegment[v][];
        _prefixLoad = new double[v][];
        _saved = new int[v][];
        _hasShipments = data.HasShipments;
        int pairRoutes = _hasShipments ? v : 0;
        _loadPrefix = new LoadSummary[pairRoutes][];
        _loadSuffix = new LoadSummary[pairRoutes][];
        _openPrefix = new int[pairRoutes][];
        _pairedPrefix = new int[pairRoutes][];
        for (int r = 0; r < v; r++)
        {
            _nodes[r] = new int[4];
            _prefix[r] = new RouteSegment[6];
            _prefixLoad[r] = new double[6 * Math.Max(1, _dims)];
            _suffix[r] = new RouteSegment[6];
            _saved[r] = new int[4];
            if (_hasShipments)
            {
                _loadPrefix[r] = new LoadSummary[6 * Math.Max(1, _dims)];
                _loadSuffix[r] = new LoadSummary[6 * Math.Max(1, _dims)];
                _openPrefix[r] = new int[6];
                _pairedPrefix[r] = new int[6];
            }
        }

        bool exact = data.HasComplexJobs;
        _exact = exact;
        _plain = !exact && data.BalanceCost <= 0;
        _fDepart = new double[v][];
        _fStart = new double[v][];
        _fWait = new double[v][];
        _fSlack = new double[v][];
        _fLate = new double[v][];
        _fComplex = new int[v][];
        _sSlack = new double[v][];
        _fReturn = new double[v];
        for (int r = 0; r < v; r++)
        {
            int size = exact ? 6 : 0;
            _fDepart[r] = new double[size];
            _fStart[r] = new double[size];
            _fWait[r] = new double[size];
            _fSlack[r] = new double[size];
            _fLate[r] = new double[size];
            _fComplex[r] = new int[size];
            _sSlack[r] = new double[size];
        }

        _routeDuration = new double[v];
        _mandatoryWeight = data.TotalPriority + 1;

        _length = new int[v];
        _fixedCount = new int[v];
        _fixedJob = new bool[data.JobCount];
        _used = new bool[v];
        _savedLength = new int[v];
        _touched = new bool[v];
        _load = new double[v * _dims];
        _routeCost = new double[v];
        _jobRoute = new int[data.JobCount];
        _jobPosition = new int[data.JobCount];
        _unassigned = new int[data.JobCount];
        _unassignedIndex = new int[data.JobCount];
        _savedUnassigned = new int[data.JobCount];
        for (int j = 0; j < data.JobCount; j++)
        {
            _jobRoute[j] = -1;
            _unassigned[j] = j;
            _unassignedIndex[j] = j;
            Penalty += data.Penalty[j];
            Level += LevelOf(j);
        }

        _unassignedCount = data.JobCount;
        for (int r = 0; r < v; r++)
        {
            UpdateRoute(r);
        }
    }

    internal ProblemData Data => _data;

    /// <summary>Sum of route costs.</summary>
    internal double Cost { get; private set; }

    /// <summary>Sum of the penalties of unassigned jobs.</summary>
    internal double Penalty { get; private set; }

    /// <summary>Workload-balancing term: the balance cost per unit times the longest route duration (0 when off).</summary>
    internal double Balance { get; private set; }

    /// <summary>Cost, penalties and balancing term: what the search minimises once <see cref="Level"/> is equal.</summary>
    internal double Objective => Cost + Penalty + Balance;

    /// <summary>
    /// First, lexicographic part of the objective: (unassigned mandatory jobs) × (total priority + 1) + (sum of the
    /// priorities of unassigned jobs). Smaller is better, whatever the costs.
    /// </summary>
    internal long Level { get; private set; }

    /// <summary>True when (level, objective) is lexicographically smaller than the current state's by more than 1e-9.</summary>
    internal bool IsBetterThan(long level, double objective) => Level < level || (Level == level && Objective < objective - 1e-9);

    /// <summary>Duration of the route of <paramref name="vehicle"/> (0 when empty).</summary>
    internal double RouteDuration(int vehicle) => _routeDuration[vehicle];

    internal int UnassignedCount => _unassignedCount;

    internal int Unassigned(int i) => _unassigned[i];

    internal int RouteLength(int vehicle) => _length[vehicle];

    internal int Node(int vehicle, int position) => _nodes[vehicle][position];

    internal double RouteCost(int vehicle) => _routeCost[vehicle];

    internal int RouteOf(int job) => _jobRoute[job];

    internal int PositionOf(int job) => _jobPosition[job];

    internal double Load(int vehicle, int dimension) => _load[(vehicle * _dims) + dimension];

    /// <summary>Summary of the whole route of <paramref name="vehicle"/>, depots included.</summary>
    internal ref readonly RouteSegment Whole(int vehicle) => ref _prefix[vehicle][_length[vehicle] + 1];

    /// <summary>Summary of the start depot and the first <paramref name="count"/> jobs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref readonly RouteSegment Prefix(int vehicle, int count) => ref _prefix[vehicle][count];

    /// <summary>Summary of the jobs from position <paramref name="position"/> on and the end depot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref readonly RouteSegment Suffix(int vehicle, int position) => ref _suffix[vehicle][position];

    /// <summary>Incremented whenever a route changes, so that operators can reuse an evaluation while nothing changed.</summary>
    internal long Version { get; private set; }

    /// <summary>Number of non-empty routes.</summary>
    internal int UsedVehicles => _usedCount;

    /// <summary>Routes changed since the last <see cref="Begin"/>.</summary>
    internal List<int> TouchedRoutes => _touchedList;

    /// <summary>Number of leading jobs of the route that must stay where they are (served or in progress).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int FixedCount(int vehicle) => _fixedCount[vehicle];

    /// <summary>True when the job belongs to a fixed prefix and must not move.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool IsFixed(int job) => _fixedJob[job];

    /// <summary>Fixes the first <paramref name="count"/> jobs of <paramref name="vehicle"/>'s current route.</summary>
    internal void FixPrefix(int vehicle, int count)
    {
        _fixedCount[vehicle] = count;
        for (int p = 0; p < count; p++)
        {
            _fixedJob[_nodes[vehicle][p]] = true;
        }
    }

    /// <summary>Load of the first <paramref name="count"/> jobs of the route in dimension <paramref name="dimension"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double PrefixLoad(int vehicle, int count, int dimension) => _prefixLoad[vehicle][(count * _dims) + dimension];

    /// <summary>Capacity of vehicle <paramref name="vehicle"/> in dimension <paramref name="dimension"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double Capacity(int vehicle, int dimension) => _data.Capacity[(vehicle * _dims) + dimension];

    /// <summary>True when the problem has shipments, so that the pair guards and load checks below can bind.</summary>
    internal bool HasShipments => _hasShipments;

    /// <summary>True when <paramref name="job"/> may be moved on its own: it is not fixed and not one end of a shipment.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool CanMoveAlone(int job) => _data.Partner[job] < 0 && !_fixedJob[job];

    /// <summary>
    /// True when <paramref name="vehicle"/>'s route may be cut after its first <paramref name="count"/> jobs and the
    /// two parts recombined with other routes: no shipment is picked up before the cut and delivered after it. O(1).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool IsCutAllowed(int vehicle, int count) => !_hasShipments || _openPrefix[vehicle][count] == 0;

    /// <summary>True when positions <paramref name="from"/>..<paramref name="to"/> (inclusive) of the route hold an end of a shipment. O(1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool SegmentHasPair(int vehicle, int from, int to) =>
        _hasShipments && from <= to && _pairedPrefix[vehicle][to + 1] - _pairedPrefix[vehicle][from] > 0;

    /// <summary>
    /// True when the route made of the first <paramref name="preCount"/> jobs of <paramref name="preVehicle"/>, then
    /// <paramref name="job"/> (none when negative), then the jobs of <paramref name="sufVehicle"/> from position
    /// <paramref name="sufFrom"/> on, keeps the load on board within <paramref name="vehicle"/>'s capacity at every
    /// point. Exact when every shipment in the result has its pickup before its delivery (the guards above ensure it).
    /// Always true without shipments, where the callers' check of the route total is exact. O(dimensions).
    /// </summary>
    internal bool FitsLoad(int vehicle, int preVehicle, int preCount, int job, int sufVehicle, int sufFrom)
    {
        if (!_hasShipments)
        {
            return true;
        }

        LoadSummary[] pre = _loadPrefix[preVehicle];
        LoadSummary[] suf = _loadSuffix[sufVehicle];
        for (int k = 0; k < _dims; k++)
        {
            LoadSummary a = pre[(preCount * _dims) + k];
            if (job >= 0)
            {
                a = LoadSummary.Merge(a, LoadSummary.Single(_data, job, k));
            }

            a = LoadSummary.Merge(a, suf[(sufFrom * _dims) + k]);
            if (a.Peak > _data.Capacity[(vehicle * _dims) + k] + ProblemData.Epsilon)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Load summary of the start depot and the first <paramref name="count"/> jobs in dimension <paramref name="dimension"/> (problems with shipments only).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref readonly LoadSummary LoadPrefix(int vehicle, int count, int dimension) => ref _loadPrefix[vehicle][(count * _dims) + dimension];

    /// <summary>Load summary of the jobs from <paramref name="position"/> on and the end depot (problems with shipments only).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref readonly LoadSummary LoadSuffix(int vehicle, int position, int dimension) => ref _loadSuffix[vehicle][(position * _dims) + dimension];

    /// <summary>
    /// True when <paramref name="jobs"/> as the whole route of <paramref name="vehicle"/> keeps every shipment together in
    /// order and the load on board within capacity at every point. O(length · dimensions); for operators whose candidate
    /// routes are not a concatenation of stored segments.
    /// </summary>
    internal bool SequenceFitsLoad(int vehicle, ReadOnlySpan<int> jobs)
    {
        if (!_hasShipments)
        {
            return true;
        }

        for (int k = 0; k < _dims; k++)
        {
            LoadSummary a = default;
            for (int i = 0; i < jobs.Length; i++)
            {
                a = LoadSummary.Merge(a, LoadSummary.Single(_data, jobs[i], k));
            }

            if (a.Peak > _data.Capacity[(vehicle * _dims) + k] + ProblemData.Epsilon)
            {
                return false;
            }
        }

        for (int i = 0; i < jobs.Length; i++)
        {
            int partner = _data.Partner[jobs[i]];
            if (partner < 0)
            {
                continue;
            }

            int at = jobs.IndexOf(partner);
            if (at < 0 || (at < i) == _data.IsPickup[jobs[i]])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Replaces the routes of two vehicles at once (jobs may move between them); both sequences must together hold exactly the jobs of both routes.</summary>
    internal void ReplaceTwo(int a, ReadOnlySpan<int> jobsA, int b, ReadOnlySpan<int> jobsB)
    {
        SetRoute(a, ReadOnlySpan<int>.Empty);
        if (b != a)
        {
            SetRoute(b, ReadOnlySpan<int>.Empty);
            SetRoute(b, jobsB);
        }

        SetRoute(a, jobsA);
    }

    /// <summary>True when vehicle <paramref name="vehicle"/> can carry job <paramref name="job"/> in addition to its load.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool FitsCapacity(int vehicle, int job)
    {
        int vb = vehicle * _dims;
        int jb = job * _dims;
        double[] demand = _data.DepotDemand;
        double[] capacity = _data.Capacity;
        for (int k = 0; k < _dims; k++)
        {
            if (_load[vb + k] + demand[jb + k] > capacity[vb + k] + ProblemData.Epsilon)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Objective change (route cost and balancing term) of inserting <paramref name="job"/> into <paramref name="vehicle"/>'s
    /// route before position <paramref name="position"/> (0..length), or +∞ when the result breaks a time, duration or
    /// distance limit. Capacity and skills are the caller's check. Allocation-free; O(1) unless the route holds a job
    /// with several or soft windows (<see cref="CandidateCost"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double InsertionDelta(int job, int vehicle, int position)
    {
        if (_plain)
        {
            // Single hard windows, no balancing term: the O(1) summary is exact (hot path of the recreate step).
            RouteSegment whole = RouteSegment.Merge(_data, RouteSegment.Merge(_data, _prefix[vehicle][position], RouteSegment.Single(_data, job)), _suffix[vehicle][position + 1]);
            return whole.IsFeasibleFor(_data, vehicle) ? whole.CostFor(_data, vehicle) - _routeCost[vehicle] : double.PositiveInfinity;
        }

        double cost = InsertionCost(job, vehicle, position, out double duration);
        return double.IsPositiveInfinity(cost) ? cost : ChangeDelta(vehicle, cost, duration);
    }

    /// <summary>Cost (and duration) of <paramref name="vehicle"/>'s route with <paramref name="job"/> inserted before <paramref name="position"/>; +∞ when infeasible.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double InsertionCost(int job, int vehicle, int position, out double duration)
    {
        ref readonly RouteSegment pre = ref _prefix[vehicle][position];
        ref readonly RouteSegment suf = ref _suffix[vehicle][position + 1];
        RouteSegment mid = RouteSegment.Single(_data, job);
        RouteSegment whole = RouteSegment.Merge(_data, RouteSegment.Merge(_data, pre, mid), suf);
        return AroundCost(vehicle, whole, position, job, position, out duration);
    }

    /// <summary>Objective change of removing the job at <paramref name="position"/> from <paramref name="vehicle"/>'s route (always feasible for time windows under the triangle inequality; checked anyway).</summary>
    internal double RemovalDelta(int vehicle, int position)
    {
        if (_plain)
        {
            if (_length[vehicle] == 1)
            {
                return -_routeCost[vehicle];
            }

            RouteSegment whole = RouteSegment.Merge(_data, _prefix[vehicle][position], _suffix[vehicle][position + 2]);
            return whole.IsFeasibleFor(_data, vehicle) ? whole.CostFor(_data, vehicle) - _routeCost[vehicle] : double.PositiveInfinity;
        }

        double cost = RemovalCost(vehicle, position, out double duration);
        return double.IsPositiveInfinity(cost) ? cost : ChangeDelta(vehicle, cost, duration);
    }

    /// <summary>Cost (and duration) of <paramref name="vehicle"/>'s route without the job at <paramref name="position"/> (0 when the route becomes empty); +∞ when infeasible.</summary>
    internal double RemovalCost(int vehicle, int position, out double duration)
    {
        if (_length[vehicle] == 1)
        {
            duration = 0;
            return 0;
        }

        RouteSegment whole = RouteSegment.Merge(_data, _prefix[vehicle][position], _suffix[vehicle][position + 2]);
        return JoinCost(vehicle, whole, position, vehicle, position + 1, out duration);
    }

    /// <summary>
    /// <see cref="CandidateCost"/> for the candidate "first <paramref name="prefixCount"/> jobs of the route, then
    /// <paramref name="job"/>, then the route's own jobs from <paramref name="suffixPosition"/> on" (insertion, swap),
    /// building the candidate description only when the exact pass may be needed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double AroundCost(int vehicle, in RouteSegment relaxed, int prefixCount, int job, int suffixPosition, out double duration)
    {
        duration = relaxed.Duration;
        if (!relaxed.IsFeasibleFor(_data, vehicle))
        {
            return double.PositiveInfinity;
        }

        return _exact ? ExactCost(vehicle, CandidateRoute.Around(prefixCount, job, vehicle, suffixPosition), relaxed, out duration) : relaxed.CostFor(_data, vehicle);
    }

    /// <summary>
    /// <see cref="CandidateCost"/> for the candidate "first <paramref name="prefixCount"/> jobs of the route, then the
    /// jobs of <paramref name="suffixVehicle"/>'s route from <paramref name="suffixPosition"/> on" (removal, 2-opt*).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double JoinCost(int vehicle, in RouteSegment relaxed, int prefixCount, int suffixVehicle, int suffixPosition, out double duration)
    {
        duration = relaxed.Duration;
        if (!relaxed.IsFeasibleFor(_data, vehicle))
        {
            return double.PositiveInfinity;
        }

        return _exact ? ExactCost(vehicle, CandidateRoute.Join(prefixCount, suffixVehicle, suffixPosition), relaxed, out duration) : relaxed.CostFor(_data, vehicle);
    }

    /// <summary>
    /// Exact cost of a candidate route on <paramref name="vehicle"/> (+∞ when infeasible), given its O(1) segment summary
    /// <paramref name="relaxed"/> (built by the caller from prefix, suffix and single-job summaries). The summary is exact
    /// when the candidate holds no job with several or soft windows; otherwise it is a relaxation (hull of the windows,
    /// lateness allowed and free) that rejects infeasible candidates in O(1), and the candidate is priced by a forward
    /// pass from the cached schedule of the prefix, stopping as soon as the schedule of the current route's own suffix
    /// no longer changes. Allocation-free. Entry point for every operator (see docs/routing.md, "Exact evaluation").
    /// </summary>
    /// <remarks>
    /// The schedule is the earliest one (lateness minimal: each start of service is as early as possible), then the
    /// departure is delayed by min(total waiting, min over stops k of (waiting up to k + slack of k in its window)),
    /// which shortens the duration without moving any start out of its window, adding lateness or changing the return
    /// (Savelsbergh 1992, forward time slack). For single hard windows this is the minimum duration, as in the summary.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double CandidateCost(int vehicle, in CandidateRoute candidate, in RouteSegment relaxed, out double duration)
    {
        duration = relaxed.Duration;
        if (!relaxed.IsFeasibleFor(_data, vehicle))
        {
            return double.PositiveInfinity;
        }

        return _exact ? ExactCost(vehicle, candidate, relaxed, out duration) : relaxed.CostFor(_data, vehicle);
    }

    /// <summary>The exact part of <see cref="CandidateCost"/> (relaxation already feasible).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private double ExactCost(int vehicle, in CandidateRoute candidate, in RouteSegment relaxed, out double duration)
    {
        duration = relaxed.Duration;
        if (!HoldsComplexJob(vehicle, candidate))
        {
            return relaxed.CostFor(_data, vehicle);
        }

        int p = candidate.PrefixCount;
        double depart = _fDepart[vehicle][p];
        double wait = _fWait[vehicle][p];
        double slackMin = _fSlack[vehicle][p];
        double late = _fLate[vehicle][p];
        int previous = p == 0 ? _data.StartNode(vehicle) : _nodes[vehicle][p - 1];
        if (double.IsPositiveInfinity(depart))
        {
            return double.PositiveInfinity;
        }

        for (int i = 0; i < candidate.PieceCount; i++)
        {
            RoutePiece piece = candidate.Piece(i);
            if (piece.Vehicle < 0)
            {
                if (!Step(piece.From, ref previous, ref depart, ref wait, ref slackMin, ref late))
                {
                    return double.PositiveInfinity;
                }

                continue;
            }

            int[] source = _nodes[piece.Vehicle];
            for (int k = 0; k <= piece.To - piece.From; k++)
            {
                int node = source[piece.Reversed ? piece.To - k : piece.From + k];
                if (!Step(node, ref previous, ref depart, ref wait, ref slackMin, ref late))
                {
                    return double.PositiveInfinity;
                }
            }
        }

        int sv = candidate.SuffixVehicle;
        int[] suffix = _nodes[sv];
        double back = double.NaN;
        for (int q = candidate.SuffixPosition; q < _length[sv]; q++)
        {
            if (!Step(suffix[q], ref previous, ref depart, ref wait, ref slackMin, ref late))
            {
                return double.PositiveInfinity;
            }

            if (sv == vehicle && depart == _fDepart[vehicle][q + 1])
            {
                // Same start of service as in the current route: the rest of the schedule is unchanged.
                int last = _length[vehicle];
                double shift = wait - _fWait[vehicle][q + 1];
                slackMin = Math.Min(slackMin, shift + _sSlack[vehicle][q + 2]);
                late += _fLate[vehicle][last] - _fLate[vehicle][q + 1];
                wait = _fWait[vehicle][last + 1] + shift;
                back = _fReturn[vehicle];
                break;
            }
        }

        if (double.IsNaN(back))
        {
            int end = _data.EndNode(vehicle);
            double arrival = depart + _data.Time(previous, end);
            back = _data.StartOfService(end, arrival, out _, out _);
            if (double.IsPositiveInfinity(back))
            {
                return double.PositiveInfinity;
            }

            wait += back - arrival;
        }

        double departure = _data.Ready[_data.StartNode(vehicle)] + Math.Min(wait, slackMin);
        duration = back - departure;
        if (duration > _data.MaxDuration[vehicle] + ProblemData.Epsilon)
        {
            return double.PositiveInfinity;
        }

        return _data.FixedCost[vehicle] + (_data.CostPerDistance[vehicle] * relaxed.Distance) + (_data.CostPerTime[vehicle] * duration) + late;
    }

    /// <summary>Objective change when <paramref name="vehicle"/>'s route gets cost <paramref name="cost"/> and duration <paramref name="duration"/> (0 and 0 for an empty route).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double ChangeDelta(int vehicle, double cost, double duration) =>
        cost - _routeCost[vehicle] + (_data.BalanceCost > 0 ? BalanceDelta(vehicle, duration, vehicle, duration) : 0);

    /// <summary>Objective change when routes <paramref name="a"/> and <paramref name="b"/> (distinct) both change.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double ChangeDelta(int a, double costA, double durationA, int b, double costB, double durationB) =>
        costA - _routeCost[a] + costB - _routeCost[b] + (_data.BalanceCost > 0 ? BalanceDelta(a, durationA, b, durationB) : 0);

    /// <summary>Change of the balancing term when routes a and b take the given durations: O(V).</summary>
    private double BalanceDelta(int a, double durationA, int b, double durationB)
    {
        double longest = Math.Max(durationA, durationB);
        for (int r = 0; r < _routeDuration.Length; r++)
        {
            if (r != a && r != b && _routeDuration[r] > longest)
            {
                longest = _routeDuration[r];
            }
        }

        return (_data.BalanceCost * longest) - Balance;
    }

    private bool HoldsComplexJob(int vehicle, in CandidateRoute candidate)
    {
        int count = _fComplex[vehicle][candidate.PrefixCount];
        for (int i = 0; i < candidate.PieceCount; i++)
        {
            RoutePiece piece = candidate.Piece(i);
            count += piece.Vehicle < 0
                ? (_data.Complex[piece.From] ? 1 : 0)
                : _fComplex[piece.Vehicle][piece.To + 1] - _fComplex[piece.Vehicle][piece.From];
        }

        int sv = candidate.SuffixVehicle;
        count += _fComplex[sv][_length[sv]] - _fComplex[sv][Math.Min(candidate.SuffixPosition, _length[sv])];
        return count > 0;
    }

    /// <summary>One stop of the exact forward pass; false when a hard window is missed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Step(int node, ref int previous, ref double depart, ref double wait, ref double slackMin, ref double late)
    {
        double arrival = depart + _data.Time(previous, node);
        double start = _data.StartOfService(node, arrival, out double lateness, out double slack);
        if (double.IsPositiveInfinity(start))
        {
            return false;
        }

        wait += start - arrival;
        slackMin = Math.Min(slackMin, wait + slack);
        late += lateness * _data.LatenessRate[node];
        depart = start + _data.Service[node];
        previous = node;
        return true;
    }

    /// <summary>Starts recording changes so that <see cref="Rollback"/> can undo them.</summary>
    internal void Begin()
    {
        foreach (int r in _touchedList)
        {
            _touched[r] = false;
        }

        _touchedList.Clear();
        Array.Copy(_unassigned, _savedUnassigned, _unassignedCount);
        _savedUnassignedCount = _unassignedCount;
        _savedCost = Cost;
        _savedPenalty = Penalty;
        _savedLevel = Level;
    }

    /// <summary>Undoes every change since <see cref="Begin"/>.</summary>
    internal void Rollback()
    {
        for (int i = 0; i < _unassignedCount; i++)
        {
            _jobRoute[_unassigned[i]] = -1;
        }

        foreach (int r in _touchedList)
        {
            int len = _savedLength[r];
            EnsureCapacity(r, len);
            Array.Copy(_saved[r], _nodes[r], len);
            _length[r] = len;
            _touched[r] = false;
            UpdateRoute(r);
        }

        _touchedList.Clear();
        _unassignedCount = _savedUnassignedCount;
        Array.Copy(_savedUnassigned, _unassigned, _unassignedCount);
        for (int i = 0; i < _unassignedCount; i++)
        {
            int j = _unassigned[i];
            _unassignedIndex[j] = i;
            _jobRoute[j] = -1;
        }

        Cost = _savedCost;
        Penalty = _savedPenalty;
        Level = _savedLevel;
        UpdateBalance();
    }

    /// <summary>Inserts <paramref name="job"/> (currently unassigned) before <paramref name="position"/> in <paramref name="vehicle"/>'s route.</summary>
    internal void Insert(int job, int vehicle, int position)
    {
        Touch(vehicle);
        int len = _length[vehicle];
        EnsureCapacity(vehicle, len + 1);
        int[] nodes = _nodes[vehicle];
        Array.Copy(nodes, position, nodes, position + 1, len - position);
        nodes[position] = job;
        _length[vehicle] = len + 1;
        RemoveFromUnassigned(job);
        UpdateRoute(vehicle);
    }

    /// <summary>Removes the given jobs from the route of <paramref name="vehicle"/> (marked in <paramref name="removed"/>) and makes them unassigned.</summary>
    internal void RemoveMarked(int vehicle, bool[] removed)
    {
        Touch(vehicle);
        int[] nodes = _nodes[vehicle];
        int len = _length[vehicle];
        int w = 0;
        for (int i = 0; i < len; i++)
        {
            int j = nodes[i];
            if (removed[j])
            {
                AddToUnassigned(j);
            }
            else
            {
                nodes[w++] = j;
            }
        }

        _length[vehicle] = w;
        UpdateRoute(vehicle);
    }

    /// <summary>Replaces the whole route of <paramref name="vehicle"/> by <paramref name="jobs"/> (jobs must be unassigned or already on this route).</summary>
    internal void SetRoute(int vehicle, ReadOnlySpan<int> jobs)
    {
        Touch(vehicle);
        int[] nodes = _nodes[vehicle];
        for (int i = 0; i < _length[vehicle]; i++)
        {
            AddToUnassigned(nodes[i]);
        }

        EnsureCapacity(vehicle, jobs.Length);
        nodes = _nodes[vehicle];
        for (int i = 0; i < jobs.Length; i++)
        {
            nodes[i] = jobs[i];
            RemoveFromUnassigned(jobs[i]);
        }

        _length[vehicle] = jobs.Length;
        UpdateRoute(vehicle);
    }

    /// <summary>Reverses the jobs at positions <paramref name="from"/>..<paramref name="to"/> (inclusive) of <paramref name="vehicle"/>'s route.</summary>
    internal void Reverse(int vehicle, int from, int to)
    {
        Touch(vehicle);
        Array.Reverse(_nodes[vehicle], from, to - from + 1);
        UpdateRoute(vehicle);
    }

    /// <summary>Copies every route into <paramref name="routes"/> (allocating as needed).</summary>
    internal void CopyRoutesTo(int[][] routes)
    {
        for (int r = 0; r < _length.Length; r++)
        {
            if (routes[r] is null || routes[r].Length != _length[r])
            {
                routes[r] = new int[_length[r]];
            }

            Array.Copy(_nodes[r], routes[r], _length[r]);
        }
    }

    /// <summary>Loads routes previously saved by <see cref="CopyRoutesTo"/>.</summary>
    internal void LoadRoutes(int[][] routes)
    {
        for (int r = 0; r < _length.Length; r++)
        {
            SetRoute(r, ReadOnlySpan<int>.Empty);
        }

        for (int r = 0; r < _length.Length; r++)
        {
            SetRoute(r, routes[r]);
        }

        foreach (int r in _touchedList)
        {
            _touched[r] = false;
        }

        _touchedList.Clear();
    }

    /// <summary>Recomputes prefix/suffix summaries, load and cost of one route (O(length)).</summary>
    internal void UpdateRoute(int vehicle)
    {
        Version++;
        int len = _length[vehicle];
        int[] nodes = _nodes[vehicle];
        RouteSegment[] pre = _prefix[vehicle];
        RouteSegment[] suf = _suffix[vehicle];
        int start = _data.StartNode(vehicle);
        int end = _data.EndNode(vehicle);

        // pre[p] covers the start depot and the first p jobs; pre[len + 1] the whole route.
        pre[0] = RouteSegment.Single(_data, start);
        for (int p = 0; p < len; p++)
        {
            pre[p + 1] = RouteSegment.Merge(_data, pre[p], RouteSegment.Single(_data, nodes[p]));
            _jobRoute[nodes[p]] = vehicle;
            _jobPosition[nodes[p]] = p;
        }

        pre[len + 1] = RouteSegment.Merge(_data, pre[len], RouteSegment.Single(_data, end));

        // suf[p + 1] covers jobs from position p on and the end depot; suf[0] the whole route.
        suf[len + 1] = RouteSegment.Single(_data, end);
        for (int p = len - 1; p >= 0; p--)
        {
            suf[p + 1] = RouteSegment.Merge(_data, RouteSegment.Single(_data, nodes[p]), suf[p + 2]);
        }

        suf[0] = RouteSegment.Merge(_data, RouteSegment.Single(_data, start), suf[1]);

        int vb = vehicle * _dims;
        double[] prefixLoad = _prefixLoad[vehicle];
        for (int k = 0; k < _dims; k++)
        {
            double load = 0;
            prefixLoad[k] = 0;
            for (int p = 0; p < len; p++)
            {
                load += _data.DepotDemand[(nodes[p] * _dims) + k];
                prefixLoad[((p + 1) * _dims) + k] = load;
            }

            _load[vb + k] = load;
        }

        if (_hasShipments)
        {
            UpdatePairs(vehicle);
        }

        bool used = len > 0;
        if (used != _used[vehicle])
        {
            _used[vehicle] = used;
            _usedCount += used ? 1 : -1;
        }

        double cost;
        if (len == 0)
        {
            cost = 0;
            _routeDuration[vehicle] = 0;
            if (_data.HasComplexJobs)
            {
                UpdateForwardPass(vehicle, out _); // the start-depot state that insertions into the empty route start from
            }
        }
        else if (_data.HasComplexJobs)
        {
            cost = UpdateForwardPass(vehicle, out double duration);
            _routeDuration[vehicle] = duration;
        }
        else
        {
            cost = pre[len + 1].CostFor(_data, vehicle);
            _routeDuration[vehicle] = pre[len + 1].Duration;
        }

        Cost += cost - _routeCost[vehicle];
        _routeCost[vehicle] = cost;
        if (_data.BalanceCost > 0)
        {
            UpdateBalance();
        }
    }

    /// <summary>Fills the forward-pass caches of one route; returns its exact cost (+∞ when infeasible).</summary>
    private double UpdateForwardPass(int vehicle, out double duration)
    {
        int len = _length[vehicle];
        int[] nodes = _nodes[vehicle];
        double[] fDepart = _fDepart[vehicle];
        double[] fStart = _fStart[vehicle];
        double[] fWait = _fWait[vehicle];
        double[] fSlack = _fSlack[vehicle];
        double[] fLate = _fLate[vehicle];
        int[] fComplex = _fComplex[vehicle];
        double[] sSlack = _sSlack[vehicle];
        int start = _data.StartNode(vehicle);
        double depart = _data.Ready[start];
        double wait = 0;
        double slackMin = _data.Due[start] - _data.Ready[start];
        double late = 0;
        int previous = start;
        bool feasible = true;
        fDepart[0] = depart;
        fStart[0] = depart;
        fWait[0] = 0;
        fSlack[0] = slackMin;
        fLate[0] = 0;
        fComplex[0] = 0;
        for (int p = 0; p < len; p++)
        {
            int node = nodes[p];
            fComplex[p + 1] = fComplex[p] + (_data.Complex[node] ? 1 : 0);
            if (feasible)
            {
                double before = wait;
                double arrival = depart + _data.Time(previous, node);
                feasible = Step(node, ref previous, ref depart, ref wait, ref slackMin, ref late);
                fStart[p + 1] = feasible ? arrival + (wait - before) : double.PositiveInfinity;
            }

            fDepart[p + 1] = feasible ? depart : double.PositiveInfinity;
            fWait[p + 1] = wait;
            fSlack[p + 1] = slackMin;
            fLate[p + 1] = late;
        }

        // Suffix minima of (waiting through k + slack of k), recomputed from the per-stop slack.
        sSlack[len + 1] = double.PositiveInfinity;
        double suffixMin = double.PositiveInfinity;
        for (int p = len; p >= 1; p--)
        {
            double ownSlack = StopSlack(nodes[p - 1], fStart[p]);
            suffixMin = Math.Min(suffixMin, fWait[p] + ownSlack);
            sSlack[p] = suffixMin;
        }

        duration = 0;
        _fReturn[vehicle] = double.PositiveInfinity;
        if (!feasible)
        {
            return double.PositiveInfinity;
        }

        int end = _data.EndNode(vehicle);
        double arrivalAtEnd = depart + _data.Time(previous, end);
        double back = _data.StartOfService(end, arrivalAtEnd, out _, out _);
        if (double.IsPositiveInfinity(back))
        {
            return double.PositiveInfinity;
        }

        wait += back - arrivalAtEnd;
        fWait[len + 1] = wait;
        _fReturn[vehicle] = back;
        duration = back - (_data.Ready[start] + Math.Min(wait, slackMin));
        RouteSegment whole = _prefix[vehicle][len + 1];
        if (whole.Distance > _data.MaxDistance[vehicle] + ProblemData.Epsilon || duration > _data.MaxDuration[vehicle] + ProblemData.Epsilon)
        {
            return double.PositiveInfinity;
        }

        return _data.FixedCost[vehicle] + (_data.CostPerDistance[vehicle] * whole.Distance) + (_data.CostPerTime[vehicle] * duration) + late;
    }

    /// <summary>Slack of a stop whose service starts at <paramref name="start"/>: how much later it could start in the same window without lateness.</summary>
    private double StopSlack(int node, double start)
    {
        _data.StartOfService(node, start, out _, out double slack);
        return slack;
    }

    private void UpdateBalance()
    {
        if (_data.BalanceCost <= 0)
        {
            return;
        }

        double longest = 0;
        for (int r = 0; r < _routeDuration.Length; r++)
        {
            longest = Math.Max(longest, _routeDuration[r]);
        }

        Balance = _data.BalanceCost * longest;
    }

    /// <summary>Recomputes the cost and penalty totals from scratch (removes floating-point drift of the running sums).</summary>
    internal void RecomputeTotals()
    {
        double cost = 0;
        for (int r = 0; r < _length.Length; r++)
        {
            cost += _routeCost[r];
        }

        double penalty = 0;
        for (int i = 0; i < _unassignedCount; i++)
        {
            penalty += _data.Penalty[_unassigned[i]];
        }

        long level = 0;
        for (int i = 0; i < _unassignedCount; i++)
        {
            level += LevelOf(_unassigned[i]);
        }

        Cost = cost;
        Penalty = penalty;
        Level = level;
        UpdateBalance();
    }

    /// <summary>True when every route respects capacity, time, duration and distance limits (used by assertions and tests).</summary>
    internal bool IsFeasible()
    {
        for (int r = 0; r < _length.Length; r++)
        {
            if (_length[r] == 0)
            {
                continue;
            }

            if (!Whole(r).IsFeasibleFor(_data, r) || double.IsPositiveInfinity(_routeCost[r]))
            {
                return false;
            }

            for (int k = 0; k < _dims; k++)
            {
                if (_load[(r * _dims) + k] > _data.Capacity[(r * _dims) + k] + ProblemData.Epsilon)
                {
                    return false;
                }
            }

            if (_hasShipments && !SequenceFitsLoad(r, new ReadOnlySpan<int>(_nodes[r], 0, _length[r])))
            {
                return false;
            }
        }

        if (_hasShipments)
        {
            for (int j = 0; j < _data.JobCount; j++)
            {
                int partner = _data.Partner[j];
                if (partner >= 0 && _jobRoute[j] != _jobRoute[partner])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Records <paramref name="vehicle"/>'s route before its first change in the current transaction.</summary>
    private void Touch(int vehicle)
    {
        if (_touched[vehicle])
        {
            return;
        }

        _touched[vehicle] = true;
        _touchedList.Add(vehicle);
        int len = _length[vehicle];
        if (_saved[vehicle].Length < len)
        {
            _saved[vehicle] = new int[Math.Max(len, _saved[vehicle].Length * 2)];
        }

        Array.Copy(_nodes[vehicle], _saved[vehicle], len);
        _savedLength[vehicle] = len;
    }

    private void EnsureCapacity(int vehicle, int length)
    {
        if (_nodes[vehicle].Length >= length)
        {
            return;
        }

        int size = Math.Max(length, _nodes[vehicle].Length * 2);
        Array.Resize(ref _nodes[vehicle], size);
        Array.Resize(ref _prefix[vehicle], size + 2);
        Array.Resize(ref _prefixLoad[vehicle], (size + 2) * Math.Max(1, _dims));
        Array.Resize(ref _suffix[vehicle], size + 2);
        if (_data.HasComplexJobs)
        {
            Array.Resize(ref _fDepart[vehicle], size + 2);
            Array.Resize(ref _fStart[vehicle], size + 2);
            Array.Resize(ref _fWait[vehicle], size + 2);
            Array.Resize(ref _fSlack[vehicle], size + 2);
            Array.Resize(ref _fLate[vehicle], size + 2);
            Array.Resize(ref _fComplex[vehicle], size + 2);
            Array.Resize(ref _sSlack[vehicle], size + 2);
        }

        if (_hasShipments)
        {
            Array.Resize(ref _loadPrefix[vehicle], (size + 2) * Math.Max(1, _dims));
            Array.Resize(ref _loadSuffix[vehicle], (size + 2) * Math.Max(1, _dims));
            Array.Resize(ref _openPrefix[vehicle], size + 2);
            Array.Resize(ref _pairedPrefix[vehicle], size + 2);
        }
    }

    /// <summary>Recomputes the load summaries and the open and paired prefix counts of one route (problems with shipments).</summary>
    private void UpdatePairs(int vehicle)
    {
        int len = _length[vehicle];
        int[] nodes = _nodes[vehicle];
        int[] open = _openPrefix[vehicle];
        int[] paired = _pairedPrefix[vehicle];
        open[0] = 0;
        paired[0] = 0;
        for (int p = 0; p < len; p++)
        {
            int j = nodes[p];
            bool isPaired = _data.Partner[j] >= 0;
            open[p + 1] = open[p] + (!isPaired ? 0 : _data.IsPickup[j] ? 1 : -1);
            paired[p + 1] = paired[p] + (isPaired ? 1 : 0);
        }

        LoadSummary[] pre = _loadPrefix[vehicle];
        LoadSummary[] suf = _loadSuffix[vehicle];
        for (int k = 0; k < _dims; k++)
        {
            pre[k] = default;
            for (int p = 0; p < len; p++)
            {
                pre[((p + 1) * _dims) + k] = LoadSummary.Merge(pre[(p * _dims) + k], LoadSummary.Single(_data, nodes[p], k));
            }

            suf[(len * _dims) + k] = default;
            for (int p = len - 1; p >= 0; p--)
            {
                suf[(p * _dims) + k] = LoadSummary.Merge(LoadSummary.Single(_data, nodes[p], k), suf[((p + 1) * _dims) + k]);
            }
        }
    }

    private void AddToUnassigned(int job)
    {
        _jobRoute[job] = -1;
        _unassignedIndex[job] = _unassignedCount;
        _unassigned[_unassignedCount++] = job;
        Penalty += _data.Penalty[job];
        Level += LevelOf(job);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long LevelOf(int job) => (_data.Optional[job] ? 0 : _mandatoryWeight) + _data.Priority[job];

    private void RemoveFromUnassigned(int job)
    {
        int i = _unassignedIndex[job];
        int last = _unassigned[--_unassignedCount];
        _unassigned[i] = last;
        _unassignedIndex[last] = i;
        Penalty -= _data.Penalty[job];
        Level -= LevelOf(job);
    }
}
