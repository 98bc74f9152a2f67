using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.Promises;

/// <summary>
/// The shipping side of a promise: the warehouse's working calendar (with its time zone), its daily order
/// cut-off and its processing time.
/// </summary>
/// <remarks>Immutable. Its JSON is the <c>warehouse</c> object of the <c>promise</c> input (docs/formats.md).</remarks>
public sealed class Warehouse
{
    private Warehouse(string name, WorkingCalendar calendar, LocalTime cutOff, ProcessingTime processing)
    {
        Name = Preconditions.CheckNotNull(name, nameof(name));
        Calendar = Preconditions.CheckNotNull(calendar, nameof(calendar));
        CutOff = cutOff;
        Processing = processing;
    }

    /// <summary>Name used in explanations.</summary>
    public string Name { get; }

    /// <summary>Working days and hours; its zone (UTC when none) places the cut-off and the pick-up time.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>Zone of the warehouse (the calendar's, or UTC).</summary>
    public DateTimeZone Zone => Calendar.Zone ?? DateTimeZone.Utc;

    /// <summary>Latest local time of a working day at which an order is still released that day (inclusive).</summary>
    public LocalTime CutOff { get; }

    /// <summary>Processing time after release.</summary>
    public ProcessingTime Processing { get; }

    /// <summary>Creates a warehouse.</summary>
    /// <param name="name">Name used in explanations.</param>
    /// <param name="calendar">Working calendar with the warehouse's zone.</param>
    /// <param name="cutOff">Daily order cut-off, local time, inclusive.</param>
    /// <param name="processing">Processing time.</param>
    /// <returns>The warehouse.</returns>
    public static Warehouse Create(string name, WorkingCalendar calendar, LocalTime cutOff, ProcessingTime processing) =>
        new(name, calendar, cutOff, processing);

    /// <summary>A readable form.</summary>
    /// <returns>Name, cut-off and processing.</returns>
    public override string ToString() => $"{Name} (cut-off {CutOff:HH:mm} {Zone.Id}, processing {Processing})";
}
