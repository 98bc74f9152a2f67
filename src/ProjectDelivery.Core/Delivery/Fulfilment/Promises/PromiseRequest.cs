using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ProjectDelivery.Serialization.Delivery;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.Promises;

/// <summary>
/// The input of a promise-date evaluation (the <c>promise</c> command's document): the shipping warehouse, the carrier
/// service, an optional default customer time zone and the orders to promise.
/// </summary>
/// <remarks>
/// <para>An order's customer zone is its own <see cref="PromiseOrder.CustomerZone"/>, else <see cref="DefaultCustomerZone"/>;
/// every order must have one (checked by <see cref="Create"/>). Order ids are unique (ordinal comparison).</para>
/// <para>The JSON shape is documented in docs/formats.md, section "promise FILE.json": there the carrier's calendar
/// defaults to the warehouse's, and <see cref="Carrier"/> then holds the warehouse's calendar. Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PromiseRequestJsonConverter))]
public sealed class PromiseRequest
{
    private PromiseRequest(Warehouse warehouse, CarrierService carrier, DateTimeZone? defaultCustomerZone, IReadOnlyList<PromiseOrder> orders)
    {
        Warehouse = warehouse;
        Carrier = carrier;
        DefaultCustomerZone = defaultCustomerZone;
        Orders = orders;
        Calculator = PromiseDateCalculator.Create(warehouse, carrier);
    }

    /// <summary>Gets the shipping warehouse.</summary>
    public Warehouse Warehouse { get; }

    /// <summary>Gets the carrier service.</summary>
    public CarrierService Carrier { get; }

    /// <summary>Gets the customer zone of orders that give none, or <see langword="null"/> when every order gives its own.</summary>
    public DateTimeZone? DefaultCustomerZone { get; }

    /// <summary>Gets the orders, in input order, with unique ids.</summary>
    public IReadOnlyList<PromiseOrder> Orders { get; }

    /// <summary>Gets the calculator over <see cref="Warehouse"/> and <see cref="Carrier"/>.</summary>
    public PromiseDateCalculator Calculator { get; }

    /// <summary>Creates a validated request.</summary>
    /// <param name="warehouse">The shipping warehouse.</param>
    /// <param name="carrier">The carrier service.</param>
    /// <param name="defaultCustomerZone">The customer zone of orders that give none, or <see langword="null"/>.</param>
    /// <param name="orders">The orders (unique ids; each with a zone unless there is a default).</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="warehouse"/>, <paramref name="carrier"/>, <paramref name="orders"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two orders share an id, or an order has no customer zone and there is no default.</exception>
    public static PromiseRequest Create(Warehouse warehouse, CarrierService carrier, DateTimeZone? defaultCustomerZone, IEnumerable<PromiseOrder> orders)
    {
        Preconditions.CheckNotNull(warehouse, nameof(warehouse));
        Preconditions.CheckNotNull(carrier, nameof(carrier));
        PromiseOrder[] list = Preconditions.CheckNotNull(orders, nameof(orders)).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < list.Length; i++)
        {
            PromiseOrder order = list[i] ?? throw new ArgumentNullException(nameof(orders), $"Order {i} is null.");
            Preconditions.CheckArgument(seen.Add(order.Id), nameof(orders), $"Order id '{order.Id}' is used twice.");
            Preconditions.CheckArgument(order.CustomerZone is not null || defaultCustomerZone is not null, nameof(orders),
                $"Order '{order.Id}' has no customer zone and the request has no default customer zone.");
        }

        return new PromiseRequest(warehouse, carrier, defaultCustomerZone, Array.AsReadOnly(list));
    }

    /// <summary>Gets the customer zone of an order: its own, else the default.</summary>
    /// <param name="order">The order.</param>
    /// <returns>The zone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is null.</exception>
    /// <exception cref="ArgumentException">The order has no zone and the request has no default.</exception>
    public DateTimeZone CustomerZoneOf(PromiseOrder order)
    {
        Preconditions.CheckNotNull(order, nameof(order));
        return order.CustomerZone ?? DefaultCustomerZone
            ?? throw new ArgumentException($"Order '{order.Id}' has no customer zone and the request has no default customer zone.", nameof(order));
    }

    /// <summary>
    /// The promise for one order (<see cref="PromiseDateCalculator.Promise"/> in its customer zone) and, when it wants a
    /// date, the latest order instant that still makes it (<see cref="PromiseDateCalculator.LatestOrderInstant"/>).
    /// </summary>
    /// <param name="order">The order (usually one of <see cref="Orders"/>).</param>
    /// <returns>The order's promise.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is null.</exception>
    /// <exception cref="ArgumentException">The order has no zone and the request has no default.</exception>
    /// <exception cref="InvalidOperationException">No pick-up or delivery day within about three years (the calendars never line up).</exception>
    public OrderPromise Evaluate(PromiseOrder order)
    {
        DateTimeZone zone = CustomerZoneOf(order);
        DeliveryPromise promise = Calculator.Promise(order.OrderedAt, zone);
        Instant? latest = order.WantedBy is { } date ? Calculator.LatestOrderInstant(date, zone) : null;
        return new OrderPromise(order.Id, promise, order.WantedBy, latest);
    }

    /// <summary>The promises of every order, in input order.</summary>
    /// <returns>One <see cref="OrderPromise"/> per order.</returns>
    /// <exception cref="InvalidOperationException">For some order no pick-up or delivery day lies within about three
    /// years; the message names the order and its index (the original exception is the inner exception).</exception>
    public IReadOnlyList<OrderPromise> Evaluate()
    {
        var outcomes = new OrderPromise[Orders.Count];
        for (int i = 0; i < outcomes.Length; i++)
        {
            try
            {
                outcomes[i] = Evaluate(Orders[i]);
            }
            catch (InvalidOperationException ex)
            {
                throw new InvalidOperationException($"Order '{Orders[i].Id}' (order {i}): {ex.Message}", ex);
            }
        }

        return Array.AsReadOnly(outcomes);
    }
}
