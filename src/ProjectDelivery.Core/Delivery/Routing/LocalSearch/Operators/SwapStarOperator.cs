using System;
using ProjectDelivery.Delivery.Routing.Evaluation;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.LocalSearch.Operators;

/// <summary>
/// SWAP*: exchanges a job u of route A with a job v of route B, each inserted at its best position in the other
/// route rather than in the other's place. <see cref="Evaluate"/> scans every (u, v) of a route pair and keeps the
/// best move; <see cref="Apply"/> performs it.
/// </summary>
/// <remarks>
/// Vidal (2022), "Hybrid genetic search for the CVRP: Open-source implementation and SWAP* neighborhood",
/// Computers &amp; Operations Research 140, 105643, section 4: for every job of A the three cheapest insertion
/// positions in B (and vice versa) are computed once per route pair; the best position of u in B without v is then
/// either v's former place or one of those three not next to v, so each pair (u, v) costs O(1). Route pairs whose
/// polar sectors around the depot do not overlap are skipped (<see cref="SectorsOverlap"/>). The O(1) estimate
/// (insertion cost with v still present plus v's removal cost) is exact for distance costs; the chosen move is then
/// evaluated exactly, time windows, duration and distance limits included, by concatenating the summaries of both
/// new routes (<see cref="ExactDelta"/>, the one place where feasibility and cost are decided), and is reported
/// only when that exact delta is finite.
/// </remarks>
internal sealed class SwapStarOperator
{
    private const int Top = 3;

    private readonly SearchState _state;
    private readonly ProblemData _data;
    private readonly double[]? _angle;
    private readonly int[] _topPosition;
    private readonly double[] _topCost;
    private readonly double[] _sectorStart;
    private readonly double[] _sectorWidth;
    private int _u;
    private int _v;
    private int _positionOfU;
    private int _positionOfV;

    internal SwapStarOperator(SearchState state)
    {
        _state = state;
        _data = state.Data;
        _topPosition = new int[_data.JobCount * Top];
        _topCost = new double[_data.JobCount * Top];
        _sectorStart = new double[_data.VehicleCount];
        _sectorWidth = new double[_data.VehicleCount];
        TravelNetwork network = _data.Network;
        if (network.HasCoordinates)
        {
            (double[] x, double[] y, _) = network.CopyCoordinates();
            int depot = _data.NodeLocation[_data.StartNode(0)];
            _angle = new double[_data.JobCount];
            for (int j = 0; j < _data.JobCount; j++)
            {
                int location = _data.NodeLocation[j];
                double a = Math.Atan2(y[location] - y[depot], x[location] - x[depot]);
                _angle[j] = a < 0 ? a + (2 * Math.PI) : a;
            }
        }
    }

    /// <summary>Moves evaluated (pairs (u, v) estimated).</summary>
    internal long Evaluations { get; private set; }

    /// <summary>Moves applied.</summary>
    internal long Applications { get; private set; }

    /// <summary>Recomputes the polar sector of a route (call after the route changed).</summary>
    internal void UpdateSector(int vehicle)
    {
        _sectorStart[vehicle] = 0;
        _sectorWidth[vehicle] = 2 * Math.PI;
        int len = _state.RouteLength(vehicle);
        if (_angle is null || len == 0)
        {
            return;
        }

        double start = _angle[_state.Node(vehicle, 0)];
        double width = 0;
        for (int p = 1; p < len; p++)
        {
            double a = _angle[_state.Node(vehicle, p)];
            double offset = Positive(a - start);
            if (offset <= width)
            {
                continue;
            }

            // Extend at whichever end needs the smaller growth.
            double back = Positive(start - a);
            if (offset - width <= back)
            {
                width = offset;
            }
            else
            {
                start = a;
                width += back;
            }
        }

        _sectorStart[vehicle] = start;
        _sectorWidth[vehicle] = width;
    }

    /// <summary>True when the polar sectors of the two routes (as last updated) intersect; always true without coordinates.</summary>
    internal bool SectorsOverlap(int a, int b) =>
        _angle is null
        || Positive(_sectorStart[b] - _sectorStart[a]) <= _sectorWidth[a]
        || Positive(_sectorStart[a] - _sectorStart[b]) <= _sectorWidth[b];

    /// <summary>
    /// Exact cost change of the best SWAP* move between routes <paramref name="a"/> and <paramref name="b"/> (chosen
    /// by the O(1) estimates), or +∞ when no exchange is applicable and feasible.
    /// </summary>
    internal double Evaluate(int a, int b)
    {
        if (a == b || _state.RouteLength(a) == 0 || _state.RouteLength(b) == 0)
        {
            return double.PositiveInfinity;
        }

        TopInsertions(a, b);
        TopInsertions(b, a);
        int lenA = _state.RouteLength(a);
        int lenB = _state.RouteLength(b);
        double bestEstimate = double.PositiveInfinity;
        int bestU = -1;
        int bestV = -1;
        int bestQu = -1;
        int bestQv = -1;
        for (int pu = _state.FixedCount(a); pu < lenA; pu++)
        {
            int u = _state.Node(a, pu);
            if (!_data.CanServe(b, u))
            {
                continue;
            }

            double removeU = _state.RemovalDelta(a, pu);
            for (int pv = _state.FixedCount(b); pv < lenB; pv++)
            {
                int v = _state.Node(b, pv);
                if (!_data.CanServe(a, v) || !LoadsFit(a, u, b, v))
                {
                    continue;
                }

                Evaluations++;
                double intoB = BestInsertionWithout(u, b, pv, _state.RemovalDelta(b, pv), out int qu);
                double intoA = BestInsertionWithout(v, a, pu, removeU, out int qv);
                double estimate = intoA + intoB;
                if (estimate < bestEstimate)
                {
                    bestEstimate = estimate;
                    bestU = u;
                    bestV = v;
                    bestQu = qu;
                    bestQv = qv;
                }
            }
        }

        if (bestU < 0 || double.IsPositiveInfinity(bestEstimate))
        {
            return double.PositiveInfinity;
        }

        _u = bestU;
        _v = bestV;
        _positionOfU = bestQu;
        _positionOfV = bestQv;
        return ExactDelta(bestU, bestQv, bestV, bestQu);
    }

    /// <summary>
    /// Exact cost change of moving u (on route a) into v's route b before b's original position <paramref name="qu"/>
    /// (−1: in v's place) and v into a before position <paramref name="qv"/> (−1: in u's place); +∞ when a limit breaks.
    /// Capacity is the caller's check. O(route lengths).
    /// </summary>
    internal double ExactDelta(int u, int qv, int v, int qu)
    {
        int a = _state.RouteOf(u);
        int b = _state.RouteOf(v);
        RouteSegment newA = Rebuilt(a, u, v, qv);
        if (!newA.IsFeasibleFor(_data, a))
        {
            return double.PositiveInfinity;
        }

        RouteSegment newB = Rebuilt(b, v, u, qu);
        if (!newB.IsFeasibleFor(_data, b))
        {
            return double.PositiveInfinity;
        }

        return newA.CostFor(_data, a) - _state.RouteCost(a) + newB.CostFor(_data, b) - _state.RouteCost(b);
    }

    /// <summary>Applies the move last evaluated.</summary>
    internal void Apply(int[] bufferA, int[] bufferB)
    {
        int a = _state.RouteOf(_u);
        int b = _state.RouteOf(_v);
        int na = Write(a, _u, _v, _positionOfV, bufferA);
        int nb = Write(b, _v, _u, _positionOfU, bufferB);
        _state.ReplaceTwo(a, new ReadOnlySpan<int>(bufferA, 0, na), b, new ReadOnlySpan<int>(bufferB, 0, nb));
        UpdateSector(a);
        UpdateSector(b);
        Applications++;
    }

    private static double Positive(double angle) => angle < 0 ? angle + (2 * Math.PI) : angle;

    private bool LoadsFit(int a, int u, int b, int v)
    {
        int dims = _data.Dimensions;
        for (int k = 0; k < dims; k++)
        {
            double du = _data.Demand[(u * dims) + k];
            double dv = _data.Demand[(v * dims) + k];
            if (_state.Load(a, k) - du + dv > _state.Capacity(a, k) + ProblemData.Epsilon
                || _state.Load(b, k) - dv + du > _state.Capacity(b, k) + ProblemData.Epsilon)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Three cheapest insertion positions (with the route as it is) of every job of <paramref name="from"/> into <paramref name="into"/>.</summary>
    private void TopInsertions(int from, int into)
    {
        int lenInto = _state.RouteLength(into);
        int first = _state.FixedCount(into);
        for (int p = 0; p < _state.RouteLength(from); p++)
        {
            int job = _state.Node(from, p);
            int t = job * Top;
            for (int i = 0; i < Top; i++)
            {
                _topCost[t + i] = double.PositiveInfinity;
                _topPosition[t + i] = -1;
            }

            if (!_data.CanServe(into, job))
            {
                continue;
            }

            for (int q = first; q <= lenInto; q++)
            {
                double cost = _state.InsertionDelta(job, into, q);
                if (cost >= _topCost[t + Top - 1])
                {
                    continue;
                }

                int i = Top - 1;
                while (i > 0 && _topCost[t + i - 1] > cost)
                {
                    _topCost[t + i] = _topCost[t + i - 1];
                    _topPosition[t + i] = _topPosition[t + i - 1];
                    i--;
                }

                _topCost[t + i] = cost;
                _topPosition[t + i] = q;
            }
        }
    }

    /// <summary>
    /// Estimated change of route <paramref name="route"/>'s cost when its job at <paramref name="removedPosition"/> leaves
    /// and <paramref name="job"/> enters at its best place: the exact in-place replacement, or a precomputed top position
    /// not next to the removed job plus the removal cost.
    /// </summary>
    private double BestInsertionWithout(int job, int route, int removedPosition, double removal, out int position)
    {
        RouteSegment replaced = RouteSegment.Merge(
            _data,
            RouteSegment.Merge(_data, _state.Prefix(route, removedPosition), RouteSegment.Single(_data, job)),
            _state.Suffix(route, removedPosition + 2));
        double best = replaced.IsFeasibleFor(_data, route) ? replaced.CostFor(_data, route) - _state.RouteCost(route) : double.PositiveInfinity;
        position = -1;
        int t = job * Top;
        for (int i = 0; i < Top; i++)
        {
            int q = _topPosition[t + i];
            if (q < 0)
            {
                break;
            }

            if (q == removedPosition || q == removedPosition + 1)
            {
                continue;
            }

            double cost = _topCost[t + i] + removal;
            if (cost < best)
            {
                best = cost;
                position = q;
            }

            break;
        }

        return best;
    }

    /// <summary>Summary of route <paramref name="route"/> with <paramref name="removed"/> left out and <paramref name="inserted"/> before original position <paramref name="position"/> (−1: in the removed job's place).</summary>
    private RouteSegment Rebuilt(int route, int removed, int inserted, int position)
    {
        int len = _state.RouteLength(route);
        RouteSegment segment = RouteSegment.Single(_data, _data.StartNode(route));
        for (int p = 0; p <= len; p++)
        {
            if (p == position)
            {
                segment = RouteSegment.Merge(_data, segment, RouteSegment.Single(_data, inserted));
            }

            if (p == len)
            {
                break;
            }

            int node = _state.Node(route, p);
            if (node == removed)
            {
                if (position < 0)
                {
                    segment = RouteSegment.Merge(_data, segment, RouteSegment.Single(_data, inserted));
                }

                continue;
            }

            segment = RouteSegment.Merge(_data, segment, RouteSegment.Single(_data, node));
        }

        return RouteSegment.Merge(_data, segment, RouteSegment.Single(_data, _data.EndNode(route)));
    }

    private int Write(int route, int removed, int inserted, int position, int[] buffer)
    {
        int len = _state.RouteLength(route);
        int n = 0;
        for (int p = 0; p <= len; p++)
        {
            if (p == position)
            {
                buffer[n++] = inserted;
            }

            if (p == len)
            {
                break;
            }

            int node = _state.Node(route, p);
            if (node == removed)
            {
                if (position < 0)
                {
                    buffer[n++] = inserted;
                }

                continue;
            }

            buffer[n++] = node;
        }

        return n;
    }
}
