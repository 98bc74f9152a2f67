namespace ProjectDelivery.Planning.Scheduling;

/// <summary>Which calendar a link lag is counted on in calendar mode (P6 "calendar for scheduling relationship lag").</summary>
public enum LagCalendar
{
    /// <summary>The successor's calendar (default; MS Project).</summary>
    Successor = 0,

    /// <summary>The predecessor's calendar (P6 default).</summary>
    Predecessor = 1,

    /// <summary>A 24-hour, 7-day calendar (elapsed lag).</summary>
    Continuous = 2,

    /// <summary>The project calendar (<see cref="CalendarScheduleOptions.Calendar"/>).</summary>
    Project = 3,
}
