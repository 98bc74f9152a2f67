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

    /// <summary>Creates the default options (the same as <see cref="Default"/>).</summary>
    public KpiOptions()
    {
    }

    private KpiOptions(KpiOptions other)
    {
        EarlyTolerance = other.EarlyTolerance;
        LateTolerance = other.LateTolerance;
        InFullTolerance = other.InFullTolerance;
        AsOf = other.AsOf;
    }

    /// <summary>A copy with <see cref="EarlyTolerance"/> set: the way to configure KPIs from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="earlyTolerance">How early a delivery may be and still count as on time; null for any.</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="earlyTolerance"/> is negative.</exception>
    public KpiOptions WithEarlyTolerance(Duration? earlyTolerance)
    {
        if (earlyTolerance is { } early && early < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(earlyTolerance), early, "The early tolerance must not be negative.");
        }

        return new KpiOptions(this) { EarlyTolerance = earlyTolerance };
    }

    /// <summary>A copy with <see cref="LateTolerance"/> set.</summary>
    /// <param name="lateTolerance">How late a delivery may be and still count as on time.</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lateTolerance"/> is negative.</exception>
    public KpiOptions WithLateTolerance(Duration lateTolerance)
    {
        if (lateTolerance < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lateTolerance), lateTolerance, "The late tolerance must not be negative.");
        }

        return new KpiOptions(this) { LateTolerance = lateTolerance };
    }

    /// <summary>A copy with <see cref="InFullTolerance"/> set.</summary>
    /// <param name="inFullTolerance">Share of a line that may be missing and still count as in full, in [0, 1).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="inFullTolerance"/> is outside [0, 1).</exception>
    public KpiOptions WithInFullTolerance(double inFullTolerance)
    {
        if (double.IsNaN(inFullTolerance) || inFullTolerance < 0 || inFullTolerance >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(inFullTolerance), inFullTolerance, "The in-full tolerance should be in range [0, 1).");
        }

        return new KpiOptions(this) { InFullTolerance = inFullTolerance };
    }

    /// <summary>A copy with <see cref="AsOf"/> set.</summary>
    /// <param name="asOf">Orders still open at this instant are left out; null measures every order as final.</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    public KpiOptions WithAsOf(Instant? asOf) => new(this) { AsOf = asOf };
}
