using System;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.LocalSearch.Operators;

/// <summary>
/// Intra-route 2-opt restricted to granular neighbours: replaces arcs (a, a⁺) and (c, c⁺) by (a, c) and
/// (a⁺, c⁺), reversing the jobs between them. The delta is evaluated in O(1) before the move is applied.
/// </summary>
/// <remarks>
/// Croes (1958), "A method for solving traveling-salesman problems", Operations Research 6(6); granular
/// candidate lists after Toth and Vigo (2003). Supports problems with symmetric travel and no binding time
/// constraints (TSP, CVRP, distance-limited routes): there a reversal changes only the two arcs' distance and
/// never the load. The solver does not use it when windows, shifts, duration limits or time costs apply. Segments
/// holding an end of a shipment are never reversed (<see cref="SearchState.SegmentHasPair"/>); reversing jobs that are
/// all delivered from the depot keeps the peak load, since the load only falls inside such a segment.
/// </remarks>
internal sealed class TwoOptOperator
{
    private const int Candidates = 12;
    private readonly SearchState _state;
    private readonly ProblemData _data;
    private readonly NeighbourLists _neighbours;

    internal TwoOptOperator(SearchState state, NeighbourLists neighbours)
    {
        _state = state;
        _data = state.Data;
        _neighbours = neighbours;
    }

    /// <summary>True when the operator is valid for the problem (see remarks).</summary>
    internal static bool Supports(ProblemData data) => data.IsSymmetric && !data.HasTimeConstraints;

    /// <summary>Moves evaluated so far.</summary>
    internal long Evaluations { get; private set; }

    /// <summary>Moves applied so far.</summary>
    internal long Applications { get; private set; }

    /// <summary>
    /// Cost change of the move that reverses positions <paramref name="from"/>..<paramref name="to"/> of the route of
    /// <paramref name="vehicle"/> (0 ≤ from ≤ to &lt; length).
    /// </summary>
    internal double Delta(int vehicle, int from, int to)
    {
        Evaluations++;
        int before = from == 0 ? _data.StartNode(vehicle) : _state.Node(vehicle, from - 1);
        int after = to == _state.RouteLength(vehicle) - 1 ? _data.EndNode(vehicle) : _state.Node(vehicle, to + 1);
        int first = _state.Node(vehicle, from);
        int last = _state.Node(vehicle, to);
        double change = _data.Distance(before, last) + _data.Distance(first, after) - _data.Distance(before, first) - _data.Distance(last, after);
        return change * _data.CostPerDistance[vehicle];
    }

    /// <summary>Stops <see cref="Improve"/> early when it returns true (the run's time limit or cancellation); null: never.</summary>
    internal Func<bool>? Expired { get; set; }

    /// <summary>Applies improving moves to one route until none is left; returns true when the route changed.</summary>
    internal bool Improve(int vehicle)
    {
        bool changed = false;
        bool improved = true;
        int rounds = 0;
        while (improved && rounds++ < 1000)
        {
            improved = false;
            int len = _state.RouteLength(vehicle);
            for (int i = 0; i < len; i++)
            {
                if ((i & 255) == 255 && Expired?.Invoke() == true)
                {
                    return changed;
                }

                int a = _state.Node(vehicle, i);
                ReadOnlySpan<int> near = _neighbours.Of(a);
                int limit = Math.Min(Candidates, near.Length);
                for (int n = 0; n < limit; n++)
                {
                    int c = near[n];
                    if (_state.RouteOf(c) != vehicle)
                    {
                        continue;
                    }

                    int k = _state.PositionOf(c);

                    // Make a and c adjacent: either reverse (i+1..k) for k > i, or (k..i-1) for k < i.
                    int from;
                    int to;
                    if (k > i + 1)
                    {
                        from = i + 1;
                        to = k;
                    }
                    else if (k < i - 1)
                    {
                        from = k + 1;
                        to = i;
                    }
                    else
                    {
                        continue;
                    }

                    if (from >= _state.FixedCount(vehicle) && !_state.SegmentHasPair(vehicle, from, to) && Delta(vehicle, from, to) < -1e-9)
                    {
                        _state.Reverse(vehicle, from, to);
                        Applications++;
                        improved = true;
                        changed = true;
                        a = _state.Node(vehicle, i);
                        near = _neighbours.Of(a);
                    }
                }
            }
        }

        return changed;
    }
}
