using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;
using ProjectDelivery.Calendars;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.Promises;

/// <summary>
/// Computes delivery promises for orders shipped from one warehouse by one carrier service, explains each
/// one step by step, and finds the latest order instant that still makes a given date.
/// </summary>
/// <remarks>
/// <para>The rules, applied in order (all local times through NodaTime zones, never fixed offsets):</para>
/// <list type="number">
/// <item><description><b>Cut-off</b>: an order placed on a warehouse working day at or before the cut-off (local
/// time, inclusive) is released that day; otherwise on the next warehouse working day.</description></item>
/// <item><description><b>Processing</b>: <c>n</c> working days make the goods ready on the <c>n</c>-th warehouse working
/// day after release (0 = the release day); working time is added on the warehouse calendar from the order instant
/// (same-day release) or from the start of the release day.</description></item>
/// <item><description><b>Pick-up</b>: the first pick-up day, on or after the ready date, that is a warehouse working day
/// and a carrier working day and whose pick-up time (warehouse-local) is not before the goods are ready (nor before the order).</description></item>
/// <item><description><b>Transit</b>: delivery on the <c>n</c>-th carrier working day after the (carrier-local) pick-up
/// date; with 0 transit days, the first carrier working day on or after it. A delivery day whose window closes
/// before the pick-up moves to the next carrier working day.</description></item>
/// <item><description><b>Window and promise</b>: the delivery window (the carrier's, or its working hours of the day)
/// is converted to the customer's zone; the promised date is the customer-local date on which the window closes.</description></item>
/// </list>
/// <para>The promised date never decreases as the order instant increases, so the latest order instant for a date is
/// found by bisection over instants, exact to the tick (100 ns, the resolution of calendar arithmetic). Immutable and thread-safe.</para>
/// </remarks>
public sealed class PromiseDateCalculator
{
    private const int SearchDays = 1000;
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    private PromiseDateCalculator(Warehouse warehouse, CarrierService carrier)
    {
        Warehouse = Preconditions.CheckNotNull(warehouse, nameof(warehouse));
        Carrier = Preconditions.CheckNotNull(carrier, nameof(carrier));
    }

    /// <summary>The shipping warehouse.</summary>
    public Warehouse Warehouse { get; }

    /// <summary>The carrier service.</summary>
    public CarrierService Carrier { get; }

    /// <summary>Creates a calculator.</summary>
    /// <param name="warehouse">The shipping warehouse.</param>
    /// <param name="carrier">The carrier service.</param>
    /// <returns>The calculator.</returns>
    public static PromiseDateCalculator Create(Warehouse warehouse, CarrierService carrier) => new(warehouse, carrier);

    /// <summary>The promise for an order placed at <paramref name="orderedAt"/> by a customer in <paramref name="customerZone"/>.</summary>
    /// <param name="orderedAt">When the order is placed.</param>
    /// <param name="customerZone">The customer's time zone.</param>
    /// <returns>The promise with its derivation.</returns>
    /// <exception cref="InvalidOperationException">No pick-up or delivery day within about three years (the calendars never line up).</exception>
    public DeliveryPromise Promise(Instant orderedAt, DateTimeZone customerZone)
    {
        Preconditions.CheckNotNull(customerZone, nameof(customerZone));
        Derivation d = Derive(orderedAt, customerZone);
        return new DeliveryPromise(orderedAt, d.ReleaseDate, d.ReadyDate, d.ReadyAt, d.PickUpAt, d.DeliveryDate, d.WindowStart, d.WindowEnd, d.PromisedDate, Explain(d, customerZone));
    }

    /// <summary>The promised date only (no explanation), for bulk use.</summary>
    /// <param name="orderedAt">When the order is placed.</param>
    /// <param name="customerZone">The customer's time zone.</param>
    /// <returns>The customer-local promised date.</returns>
    public LocalDate PromisedDate(Instant orderedAt, DateTimeZone customerZone)
    {
        Preconditions.CheckNotNull(customerZone, nameof(customerZone));
        return Derive(orderedAt, customerZone).PromisedDate;
    }

    /// <summary>
    /// The latest order instant whose promised date is on or before <paramref name="date"/> (customer-local), or
    /// null when no order within about three years before the date makes it.
    /// </summary>
    /// <param name="date">The date the customer wants delivery by.</param>
    /// <param name="customerZone">The customer's time zone.</param>
    /// <returns>The latest order instant, exact to the tick.</returns>
    public Instant? LatestOrderInstant(LocalDate date, DateTimeZone customerZone)
    {
        Preconditions.CheckNotNull(customerZone, nameof(customerZone));
        long hi = customerZone.AtStartOfDay(date.PlusDays(1)).ToInstant().ToUnixTimeTicks();
        long step = Duration.FromDays(7).BclCompatibleTicks;
        long lo = hi - step;
        long limit = hi - Duration.FromDays(SearchDays).BclCompatibleTicks;
        while (!Makes(lo, date, customerZone))
        {
            hi = lo;
            step *= 2;
            lo -= step;
            if (lo < limit)
            {
                return null;
            }
        }

        while (hi - lo > 1)
        {
            long mid = lo + ((hi - lo) / 2);
            if (Makes(mid, date, customerZone))
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return Instant.FromUnixTimeTicks(lo);
    }

    private bool Makes(long orderTicks, LocalDate date, DateTimeZone customerZone) =>
        Derive(Instant.FromUnixTimeTicks(orderTicks), customerZone).PromisedDate <= date;

    private Derivation Derive(Instant orderedAt, DateTimeZone customerZone)
    {
        WorkingCalendar site = Warehouse.Calendar;
        DateTimeZone siteZone = Warehouse.Zone;
        LocalDateTime local = orderedAt.InZone(siteZone).LocalDateTime;

        // 1. cut-off
        bool sameDay = site.IsWorkingDay(local.Date) && local.TimeOfDay <= Warehouse.CutOff;
        LocalDate release = sameDay ? local.Date : NextWorkingDay(site, local.Date, "warehouse");

        // 2. processing
        LocalDate readyDate;
        Instant? readyAt = null;
        Instant earliestPickUp = orderedAt;
        if (Warehouse.Processing.WorkingTime is { } work)
        {
            Instant from = sameDay ? orderedAt : siteZone.AtStartOfDay(release).ToInstant();
            Instant ready = site.AddWorkingTime(from, work);
            readyAt = ready;
            readyDate = ready.InZone(siteZone).Date;
            earliestPickUp = ready;
        }
        else
        {
            readyDate = release;
            for (int i = 0; i < Warehouse.Processing.WorkingDays; i++)
            {
                readyDate = NextWorkingDay(site, readyDate, "warehouse");
            }
        }

        // 3. pick-up
        WorkingCalendar carrier = Carrier.Calendar;
        DateTimeZone carrierZone = Carrier.Zone;
        Instant pickUp = default;
        LocalDate day = readyDate;
        for (int i = 0; ; i++, day = day.PlusDays(1))
        {
            if (i > SearchDays)
            {
                throw new InvalidOperationException($"No pick-up by '{Carrier.Name}' from '{Warehouse.Name}' within {SearchDays} days after {readyDate:uuuu-MM-dd}: check the pick-up days and both calendars.");
            }

            if (!Carrier.CollectsOn(day.DayOfWeek) || !site.IsWorkingDay(day))
            {
                continue;
            }

            pickUp = siteZone.ResolveLocal(day.At(Carrier.PickUpTime), Resolvers.LenientResolver).ToInstant();
            if (pickUp >= earliestPickUp && carrier.IsWorkingDay(pickUp.InZone(carrierZone).Date))
            {
                break;
            }
        }

        // 4. transit
        LocalDate collected = pickUp.InZone(carrierZone).Date;
        LocalDate delivery = carrier.IsWorkingDay(collected) && Carrier.TransitDays == 0 ? collected : NextWorkingDay(carrier, collected, "carrier");
        for (int i = 1; i < Carrier.TransitDays; i++)
        {
            delivery = NextWorkingDay(carrier, delivery, "carrier");
        }

        // 5. window
        (Instant start, Instant end) = Window(delivery);
        while (end <= pickUp)
        {
            delivery = NextWorkingDay(carrier, delivery, "carrier");
            (start, end) = Window(delivery);
        }

        ZonedDateTime windowStart = start.InZone(customerZone);
        ZonedDateTime windowEnd = end.InZone(customerZone);
        LocalDate promised = (end - Duration.Epsilon).InZone(customerZone).Date;
        return new Derivation(orderedAt, local, sameDay, release, readyDate, readyAt, pickUp, collected, delivery, windowStart, windowEnd, promised);
    }

    private (Instant Start, Instant End) Window(LocalDate delivery)
    {
        DateTimeZone zone = Carrier.Zone;
        WorkingInterval window;
        if (Carrier.DeliveryWindow is { } fixedWindow)
        {
            window = fixedWindow;
        }
        else
        {
            IReadOnlyList<WorkingInterval> hours = Carrier.Calendar.GetWorkingDay(delivery).Intervals;
            window = WorkingInterval.Create(hours[0].Start, hours[hours.Count - 1].End);
        }

        Instant start = zone.ResolveLocal(delivery.At(window.Start), Resolvers.LenientResolver).ToInstant();
        Instant end = window.EndsAtMidnight
            ? zone.AtStartOfDay(delivery.PlusDays(1)).ToInstant()
            : zone.ResolveLocal(delivery.At(window.End), Resolvers.LenientResolver).ToInstant();
        return (start, end);
    }

    private static LocalDate NextWorkingDay(WorkingCalendar calendar, LocalDate after, string which)
    {
        LocalDate d = after.PlusDays(1);
        for (int i = 0; i < SearchDays; i++, d = d.PlusDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                return d;
            }
        }

        throw new InvalidOperationException($"The {which} calendar '{calendar.Name}' has no working day within {SearchDays} days after {after:uuuu-MM-dd}.");
    }

    private List<PromiseStep> Explain(Derivation d, DateTimeZone customerZone)
    {
        string siteZone = Warehouse.Zone.Id, carrierZone = Carrier.Zone.Id;
        var steps = new List<PromiseStep>(7)
        {
            new("order", d.OrderedAt, $"Ordered {Local(d.Local)} {siteZone} ({d.Local.DayOfWeek}) at warehouse '{Warehouse.Name}'."),
            new("cut-off", null, d.SameDay
                ? $"At or before the {Warehouse.CutOff:HH:mm} cut-off on a working day: released the same day, {Date(d.ReleaseDate)}."
                : Warehouse.Calendar.IsWorkingDay(d.Local.Date)
                    ? $"After the {Warehouse.CutOff:HH:mm} cut-off: released on the next working day, {Date(d.ReleaseDate)}."
                    : $"{Date(d.Local.Date)} is not a warehouse working day: released on the next working day, {Date(d.ReleaseDate)}."),
            d.ReadyAt is { } ready
                ? new("processing", ready, $"{Warehouse.Processing} of processing from {(d.SameDay ? "the order" : "the start of " + Date(d.ReleaseDate))}: ready at {Local(ready.InZone(Warehouse.Zone).LocalDateTime)} {siteZone}.")
                : new("processing", null, $"{Warehouse.Processing} of processing after release: ready on {Date(d.ReadyDate)}."),
            new("pick-up", d.PickUpAt, $"First collection by '{Carrier.Name}' on a pick-up day ({string.Join("/", Carrier.PickUpDays.Select(x => x.ToString().Substring(0, 3)))}) at {Carrier.PickUpTime:HH:mm} that both calendars work and that is not before the goods are ready: {Local(d.PickUpAt.InZone(Warehouse.Zone).LocalDateTime)} {siteZone}."),
            new("transit", null, $"{Carrier.TransitDays} carrier working day(s) in transit from {Date(d.Collected)} on calendar '{Carrier.Calendar.Name}' ({carrierZone}): delivery on {Date(d.DeliveryDate)}."),
            new("delivery window", d.WindowEnd.ToInstant(), $"Delivery window {Local(d.WindowStart.ToInstant().InZone(Carrier.Zone).LocalDateTime)}–{d.WindowEnd.ToInstant().InZone(Carrier.Zone).LocalDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} {carrierZone} is {Local(d.WindowStart.LocalDateTime)}–{Local(d.WindowEnd.LocalDateTime)} {customerZone.Id} for the customer."),
            new("promise", null, $"Promised for {Date(d.PromisedDate)} ({d.PromisedDate.DayOfWeek}, customer time {customerZone.Id})."),
        };
        return steps;
    }

    private static string Local(LocalDateTime value) => LocalPattern.Format(value);

    private static string Date(LocalDate value) => value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private readonly struct Derivation
    {
        internal Derivation(Instant orderedAt, LocalDateTime local, bool sameDay, LocalDate releaseDate, LocalDate readyDate, Instant? readyAt, Instant pickUpAt,
            LocalDate collected, LocalDate deliveryDate, ZonedDateTime windowStart, ZonedDateTime windowEnd, LocalDate promisedDate)
        {
            OrderedAt = orderedAt;
            Local = local;
            SameDay = sameDay;
            ReleaseDate = releaseDate;
            ReadyDate = readyDate;
            ReadyAt = readyAt;
            PickUpAt = pickUpAt;
            Collected = collected;
            DeliveryDate = deliveryDate;
            WindowStart = windowStart;
            WindowEnd = windowEnd;
            PromisedDate = promisedDate;
        }

        internal Instant OrderedAt { get; }

        internal LocalDateTime Local { get; }

        internal bool SameDay { get; }

        internal LocalDate ReleaseDate { get; }

        internal LocalDate ReadyDate { get; }

        internal Instant? ReadyAt { get; }

        internal Instant PickUpAt { get; }

        internal LocalDate Collected { get; }

        internal LocalDate DeliveryDate { get; }

        internal ZonedDateTime WindowStart { get; }

        internal ZonedDateTime WindowEnd { get; }

        internal LocalDate PromisedDate { get; }
    }
}
