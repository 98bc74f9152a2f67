namespace ProjectDelivery.Delivery.Routing;

/// <summary>What the solver minimises.</summary>
public enum RoutingObjective
{
    /// <summary>Total cost: fixed, distance and time costs plus penalties of left-out optional jobs.</summary>
    Cost = 0,

    /// <summary>Hierarchical: fewest vehicles first, then total cost.</summary>
    Vehicles = 1,
}
