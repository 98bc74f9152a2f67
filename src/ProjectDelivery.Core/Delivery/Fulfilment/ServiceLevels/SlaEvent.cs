using System;
using NodaTime;

namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>One event on an SLA clock's timeline: what happened and when.</summary>
/// <remarks>The default value is a start at the Unix epoch.</remarks>
public readonly struct SlaEvent : IEquatable<SlaEvent>
{
    /// <summary>Creates an event.</summary>
    /// <param name="at">When it happened.</param>
    /// <param name="type">What happened.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    public SlaEvent(Instant at, SlaEventType type)
    {
        if (type > SlaEventType.Stop)
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown SLA event type.");
        }

        At = at;
        Type = type;
    }

    /// <summary>When it happened.</summary>
    public Instant At { get; }

    /// <summary>What happened.</summary>
    public SlaEventType Type { get; }

    /// <summary>A start event.</summary>
    /// <param name="at">When.</param>
    /// <returns>The event.</returns>
    public static SlaEvent Start(Instant at) => new(at, SlaEventType.Start);

    /// <summary>A pause event.</summary>
    /// <param name="at">When.</param>
    /// <returns>The event.</returns>
    public static SlaEvent Pause(Instant at) => new(at, SlaEventType.Pause);

    /// <summary>A resume event.</summary>
    /// <param name="at">When.</param>
    /// <returns>The event.</returns>
    public static SlaEvent Resume(Instant at) => new(at, SlaEventType.Resume);

    /// <summary>A stop event.</summary>
    /// <param name="at">When.</param>
    /// <returns>The event.</returns>
    public static SlaEvent Stop(Instant at) => new(at, SlaEventType.Stop);

    /// <inheritdoc />
    public bool Equals(SlaEvent other) => At == other.At && Type == other.Type;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SlaEvent other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(At, Type);

    /// <summary>Equality operator.</summary>
    /// <param name="left">First event.</param>
    /// <param name="right">Second event.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(SlaEvent left, SlaEvent right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">First event.</param>
    /// <param name="right">Second event.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(SlaEvent left, SlaEvent right) => !left.Equals(right);

    /// <summary>A readable form, e.g. <c>pause@2027-03-29T10:00:00Z</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Type.ToString().ToLowerInvariant()}@{At}";
}
