using System;
using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.Kpis;

/// <summary>Ready-made group keys for <see cref="DeliveryKpiCalculator.ComputeGrouped"/>: by attribute, by ISO week.</summary>
public static class KpiGrouping
{
    /// <summary>Groups by an attribute (e.g. <c>customer</c>, <c>carrier</c>, <c>warehouse</c>).</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="missing">Key for orders without the attribute.</param>
    /// <returns>The key selector.</returns>
    public static Func<FulfilmentOrder, string> ByAttribute(string name, string missing = "(none)")
    {
        Preconditions.CheckNotNull(name, nameof(name));
        Preconditions.CheckNotNull(missing, nameof(missing));
        return order => order.Attributes.TryGetValue(name, out string? value) ? value : missing;
    }

    /// <summary>Groups by the ISO week (e.g. <c>2027-W13</c>) in which an instant of the order falls, in a zone.</summary>
    /// <param name="zone">The zone whose local dates define the weeks.</param>
    /// <param name="instant">Which instant of the order (default: when it was ordered).</param>
    /// <returns>The key selector.</returns>
    public static Func<FulfilmentOrder, string> ByIsoWeek(DateTimeZone zone, Func<FulfilmentOrder, Instant>? instant = null)
    {
        Preconditions.CheckNotNull(zone, nameof(zone));
        Func<FulfilmentOrder, Instant> pick = instant ?? (o => o.OrderedAt);
        return order =>
        {
            LocalDate date = pick(order).InZone(zone).Date;
            int year = WeekYearRules.Iso.GetWeekYear(date);
            int week = WeekYearRules.Iso.GetWeekOfWeekYear(date);
            return string.Format(CultureInfo.InvariantCulture, "{0:0000}-W{1:00}", year, week);
        };
    }
}
