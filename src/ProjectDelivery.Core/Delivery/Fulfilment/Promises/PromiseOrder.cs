using System;
using NodaTime;
using ProjectDelivery.Serialization.Delivery;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.Promises;

/// <summary>
/// One order of a <see cref="PromiseRequest"/>: its id, the instant it is placed, the customer's time zone (or none, to
/// take the request's default) and, optionally, the customer-local date by which delivery is wanted.
/// </summary>
/// <remarks>Immutable, with value equality (time zones compare by id).</remarks>
public sealed class PromiseOrder : IEquatable<PromiseOrder>
{
    private PromiseOrder(string id, Instant orderedAt, DateTimeZone? customerZone, LocalDate? wantedBy)
    {
        Id = id;
        OrderedAt = orderedAt;
        CustomerZone = customerZone;
        WantedBy = wantedBy;
    }

    /// <summary>Gets the order id (non-empty).</summary>
    public string Id { get; }

    /// <summary>Gets the instant the order is placed.</summary>
    public Instant OrderedAt { get; }

    /// <summary>Gets the customer's time zone, or <see langword="null"/> to use <see cref="PromiseRequest.DefaultCustomerZone"/>.</summary>
    public DateTimeZone? CustomerZone { get; }

    /// <summary>Gets the customer-local date by which delivery is wanted, or <see langword="null"/> when none is asked for.</summary>
    public LocalDate? WantedBy { get; }

    /// <summary>Creates an order.</summary>
    /// <param name="id">The order id (non-empty).</param>
    /// <param name="orderedAt">The instant the order is placed.</param>
    /// <param name="customerZone">The customer's time zone, or <see langword="null"/> for the request's default.</param>
    /// <param name="wantedBy">The customer-local date by which delivery is wanted, or <see langword="null"/>.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static PromiseOrder Create(string id, Instant orderedAt, DateTimeZone? customerZone, LocalDate? wantedBy)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        Preconditions.CheckArgument(id.Length > 0, nameof(id), "An order id is required.");
        return new PromiseOrder(id, orderedAt, customerZone, wantedBy);
    }

    /// <inheritdoc />
    public bool Equals(PromiseOrder? other) =>
        other is not null && Id == other.Id && OrderedAt == other.OrderedAt && CustomerZone?.Id == other.CustomerZone?.Id && WantedBy == other.WantedBy;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PromiseOrder);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, OrderedAt, CustomerZone?.Id, WantedBy);

    /// <summary>A readable form.</summary>
    /// <returns>Id, order instant, zone and wanted date.</returns>
    public override string ToString() =>
        $"{Id} ordered {OrderedAt}" + (CustomerZone is { } zone ? $" ({zone.Id})" : string.Empty) + (WantedBy is { } date ? $", wanted by {date:uuuu-MM-dd}" : string.Empty);
}
