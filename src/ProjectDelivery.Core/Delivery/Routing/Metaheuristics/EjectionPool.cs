using System;
using ProjectDelivery.Delivery.Routing.Construction;
using ProjectDelivery.Delivery.Routing.Evaluation;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.Metaheuristics.Stopping;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.Metaheuristics;

/// <summary>
/// Route minimisation with an ejection pool: delete a route, then put its jobs back one at a time, ejecting a few
/// cheap-to-move jobs from a route when a job fits nowhere, until the pool is empty (one route fewer) or the budget
/// runs out (the last complete solution is kept).
/// </summary>
/// <remarks>
/// Nagata and Bräysy (2009), "A powerful route minimization heuristic for the vehicle routing problem with time
/// windows", Operations Research Letters 37(5), 333–338, procedure Delete-route: the jobs of a randomly chosen route
/// go into an ejection pool (EP) taken last-in first-out; a job with a feasible position goes to its cheapest one;
/// otherwise its penalty counter p is raised and it is inserted with the ejection of at most k_max = 5 other jobs of
/// one route, choosing the insertion-ejection whose ejected jobs have the least sum of counters
/// (P_sum = p(v_out(1)) + … + p(v_out(k))); ejection sets are enumerated in lexicographic order with the pruning of
/// their section 4 (a partial route that already breaks a time window cannot become feasible, and a set whose
/// P_sum already reaches the best is not extended), with time windows checked in O(1) by segment concatenation
/// (<see cref="RouteSegment"/>). After each insertion-ejection the solution is perturbed by random feasible
/// relocate and swap moves between neighbouring routes (their Perturb, here with I_rand = 100 tries), so that
/// the same ejections do not repeat. Their squeeze step (penalised local search that repairs an infeasible
/// insertion) is not implemented: insertion-ejection takes its place. The phase stops as soon as the fleet reaches
/// the capacity lower bound ⌈Σ demand / capacity⌉ of the jobs served, which no search can beat.
/// </remarks>
internal sealed class EjectionPool
{
    private const int MaxEjected = 5;
    private const int PerturbationTries = 100;
    private const int PerturbationNeighbours = 20;

    /// <summary>Steps of one insertion-ejection search (routes and positions are visited from a random rotation).</summary>
    private const long SearchNodeBudget = 50_000;

    private readonly ProblemData _data;
    private readonly SearchState _state;
    private readonly NeighbourLists _neighbours;
    private readonly BestInsertion _insertion;
    private readonly SearchRandom _random;
    private readonly long[] _penalty;
    private readonly int[] _pool;
    private int _poolCount;
    private readonly bool[] _marked;
    private readonly int[] _ejected = new int[MaxEjected];
    private readonly int[] _bestEjected = new int[MaxEjected];

    // Insertion-ejection search state (fields so the recursion allocates nothing).
    private int _route;
    private int _position;
    private int _job;
    private int _length;
    private long _bestSum;
    private int _bestCount;
    private int _bestRoute;
    private int _bestPosition;
    private long _nodes;

    internal EjectionPool(SearchState state, NeighbourLists neighbours, SearchRandom random)
    {
        _state = state;
        _data = state.Data;
        _neighbours = neighbours;
        _random = random;
        _insertion = new BestInsertion(state, neighbours);
        _penalty = new long[_data.JobCount];
        _pool = new int[_data.JobCount];
        _marked = new bool[_data.JobCount];
    }

    /// <summary>Capacity lower bound of the last <see cref="Run"/> (see <see cref="CapacityLowerBound"/>).</summary>
    internal int LowerBound { get; private set; }

    /// <summary>Insertion-ejection searches run so far.</summary>
    internal long EjectionSearches { get; private set; }

    /// <summary>Routes deleted successfully so far.</summary>
    internal int RoutesDeleted { get; private set; }

    /// <summary>
    /// Deletes routes one after the other while the budget lasts; the state and <paramref name="best"/> end with the
    /// smallest fleet found that serves every job served at the start. Returns the iteration counter advanced by one
    /// per job taken from the pool.
    /// </summary>
    internal long Run(SearchBudget stop, int[][] best, long iterations)
    {
        _state.RecomputeTotals();
        _state.CopyRoutesTo(best);
        LowerBound = CapacityLowerBound(_state);
        while (_state.UsedVehicles > LowerBound && !stop.IsOver(iterations))
        {
            int route = PickRoute();
            if (route < 0)
            {
                break;
            }

            for (int j = 0; j < _penalty.Length; j++)
            {
                _penalty[j] = 1;
            }

            _poolCount = 0;
            for (int p = _state.RouteLength(route) - 1; p >= 0; p--)
            {
                _pool[_poolCount++] = _state.Node(route, p);
            }

            _state.Begin();
            _state.SetRoute(route, ReadOnlySpan<int>.Empty);
            while (_poolCount > 0 && !stop.IsOver(iterations))
            {
                iterations++;
                int job = _pool[--_poolCount];
                if (_state.RouteOf(job) >= 0)
                {
                    continue;
                }

                _state.Begin(); // no rollback here: only clears the touched-route log
                if (_insertion.Find(job, null, 0, false, out int vehicle, out int position, out _))
                {
                    _state.Insert(job, vehicle, position);
                    continue;
                }

                _penalty[job]++;
                if (!InsertWithEjection(job))
                {
                    // No ejection set of at most k_max jobs within the search budget: try again later from a perturbed solution.
                    Array.Copy(_pool, 0, _pool, 1, _poolCount);
                    _pool[0] = job;
                    _poolCount++;
                }

                Perturb();
            }

            if (_poolCount > 0)
            {
                break;
            }

            RoutesDeleted++;
            _state.CopyRoutesTo(best);
        }

        _state.LoadRoutes(best);
        _state.RecomputeTotals();
        return iterations;
    }

    /// <summary>
    /// Fewest routes that can carry the jobs served now: ⌈Σ demand / largest capacity⌉ in the tightest dimension, at
    /// least 1 when any job is served (the fleet phases never drop a served job, so no search can go below it).
    /// </summary>
    internal static int CapacityLowerBound(SearchState state)
    {
        ProblemData data = state.Data;
        int served = 0;
        for (int j = 0; j < data.JobCount; j++)
        {
            served += state.RouteOf(j) >= 0 ? 1 : 0;
        }

        if (served == 0)
        {
            return 0;
        }

        int bound = 1;
        int dims = data.Dimensions;
        for (int k = 0; k < dims; k++)
        {
            double demand = 0;
            for (int j = 0; j < data.JobCount; j++)
            {
                demand += state.RouteOf(j) >= 0 ? data.Demand[(j * dims) + k] : 0;
            }

            double capacity = 0;
            for (int v = 0; v < data.VehicleCount; v++)
            {
                capacity = Math.Max(capacity, data.Capacity[(v * dims) + k]);
            }

            if (capacity > 0 && demand > ProblemData.Epsilon)
            {
                bound = Math.Max(bound, (int)Math.Ceiling((demand / capacity) - 1e-9));
            }
        }

        return bound;
    }

    private int PickRoute()
    {
        int eligible = 0;
        for (int v = 0; v < _data.VehicleCount; v++)
        {
            if (_state.RouteLength(v) > 0 && _state.FixedCount(v) == 0)
            {
                eligible++;
            }
        }

        if (eligible == 0)
        {
            return -1;
        }

        int pick = _random.Next(eligible);
        for (int v = 0; v < _data.VehicleCount; v++)
        {
            if (_state.RouteLength(v) > 0 && _state.FixedCount(v) == 0 && pick-- == 0)
            {
                return v;
            }
        }

        return -1;
    }

    /// <summary>Inserts <paramref name="job"/> where the jobs it pushes out have the least summed counters; they go to the pool.</summary>
    private bool InsertWithEjection(int job)
    {
        EjectionSearches++;
        _job = job;
        _bestSum = long.MaxValue;
        _bestCount = -1;
        _bestRoute = -1;
        _bestPosition = -1;
        _nodes = 0;

        // Routes and positions from a random rotation, so that a search cut short by its budget is not biased.
        int vehicles = _data.VehicleCount;
        int firstVehicle = _random.Next(vehicles);
        for (int i = 0; i < vehicles && _nodes < SearchNodeBudget; i++)
        {
            int v = firstVehicle + i < vehicles ? firstVehicle + i : firstVehicle + i - vehicles;
            int len = _state.RouteLength(v);
            if (len == 0 || !_data.CanServe(v, job))
            {
                continue;
            }

            _route = v;
            _length = len;
            int fixedCount = _state.FixedCount(v);
            int positions = len + 1 - fixedCount;
            int firstPosition = _random.Next(positions);
            for (int k = 0; k < positions && _nodes < SearchNodeBudget; k++)
            {
                int p = firstPosition + k < positions ? firstPosition + k : firstPosition + k - positions;
                _position = fixedCount + p;
                Search(0, false, _state.Prefix(v, 0), 0, 0);
            }
        }

        if (_bestRoute < 0)
        {
            return false;
        }

        int route = _bestRoute;
        int position = _bestPosition;
        for (int i = 0; i < _bestCount; i++)
        {
            int e = _bestEjected[i];
            _marked[e] = true;
            if (_state.PositionOf(e) < _bestPosition)
            {
                position--;
            }
        }

        _state.RemoveMarked(route, _marked);
        for (int i = 0; i < _bestCount; i++)
        {
            _marked[_bestEjected[i]] = false;
            _pool[_poolCount++] = _bestEjected[i];
        }

        _state.Insert(job, route, position);
        return true;
    }

    /// <summary>
    /// Enumerates ejection sets of route <see cref="_route"/> in lexicographic order, <see cref="_job"/> going before
    /// position <see cref="_position"/>. <paramref name="acc"/> covers the start depot and the jobs kept before
    /// <paramref name="from"/> (and the new job when <paramref name="placed"/>).
    /// </summary>
    private void Search(int from, bool placed, RouteSegment acc, int count, long sum)
    {
        RouteSegment current = acc;
        bool checkedRest = false;
        for (int e = from; ; e++)
        {
            if (++_nodes > SearchNodeBudget)
            {
                return;
            }

            if (!placed && e == _position)
            {
                current = RouteSegment.Merge(_data, current, RouteSegment.Single(_data, _job));
                if (current.TimeWarp > ProblemData.Epsilon)
                {
                    return;
                }

                placed = true;
            }

            if (placed && !checkedRest)
            {
                // The set chosen so far, keeping every later job: O(1) with the route's suffix summary.
                checkedRest = true;
                RouteSegment whole = RouteSegment.Merge(_data, current, _state.Suffix(_route, e + 1));
                if (whole.IsFeasibleFor(_data, _route) && FitsAfterEjection(count))
                {
                    _bestSum = sum;
                    _bestCount = count;
                    _bestRoute = _route;
                    _bestPosition = _position;
                    Array.Copy(_ejected, _bestEjected, count);
                }

                if (count == MaxEjected || sum + 1 >= _bestSum)
                {
                    return;
                }
            }

            if (e == _length)
            {
                return;
            }

            int node = _state.Node(_route, e);
            if (count < MaxEjected && !_state.IsFixed(node) && sum + _penalty[node] < _bestSum)
            {
                _ejected[count] = node;
                Search(e + 1, placed, current, count + 1, sum + _penalty[node]);
            }

            current = RouteSegment.Merge(_data, current, RouteSegment.Single(_data, node));
            if (current.TimeWarp > ProblemData.Epsilon)
            {
                return;
            }
        }
    }

    private bool FitsAfterEjection(int count)
    {
        int dims = _data.Dimensions;
        for (int k = 0; k < dims; k++)
        {
            double load = _state.Load(_route, k) + _data.Demand[(_job * dims) + k];
            for (int i = 0; i < count; i++)
            {
                load -= _data.Demand[(_ejected[i] * dims) + k];
            }

            if (load > _state.Capacity(_route, k) + ProblemData.Epsilon)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Random feasible relocate and swap moves between neighbouring routes (Nagata and Bräysy's Perturb).</summary>
    private void Perturb()
    {
        int jobs = _data.JobCount;
        int size = Math.Min(PerturbationNeighbours, _neighbours.Size);
        if (size == 0)
        {
            return;
        }

        for (int t = 0; t < PerturbationTries; t++)
        {
            int a = _random.Next(jobs);
            int b = _neighbours.Get(a, _random.Next(size));
            int ra = _state.RouteOf(a);
            int rb = _state.RouteOf(b);
            if (ra < 0 || rb < 0 || ra == rb || _state.IsFixed(a) || _state.IsFixed(b))
            {
                continue;
            }

            if (_random.Next(2) == 0)
            {
                TryRelocate(a, ra, b, rb);
            }
            else
            {
                TrySwap(a, ra, b, rb);
            }
        }
    }

    private void TryRelocate(int a, int ra, int b, int rb)
    {
        if (!_data.CanServe(rb, a) || !_state.FitsCapacity(rb, a))
        {
            return;
        }

        int position = _state.PositionOf(b) + _random.Next(2);
        if (position < _state.FixedCount(rb)
            || double.IsPositiveInfinity(_state.InsertionDelta(a, rb, position))
            || double.IsPositiveInfinity(_state.RemovalDelta(ra, _state.PositionOf(a))))
        {
            return;
        }

        _marked[a] = true;
        _state.RemoveMarked(ra, _marked);
        _marked[a] = false;
        _state.Insert(a, rb, position);
    }

    private void TrySwap(int a, int ra, int b, int rb)
    {
        if (!_data.CanServe(rb, a) || !_data.CanServe(ra, b))
        {
            return;
        }

        int pa = _state.PositionOf(a);
        int pb = _state.PositionOf(b);
        if (!SwapFits(ra, a, b) || !SwapFits(rb, b, a)
            || !Replaced(ra, pa, b).IsFeasibleFor(_data, ra)
            || !Replaced(rb, pb, a).IsFeasibleFor(_data, rb))
        {
            return;
        }

        _marked[a] = true;
        _state.RemoveMarked(ra, _marked);
        _marked[a] = false;
        _marked[b] = true;
        _state.RemoveMarked(rb, _marked);
        _marked[b] = false;
        _state.Insert(b, ra, pa);
        _state.Insert(a, rb, pb);
    }

    /// <summary>Whole-route summary of <paramref name="route"/> with the job at <paramref name="position"/> replaced by <paramref name="job"/>.</summary>
    private RouteSegment Replaced(int route, int position, int job)
    {
        RouteSegment head = RouteSegment.Merge(_data, _state.Prefix(route, position), RouteSegment.Single(_data, job));
        return RouteSegment.Merge(_data, head, _state.Suffix(route, position + 2));
    }

    /// <summary>True when <paramref name="route"/> can give up <paramref name="leaving"/> and take <paramref name="arriving"/>.</summary>
    private bool SwapFits(int route, int leaving, int arriving)
    {
        int dims = _data.Dimensions;
        for (int k = 0; k < dims; k++)
        {
            double load = _state.Load(route, k) - _data.Demand[(leaving * dims) + k] + _data.Demand[(arriving * dims) + k];
            if (load > _state.Capacity(route, k) + ProblemData.Epsilon)
            {
                return false;
            }
        }

        return true;
    }
}
