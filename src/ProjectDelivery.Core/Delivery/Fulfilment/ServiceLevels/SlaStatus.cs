using System;
using NodaTime;

namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>
/// What an SLA clock shows at one instant (its "as of" instant) for one cycle: the state, the business time
/// elapsed and remaining, when the goal is (or was) breached, and the real time spent paused.
/// </summary>
/// <remarks>
/// A small immutable value; the default value is a clock that has not started, with a zero goal.
/// See <see cref="SlaClock"/> for the exact definitions.
/// </remarks>
public readonly struct SlaStatus : IEquatable<SlaStatus>
{
    private readonly long _elapsedTicks;
    private readonly long _goalTicks;
    private readonly long _pausedTicks;
    private readonly long _breachTicks;
    private readonly long _cycleStartTicks;

    internal SlaStatus(SlaState state, int cycle, long cycleStartTicks, long elapsedTicks, long goalTicks, long pausedTicks, long breachTicks, bool hasBreachAt, bool atRisk)
    {
        State = state;
        Cycle = cycle;
        _cycleStartTicks = cycleStartTicks;
        _elapsedTicks = elapsedTicks;
        _goalTicks = goalTicks;
        _pausedTicks = pausedTicks;
        _breachTicks = breachTicks;
        HasBreachAt = hasBreachAt;
        IsAtRisk = atRisk;
    }

    /// <summary>The state at the as-of instant.</summary>
    public SlaState State { get; }

    /// <summary>The one-based number of the cycle reported (0 when not started).</summary>
    public int Cycle { get; }

    /// <summary>When the reported cycle started; null when not started.</summary>
    public Instant? CycleStartedAt => Cycle == 0 ? null : Instant.FromUnixTimeTicks(_cycleStartTicks);

    /// <summary>Business time counted in the cycle up to the as-of instant (or its stop), pauses excluded.</summary>
    public Duration Elapsed => Duration.FromTicks(_elapsedTicks);

    /// <summary>The goal the clock measures against.</summary>
    public Duration Goal => Duration.FromTicks(_goalTicks);

    /// <summary>Goal minus elapsed business time; negative once the goal is exceeded.</summary>
    public Duration Remaining => Duration.FromTicks(_goalTicks - _elapsedTicks);

    /// <summary>Real (not business) time the cycle has spent paused up to the as-of instant.</summary>
    public Duration TimePaused => Duration.FromTicks(_pausedTicks);

    /// <summary>True when <see cref="BreachAt"/> has a value.</summary>
    public bool HasBreachAt { get; }

    /// <summary>
    /// The instant at which elapsed business time reaches the goal: in the future while running, in the past
    /// once breached; null while not started, paused (goal not reached) or met.
    /// </summary>
    public Instant? BreachAt => HasBreachAt ? Instant.FromUnixTimeTicks(_breachTicks) : null;

    /// <summary>True while running or paused (not met or breached) with elapsed business time at or above the warning threshold.</summary>
    public bool IsAtRisk { get; }

    /// <summary>Elapsed as a fraction of the goal (≥ 0; above 1 once exceeded).</summary>
    public double FractionOfGoal => _goalTicks == 0 ? 0 : (double)_elapsedTicks / _goalTicks;

    internal long ElapsedTicks => _elapsedTicks;

    internal long BreachTicks => _breachTicks;

    /// <inheritdoc />
    public bool Equals(SlaStatus other) =>
        State == other.State && Cycle == other.Cycle && _cycleStartTicks == other._cycleStartTicks && _elapsedTicks == other._elapsedTicks
        && _goalTicks == other._goalTicks && _pausedTicks == other._pausedTicks && HasBreachAt == other.HasBreachAt
        && (!HasBreachAt || _breachTicks == other._breachTicks) && IsAtRisk == other.IsAtRisk;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SlaStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(State, Cycle, _elapsedTicks, _goalTicks, _pausedTicks, HasBreachAt ? _breachTicks : 0, IsAtRisk);

    /// <summary>Equality operator.</summary>
    /// <param name="left">First status.</param>
    /// <param name="right">Second status.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(SlaStatus left, SlaStatus right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">First status.</param>
    /// <param name="right">Second status.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(SlaStatus left, SlaStatus right) => !left.Equals(right);

    /// <summary>A readable form.</summary>
    /// <returns>State, elapsed, goal and breach instant.</returns>
    public override string ToString() =>
        $"{State}{(IsAtRisk ? " (at risk)" : string.Empty)}: {Elapsed} of {Goal}" + (HasBreachAt ? $", breach at {BreachAt}" : string.Empty);
}
