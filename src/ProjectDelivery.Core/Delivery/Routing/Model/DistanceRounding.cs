namespace ProjectDelivery.Delivery.Routing.Model;

/// <summary>How distances and travel times computed from coordinates are rounded.</summary>
/// <remarks>
/// The convention changes which solutions are feasible under time windows, so the solver works in the chosen
/// one throughout. <see cref="Dimacs"/> is the convention of the 12th DIMACS implementation challenge (2021),
/// CVRPLIB and PyVRP for Solomon instances; <see cref="NearestInteger"/> is TSPLIB's <c>nint</c> for EUC_2D
/// (Reinelt 1991, TSPLIB 95 documentation, section 2.1).
/// </remarks>
public enum DistanceRounding
{
    /// <summary>Exact double-precision Euclidean distance, no rounding (the default for Solomon files).</summary>
    Exact = 0,

    /// <summary>Each arc distance and travel time truncated to one decimal: <c>floor(10 d) / 10</c>.</summary>
    Dimacs = 1,

    /// <summary>Nearest integer, halves rounded up: <c>floor(d + 0.5)</c> (TSPLIB/CVRPLIB EUC_2D).</summary>
    NearestInteger = 2,
}
