namespace ProjectDelivery.Planning.Risk;

/// <summary>Where a risk stands in its lifecycle.</summary>
/// <remarks>
/// Allowed moves (anything else is rejected by <see cref="ProjectRisk.WithStatus"/>):
/// Identified → Assessed, Closed; Assessed → Identified, Responding, Occurred, Closed;
/// Responding → Assessed, Occurred, Closed; Occurred → Responding, Closed; Closed → Identified (re-opened).
/// </remarks>
public enum RiskStatus
{
    /// <summary>Recorded but not yet analysed.</summary>
    Identified = 0,

    /// <summary>Probability and impacts assessed.</summary>
    Assessed = 1,

    /// <summary>A response is being carried out.</summary>
    Responding = 2,

    /// <summary>No longer relevant (expired, avoided or fully dealt with).</summary>
    Closed = 3,

    /// <summary>The event has happened and is now an issue.</summary>
    Occurred = 4,
}
