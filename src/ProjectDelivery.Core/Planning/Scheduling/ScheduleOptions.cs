using System;
using System.Collections.Generic;
using NodaTime;
using ProjectDelivery.Calendars;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>How unfinished work of activities in progress is scheduled against their predecessors.</summary>
public enum ProgressMode
{
    /// <summary>Retained logic (the default): the remaining work still waits for unfinished predecessors.</summary>
    RetainedLogic = 0,

    /// <summary>Progress override: once started, the remaining work continues from the status date, ignoring predecessors.</summary>
    ProgressOverride = 1,
}

/// <summary>Options of a plain-number schedule (time units from 0). Defaults are documented on each property.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(ProjectDelivery.Serialization.Planning.ScheduleOptionsJsonConverter))]
public class ScheduleOptions
{
    /// <summary>Status (data) date: unfinished work is scheduled from it. Null (default) ignores progress.</summary>
    public ScheduleMoment? StatusDate { get; init; }

    /// <summary>How in-progress activities treat their predecessors (default <see cref="ProgressMode.RetainedLogic"/>).</summary>
    public ProgressMode ProgressMode { get; init; } = ProgressMode.RetainedLogic;

    /// <summary>Activities whose total float is at most this many time units are critical (default 0).</summary>
    public double CriticalFloatThreshold { get; init; }

    /// <summary>At most this many critical paths are listed (default 100; paths can multiply combinatorially).</summary>
    public int MaxCriticalPaths { get; init; } = 100;

    /// <summary>Checks every option; all problems are reported together.</summary>
    /// <exception cref="ArgumentException">Some option is invalid.</exception>
    internal virtual void Validate()
    {
        var errors = new List<string>();
        if (double.IsNaN(CriticalFloatThreshold) || double.IsInfinity(CriticalFloatThreshold))
        {
            errors.Add($"{nameof(CriticalFloatThreshold)} must be finite, got {CriticalFloatThreshold}");
        }

        if (MaxCriticalPaths < 0)
        {
            errors.Add($"{nameof(MaxCriticalPaths)} must be ≥ 0, got {MaxCriticalPaths}");
        }

        if (ProgressMode is not ProgressMode.RetainedLogic and not ProgressMode.ProgressOverride)
        {
            errors.Add($"{nameof(ProgressMode)} {ProgressMode} is unknown");
        }

        AddErrors(errors);
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid schedule options: " + string.Join("; ", errors) + ".");
        }
    }

    /// <summary>Lets derived options add their own checks.</summary>
    /// <param name="errors">Collected problems.</param>
    private protected virtual void AddErrors(List<string> errors)
    {
    }
}

/// <summary>
/// Options of a calendar schedule: the project start, the project calendar and the length of one time
/// unit of duration and lag in working time.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(ProjectDelivery.Serialization.Planning.CalendarScheduleOptionsJsonConverter))]
public sealed class CalendarScheduleOptions : ScheduleOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="projectStart">When the project starts (moved forward to the calendar's next working moment).</param>
    /// <param name="calendar">The project calendar, used by activities without their own.</param>
    public CalendarScheduleOptions(LocalDateTime projectStart, WorkingCalendar calendar)
    {
        ProjectStart = projectStart;
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
    }

    /// <summary>Project start.</summary>
    public LocalDateTime ProjectStart { get; }

    /// <summary>Project calendar.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>
    /// Working time of one unit of duration and lag. Default: the project calendar's
    /// <see cref="WorkingCalendar.StandardDay"/>, so durations are working days.
    /// </summary>
    public Duration? TimeUnit { get; init; }

    /// <summary>The effective time unit.</summary>
    public Duration EffectiveTimeUnit => TimeUnit ?? Calendar.StandardDay;

    /// <summary>Gets the calendar link lags are counted on (default: the successor's, as MS Project does; P6 lets the file choose).</summary>
    public LagCalendar LagCalendar { get; init; } = LagCalendar.Successor;

    /// <inheritdoc />
    private protected override void AddErrors(List<string> errors)
    {
        if (TimeUnit is { } unit && unit <= Duration.Zero)
        {
            errors.Add($"{nameof(TimeUnit)} must be positive, got {unit}");
        }

        if (LagCalendar is not LagCalendar.Successor and not LagCalendar.Predecessor and not LagCalendar.Continuous and not LagCalendar.Project)
        {
            errors.Add($"{nameof(LagCalendar)} {LagCalendar} is unknown");
        }

        if (StatusDate is { IsDate: false })
        {
            errors.Add($"{nameof(StatusDate)} must be a date in calendar mode");
        }
    }
}
