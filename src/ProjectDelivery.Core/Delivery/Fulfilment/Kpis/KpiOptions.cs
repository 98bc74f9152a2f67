using System;
using NodaTime;

namespace ProjectDelivery.Delivery.Fulfilment.Kpis;

/// <summary>What counts as on time and in full, and which orders are measured.</summary>
/// <remarks>Defaults are kept here: early deliveries count as on time, no lateness tolerance, no quantity tolerance, every order measured.</remarks>
public sealed class KpiOptions
{
    /// <summary>The defaults.</summary>
    public static KpiOptions Default { get; } = new();

    /// <summary>How early before the promise a delivery may arrive and still be on time; null (default) means any earliness is on time.</summary>
    public Duration? EarlyTolerance { get; init; }

    /// <summary>How late after the promise a delivery may arrive and still be on time (default zero).</summary>
    public Duration LateTolerance { get; init; } = Duration.Zero;

    /// <summary>Fraction of a line's ordered quantity that may be missing while the line still counts in full, in [0, 1) (default 0).</summary>
    public double InFullTolerance { get; init; }

    /// <summary>
    /// When set, orders that are not yet complete (some line short) and whose on-time window has not closed by this
    /// instant are still open and left out of every measure; default null measures every order as final.
    /// </summary>
    public Instant? AsOf { get; init; }

    /// <summary>Checks the options; every problem is reported together.</summary>
    /// <exception cref="ArgumentException">A tolerance is negative, or the in-full tolerance is outside [0, 1) or NaN.</exception>
    public void Validate()
    {
        var problems = new System.Collections.Generic.List<string>();
        if (EarlyTolerance is { } early && early < Duration.Zero)
        {
            problems.Add($"EarlyTolerance ({early}) should not be negative");
        }

        if (LateTolerance < Duration.Zero)
        {
            problems.Add($"LateTolerance ({LateTolerance}) should not be negative");
        }

        if (double.IsNaN(InFullTolerance) || InFullTolerance < 0 || InFullTolerance >= 1)
        {
            problems.Add($"InFullTolerance ({InFullTolerance}) should be in [0, 1)");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid KPI options: " + string.Join("; ", problems) + ".", "options");
        }
    }
}
