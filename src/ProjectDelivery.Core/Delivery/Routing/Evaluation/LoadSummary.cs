using System;
using System.Runtime.CompilerServices;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.Evaluation;

/// <summary>
/// Load summary of a sequence of consecutive route nodes in one capacity dimension, concatenable in O(1):
/// the demand loaded at the depot for the sequence's own deliveries, the net change picked up along it
/// (pickups minus shipment deliveries), and the peak load on board while it is served when the vehicle enters
/// it carrying only the sequence's depot demand.
/// </summary>
/// <remarks>
/// The rule for simultaneous pickup and delivery of Vidal et al. (2014), "A unified solution framework for
/// multi-attribute vehicle routing problems", EJOR 234(3), 658–673: for σ = σ1 ⊕ σ2, D = D1 + D2,
/// N = N1 + N2 and Peak = max(Peak1 + D2, Peak2 + N1). A job delivered from the depot with demand d is
/// (d, 0, d); a shipment's pickup (0, d, d); its delivery (0, −d, 0); a depot (0, 0, 0). A whole route with
/// every pickup before its delivery respects capacity Q when Peak ≤ Q.
/// </remarks>
internal struct LoadSummary
{
    internal double Depot;
    internal double Net;
    internal double Peak;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static LoadSummary Single(ProblemData data, int node, int dimension)
    {
        if (node >= data.JobCount)
        {
            return default;
        }

        double d = data.Demand[(node * data.Dimensions) + dimension];
        int partner = data.Partner[node];
        if (partner < 0)
        {
            return new LoadSummary { Depot = d, Net = 0, Peak = d };
        }

        return data.IsPickup[node] ? new LoadSummary { Depot = 0, Net = d, Peak = d } : new LoadSummary { Depot = 0, Net = -d, Peak = 0 };
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static LoadSummary Merge(in LoadSummary a, in LoadSummary b) => new()
    {
        Depot = a.Depot + b.Depot,
        Net = a.Net + b.Net,
        Peak = Math.Max(a.Peak + b.Depot, b.Peak + a.Net),
    };
}
