using System.Collections.Generic;
using NodaTime;

namespace ProjectDelivery.Delivery.Fulfilment.Promises;

/// <summary>A promised delivery date and window for one order, with the steps that led to it.</summary>
/// <remarks>Immutable.</remarks>
public sealed class DeliveryPromise
{
    internal DeliveryPromise(
        Instant orderedAt,
        LocalDate releaseDate,
        LocalDate readyDate,
        Instant? readyAt,
        Instant pickUpAt,
        LocalDate deliveryDate,
        ZonedDateTime windowStart,
        ZonedDateTime windowEnd,
        LocalDate promisedDate,
        IReadOnlyList<PromiseStep> steps)
    {
        OrderedAt = orderedAt;
        ReleaseDate = releaseDate;
        ReadyDate = readyDate;
        ReadyAt = readyAt;
        PickUpAt = pickUpAt;
        DeliveryDate = deliveryDate;
        WindowStart = windowStart;
        WindowEnd = windowEnd;
        PromisedDate = promisedDate;
        Steps = steps;
    }

    /// <summary>When the order was placed.</summary>
    public Instant OrderedAt { get; }

    /// <summary>Warehouse-local working day on which the order is released to the warehouse (after the cut-off rule).</summary>
    public LocalDate ReleaseDate { get; }

    /// <summary>Warehouse-local date on which the goods are ready for collection.</summary>
    public LocalDate ReadyDate { get; }

    /// <summary>When processing ends, for processing counted in working time; null for processing counted in days.</summary>
    public Instant? ReadyAt { get; }

    /// <summary>When the carrier collects.</summary>
    public Instant PickUpAt { get; }

    /// <summary>Carrier-local delivery date.</summary>
    public LocalDate DeliveryDate { get; }

    /// <summary>Start of the delivery window, in the customer's zone.</summary>
    public ZonedDateTime WindowStart { get; }

    /// <summary>End of the delivery window (exclusive), in the customer's zone.</summary>
    public ZonedDateTime WindowEnd { get; }

    /// <summary>The date promised to the customer: the customer-local date on which the window closes (an end at midnight belongs to the day before).</summary>
    public LocalDate PromisedDate { get; }

    /// <summary>How the promise was derived, in order.</summary>
    public IReadOnlyList<PromiseStep> Steps { get; }

    /// <summary>A readable form.</summary>
    /// <returns>The promised date and window.</returns>
    public override string ToString() => $"Promised {PromisedDate:uuuu-MM-dd} ({WindowStart:uuuu-MM-dd HH:mm}–{WindowEnd:uuuu-MM-dd HH:mm} {WindowEnd.Zone.Id})";
}
