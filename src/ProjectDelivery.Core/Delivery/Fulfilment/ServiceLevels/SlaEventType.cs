namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>What happened to an SLA clock at an instant.</summary>
public enum SlaEventType : byte
{
    /// <summary>The clock starts counting (a ticket is raised, an order is placed). Starts a new cycle after a stop when the clock allows multiple cycles.</summary>
    Start = 0,

    /// <summary>The clock stops counting until resumed (e.g. waiting for the customer).</summary>
    Pause = 1,

    /// <summary>A paused clock counts again.</summary>
    Resume = 2,

    /// <summary>The goal is reached (a response sent, a ticket resolved, an order delivered): the cycle ends met or breached.</summary>
    Stop = 3,
}
