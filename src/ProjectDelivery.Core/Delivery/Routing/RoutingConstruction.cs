namespace ProjectDelivery.Delivery.Routing;

/// <summary>How the solver builds its first plan before improving it.</summary>
public enum RoutingConstruction
{
    /// <summary>Greedy cheapest insertion, hardest jobs first (narrow windows, far from the depot).</summary>
    Insertion = 0,

    /// <summary>Clarke and Wright (1964) parallel savings, merges checked for capacity, time windows, duration and distance.</summary>
    Savings = 1,

    /// <summary>Solomon (1987) I1 sequential insertion (α1 = 1, α2 = 0, μ = 1, λ = 1; seed: the farthest unrouted job).</summary>
    SolomonI1 = 2,
}
