using ProjectDelivery.Delivery.Routing.Evaluation;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.LocalSearch.Operators;

/// <summary>
/// Inter-route swap: exchanges job u and its neighbour v between their routes, each taking the other's place.
/// Evaluated in O(1) by segment concatenation.
/// </summary>
/// <remarks>
/// Classic exchange neighbourhood (Osman 1993, λ-interchange with λ = 1) on granular candidate lists, with
/// feasibility by segment concatenation (Vidal et al. 2013). Supports every problem of the model; with shipments
/// only unpaired jobs are swapped and the load is checked at every point of both routes.
/// </remarks>
internal sealed class SwapOperator
{
    private readonly SearchState _state;
    private readonly ProblemData _data;

    internal SwapOperator(SearchState state)
    {
        _state = state;
        _data = state.Data;
    }

    /// <summary>Moves evaluated.</summary>
    internal long Evaluations { get; private set; }

    /// <summary>Moves applied.</summary>
    internal long Applications { get; private set; }

    /// <summary>Cost change of swapping u and v, or +∞ when infeasible or not applicable.</summary>
    internal double Evaluate(int u, int v)
    {
        int ru = _state.RouteOf(u);
        int rv = _state.RouteOf(v);
        if (ru < 0 || rv < 0 || ru == rv || !_state.CanMoveAlone(u) || !_state.CanMoveAlone(v) || !_data.CanServe(rv, u) || !_data.CanServe(ru, v))
        {
            return double.PositiveInfinity;
        }

        int dims = _data.Dimensions;
        for (int k = 0; k < dims; k++)
        {
            double du = _data.DepotDemand[(u * dims) + k];
            double dv = _data.DepotDemand[(v * dims) + k];
            if (_state.Load(ru, k) - du + dv > _state.Capacity(ru, k) + ProblemData.Epsilon
                || _state.Load(rv, k) - dv + du > _state.Capacity(rv, k) + ProblemData.Epsilon)
            {
                return double.PositiveInfinity;
            }
        }

        Evaluations++;
        int pu = _state.PositionOf(u);
        int pv = _state.PositionOf(v);
        if (_state.HasShipments && (!_state.FitsLoad(ru, ru, pu, v, ru, pu + 1) || !_state.FitsLoad(rv, rv, pv, u, rv, pv + 1)))
        {
            return double.PositiveInfinity;
        }

        RouteSegment newU = RouteSegment.Merge(_data, RouteSegment.Merge(_data, _state.Prefix(ru, pu), RouteSegment.Single(_data, v)), _state.Suffix(ru, pu + 2));
        double costU = _state.AroundCost(ru, newU, pu, v, pu + 1, out double durationU);
        if (double.IsPositiveInfinity(costU))
        {
            return double.PositiveInfinity;
        }

        RouteSegment newV = RouteSegment.Merge(_data, RouteSegment.Merge(_data, _state.Prefix(rv, pv), RouteSegment.Single(_data, u)), _state.Suffix(rv, pv + 2));
        double costV = _state.AroundCost(rv, newV, pv, u, pv + 1, out double durationV);
        if (double.IsPositiveInfinity(costV))
        {
            return double.PositiveInfinity;
        }

        return _state.ChangeDelta(ru, costU, durationU, rv, costV, durationV);
    }

    /// <summary>Applies the swap of u and v.</summary>
    internal void Apply(int u, int v, int[] bufferA, int[] bufferB)
    {
        int ru = _state.RouteOf(u);
        int rv = _state.RouteOf(v);
        int la = _state.RouteLength(ru);
        int lb = _state.RouteLength(rv);
        for (int p = 0; p < la; p++)
        {
            int j = _state.Node(ru, p);
            bufferA[p] = j == u ? v : j;
        }

        for (int p = 0; p < lb; p++)
        {
            int j = _state.Node(rv, p);
            bufferB[p] = j == v ? u : j;
        }

        _state.ReplaceTwo(ru, new System.ReadOnlySpan<int>(bufferA, 0, la), rv, new System.ReadOnlySpan<int>(bufferB, 0, lb));
        Applications++;
    }
}
