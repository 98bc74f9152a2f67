using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.LocalSearch.Operators;

/// <summary>
/// Inter-route relocate: moves job u next to its neighbour v (just before or just after it) in v's route.
/// Evaluated in O(1) by concatenating prefix, single-job and suffix summaries.
/// </summary>
/// <remarks>
/// Classic relocate neighbourhood (Savelsbergh 1992) on granular candidate lists (Toth and Vigo 2003), with
/// time-window, duration and distance feasibility by segment concatenation (Vidal et al. 2013). Supports every
/// problem of the model (capacity in all dimensions, skills, windows, shifts, duration and distance limits).
/// Intra-route moves are left to the ruin-and-recreate step. With shipments, only unpaired jobs move
/// (<see cref="SearchState.CanMoveAlone"/>) and the load is checked at every point of the target route
/// (<see cref="SearchState.FitsLoad"/>); removing an unpaired job never raises the load anywhere.
/// </remarks>
internal sealed class RelocateOperator
{
    private readonly SearchState _state;
    private readonly ProblemData _data;
    private int _position;

    internal RelocateOperator(SearchState state)
    {
        _state = state;
        _data = state.Data;
    }

    /// <summary>Moves evaluated.</summary>
    internal long Evaluations { get; private set; }

    /// <summary>Moves applied.</summary>
    internal long Applications { get; private set; }

    /// <summary>Cost change of the best of "u before v" and "u after v", or +∞ when infeasible or not applicable.</summary>
    internal double Evaluate(int u, int v)
    {
        int ru = _state.RouteOf(u);
        int rv = _state.RouteOf(v);
        if (ru < 0 || rv < 0 || ru == rv || !_state.CanMoveAlone(u) || !_data.CanServe(rv, u) || !_state.FitsCapacity(rv, u))
        {
            return double.PositiveInfinity;
        }

        Evaluations++;
        int pv = _state.PositionOf(v);
        if (_data.BalanceCost > 0)
        {
            return EvaluateBalanced(u, ru, rv, pv);
        }

        double removal = _state.RemovalDelta(ru, _state.PositionOf(u));
        if (double.IsPositiveInfinity(removal))
        {
            return removal;
        }

        double before = pv < _state.FixedCount(rv) ? double.PositiveInfinity : _state.InsertionDelta(u, rv, pv);
        double after = pv + 1 < _state.FixedCount(rv) ? double.PositiveInfinity : _state.InsertionDelta(u, rv, pv + 1);
        if (_state.HasShipments)
        {
            before = double.IsPositiveInfinity(before) || _state.FitsLoad(rv, rv, pv, u, rv, pv) ? before : double.PositiveInfinity;
            after = double.IsPositiveInfinity(after) || _state.FitsLoad(rv, rv, pv + 1, u, rv, pv + 1) ? after : double.PositiveInfinity;
        }

        _position = after < before ? pv + 1 : pv;
        return removal + (after < before ? after : before);
    }

    /// <summary>With a balancing term the two route changes are not additive: price each placement with both routes' new durations.</summary>
    private double EvaluateBalanced(int u, int ru, int rv, int pv)
    {
        double removal = _state.RemovalCost(ru, _state.PositionOf(u), out double durationU);
        if (double.IsPositiveInfinity(removal))
        {
            return removal;
        }

        double best = double.PositiveInfinity;
        for (int position = pv; position <= pv + 1; position++)
        {
            if (position < _state.FixedCount(rv))
            {
                continue;
            }

            double cost = _state.InsertionCost(u, rv, position, out double durationV);
            double delta = double.IsPositiveInfinity(cost) ? cost : _state.ChangeDelta(ru, removal, durationU, rv, cost, durationV);
            if (delta < best)
            {
                best = delta;
                _position = position;
            }
        }

        if (double.IsPositiveInfinity(best))
        {
            _position = pv;
        }

        return best;
    }

    /// <summary>Applies the move last evaluated for (u, v).</summary>
    internal void Apply(int u, int v, int[] bufferA, int[] bufferB)
    {
        int ru = _state.RouteOf(u);
        int rv = _state.RouteOf(v);
        int na = 0;
        for (int p = 0; p < _state.RouteLength(ru); p++)
        {
            int j = _state.Node(ru, p);
            if (j != u)
            {
                bufferA[na++] = j;
            }
        }

        int nb = 0;
        for (int p = 0; p <= _state.RouteLength(rv); p++)
        {
            if (p == _position)
            {
                bufferB[nb++] = u;
            }

            if (p < _state.RouteLength(rv))
            {
                bufferB[nb++] = _state.Node(rv, p);
            }
        }

        _state.ReplaceTwo(ru, new System.ReadOnlySpan<int>(bufferA, 0, na), rv, new System.ReadOnlySpan<int>(bufferB, 0, nb));
        Applications++;
    }
}
