using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.Kpis;

/// <summary>
/// One customer order as delivery KPIs see it: when it was placed, promised and shipped, its lines, the
/// quality of the delivery, whether its SLA was met, and free attributes to group by (customer, carrier, warehouse, ...).
/// </summary>
/// <remarks>Immutable; "With..." methods return new instances.</remarks>
public sealed class FulfilmentOrder
{
    private static readonly IReadOnlyDictionary<string, string> NoAttributes = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    private FulfilmentOrder(string id, Instant orderedAt, Instant promisedBy, Instant? shippedAt, OrderLine[] lines, bool damaged, bool documentsCorrect, bool? slaMet, IReadOnlyDictionary<string, string> attributes)
    {
        Id = id;
        OrderedAt = orderedAt;
        PromisedBy = promisedBy;
        ShippedAt = shippedAt;
        Lines = new ReadOnlyCollection<OrderLine>(lines);
        Damaged = damaged;
        DocumentsCorrect = documentsCorrect;
        SlaMet = slaMet;
        Attributes = attributes;
        Instant? first = null, last = null;
        foreach (OrderLine line in lines)
        {
            if (line.DeliveredAt is { } at)
            {
                first = first is null || at < first ? at : first;
                last = last is null || at > last ? at : last;
            }
        }

        FirstDeliveryAt = first;
        LastDeliveryAt = last;
    }

    /// <summary>The order id.</summary>
    public string Id { get; }

    /// <summary>When the order was placed.</summary>
    public Instant OrderedAt { get; }

    /// <summary>The promised delivery deadline (e.g. the end of the promised window or day).</summary>
    public Instant PromisedBy { get; }

    /// <summary>When the order left the warehouse; null when unknown or not shipped.</summary>
    public Instant? ShippedAt { get; }

    /// <summary>The lines (at least one).</summary>
    public IReadOnlyList<OrderLine> Lines { get; }

    /// <summary>True when the delivery arrived damaged.</summary>
    public bool Damaged { get; }

    /// <summary>True when invoices and shipping documents were correct.</summary>
    public bool DocumentsCorrect { get; }

    /// <summary>Whether the order's SLA was met; null when no SLA applies.</summary>
    public bool? SlaMet { get; }

    /// <summary>Free attributes to group by.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }

    /// <summary>The earliest line delivery, or null when nothing was delivered.</summary>
    public Instant? FirstDeliveryAt { get; }

    /// <summary>The latest line delivery (the order's delivery instant), or null when nothing was delivered.</summary>
    public Instant? LastDeliveryAt { get; }

    /// <summary>Creates an order.</summary>
    /// <param name="id">Order id.</param>
    /// <param name="orderedAt">When it was placed.</param>
    /// <param name="promisedBy">The promised deadline, not before <paramref name="orderedAt"/>.</param>
    /// <param name="lines">Its lines (at least one, unique ids).</param>
    /// <param name="shippedAt">When it shipped, not before it was ordered.</param>
    /// <param name="damaged">Whether the delivery arrived damaged.</param>
    /// <param name="documentsCorrect">Whether the documents were correct.</param>
    /// <param name="slaMet">Whether its SLA was met, or null.</param>
    /// <param name="attributes">Attributes to group by.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException">No lines, duplicate line ids, a promise or shipment before the order, or a delivery before the order or the shipment.</exception>
    public static FulfilmentOrder Create(
        string id,
        Instant orderedAt,
        Instant promisedBy,
        IEnumerable<OrderLine> lines,
        Instant? shippedAt = null,
        bool damaged = false,
        bool documentsCorrect = true,
        bool? slaMet = null,
        IReadOnlyDictionary<string, string>? attributes = null)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        OrderLine[] array = Preconditions.CheckNotNull(lines, nameof(lines)).ToArray();
        Preconditions.CheckArgument(array.Length > 0, nameof(lines), $"Order '{id}' has no lines.");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (OrderLine line in array)
        {
            Preconditions.CheckNotNull(line, nameof(lines));
            Preconditions.CheckArgument(ids.Add(line.LineId), nameof(lines), $"Order '{id}' has line '{line.LineId}' twice.");
            Preconditions.CheckArgument(line.DeliveredAt is not { } at || at >= orderedAt, nameof(lines), $"Order '{id}', line '{line.LineId}': delivered ({line.DeliveredAt}) before it was ordered ({orderedAt}).");
            Preconditions.CheckArgument(line.DeliveredAt is not { } when || shippedAt is not { } sent || when >= sent, nameof(lines), $"Order '{id}', line '{line.LineId}': delivered ({line.DeliveredAt}) before it shipped ({shippedAt}).");
        }

        Preconditions.CheckArgument(promisedBy >= orderedAt, nameof(promisedBy), $"Order '{id}': promised by {promisedBy}, before it was ordered ({orderedAt}).");
        Preconditions.CheckArgument(shippedAt is not { } s || s >= orderedAt, nameof(shippedAt), $"Order '{id}': shipped ({shippedAt}) before it was ordered ({orderedAt}).");
        IReadOnlyDictionary<string, string> copy = attributes is null
            ? NoAttributes
            : new ReadOnlyDictionary<string, string>(attributes.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        return new FulfilmentOrder(id, orderedAt, promisedBy, shippedAt, array, damaged, documentsCorrect, slaMet, copy);
    }

    /// <summary>Returns a copy with another attribute value.</summary>
    /// <param name="name">Attribute name.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The new order.</returns>
    public FulfilmentOrder WithAttribute(string name, string value)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        Preconditions.CheckNotNull(value, nameof(value));
        var copy = Attributes.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        copy[name] = value;
        return new FulfilmentOrder(Id, OrderedAt, PromisedBy, ShippedAt, Lines.ToArray(), Damaged, DocumentsCorrect, SlaMet, new ReadOnlyDictionary<string, string>(copy));
    }

    /// <summary>Returns a copy with another SLA outcome.</summary>
    /// <param name="slaMet">Whether the SLA was met, or null.</param>
    /// <returns>The new order.</returns>
    public FulfilmentOrder WithSlaMet(bool? slaMet) =>
        new(Id, OrderedAt, PromisedBy, ShippedAt, Lines.ToArray(), Damaged, DocumentsCorrect, slaMet, Attributes);

    /// <summary>A readable form.</summary>
    /// <returns>Id, promise and lines.</returns>
    public override string ToString() => $"{Id} (promised by {PromisedBy}, {Lines.Count} line(s))";
}
