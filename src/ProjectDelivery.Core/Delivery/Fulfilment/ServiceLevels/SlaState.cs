namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>The state of an SLA clock at an instant. "At risk" is a flag on <see cref="SlaStatus"/>, not a state.</summary>
public enum SlaState : byte
{
    /// <summary>No start event at or before the instant.</summary>
    NotStarted = 0,

    /// <summary>Counting business time, goal not yet reached.</summary>
    Running = 1,

    /// <summary>Paused, goal not yet reached.</summary>
    Paused = 2,

    /// <summary>Stopped with elapsed business time at most the goal.</summary>
    Met = 3,

    /// <summary>The elapsed business time has reached the goal while the clock was open, or the clock stopped after exceeding it.</summary>
    Breached = 4,
}
