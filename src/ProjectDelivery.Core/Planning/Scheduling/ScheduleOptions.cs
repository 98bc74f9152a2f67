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

/// <summary>What the scheduler does with progress (actual starts) when no status date is given.</summary>
public enum ProgressWithoutStatusDate
{
    /// <summary>
    /// Refuse (the default): progress needs a status date, and scheduling throws an <see cref="ArgumentException"/> naming
    /// the first activity with an actual start.
    /// </summary>
    Refuse = 0,

    /// <summary>
    /// Schedule from the actual dates, as MS Project does without a status date (and with its "move completed parts
    /// back / remaining parts forward" options off): a finished activity keeps its actual start and finish; an activity
    /// in progress keeps its actual start and its remaining work follows the actual work contiguously (actual start plus
    /// duration less remaining, then the remaining duration, on the activity's calendar), or from its
    /// <see cref="ActivityProgress.Resume"/> when given; with <see cref="ProgressMode.RetainedLogic"/> unfinished
    /// predecessors can still push the remaining work. Unstarted activities follow logic from the project start.
    /// </summary>
    ContinueFromActualStart = 1,
}

/// <summary>Options of a plain-number schedule (time units from 0). Defaults are documented on each property.</summary>
public class ScheduleOptions
{
    /// <summary>Status (data) date: unfinished work is scheduled from it. Null (default) ignores progress.</summary>
    public ScheduleMoment? StatusDate { get; init; }

    /// <summary>How in-progress activities treat their predecessors (default <see cref="ProgressMode.RetainedLogic"/>).</summary>
    public ProgressMode ProgressMode { get; init; } = ProgressMode.RetainedLogic;

    /// <summary>
    /// What progress means when <see cref="StatusDate"/> is null (default <see cref="Scheduling.ProgressWithoutStatusDate.Refuse"/>);
    /// ignored when a status date is given.
    /// </summary>
    public ProgressWithoutStatusDate ProgressWithoutStatusDate
    {
        get => _progressWithoutStatusDate;
        init => _progressWithoutStatusDate = value;
    }

    /// <summary>Activities whose total float is at most this many time units are critical (default 0).</summary>
    public double CriticalFloatThreshold { get; init; }

    /// <summary>At most this many critical paths are listed (default 100; paths can multiply combinatorially).</summary>
    public int MaxCriticalPaths { get; init; } = 100;

    private ProgressWithoutStatusDate _progressWithoutStatusDate;

    /// <summary>Creates the default options: no status date, retained logic, zero critical float, 100 critical paths.</summary>
    public ScheduleOptions()
    {
    }

    private protected ScheduleOptions(ScheduleOptions other)
    {
        StatusDate = other.StatusDate;
        ProgressMode = other.ProgressMode;
        ProgressWithoutStatusDate = other.ProgressWithoutStatusDate;
        CriticalFloatThreshold = other.CriticalFloatThreshold;
        MaxCriticalPaths = other.MaxCriticalPaths;
    }

    /// <summary>A copy with <see cref="StatusDate"/> set: the way to configure scheduling from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="statusDate">The data date of progress; null for none.</param>
    /// <returns>A new options object of the same kind (calendar options stay calendar options); this one is unchanged.</returns>
    public ScheduleOptions WithStatusDate(ScheduleMoment? statusDate) =>
        Copy(statusDate, ProgressMode, CriticalFloatThreshold, MaxCriticalPaths);

    /// <summary>A copy with <see cref="ProgressMode"/> set.</summary>
    /// <param name="progressMode">Retained logic or progress override.</param>
    /// <returns>A new options object of the same kind; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progressMode"/> is not a defined value.</exception>
    public ScheduleOptions WithProgressMode(ProgressMode progressMode)
    {
        if (progressMode is not ProgressMode.RetainedLogic and not ProgressMode.ProgressOverride)
        {
            throw new ArgumentOutOfRangeException(nameof(progressMode), progressMode, "The progress mode should be RetainedLogic or ProgressOverride.");
        }

        return Copy(StatusDate, progressMode, CriticalFloatThreshold, MaxCriticalPaths);
    }

    /// <summary>A copy with <see cref="ProgressWithoutStatusDate"/> set.</summary>
    /// <param name="progressWithoutStatusDate">Refuse progress without a status date, or schedule from the actual dates.</param>
    /// <returns>A new options object of the same kind; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progressWithoutStatusDate"/> is not a defined value.</exception>
    public ScheduleOptions WithProgressWithoutStatusDate(ProgressWithoutStatusDate progressWithoutStatusDate)
    {
        if (progressWithoutStatusDate is not ProgressWithoutStatusDate.Refuse and not ProgressWithoutStatusDate.ContinueFromActualStart)
        {
            throw new ArgumentOutOfRangeException(nameof(progressWithoutStatusDate), progressWithoutStatusDate, "The progress without status date should be Refuse or ContinueFromActualStart.");
        }

        ScheduleOptions copy = Copy(StatusDate, ProgressMode, CriticalFloatThreshold, MaxCriticalPaths);
        copy._progressWithoutStatusDate = progressWithoutStatusDate;
        return copy;
    }

    /// <summary>A copy with <see cref="CriticalFloatThreshold"/> set.</summary>
    /// <param name="criticalFloatThreshold">Total float at or below which an activity is critical, in time units.</param>
    /// <returns>A new options object of the same kind; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criticalFloatThreshold"/> is NaN or infinite.</exception>
    public ScheduleOptions WithCriticalFloatThreshold(double criticalFloatThreshold)
    {
        Utility.Preconditions.CheckFinite(nameof(criticalFloatThreshold), criticalFloatThreshold);
        return Copy(StatusDate, ProgressMode, criticalFloatThreshold, MaxCriticalPaths);
    }

    /// <summary>A copy with <see cref="MaxCriticalPaths"/> set.</summary>
    /// <param name="maxCriticalPaths">Most critical paths listed; 0 lists none.</param>
    /// <returns>A new options object of the same kind; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCriticalPaths"/> is negative.</exception>
    public ScheduleOptions WithMaxCriticalPaths(int maxCriticalPaths)
    {
        Utility.Preconditions.CheckArgumentRange(nameof(maxCriticalPaths), maxCriticalPaths, 0, int.MaxValue);
        return Copy(StatusDate, ProgressMode, CriticalFloatThreshold, maxCriticalPaths);
    }

    /// <summary>A copy of this object (of its own kind) with the base settings replaced.</summary>
    private protected virtual ScheduleOptions Copy(ScheduleMoment? statusDate, ProgressMode progressMode, double criticalFloatThreshold, int maxCriticalPaths) =>
        new ScheduleOptions(this)
        {
            StatusDate = statusDate,
            ProgressMode = progressMode,
            CriticalFloatThreshold = criticalFloatThreshold,
            MaxCriticalPaths = maxCriticalPaths,
        };

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

        if (ProgressWithoutStatusDate is not ProgressWithoutStatusDate.Refuse and not ProgressWithoutStatusDate.ContinueFromActualStart)
        {
            errors.Add($"{nameof(ProgressWithoutStatusDate)} {ProgressWithoutStatusDate} is unknown");
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
    private CalendarScheduleOptions(CalendarScheduleOptions other)
        : base(other)
    {
        ProjectStart = other.ProjectStart;
        Calendar = other.Calendar;
        TimeUnit = other.TimeUnit;
        LagCalendar = other.LagCalendar;
    }

    /// <summary>A copy with <see cref="ScheduleOptions.StatusDate"/> set (calendar mode needs a date).</summary>
    /// <param name="statusDate">The data date of progress; null for none.</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    public new CalendarScheduleOptions WithStatusDate(ScheduleMoment? statusDate) => (CalendarScheduleOptions)base.WithStatusDate(statusDate);

    /// <summary>A copy with <see cref="ScheduleOptions.ProgressMode"/> set.</summary>
    /// <param name="progressMode">Retained logic or progress override.</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progressMode"/> is not a defined value.</exception>
    public new CalendarScheduleOptions WithProgressMode(ProgressMode progressMode) => (CalendarScheduleOptions)base.WithProgressMode(progressMode);

    /// <summary>A copy with <see cref="ScheduleOptions.ProgressWithoutStatusDate"/> set.</summary>
    /// <param name="progressWithoutStatusDate">Refuse progress without a status date, or schedule from the actual dates.</param>
    /// <returns>A new calendar options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progressWithoutStatusDate"/> is not a defined value.</exception>
    public new CalendarScheduleOptions WithProgressWithoutStatusDate(ProgressWithoutStatusDate progressWithoutStatusDate) =>
        (CalendarScheduleOptions)base.WithProgressWithoutStatusDate(progressWithoutStatusDate);

    /// <summary>A copy with <see cref="ScheduleOptions.CriticalFloatThreshold"/> set.</summary>
    /// <param name="criticalFloatThreshold">Total float at or below which an activity is critical, in time units.</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criticalFloatThreshold"/> is NaN or infinite.</exception>
    public new CalendarScheduleOptions WithCriticalFloatThreshold(double criticalFloatThreshold) =>
        (CalendarScheduleOptions)base.WithCriticalFloatThreshold(criticalFloatThreshold);

    /// <summary>A copy with <see cref="ScheduleOptions.MaxCriticalPaths"/> set.</summary>
    /// <param name="maxCriticalPaths">Most critical paths listed; 0 lists none.</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCriticalPaths"/> is negative.</exception>
    public new CalendarScheduleOptions WithMaxCriticalPaths(int maxCriticalPaths) => (CalendarScheduleOptions)base.WithMaxCriticalPaths(maxCriticalPaths);

    /// <summary>A copy with <see cref="TimeUnit"/> set.</summary>
    /// <param name="timeUnit">Working time of one duration unit; null for the calendar's standard day.</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeUnit"/> is zero or negative.</exception>
    public CalendarScheduleOptions WithTimeUnit(Duration? timeUnit)
    {
        if (timeUnit is { } unit && unit <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeUnit), unit, "The time unit must be a positive duration.");
        }

        return new CalendarScheduleOptions(this) { TimeUnit = timeUnit };
    }

    /// <summary>A copy with <see cref="LagCalendar"/> set.</summary>
    /// <param name="lagCalendar">The calendar lags are counted on.</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lagCalendar"/> is not a defined value.</exception>
    public CalendarScheduleOptions WithLagCalendar(LagCalendar lagCalendar)
    {
        if (lagCalendar is not LagCalendar.Successor and not LagCalendar.Predecessor and not LagCalendar.Continuous and not LagCalendar.Project)
        {
            throw new ArgumentOutOfRangeException(nameof(lagCalendar), lagCalendar, "The lag calendar should be Successor, Predecessor, Continuous or Project.");
        }

        return new CalendarScheduleOptions(this) { LagCalendar = lagCalendar };
    }

    /// <inheritdoc/>
    private protected override ScheduleOptions Copy(ScheduleMoment? statusDate, ProgressMode progressMode, double criticalFloatThreshold, int maxCriticalPaths) =>
        new CalendarScheduleOptions(this)
        {
            StatusDate = statusDate,
            ProgressMode = progressMode,
            CriticalFloatThreshold = criticalFloatThreshold,
            MaxCriticalPaths = maxCriticalPaths,
        };

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
