using System;
using ProjectDelivery.Delivery.Routing.Evaluation;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.LocalSearch.Operators;

/// <summary>
/// Inter-route cross-exchange anchored on a neighbour pair (u, v): the string A of 1 to 3 jobs starting at u
/// moves into v's route right after v, and the string B of 0 to 3 jobs that followed v takes A's place in u's
/// route; either string may be reversed. <see cref="Evaluate(int, int, double)"/> returns the best variant, which <see cref="Apply"/>
/// then performs. Each variant costs O(1): two concatenations of prefix, string and suffix summaries plus loads.
/// </summary>
/// <remarks>
/// Taillard, Badeau, Gendreau, Guertin and Potvin (1997), "A tabu search heuristic for the vehicle routing problem
/// with soft time windows", Transportation Science 31(2) (CROSS exchange); inter-route Or-opt is the case |B| = 0.
/// Granular anchoring after Toth and Vigo (2003): the move creates the arc (v, first of A), so only pairs of close
/// jobs are tried. Feasibility and cost of a variant are computed in one place, <see cref="VariantDelta"/>.
/// The single-job relocation (|A| = 1, |B| = 0) is left to <see cref="RelocateOperator"/>.
/// </remarks>
internal sealed class CrossExchangeOperator
{
    /// <summary>Longest string moved.</summary>
    internal const int MaxLength = 3;

    private readonly SearchState _state;
    private readonly ProblemData _data;
    private int _lengthA;
    private int _lengthB;
    private bool _reverseA;
    private bool _reverseB;

    internal CrossExchangeOperator(SearchState state)
    {
        _state = state;
        _data = state.Data;
    }

    /// <summary>Moves evaluated.</summary>
    internal long Evaluations { get; private set; }

    /// <summary>Moves applied.</summary>
    internal long Applications { get; private set; }

    /// <summary>Cost change of the best cross-exchange anchored on (u, v), or +∞ when no variant is feasible or applicable.</summary>
    internal double Evaluate(int u, int v) => Evaluate(u, v, double.PositiveInfinity);

    /// <summary>
    /// Cost change of the best cross-exchange anchored on (u, v) that is below <paramref name="cutoff"/>, or +∞ when there
    /// is none. With distance-only costs a variant whose distance change already reaches the cutoff is skipped before
    /// its time feasibility is checked.
    /// </summary>
    internal double Evaluate(int u, int v, double cutoff)
    {
        int ru = _state.RouteOf(u);
        int rv = _state.RouteOf(v);
        if (ru < 0 || rv < 0 || ru == rv)
        {
            return double.PositiveInfinity;
        }

        int pu = _state.PositionOf(u);
        int pv = _state.PositionOf(v);
        if (pu < _state.FixedCount(ru) || pv + 1 < _state.FixedCount(rv))
        {
            return double.PositiveInfinity;
        }

        int lenU = _state.RouteLength(ru);
        int lenV = _state.RouteLength(rv);
        double best = cutoff;
        bool distanceOnly = _data.CostPerTime[ru] == 0 && _data.CostPerTime[rv] == 0;
        for (int la = 1; la <= MaxLength && pu + la <= lenU; la++)
        {
            if (!_data.CanServe(rv, _state.Node(ru, pu + la - 1)))
            {
                break;
            }

            for (int lb = 0; lb <= MaxLength && pv + lb < lenV; lb++)
            {
                if (lb > 0 && !_data.CanServe(ru, _state.Node(rv, pv + lb)))
                {
                    break;
                }

                if (la == 1 && lb == 0)
                {
                    continue;
                }

                for (int variant = 0; variant < 4; variant++)
                {
                    bool reverseA = (variant & 1) != 0;
                    bool reverseB = (variant & 2) != 0;
                    if ((reverseA && la < 2) || (reverseB && lb < 2))
                    {
                        continue;
                    }

                    if (distanceOnly && lenU - la + lb > 0 && DistanceDelta(ru, pu, la, reverseA, rv, pv, lb, reverseB) > best + Slack(best))
                    {
                        continue;
                    }

                    double delta = VariantDelta(ru, pu, la, reverseA, rv, pv, lb, reverseB);
                    if (delta < best)
                    {
                        best = delta;
                        _lengthA = la;
                        _lengthB = lb;
                        _reverseA = reverseA;
                        _reverseB = reverseB;
                    }
                }
            }
        }

        return best < cutoff ? best : double.PositiveInfinity;
    }

    /// <summary>
    /// Distance-cost change of a variant (arcs around both strings and the strings' own arcs, each route at its own
    /// cost per distance): the exact cost change when both vehicles have no time cost and u's route does not empty.
    /// Feasibility is not checked. O(1).
    /// </summary>
    internal double DistanceDelta(int ru, int pu, int la, bool reverseA, int rv, int pv, int lb, bool reverseB)
    {
        int lenU = _state.RouteLength(ru);
        int lenV = _state.RouteLength(rv);
        int previousA = pu == 0 ? _data.StartNode(ru) : _state.Node(ru, pu - 1);
        int nextA = pu + la == lenU ? _data.EndNode(ru) : _state.Node(ru, pu + la);
        int v = _state.Node(rv, pv);
        int nextB = pv + lb + 1 == lenV ? _data.EndNode(rv) : _state.Node(rv, pv + lb + 1);
        int firstA = _state.Node(ru, pu);
        int lastA = _state.Node(ru, pu + la - 1);
        int enterA = reverseA ? lastA : firstA;
        int leaveA = reverseA ? firstA : lastA;
        double oldU = _data.Distance(previousA, firstA) + _data.Distance(lastA, nextA);
        double newV = _data.Distance(v, enterA) + _data.Distance(leaveA, nextB);
        double oldV;
        double newU;
        double insideB = 0;
        double insideNewB = 0;
        if (lb > 0)
        {
            int firstB = _state.Node(rv, pv + 1);
            int lastB = _state.Node(rv, pv + lb);
            oldV = _data.Distance(v, firstB) + _data.Distance(lastB, nextB);
            newU = reverseB
                ? _data.Distance(previousA, lastB) + _data.Distance(firstB, nextA)
                : _data.Distance(previousA, firstB) + _data.Distance(lastB, nextA);
            insideB = Inside(rv, pv + 1, lb, false);
            insideNewB = reverseB ? Inside(rv, pv + 1, lb, true) : insideB;
        }
        else
        {
            oldV = _data.Distance(v, nextB);
            newU = _data.Distance(previousA, nextA);
        }

        double insideA = Inside(ru, pu, la, false);
        double insideNewA = reverseA ? Inside(ru, pu, la, true) : insideA;
        double deltaU = newU - oldU + insideNewB - insideA;
        double deltaV = newV - oldV + insideNewA - insideB;
        return (_data.CostPerDistance[ru] * deltaU) + (_data.CostPerDistance[rv] * deltaV);
    }

    /// <summary>
    /// Cost change of one variant: jobs at positions pu..pu+la−1 of route ru go after position pv of route rv
    /// (reversed when <paramref name="reverseA"/>), and jobs pv+1..pv+lb of rv go to their place (reversed when
    /// <paramref name="reverseB"/>); +∞ when a capacity, time, duration or distance limit breaks. O(1).
    /// </summary>
    internal double VariantDelta(int ru, int pu, int la, bool reverseA, int rv, int pv, int lb, bool reverseB)
    {
        int dims = _data.Dimensions;
        for (int k = 0; k < dims; k++)
        {
            double loadA = _state.PrefixLoad(ru, pu + la, k) - _state.PrefixLoad(ru, pu, k);
            double loadB = _state.PrefixLoad(rv, pv + 1 + lb, k) - _state.PrefixLoad(rv, pv + 1, k);
            if (_state.Load(ru, k) - loadA + loadB > _state.Capacity(ru, k) + ProblemData.Epsilon
                || _state.Load(rv, k) - loadB + loadA > _state.Capacity(rv, k) + ProblemData.Epsilon)
            {
                return double.PositiveInfinity;
            }
        }

        Evaluations++;
        double costU;
        int newLengthU = _state.RouteLength(ru) - la + lb;
        if (newLengthU == 0)
        {
            costU = 0;
        }
        else
        {
            RouteSegment head = _state.Prefix(ru, pu);
            if (lb > 0)
            {
                head = RouteSegment.Merge(_data, head, StringOf(rv, pv + 1, lb, reverseB));
            }

            RouteSegment newU = RouteSegment.Merge(_data, head, _state.Suffix(ru, pu + la + 1));
            if (!newU.IsFeasibleFor(_data, ru))
            {
                return double.PositiveInfinity;
            }

            costU = newU.CostFor(_data, ru);
        }

        RouteSegment middle = RouteSegment.Merge(_data, _state.Prefix(rv, pv + 1), StringOf(ru, pu, la, reverseA));
        RouteSegment newV = RouteSegment.Merge(_data, middle, _state.Suffix(rv, pv + lb + 2));
        if (!newV.IsFeasibleFor(_data, rv))
        {
            return double.PositiveInfinity;
        }

        return costU - _state.RouteCost(ru) + newV.CostFor(_data, rv) - _state.RouteCost(rv);
    }

    /// <summary>Applies the variant last returned by <see cref="Evaluate(int, int, double)"/> for (u, v).</summary>
    internal void Apply(int u, int v, int[] bufferA, int[] bufferB)
    {
        int ru = _state.RouteOf(u);
        int rv = _state.RouteOf(v);
        int pu = _state.PositionOf(u);
        int pv = _state.PositionOf(v);
        int na = 0;
        for (int p = 0; p < pu; p++)
        {
            bufferA[na++] = _state.Node(ru, p);
        }

        for (int i = 0; i < _lengthB; i++)
        {
            bufferA[na++] = _state.Node(rv, pv + 1 + (_reverseB ? _lengthB - 1 - i : i));
        }

        for (int p = pu + _lengthA; p < _state.RouteLength(ru); p++)
        {
            bufferA[na++] = _state.Node(ru, p);
        }

        int nb = 0;
        for (int p = 0; p <= pv; p++)
        {
            bufferB[nb++] = _state.Node(rv, p);
        }

        for (int i = 0; i < _lengthA; i++)
        {
            bufferB[nb++] = _state.Node(ru, pu + (_reverseA ? _lengthA - 1 - i : i));
        }

        for (int p = pv + 1 + _lengthB; p < _state.RouteLength(rv); p++)
        {
            bufferB[nb++] = _state.Node(rv, p);
        }

        _state.ReplaceTwo(ru, new ReadOnlySpan<int>(bufferA, 0, na), rv, new ReadOnlySpan<int>(bufferB, 0, nb));
        Applications++;
    }

    /// <summary>Tolerance of the distance pre-check: the two sums may differ by rounding, so only clearly worse variants are skipped.</summary>
    private static double Slack(double best) => ProblemData.Epsilon + (1e-9 * Math.Abs(best));

    /// <summary>Distance along the string of <paramref name="length"/> jobs from <paramref name="position"/>, forwards or reversed.</summary>
    private double Inside(int vehicle, int position, int length, bool reverse)
    {
        double sum = 0;
        for (int i = 0; i + 1 < length; i++)
        {
            int a = _state.Node(vehicle, position + i);
            int b = _state.Node(vehicle, position + i + 1);
            sum += reverse ? _data.Distance(b, a) : _data.Distance(a, b);
        }

        return sum;
    }

    /// <summary>Summary of the <paramref name="length"/> (1..3) jobs from <paramref name="position"/> of a route, optionally reversed.</summary>
    private RouteSegment StringOf(int vehicle, int position, int length, bool reverse)
    {
        int step = reverse ? -1 : 1;
        int p = reverse ? position + length - 1 : position;
        RouteSegment segment = RouteSegment.Single(_data, _state.Node(vehicle, p));
        for (int i = 1; i < length; i++)
        {
            p += step;
            segment = RouteSegment.Merge(_data, segment, RouteSegment.Single(_data, _state.Node(vehicle, p)));
        }

        return segment;
    }
}
