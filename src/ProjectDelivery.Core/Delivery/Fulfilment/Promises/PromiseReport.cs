using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.Promises;

/// <summary>
/// The delivery promises of a set of orders, in input order: what <c>pdcore promise --json</c> prints
/// (<c>{ "orders": [ <see cref="OrderPromise"/>, … ] }</c>).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(ProjectDelivery.Serialization.Delivery.PromiseReportJsonConverter))]
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
        Preconditions.CheckNotNull(orders, nameof(orders));
        OrderPromise[] rows = orders.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Length; i++)
        {
            Preconditions.CheckArgument(rows[i] is not null, nameof(orders), $"Order {i} is null.");
            Preconditions.CheckArgument(seen.Add(rows[i].Id), nameof(orders), $"Order '{rows[i].Id}' is listed twice.");
        }

        return new PromiseReport(Array.AsReadOnly(rows));
    }
}
