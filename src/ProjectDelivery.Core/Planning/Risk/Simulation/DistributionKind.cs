namespace ProjectDelivery.Planning.Risk.Simulation;

/// <summary>The family of an <see cref="UncertainValue"/>.</summary>
public enum DistributionKind
{
    /// <summary>A single known value.</summary>
    Fixed = 0,

    /// <summary>Triangular on (min, most likely, max).</summary>
    Triangular = 1,

    /// <summary>PERT-Beta on (min, most likely, max) with shape weight 4.</summary>
    Pert = 2,

    /// <summary>Continuous uniform on [min, max].</summary>
    Uniform = 3,

    /// <summary>Normal with the given mean and standard deviation.</summary>
    Normal = 4,

    /// <summary>Log-normal whose own mean and standard deviation are given.</summary>
    LogNormal = 5,
}
