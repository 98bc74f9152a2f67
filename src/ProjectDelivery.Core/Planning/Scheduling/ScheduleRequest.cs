using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using ProjectDelivery.Calendars;
using ProjectDelivery.Serialization.Planning;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>
/// Everything needed to schedule a project, as one value: the network, the options (plain numbers, or a start date and calendar),
/// the named activity calendars and the near-critical threshold of the report. Its JSON is the schedule file format of the
/// command line (docs/formats.md, "Schedule"): without <c>start</c> times are plain numbers, with <c>start</c> the schedule is
/// dated on the project calendar.
/// </summary>
/// <remarks>Immutable and validated when created. Read and write it with <see cref="Serialization.ProjectDeliveryJson"/>.</remarks>
public sealed class ScheduleRequest
{
    private ScheduleRequest(string? name, ProjectNetwork network, ScheduleOptions options, IReadOnlyDictionary<string, WorkingCalendar> calendars, double nearCriticalThreshold)
    {
        Name = name;
        Network = network;
        Options = options;
        Calendars = calendars;
        NearCriticalThreshold = nearCriticalThreshold;
    }

    /// <summary>Optional name of the project (free text).</summary>
    public string? Name { get; }

    /// <summary>The activity network.</summary>
    public ProjectNetwork Network { get; }

    /// <summary>The options: a <see cref="CalendarScheduleOptions"/> in calendar mode, plain <see cref="ScheduleOptions"/> otherwise.</summary>
    public ScheduleOptions Options { get; }

    /// <summary>The calendar options in calendar mode; null in plain mode.</summary>
    public CalendarScheduleOptions? CalendarOptions => Options as CalendarScheduleOptions;

    /// <summary>Named activity calendars (the JSON <c>calendars</c> object); activities refer to them by name.</summary>
    public IReadOnlyDictionary<string, WorkingCalendar> Calendars { get; }

    /// <summary>When greater than 0, reports list the activities whose total float is at most this (in time units).</summary>
    public double NearCriticalThreshold { get; }

    /// <summary>Creates a request.</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Plain or calendar options.</param>
    /// <param name="calendars">Named activity calendars (null: named after the activities' calendars).</param>
    /// <param name="nearCriticalThreshold">Near-critical threshold of the report (≥ 0; 0 for none).</param>
    /// <param name="name">Optional project name.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nearCriticalThreshold"/> is negative or not finite.</exception>
    /// <exception cref="ArgumentException">An activity has a calendar in plain mode, or a calendar that is not in <paramref name="calendars"/>.</exception>
    public static ScheduleRequest Create(ProjectNetwork network, ScheduleOptions options, IReadOnlyDictionary<string, WorkingCalendar>? calendars, double nearCriticalThreshold, string? name)
    {
        Preconditions.CheckNotNull(network, nameof(network));
        Preconditions.CheckNotNull(options, nameof(options));
        if (double.IsNaN(nearCriticalThreshold) || double.IsInfinity(nearCriticalThreshold) || nearCriticalThreshold < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(nearCriticalThreshold), nearCriticalThreshold, "The near-critical threshold should be a finite number ≥ 0.");
        }

        var named = new Dictionary<string, WorkingCalendar>(StringComparer.Ordinal);
        if (calendars is not null)
        {
            foreach (KeyValuePair<string, WorkingCalendar> pair in calendars)
            {
                named[pair.Key] = Preconditions.CheckNotNull(pair.Value, nameof(calendars));
            }
        }

        foreach (Activity activity in network.Activities)
        {
            if (activity.Calendar is not { } calendar)
            {
                continue;
            }

            if (options is not CalendarScheduleOptions)
            {
                throw new ArgumentException($"Activity '{activity.Id}' has a calendar, which needs calendar options (a project start).", nameof(network));
            }

            if (named.Values.Any(c => ReferenceEquals(c, calendar)))
            {
                continue;
            }

            if (calendars is not null)
            {
                throw new ArgumentException($"Activity '{activity.Id}' uses calendar '{calendar.Name}', which is not among the named calendars.", nameof(calendars));
            }

            string key = calendar.Name;
            for (int i = 2; named.ContainsKey(key); i++)
            {
                key = $"{calendar.Name} ({i})";
            }

            named[key] = calendar;
        }

        return new ScheduleRequest(name, network, options, named, nearCriticalThreshold);
    }

    /// <summary>Creates a plain-number request (no calendars, no near-critical list).</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">The options.</param>
    /// <returns>The request.</returns>
    public static ScheduleRequest Create(ProjectNetwork network, ScheduleOptions options) => Create(network, options, null, 0, null);

    /// <summary>The name under which an activity calendar is written (the key in <see cref="Calendars"/>).</summary>
    /// <param name="calendar">A calendar of one of the activities.</param>
    /// <returns>Its key.</returns>
    /// <exception cref="ArgumentException">The calendar is not one of the named calendars.</exception>
    public string CalendarName(WorkingCalendar calendar)
    {
        foreach (KeyValuePair<string, WorkingCalendar> pair in Calendars)
        {
            if (ReferenceEquals(pair.Value, calendar))
            {
                return pair.Key;
            }
        }

        throw new ArgumentException($"Calendar '{calendar?.Name}' is not one of the request's named calendars.", nameof(calendar));
    }
}
