using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.Promises;

/// <summary>
/// The carrying side of a promise: the days and local time at which the carrier collects from the warehouse,
/// the transit time in carrier working days, the carrier's calendar (its working days, holidays and zone of
/// delivery) and the delivery window of a delivery day.
/// </summary>
/// <remarks>Immutable. Its JSON is the <c>carrier</c> object of the <c>promise</c> input (docs/formats.md).</remarks>
public sealed class CarrierService
{
    private readonly bool[] _pickUpDays = new bool[8];

    private CarrierService(string name, WorkingCalendar calendar, IEnumerable<IsoDayOfWeek> pickUpDays, LocalTime pickUpTime, int transitDays, WorkingInterval? deliveryWindow)
    {
        Name = Preconditions.CheckNotNull(name, nameof(name));
        Calendar = Preconditions.CheckNotNull(calendar, nameof(calendar));
        IsoDayOfWeek[] days = Preconditions.CheckNotNull(pickUpDays, nameof(pickUpDays)).Distinct().OrderBy(d => d).ToArray();
        Preconditions.CheckArgument(days.Length > 0, nameof(pickUpDays), $"Carrier service '{name}' has no pick-up days.");
        foreach (IsoDayOfWeek day in days)
        {
            Preconditions.CheckArgumentRange(nameof(pickUpDays), (int)day, 1, 7);
            _pickUpDays[(int)day] = true;
        }

        Preconditions.CheckArgumentRange(nameof(transitDays), transitDays, 0, 365);
        PickUpDays = days;
        PickUpTime = pickUpTime;
        TransitDays = transitDays;
        DeliveryWindow = deliveryWindow;
    }

    /// <summary>Name used in explanations.</summary>
    public string Name { get; }

    /// <summary>The carrier's working days (transit and delivery happen on them) and its delivery zone (UTC when none).</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>Zone in which delivery dates and the delivery window are local (the calendar's, or UTC).</summary>
    public DateTimeZone Zone => Calendar.Zone ?? DateTimeZone.Utc;

    /// <summary>Weekdays on which the carrier collects.</summary>
    public IReadOnlyList<IsoDayOfWeek> PickUpDays { get; }

    /// <summary>Collection time, local to the warehouse.</summary>
    public LocalTime PickUpTime { get; }

    /// <summary>Carrier working days from collection to delivery (0 = same day).</summary>
    public int TransitDays { get; }

    /// <summary>Local delivery window of a delivery day; null means the carrier calendar's working hours of that day.</summary>
    public WorkingInterval? DeliveryWindow { get; }

    /// <summary>Creates a carrier service.</summary>
    /// <param name="name">Name used in explanations.</param>
    /// <param name="calendar">The carrier's working calendar and delivery zone.</param>
    /// <param name="pickUpDays">Collection weekdays (at least one).</param>
    /// <param name="pickUpTime">Collection time, local to the warehouse.</param>
    /// <param name="transitDays">Transit in carrier working days, in [0, 365].</param>
    /// <param name="deliveryWindow">Optional delivery window; default the carrier's working hours.</param>
    /// <returns>The service.</returns>
    public static CarrierService Create(string name, WorkingCalendar calendar, IEnumerable<IsoDayOfWeek> pickUpDays, LocalTime pickUpTime, int transitDays, WorkingInterval? deliveryWindow = null) =>
        new(name, calendar, pickUpDays, pickUpTime, transitDays, deliveryWindow);

    /// <summary>True when the carrier collects on that weekday.</summary>
    /// <param name="day">The weekday.</param>
    /// <returns>Whether it is a pick-up day.</returns>
    public bool CollectsOn(IsoDayOfWeek day) => (int)day is >= 1 and <= 7 && _pickUpDays[(int)day];

    /// <summary>A readable form.</summary>
    /// <returns>Name, pick-ups and transit.</returns>
    public override string ToString() =>
        $"{Name} (pick-up {string.Join("/", PickUpDays.Select(d => d.ToString().Substring(0, 3)))} {PickUpTime:HH:mm}, transit {TransitDays} day(s), {Zone.Id})";
}
