namespace ProjectDelivery.Planning.Risk;

/// <summary>The red/amber/green zone of a probability-impact matrix cell.</summary>
public enum RagZone
{
    /// <summary>Low exposure: accept and monitor.</summary>
    Green = 0,

    /// <summary>Moderate exposure: plan a response.</summary>
    Amber = 1,

    /// <summary>High exposure: respond now, escalate.</summary>
    Red = 2,
}
