using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>
/// An SLA clock: a goal of business time on a working calendar, with a warning threshold. Given a timeline of
/// start / pause / resume / stop events it reports, at any instant, the state, the business time elapsed and
/// remaining, the breach instant and the time paused.
/// </summary>
/// <remarks>
/// <para>Definitions (as in service-desk SLA engines, e.g. Jira Service Management and Zendesk, as a pure function of the events):</para>
/// <list type="bullet">
/// <item><description><b>Elapsed</b>: working time of <see cref="Calendar"/> (elapsed-time arithmetic in its zone) inside the
/// running segments of the cycle: from a start or resume to the next pause, stop or the as-of instant. Paused spans count nothing.</description></item>
/// <item><description><b>Breach instant</b>: the earliest instant at which elapsed reaches <see cref="Goal"/>. While running it is
/// known (in the future, or the past); while paused below the goal it is unknown (null); once met it is null.</description></item>
/// <item><description><b>State</b>: <see cref="SlaState.Met"/> when stopped with elapsed ≤ goal; <see cref="SlaState.Breached"/> when
/// stopped with elapsed &gt; goal, or open (running or paused) with elapsed ≥ goal (that is, as-of ≥ breach instant; a pause does not
/// undo a breach); otherwise <see cref="SlaState.Running"/> or <see cref="SlaState.Paused"/>.</description></item>
/// <item><description><b>At risk</b>: running or paused with elapsed ≥ <see cref="WarningFraction"/> × goal.</description></item>
/// <item><description><b>Events after the as-of instant</b> are not yet known and are ignored for the state, but the whole
/// timeline is still validated: events must be in non-decreasing time order (equal instants apply in the given order), a
/// pause needs a running clock, a resume a paused one, a stop an open one, and after a stop only a new start is accepted,
/// and only when <see cref="MultipleCycles"/> is set. Nothing is reordered: a bad timeline raises <see cref="SlaTimelineException"/>.</description></item>
/// <item><description><b>Cycles</b>: with <see cref="MultipleCycles"/>, each start after a stop opens a new cycle measured from zero
/// against the same goal; <see cref="Evaluate(ReadOnlySpan{SlaEvent}, Instant)"/> reports the latest cycle that has started by the
/// as-of instant, <see cref="EvaluateCycles"/> every one.</description></item>
/// </list>
/// <para>Cost: a replay makes O(events) calendar lookups, each a binary search in a cached year block (O(log n) in the
/// intervals of a year). <see cref="EvaluateMany(SlaEventLog, Instant, Span{SlaStatus})"/> keeps the last year block between
/// clocks, so bulk replays need no time-zone conversion. Instances are immutable and thread-safe.</para>
/// <para>Its JSON (<c>ProjectDeliveryJson</c>) holds the configuration with the field names of the <c>sla</c> input:
/// <c>{ "calendar"?, "goal": "PT8H", "warning": 0.75, "multipleCycles": false }</c> (no calendar: <see cref="WorkingCalendar.Continuous"/>).</para>
/// </remarks>
public sealed class SlaClock
{
    private readonly long _goalTicks;
    private readonly double _warningTicks;

    private SlaClock(WorkingCalendar calendar, Duration goal, double warningFraction, bool multipleCycles)
    {
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        if (goal <= Duration.Zero || goal > Duration.FromDays(36500))
        {
            throw new ArgumentOutOfRangeException(nameof(goal), goal, "An SLA goal should be a positive duration of at most 100 years.");
        }

        Preconditions.CheckArgumentRange(nameof(warningFraction), warningFraction, 0.0, 1.0);
        Calendar = calendar;
        Goal = goal;
        WarningFraction = warningFraction;
        MultipleCycles = multipleCycles;
        _goalTicks = goal.BclCompatibleTicks;
        _warningTicks = warningFraction * _goalTicks;
    }

    /// <summary>The default warning threshold, 75% of the goal.</summary>
    public const double DefaultWarningFraction = 0.75;

    /// <summary>The calendar whose working time counts (use <see cref="WorkingCalendar.Continuous"/> for 24×7).</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The business time allowed.</summary>
    public Duration Goal { get; }

    /// <summary>Fraction of the goal at which an open clock is at risk, in [0, 1].</summary>
    public double WarningFraction { get; }

    /// <summary>True when a start after a stop opens a new cycle; false when any event after a stop is an error.</summary>
    public bool MultipleCycles { get; }

    /// <summary>Creates a clock.</summary>
    /// <param name="calendar">Working calendar; <see cref="WorkingCalendar.Continuous"/> for 24×7.</param>
    /// <param name="goal">Business time allowed, positive.</param>
    /// <param name="warningFraction">At-risk threshold as a fraction of the goal, in [0, 1].</param>
    /// <param name="multipleCycles">Whether a start after a stop opens a new cycle.</param>
    /// <returns>The clock.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The goal is not positive, or the fraction is outside [0, 1] or NaN.</exception>
    public static SlaClock Create(WorkingCalendar calendar, Duration goal, double warningFraction = DefaultWarningFraction, bool multipleCycles = false) =>
        new(calendar, goal, warningFraction, multipleCycles);

    /// <summary>Returns a copy with another goal.</summary>
    /// <param name="goal">The new goal.</param>
    /// <returns>The new clock.</returns>
    public SlaClock WithGoal(Duration goal) => new(Calendar, goal, WarningFraction, MultipleCycles);

    /// <summary>Returns a copy with another calendar.</summary>
    /// <param name="calendar">The new calendar.</param>
    /// <returns>The new clock.</returns>
    public SlaClock WithCalendar(WorkingCalendar calendar) => new(calendar, Goal, WarningFraction, MultipleCycles);

    /// <summary>Returns a copy with another warning threshold.</summary>
    /// <param name="warningFraction">The new fraction, in [0, 1].</param>
    /// <returns>The new clock.</returns>
    public SlaClock WithWarningFraction(double warningFraction) => new(Calendar, Goal, warningFraction, MultipleCycles);

    /// <summary>Returns a copy that does or does not allow multiple cycles.</summary>
    /// <param name="multipleCycles">Whether a start after a stop opens a new cycle.</param>
    /// <returns>The new clock.</returns>
    public SlaClock WithMultipleCycles(bool multipleCycles) => new(Calendar, Goal, WarningFraction, multipleCycles);

    /// <summary>The clock's status at <paramref name="asOf"/> (latest cycle started by then).</summary>
    /// <param name="events">The timeline, in time order.</param>
    /// <param name="asOf">The instant to report at; later events are ignored (but validated).</param>
    /// <returns>The status.</returns>
    /// <exception cref="SlaTimelineException">The timeline is out of order or inconsistent.</exception>
    public SlaStatus Evaluate(ReadOnlySpan<SlaEvent> events, Instant asOf)
    {
        long asOfTicks = asOf.ToUnixTimeTicks();
        var cursor = new BusinessTimeCursor(Calendar, asOfTicks);
        return Replay(events, asOfTicks, ref cursor, null);
    }

    /// <summary>The clock's status at <paramref name="asOf"/> (latest cycle started by then).</summary>
    /// <param name="events">The timeline, in time order.</param>
    /// <param name="asOf">The instant to report at; later events are ignored (but validated).</param>
    /// <returns>The status.</returns>
    /// <exception cref="SlaTimelineException">The timeline is out of order or inconsistent.</exception>
    public SlaStatus Evaluate(IEnumerable<SlaEvent> events, Instant asOf) =>
        Evaluate(Preconditions.CheckNotNull(events, nameof(events)).ToArray().AsSpan(), asOf);

    /// <summary>The clock's status at <paramref name="asOf"/> (latest cycle started by then).</summary>
    /// <param name="events">The timeline, in time order.</param>
    /// <param name="asOf">The instant to report at; later events are ignored (but validated).</param>
    /// <returns>The status.</returns>
    /// <remarks>
    /// An array fits both the span and the sequence overloads equally well for C# 7.3 to 13 (error CS0121); this
    /// overload is the exact match, so <c>clock.Evaluate(new[] { SlaEvent.Start(opened) }, asOf)</c> compiles in every
    /// language version.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="SlaTimelineException">The timeline is out of order or inconsistent.</exception>
    public SlaStatus Evaluate(SlaEvent[] events, Instant asOf) =>
        Evaluate(new ReadOnlySpan<SlaEvent>(Preconditions.CheckNotNull(events, nameof(events))), asOf);

    /// <summary>The status of every cycle started by <paramref name="asOf"/>, in order (empty when not started).</summary>
    /// <param name="events">The timeline, in time order.</param>
    /// <param name="asOf">The instant to report at.</param>
    /// <returns>One status per cycle; finished cycles are met or breached.</returns>
    /// <exception cref="SlaTimelineException">The timeline is out of order or inconsistent.</exception>
    public IReadOnlyList<SlaStatus> EvaluateCycles(ReadOnlySpan<SlaEvent> events, Instant asOf)
    {
        long asOfTicks = asOf.ToUnixTimeTicks();
        var cursor = new BusinessTimeCursor(Calendar, asOfTicks);
        var cycles = new List<SlaStatus>();
        Replay(events, asOfTicks, ref cursor, cycles);
        return cycles.AsReadOnly();
    }

    /// <summary>Replays every timeline of a log into <paramref name="results"/> (one status per timeline).</summary>
    /// <param name="log">The timelines.</param>
    /// <param name="asOf">The instant to report at.</param>
    /// <param name="results">Receives the statuses; at least <see cref="SlaEventLog.Count"/> long.</param>
    /// <exception cref="SlaTimelineException">A timeline is inconsistent; the message names its index.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is too short.</exception>
    public void EvaluateMany(SlaEventLog log, Instant asOf, Span<SlaStatus> results)
    {
        Preconditions.CheckNotNull(log, nameof(log));
        Preconditions.CheckArgument(results.Length >= log.Count, nameof(results), $"Results span holds {results.Length} statuses, the log has {log.Count} timelines.");
        long asOfTicks = asOf.ToUnixTimeTicks();
        var cursor = new BusinessTimeCursor(Calendar, asOfTicks);
        for (int i = 0; i < log.Count; i++)
        {
            try
            {
                results[i] = Replay(log.GetTimeline(i), asOfTicks, ref cursor, null);
            }
            catch (SlaTimelineException ex)
            {
                throw new SlaTimelineException(ex.EventIndex, $"Timeline {i}: {ex.Message}");
            }
        }
    }

    /// <summary>Replays every timeline of a log.</summary>
    /// <param name="log">The timelines.</param>
    /// <param name="asOf">The instant to report at.</param>
    /// <returns>One status per timeline.</returns>
    /// <exception cref="SlaTimelineException">A timeline is inconsistent; the message names its index.</exception>
    public SlaStatus[] EvaluateMany(SlaEventLog log, Instant asOf)
    {
        Preconditions.CheckNotNull(log, nameof(log));
        var results = new SlaStatus[log.Count];
        EvaluateMany(log, asOf, results);
        return results;
    }

    /// <summary>Checks a timeline without evaluating it.</summary>
    /// <param name="events">The timeline.</param>
    /// <param name="multipleCycles">Whether a start after a stop is allowed.</param>
    /// <exception cref="SlaTimelineException">The first problem found, naming the event index.</exception>
    public static void Validate(ReadOnlySpan<SlaEvent> events, bool multipleCycles)
    {
        SlaState phase = SlaState.NotStarted;
        for (int i = 0; i < events.Length; i++)
        {
            SlaEvent e = events[i];
            if (i > 0 && e.At < events[i - 1].At)
            {
                throw new SlaTimelineException(i, $"Event {i} ({e}) is earlier than event {i - 1} ({events[i - 1]}); events must be in time order.");
            }

            switch (e.Type)
            {
                case SlaEventType.Start:
                    if (phase == SlaState.Met && !multipleCycles)
                    {
                        throw new SlaTimelineException(i, $"Event {i} ({e}) comes after the clock stopped; this SLA allows a single cycle.");
                    }

                    if (phase is SlaState.Running or SlaState.Paused)
                    {
                        throw new SlaTimelineException(i, $"Event {i} ({e}): the clock has already started.");
                    }

                    phase = SlaState.Running;
                    break;
                case SlaEventType.Pause:
                    CheckOpen(i, e, phase);
                    if (phase != SlaState.Running)
                    {
                        throw new SlaTimelineException(i, $"Event {i} ({e}): the clock is already paused.");
                    }

                    phase = SlaState.Paused;
                    break;
                case SlaEventType.Resume:
                    CheckOpen(i, e, phase);
                    if (phase != SlaState.Paused)
                    {
                        throw new SlaTimelineException(i, $"Event {i} ({e}): the clock is running, not paused.");
                    }

                    phase = SlaState.Running;
                    break;
                case SlaEventType.Stop:
                    CheckOpen(i, e, phase);
                    phase = SlaState.Met; // "stopped"
                    break;
                default:
                    throw new SlaTimelineException(i, $"Event {i} has unknown type {(int)e.Type}.");
            }
        }
    }

    /// <summary>A readable summary.</summary>
    /// <returns>Goal, warning and calendar.</returns>
    public override string ToString() =>
        $"SLA {Goal} on {Calendar.Name} (warning at {WarningFraction:P0}{(MultipleCycles ? ", multiple cycles" : string.Empty)})";

    private static void CheckOpen(int i, SlaEvent e, SlaState phase)
    {
        if (phase == SlaState.NotStarted)
        {
            throw new SlaTimelineException(i, $"Event {i} ({e}) comes before the clock started.");
        }

        if (phase == SlaState.Met)
        {
            throw new SlaTimelineException(i, $"Event {i} ({e}) comes after the clock stopped.");
        }
    }

    private SlaStatus Replay(ReadOnlySpan<SlaEvent> events, long asOf, ref BusinessTimeCursor cursor, List<SlaStatus>? cycles)
    {
        Validate(events, MultipleCycles);
        long goal = _goalTicks;
        SlaState phase = SlaState.NotStarted;
        int cycle = 0;
        long cycleStart = 0, elapsed = 0, segmentStart = 0, pauseStart = 0, paused = 0, breach = 0;
        bool breachFound = false;
        SlaStatus stopped = default;
        for (int i = 0; i < events.Length; i++)
        {
            SlaEvent e = events[i];
            long t = e.At.ToUnixTimeTicks();
            if (t > asOf)
            {
                break;
            }

            switch (e.Type)
            {
                case SlaEventType.Start:
                    if (cycle > 0)
                    {
                        cycles?.Add(stopped);
                    }

                    cycle++;
                    cycleStart = segmentStart = t;
                    elapsed = paused = 0;
                    breachFound = false;
                    phase = SlaState.Running;
                    break;
                case SlaEventType.Pause:
                    AddSegment(ref cursor, segmentStart, t, goal, ref elapsed, ref breach, ref breachFound);
                    pauseStart = t;
                    phase = SlaState.Paused;
                    break;
                case SlaEventType.Resume:
                    paused += t - pauseStart;
                    segmentStart = t;
                    phase = SlaState.Running;
                    break;
                default: // stop
                    if (phase == SlaState.Running)
                    {
                        AddSegment(ref cursor, segmentStart, t, goal, ref elapsed, ref breach, ref breachFound);
                    }
                    else
                    {
                        paused += t - pauseStart;
                    }

                    bool met = elapsed <= goal;
                    stopped = new SlaStatus(met ? SlaState.Met : SlaState.Breached, cycle, cycleStart, elapsed, goal, paused, breach, !met, atRisk: false);
                    phase = SlaState.Met; // "stopped"
                    break;
            }
        }

        SlaStatus result;
        switch (phase)
        {
            case SlaState.NotStarted:
                return new SlaStatus(SlaState.NotStarted, 0, 0, 0, goal, 0, 0, hasBreachAt: false, atRisk: false);
            case SlaState.Running:
            {
                long work = cursor.Work(segmentStart, asOf);
                if (!breachFound)
                {
                    // not yet reached in earlier segments, so goal − elapsed > 0: the breach lies in this open segment
                    breach = cursor.Add(segmentStart, goal - elapsed);
                }

                elapsed += work;
                bool breached = elapsed >= goal;
                result = new SlaStatus(breached ? SlaState.Breached : SlaState.Running, cycle, cycleStart, elapsed, goal, paused, breach, hasBreachAt: true,
                    atRisk: !breached && elapsed >= _warningTicks);
                break;
            }

            case SlaState.Paused:
            {
                bool breached = elapsed >= goal;
                result = new SlaStatus(breached ? SlaState.Breached : SlaState.Paused, cycle, cycleStart, elapsed, goal, paused + (asOf - pauseStart), breach,
                    hasBreachAt: breached, atRisk: !breached && elapsed >= _warningTicks);
                break;
            }

            default:
                result = stopped;
                break;
        }

        cycles?.Add(result);
        return result;
    }

    private static void AddSegment(ref BusinessTimeCursor cursor, long from, long to, long goal, ref long elapsed, ref long breach, ref bool breachFound)
    {
        long work = cursor.Work(from, to);
        if (!breachFound && elapsed + work >= goal)
        {
            breach = cursor.Add(from, goal - elapsed);
            breachFound = true;
        }

        elapsed += work;
    }
}
