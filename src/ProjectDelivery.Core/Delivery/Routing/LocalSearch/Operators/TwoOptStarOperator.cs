using ProjectDelivery.Delivery.Routing.Evaluation;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.LocalSearch.Operators;

/// <summary>
/// 2-opt* (tail exchange): route of u continues after u with the jobs that followed v, and route of v continues
/// after v with the jobs that followed u. Evaluated in O(1) by segment concatenation and prefix loads.
/// </summary>
/// <remarks>
/// Potvin and Rousseau (1995), "An exchange heuristic for routeing problems with time windows", JORS 46(12);
/// feasibility by segment concatenation (Vidal et al. 2013). Applied only between vehicles of the same type,
/// so the exchanged tails end at an equivalent depot within the same shift and skills. With shipments, a route is
/// cut only where no shipment is open (<see cref="SearchState.IsCutAllowed"/>), so pairs stay together, and the
/// load is checked at every point of both new routes.
/// </remarks>
internal sealed class TwoOptStarOperator
{
    private readonly SearchState _state;
    private readonly ProblemData _data;

    internal TwoOptStarOperator(SearchState state)
    {
        _state = state;
        _data = state.Data;
    }

    /// <summary>Moves evaluated.</summary>
    internal long Evaluations { get; private set; }

    /// <summary>Moves applied.</summary>
    internal long Applications { get; private set; }

    /// <summary>Cost change of exchanging the tails after u and after v, or +∞ when infeasible or not applicable.</summary>
    internal double Evaluate(int u, int v)
    {
        int ru = _state.RouteOf(u);
        int rv = _state.RouteOf(v);
        if (ru < 0 || rv < 0 || ru == rv || _data.VehicleType[ru] != _data.VehicleType[rv])
        {
            return double.PositiveInfinity;
        }

        int pu = _state.PositionOf(u);
        int pv = _state.PositionOf(v);
        if (pu + 1 < _state.FixedCount(ru) || pv + 1 < _state.FixedCount(rv) || !_state.IsCutAllowed(ru, pu + 1) || !_state.IsCutAllowed(rv, pv + 1))
        {
            return double.PositiveInfinity;
        }

        int dims = _data.Dimensions;
        for (int k = 0; k < dims; k++)
        {
            double headU = _state.PrefixLoad(ru, pu + 1, k);
            double headV = _state.PrefixLoad(rv, pv + 1, k);
            double tailU = _state.Load(ru, k) - headU;
            double tailV = _state.Load(rv, k) - headV;
            if (headU + tailV > _state.Capacity(ru, k) + ProblemData.Epsilon || headV + tailU > _state.Capacity(rv, k) + ProblemData.Epsilon)
            {
                return double.PositiveInfinity;
            }
        }

        if (_state.HasShipments && (!_state.FitsLoad(ru, ru, pu + 1, -1, rv, pv + 1) || !_state.FitsLoad(rv, rv, pv + 1, -1, ru, pu + 1)))
        {
            return double.PositiveInfinity;
        }

        Evaluations++;
        RouteSegment newU = RouteSegment.Merge(_data, _state.Prefix(ru, pu + 1), _state.Suffix(rv, pv + 2));
        double costU = _state.JoinCost(ru, newU, pu + 1, rv, pv + 1, out double durationU);
        if (double.IsPositiveInfinity(costU))
        {
            return double.PositiveInfinity;
        }

        RouteSegment newV = RouteSegment.Merge(_data, _state.Prefix(rv, pv + 1), _state.Suffix(ru, pu + 2));
        double costV = _state.JoinCost(rv, newV, pv + 1, ru, pu + 1, out double durationV);
        if (double.IsPositiveInfinity(costV))
        {
            return double.PositiveInfinity;
        }

        return _state.ChangeDelta(ru, costU, durationU, rv, costV, durationV);
    }

    /// <summary>Applies the tail exchange for (u, v).</summary>
    internal void Apply(int u, int v, int[] bufferA, int[] bufferB)
    {
        int ru = _state.RouteOf(u);
        int rv = _state.RouteOf(v);
        int pu = _state.PositionOf(u);
        int pv = _state.PositionOf(v);
        int na = 0;
        int nb = 0;
        for (int p = 0; p <= pu; p++)
        {
            bufferA[na++] = _state.Node(ru, p);
        }

        for (int p = pv + 1; p < _state.RouteLength(rv); p++)
        {
            bufferA[na++] = _state.Node(rv, p);
        }

        for (int p = 0; p <= pv; p++)
        {
            bufferB[nb++] = _state.Node(rv, p);
        }

        for (int p = pu + 1; p < _state.RouteLength(ru); p++)
        {
            bufferB[nb++] = _state.Node(ru, p);
        }

        _state.ReplaceTwo(ru, new System.ReadOnlySpan<int>(bufferA, 0, na), rv, new System.ReadOnlySpan<int>(bufferB, 0, nb));
        Applications++;
    }
}
