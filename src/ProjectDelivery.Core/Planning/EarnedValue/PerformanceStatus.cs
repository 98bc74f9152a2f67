namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>Traffic-light status of one metric against its <see cref="ThresholdBand"/>.</summary>
public enum PerformanceStatus
{
    /// <summary>The metric is undefined (for example CPI before any actual cost), so it has no status.</summary>
    Undefined = 0,

    /// <summary>Within the green band: on or better than plan within tolerance.</summary>
    Green = 1,

    /// <summary>Within the amber band: needs attention.</summary>
    Amber = 2,

    /// <summary>Beyond the amber band: needs corrective action.</summary>
    Red = 3,
}
