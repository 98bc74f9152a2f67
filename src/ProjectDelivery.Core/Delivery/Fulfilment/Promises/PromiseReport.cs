using System;
using System.Collections.Generic;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.Promises;

/// <summary>
/// The delivery promises of a set of orders, in input order: what <c>pdcore promise --json</c> prints
/// (<c>{ "orders": [ <see cref="OrderPromise"/>, … ] }</c>).
/// </summary>
public sealed class PromiseReport
{
    private PromiseReport(IReadOnlyList<OrderPromise> orders) => Orders = orders;

    /// <summary>The promises, in input order.</summary>
    public IReadOnlyList<OrderPromise> Orders { get; }

    /// <summary>A report of <paramref name="orders"/>.</summary>
    /// <param name="orders">One promise per order; ids unique.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">A promise is null or two have the same order id.</exception>
    public static PromiseReport Create(IEnumerable<OrderPromise> orders)
    {
        OrderPromise[] rows = Preconditions.CheckRowsWithUniqueIds(orders, r => r.Id, nameof(orders), "Order");
        return new PromiseReport(Array.AsReadOnly(rows));
    }
}
