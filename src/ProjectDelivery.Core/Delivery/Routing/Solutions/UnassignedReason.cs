namespace ProjectDelivery.Delivery.Routing.Solutions;

/// <summary>Why a job is not in the plan.</summary>
public enum UnassignedReason
{
    /// <summary>No vehicle type has every skill the job requires.</summary>
    Skill = 0,

    /// <summary>The demand exceeds the capacity of every vehicle that has the skills.</summary>
    Capacity = 1,

    /// <summary>No vehicle can arrive before the job's window closes, even leaving at the start of its shift.</summary>
    TimeWindow = 2,

    /// <summary>The job can be reached in its window, but no vehicle could then return to its end depot before its shift ends.</summary>
    Shift = 3,

    /// <summary>Serving the job alone would exceed every suitable vehicle's maximum route duration.</summary>
    Duration = 4,

    /// <summary>Serving the job alone would exceed every suitable vehicle's maximum route distance.</summary>
    Distance = 5,

    /// <summary>
    /// The job could be served on its own, but every suitable vehicle is used and none has room for it (no feasible
    /// position in any route of the plan). Mandatory and optional jobs alike.
    /// </summary>
    FleetExhausted = 6,

    /// <summary>An optional job the plan has room for (a feasible position in a route, or a free vehicle), left out because its cheapest insertion costs more than its penalty.</summary>
    NotWorthServing = 7,
}
