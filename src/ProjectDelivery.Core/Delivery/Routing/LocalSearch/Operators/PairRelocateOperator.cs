using ProjectDelivery.Delivery.Routing.Construction;
using ProjectDelivery.Delivery.Routing.Evaluation;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.LocalSearch.Operators;

/// <summary>
/// Inter-route pair relocate: moves both ends of the shipment of job u into the route of its neighbour v, at the
/// pickup and delivery positions that cost least there. O(n) for the removal (the segment between the two ends is
/// concatenated job by job) and O(n²) for the insertion, each candidate checked in O(1).
/// </summary>
/// <remarks>
/// The pickup-and-delivery relocate of Li and Lim (2001), "A metaheuristic for the pickup and delivery problem with
/// time windows", ICTAI 2001 (their "PD-shift"), with the insertion of <see cref="BestInsertion.BestPairIn"/>. Supports
/// problems with shipments; removing a shipment never raises the load anywhere on its route. Fixed ends are never moved.
/// </remarks>
internal sealed class PairRelocateOperator
{
    private readonly SearchState _state;
    private readonly ProblemData _data;
    private readonly BestInsertion _insertion;
    private int _pickupPosition;
    private int _deliveryPosition;

    // Last evaluation per target route: the answer depends on the shipment and the target route only, not on the
    // neighbour v, so while no route changed it is reused for the other neighbours in that route.
    private readonly int[] _cachedPickup;
    private readonly long[] _cachedVersion;
    private readonly double[] _cachedDelta;
    private readonly int[] _cachedPickupPosition;
    private readonly int[] _cachedDeliveryPosition;

    internal PairRelocateOperator(SearchState state, BestInsertion insertion)
    {
        _state = state;
        _data = state.Data;
        _insertion = insertion;
        int v = _data.VehicleCount;
        _cachedPickup = new int[v];
        _cachedVersion = new long[v];
        _cachedDelta = new double[v];
        _cachedPickupPosition = new int[v];
        _cachedDeliveryPosition = new int[v];
        for (int r = 0; r < v; r++)
        {
            _cachedPickup[r] = -1;
        }
    }

    /// <summary>Moves evaluated.</summary>
    internal long Evaluations { get; private set; }

    /// <summary>Moves applied.</summary>
    internal long Applications { get; private set; }

    /// <summary>Cost change of moving u's shipment into v's route, or +∞ when infeasible or not applicable (u unpaired, same route, fixed end).</summary>
    internal double Evaluate(int u, int v)
    {
        int partner = _data.Partner[u];
        if (partner < 0)
        {
            return double.PositiveInfinity;
        }

        int pickup = _data.IsPickup[u] ? u : partner;
        int delivery = _data.IsPickup[u] ? partner : u;
        int ru = _state.RouteOf(pickup);
        int rv = _state.RouteOf(v);
        if (ru < 0 || rv < 0 || ru == rv || _state.IsFixed(pickup) || _state.IsFixed(delivery)
            || !_data.CanServe(rv, pickup) || !_data.CanServe(rv, delivery))
        {
            return double.PositiveInfinity;
        }

        if (_cachedPickup[rv] == pickup && _cachedVersion[rv] == _state.Version)
        {
            _pickupPosition = _cachedPickupPosition[rv];
            _deliveryPosition = _cachedDeliveryPosition[rv];
            return _cachedDelta[rv];
        }

        Evaluations++;
        double removal = RemovalCost(ru, _state.PositionOf(pickup), _state.PositionOf(delivery), out double durationU);
        double delta = double.PositiveInfinity;
        if (!double.IsPositiveInfinity(removal)
            && !double.IsPositiveInfinity(_insertion.BestPairIn(pickup, delivery, rv, out _pickupPosition, out _deliveryPosition, out double costV, out double durationV)))
        {
            delta = _state.ChangeDelta(ru, removal, durationU, rv, costV, durationV);
        }

        _cachedPickup[rv] = pickup;
        _cachedVersion[rv] = _state.Version;
        _cachedDelta[rv] = delta;
        _cachedPickupPosition[rv] = _pickupPosition;
        _cachedDeliveryPosition[rv] = _deliveryPosition;
        return delta;
    }

    /// <summary>Applies the move last evaluated for (u, v).</summary>
    internal void Apply(int u, int v, int[] bufferA, int[] bufferB)
    {
        int partner = _data.Partner[u];
        int pickup = _data.IsPickup[u] ? u : partner;
        int delivery = _data.IsPickup[u] ? partner : u;
        int ru = _state.RouteOf(pickup);
        int rv = _state.RouteOf(v);
        int na = 0;
        for (int p = 0; p < _state.RouteLength(ru); p++)
        {
            int j = _state.Node(ru, p);
            if (j != pickup && j != delivery)
            {
                bufferA[na++] = j;
            }
        }

        int nb = 0;
        int lb = _state.RouteLength(rv);
        for (int p = 0; p <= lb; p++)
        {
            if (p == _pickupPosition)
            {
                bufferB[nb++] = pickup;
            }

            if (p == _deliveryPosition)
            {
                bufferB[nb++] = delivery;
            }

            if (p < lb)
            {
                bufferB[nb++] = _state.Node(rv, p);
            }
        }

        _state.ReplaceTwo(ru, new System.ReadOnlySpan<int>(bufferA, 0, na), rv, new System.ReadOnlySpan<int>(bufferB, 0, nb));
        Applications++;
    }

    /// <summary>Cost and duration of the route without the shipment (0 and 0 when it becomes empty); +∞ when infeasible.</summary>
    private double RemovalCost(int vehicle, int pickupPosition, int deliveryPosition, out double duration)
    {
        duration = 0;
        if (_state.RouteLength(vehicle) == 2)
        {
            return 0;
        }

        RouteSegment whole = _state.Prefix(vehicle, pickupPosition);
        for (int p = pickupPosition + 1; p < deliveryPosition; p++)
        {
            whole = RouteSegment.Merge(_data, whole, RouteSegment.Single(_data, _state.Node(vehicle, p)));
        }

        whole = RouteSegment.Merge(_data, whole, _state.Suffix(vehicle, deliveryPosition + 2));
        CandidateRoute candidate = CandidateRoute.Join(pickupPosition, vehicle, deliveryPosition + 1);
        if (deliveryPosition > pickupPosition + 1)
        {
            candidate.Add(RoutePiece.Range(vehicle, pickupPosition + 1, deliveryPosition - 1, false));
        }

        return _state.CandidateCost(vehicle, candidate, whole, out duration);
    }
}
