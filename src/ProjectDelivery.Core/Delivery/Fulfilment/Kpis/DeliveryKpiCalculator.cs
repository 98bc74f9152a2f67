using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.Kpis;

/// <summary>Computes delivery KPIs (OTIF and its parts, fill rates, perfect orders, SLA attainment, cycle and lead times) over orders, overall or by group.</summary>
/// <remarks>
/// <para>Definitions, per order (options in <see cref="KpiOptions"/>):</para>
/// <list type="bullet">
/// <item><description><b>On time</b>: something was delivered, the first line delivery is not earlier than
/// <c>PromisedBy − EarlyTolerance</c> (no bound when that is null) and the last is not later than <c>PromisedBy + LateTolerance</c>.</description></item>
/// <item><description><b>Line in full</b>: delivered ≥ ordered × (1 − InFullTolerance); over-delivery is in full. <b>Order in full</b>: every line in full.</description></item>
/// <item><description><b>OTIF</b>: on time and in full. <b>Perfect order</b>: OTIF, not damaged and documents correct.</description></item>
/// <item><description><b>Line fill</b>: lines in full / lines. <b>Unit fill</b>: Σ min(delivered, ordered) / Σ ordered.</description></item>
/// <item><description><b>SLA attainment</b>: orders with <c>SlaMet == true</c> / orders with an SLA outcome.</description></item>
/// <item><description><b>Order cycle time</b>: last line delivery − order instant; <b>delivery lead time</b>: last line delivery − shipment.</description></item>
/// <item><description><b>Open orders</b>: with <see cref="KpiOptions.AsOf"/> set, an order not yet in full whose late edge
/// (<c>PromisedBy + LateTolerance</c>) is after AsOf is not measured at all (it may still arrive on time).</description></item>
/// </list>
/// <para>Rates with nothing measured have no value (null), never NaN. Each call is O(orders + lines), plus a sort for the percentiles.</para>
/// </remarks>
public static class DeliveryKpiCalculator
{
    /// <summary>KPIs of all the orders.</summary>
    /// <param name="orders">The orders.</param>
    /// <param name="options">Options; <see cref="KpiOptions.Default"/> when null.</param>
    /// <returns>The KPIs.</returns>
    public static DeliveryKpis Compute(IEnumerable<FulfilmentOrder> orders, KpiOptions? options = null)
    {
        Preconditions.CheckNotNull(orders, nameof(orders));
        KpiOptions o = options ?? KpiOptions.Default;
        o.Validate();
        return ComputeValidated(orders, o);
    }

    /// <summary>KPIs per group key, groups ordered by key (ordinal).</summary>
    /// <param name="orders">The orders.</param>
    /// <param name="key">The group key of an order (see <see cref="KpiGrouping"/>).</param>
    /// <param name="options">Options; <see cref="KpiOptions.Default"/> when null.</param>
    /// <returns>One entry per key.</returns>
    public static IReadOnlyList<KpiGroup> ComputeGrouped(IEnumerable<FulfilmentOrder> orders, Func<FulfilmentOrder, string> key, KpiOptions? options = null)
    {
        Preconditions.CheckNotNull(orders, nameof(orders));
        Preconditions.CheckNotNull(key, nameof(key));
        KpiOptions o = options ?? KpiOptions.Default;
        o.Validate();
        return orders
            .GroupBy(order => key(order) ?? throw new ArgumentException($"The group key of order '{order.Id}' is null.", nameof(key)), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KpiGroup(g.Key, ComputeValidated(g, o)))
            .ToList()
            .AsReadOnly();
    }

    /// <summary>Flat rows of grouped KPIs, group by group.</summary>
    /// <param name="groups">The groups.</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<KpiRow> ToRows(IEnumerable<KpiGroup> groups) =>
        Preconditions.CheckNotNull(groups, nameof(groups)).SelectMany(g => g.Kpis.ToRows(g.Key)).ToList().AsReadOnly();

    /// <summary>True when the order is on time under the options.</summary>
    /// <param name="order">The order.</param>
    /// <param name="options">Options; default when null.</param>
    /// <returns>Whether it is on time.</returns>
    public static bool IsOnTime(FulfilmentOrder order, KpiOptions? options = null)
    {
        Preconditions.CheckNotNull(order, nameof(order));
        KpiOptions o = options ?? KpiOptions.Default;
        if (order.FirstDeliveryAt is not { } first || order.LastDeliveryAt is not { } last)
        {
            return false;
        }

        if (o.EarlyTolerance is { } early && first < order.PromisedBy - early)
        {
            return false;
        }

        return last <= order.PromisedBy + o.LateTolerance;
    }

    /// <summary>True when every line of the order is in full under the options.</summary>
    /// <param name="order">The order.</param>
    /// <param name="options">Options; default when null.</param>
    /// <returns>Whether it is in full.</returns>
    public static bool IsInFull(FulfilmentOrder order, KpiOptions? options = null)
    {
        Preconditions.CheckNotNull(order, nameof(order));
        double tolerance = (options ?? KpiOptions.Default).InFullTolerance;
        return order.Lines.All(line => LineInFull(line, tolerance));
    }

    private static bool LineInFull(OrderLine line, double tolerance) =>
        line.DeliveredQuantity >= line.OrderedQuantity * (1 - tolerance);

    private static DeliveryKpis ComputeValidated(IEnumerable<FulfilmentOrder> orders, KpiOptions o)
    {
        int count = 0, measured = 0, onTime = 0, inFull = 0, otif = 0, perfect = 0, lines = 0, linesInFull = 0, slaKnown = 0, slaMet = 0;
        double unitsOrdered = 0, unitsFilled = 0;
        var cycle = new List<double>();
        var lead = new List<double>();
        foreach (FulfilmentOrder order in orders)
        {
            Preconditions.CheckNotNull(order, nameof(orders));
            count++;
            bool full = true;
            int orderLinesInFull = 0;
            IReadOnlyList<OrderLine> orderLines = order.Lines;
            for (int i = 0; i < orderLines.Count; i++)
            {
                if (LineInFull(orderLines[i], o.InFullTolerance))
                {
                    orderLinesInFull++;
                }
                else
                {
                    full = false;
                }
            }

            if (o.AsOf is { } asOf && !full && asOf < order.PromisedBy + o.LateTolerance)
            {
                continue;
            }

            measured++;
            bool timely = IsOnTime(order, o);
            onTime += timely ? 1 : 0;
            inFull += full ? 1 : 0;
            otif += timely && full ? 1 : 0;
            perfect += timely && full && !order.Damaged && order.DocumentsCorrect ? 1 : 0;
            lines += order.Lines.Count;
            linesInFull += orderLinesInFull;
            for (int i = 0; i < orderLines.Count; i++)
            {
                OrderLine line = orderLines[i];
                unitsOrdered += line.OrderedQuantity;
                unitsFilled += Math.Min(line.DeliveredQuantity, line.OrderedQuantity);
            }

            if (order.SlaMet is { } met)
            {
                slaKnown++;
                slaMet += met ? 1 : 0;
            }

            if (order.LastDeliveryAt is { } delivered)
            {
                cycle.Add((delivered - order.OrderedAt).TotalSeconds);
                if (order.ShippedAt is { } shipped)
                {
                    lead.Add((delivered - shipped).TotalSeconds);
                }
            }
        }

        return new DeliveryKpis(
            count,
            measured,
            new KpiRatio(onTime, measured),
            new KpiRatio(inFull, measured),
            new KpiRatio(otif, measured),
            new KpiRatio(perfect, measured),
            new KpiRatio(linesInFull, lines),
            new KpiRatio(unitsFilled, unitsOrdered),
            new KpiRatio(slaMet, slaKnown),
            DurationSummary.FromSeconds(cycle.ToArray()),
            DurationSummary.FromSeconds(lead.ToArray()));
    }
}
