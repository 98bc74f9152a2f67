using System;
using System.Runtime.CompilerServices;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.Evaluation;

/// <summary>
/// Summary of a sequence of consecutive route nodes that lets two sequences be concatenated in O(1):
/// minimum duration (driving, service and waiting), time warp, earliest and latest start, and distance.
/// </summary>
/// <remarks>
/// Concatenation rules from Vidal, Crainic, Gendreau and Prins (2013), "A hybrid genetic algorithm with
/// adaptive diversity management for a large class of vehicle routing problems with time-windows",
/// Computers &amp; Operations Research 40(1), 475–489, section 3.3 (also Kindervater and Savelsbergh 1997).
/// For σ = σ1 ⊕ σ2 with travel time t between them: Δ = D1 − TW1 + t, ΔWT = max(E2 − Δ − L1, 0),
/// ΔTW = max(E1 + Δ − L2, 0), D = D1 + D2 + t + ΔWT, TW = TW1 + TW2 + ΔTW, E = max(E2 − Δ, E1) − ΔWT,
/// L = min(L2 − Δ, L1) + ΔTW. A route is time-feasible when its time warp is zero; its duration D is the
/// minimum over departure times inside the shift, which is how a floating start is modelled.
/// </remarks>
internal struct RouteSegment
{
    internal int First;
    internal int Last;
    internal double Duration;
    internal double TimeWarp;
    internal double Earliest;
    internal double Latest;
    internal double Distance;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static RouteSegment Single(ProblemData data, int node) => new()
    {
        First = node,
        Last = node,
        Duration = data.Service[node],
        TimeWarp = 0,
        Earliest = data.Ready[node],
        Latest = data.Due[node],
        Distance = 0,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static RouteSegment Merge(ProblemData data, in RouteSegment a, in RouteSegment b)
    {
        double travel = data.Time(a.Last, b.First);
        double delta = a.Duration - a.TimeWarp + travel;
        double waiting = Math.Max(b.Earliest - delta - a.Latest, 0);
        double warp = Math.Max(a.Earliest + delta - b.Latest, 0);
        return new RouteSegment
        {
            First = a.First,
            Last = b.Last,
            Duration = a.Duration + b.Duration + travel + waiting,
            TimeWarp = a.TimeWarp + b.TimeWarp + warp,
            Earliest = Math.Max(b.Earliest - delta, a.Earliest) - waiting,
            Latest = Math.Min(b.Latest - delta, a.Latest) + warp,
            Distance = a.Distance + b.Distance + data.Distance(a.Last, b.First),
        };
    }

    /// <summary>True when a whole route (start depot to end depot) with this summary respects vehicle <paramref name="vehicle"/>'s limits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal readonly bool IsFeasibleFor(ProblemData data, int vehicle) =>
        TimeWarp <= ProblemData.Epsilon
        && Duration <= data.MaxDuration[vehicle] + ProblemData.Epsilon
        && Distance <= data.MaxDistance[vehicle] + ProblemData.Epsilon;

    /// <summary>Cost of a non-empty route with this summary on vehicle <paramref name="vehicle"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal readonly double CostFor(ProblemData data, int vehicle) =>
        data.FixedCost[vehicle] + (data.CostPerDistance[vehicle] * Distance) + (data.CostPerTime[vehicle] * Duration);
}
