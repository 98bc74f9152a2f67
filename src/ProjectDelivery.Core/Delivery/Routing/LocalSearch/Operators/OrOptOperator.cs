using System;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.LocalSearch.Operators;

/// <summary>
/// Intra-route Or-opt on granular neighbours: moves a string of 1 to 3 consecutive jobs next to a neighbour of
/// its first job, forwards after it or reversed before it. The delta is evaluated in O(1) before applying.
/// </summary>
/// <remarks>
/// Or (1976), "Traveling salesman-type combinatorial problems and their relation to the logistics of regional
/// blood banking", PhD thesis, Northwestern University; granular candidates after Toth and Vigo (2003).
/// Supports the same problems as <see cref="TwoOptOperator"/> (symmetric travel, no binding time constraints),
/// where moving a string within its route changes only three arcs and, without shipments, never the load. With
/// shipments, strings holding an end of a shipment are not moved (<see cref="SearchState.SegmentHasPair"/>), and an
/// improving move on a route that carries shipments is checked for load along the route before it is applied.
/// </remarks>
internal sealed class OrOptOperator
{
    private const int Candidates = 10;
    private const int MaxLength = 3;
    private readonly SearchState _state;
    private readonly ProblemData _data;
    private readonly NeighbourLists _neighbours;
    private readonly int[] _buffer;

    internal OrOptOperator(SearchState state, NeighbourLists neighbours)
    {
        _state = state;
        _data = state.Data;
        _neighbours = neighbours;
        _buffer = new int[_data.JobCount + 1];
    }

    /// <summary>Moves evaluated.</summary>
    internal long Evaluations { get; private set; }

    /// <summary>Moves applied.</summary>
    internal long Applications { get; private set; }

    /// <summary>Stops <see cref="Improve"/> early when it returns true (the run's time limit or cancellation); null: never.</summary>
    internal Func<bool>? Expired { get; set; }

    /// <summary>Applies improving moves to one route until none is left; returns true when it changed.</summary>
    internal bool Improve(int vehicle)
    {
        bool changed = false;
        bool improved = true;
        for (int round = 0; improved && round < 100; round++)
        {
            improved = false;
            for (int i = _state.FixedCount(vehicle); i < _state.RouteLength(vehicle); i++)
            {
                if ((i & 255) == 255 && Expired?.Invoke() == true)
                {
                    return changed;
                }

                for (int k = 1; k <= MaxLength && i + k <= _state.RouteLength(vehicle); k++)
                {
                    if (_state.SegmentHasPair(vehicle, i, i + k - 1))
                    {
                        break;
                    }

                    if (TryMove(vehicle, i, i + k - 1))
                    {
                        improved = true;
                        changed = true;
                        break;
                    }
                }
            }
        }

        return changed;
    }

    /// <summary>
    /// Cost change of moving positions i..j after (forward) or before (reversed) the job at position q, with q outside
    /// i..j and not the no-op placements (after the job at i − 1, before the job at j + 1).
    /// </summary>
    internal double Delta(int vehicle, int i, int j, int q, bool after)
    {
        Evaluations++;
        int len = _state.RouteLength(vehicle);
        int first = _state.Node(vehicle, i);
        int last = _state.Node(vehicle, j);
        int prev = At(vehicle, i - 1, len);
        int next = At(vehicle, j + 1, len);
        int c = _state.Node(vehicle, q);
        double removal = _data.Distance(prev, next) - _data.Distance(prev, first) - _data.Distance(last, next);
        double insertion;
        if (after)
        {
            int cNext = At(vehicle, q + 1, len);
            insertion = _data.Distance(c, first) + _data.Distance(last, cNext) - _data.Distance(c, cNext);
        }
        else
        {
            int cPrev = At(vehicle, q - 1, len);
            insertion = _data.Distance(cPrev, last) + _data.Distance(first, c) - _data.Distance(cPrev, c);
        }

        return (removal + insertion) * _data.CostPerDistance[vehicle];
    }

    private bool TryMove(int vehicle, int i, int j)
    {
        int first = _state.Node(vehicle, i);
        ReadOnlySpan<int> near = _neighbours.Of(first);
        int limit = Math.Min(Candidates, near.Length);
        int fixedCount = _state.FixedCount(vehicle);
        for (int n = 0; n < limit; n++)
        {
            int c = near[n];
            if (_state.RouteOf(c) != vehicle)
            {
                continue;
            }

            int q = _state.PositionOf(c);
            if (q >= i && q <= j)
            {
                continue;
            }

            // After c (forward): no-op when c is the job just before the string.
            if (q != i - 1 && q + 1 >= fixedCount && Delta(vehicle, i, j, q, after: true) < -1e-9 && Apply(vehicle, i, j, q, after: true))
            {
                return true;
            }

            // Before c (reversed): no-op when c is the job just after the string.
            if (q != j + 1 && q >= fixedCount && Delta(vehicle, i, j, q, after: false) < -1e-9 && Apply(vehicle, i, j, q, after: false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Applies the move unless it would overload the vehicle somewhere along a route with shipments; true when applied.</summary>
    private bool Apply(int vehicle, int i, int j, int q, bool after)
    {
        int len = _state.RouteLength(vehicle);
        int w = 0;
        for (int t = 0; t < len; t++)
        {
            if (t >= i && t <= j)
            {
                continue;
            }

            if (!after && t == q)
            {
                for (int s = j; s >= i; s--)
                {
                    _buffer[w++] = _state.Node(vehicle, s);
                }
            }

            _buffer[w++] = _state.Node(vehicle, t);
            if (after && t == q)
            {
                for (int s = i; s <= j; s++)
                {
                    _buffer[w++] = _state.Node(vehicle, s);
                }
            }
        }

        var route = new ReadOnlySpan<int>(_buffer, 0, w);
        if (_state.SegmentHasPair(vehicle, 0, len - 1) && !_state.SequenceFitsLoad(vehicle, route))
        {
            return false;
        }

        _state.SetRoute(vehicle, route);
        Applications++;
        return true;
    }

    private int At(int vehicle, int position, int length) =>
        position < 0 ? _data.StartNode(vehicle) : position >= length ? _data.EndNode(vehicle) : _state.Node(vehicle, position);
}
