using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>
/// An SLA policy: goals chosen by priority or predicate (first match wins), one working calendar
/// (business hours, holidays and time zone, or 24×7), a warning threshold and whether clocks may run several cycles.
/// </summary>
/// <remarks>Immutable and thread-safe; the clocks of every goal and metric are built once, at creation.</remarks>
public sealed class SlaPolicy
{
    private readonly SlaGoal[] _goals;
    private readonly Dictionary<string, SlaClock>[] _clocks;

    private SlaPolicy(string name, WorkingCalendar calendar, IEnumerable<SlaGoal> goals, double warningFraction, bool multipleCycles)
    {
        Name = Preconditions.CheckNotNull(name, nameof(name));
        Calendar = Preconditions.CheckNotNull(calendar, nameof(calendar));
        _goals = Preconditions.CheckNotNull(goals, nameof(goals)).ToArray();
        Preconditions.CheckArgument(_goals.Length > 0, nameof(goals), $"SLA policy '{name}' has no goals.");
        Preconditions.CheckArgumentRange(nameof(warningFraction), warningFraction, 0.0, 1.0);
        WarningFraction = warningFraction;
        MultipleCycles = multipleCycles;
        _clocks = new Dictionary<string, SlaClock>[_goals.Length];
        for (int i = 0; i < _goals.Length; i++)
        {
            SlaGoal goal = Preconditions.CheckNotNull(_goals[i], nameof(goals));
            _clocks[i] = goal.Targets.ToDictionary(t => t.Key, t => SlaClock.Create(calendar, t.Value, warningFraction, multipleCycles), StringComparer.Ordinal);
        }

        Goals = new ReadOnlyCollection<SlaGoal>(_goals);
    }

    /// <summary>The policy's name.</summary>
    public string Name { get; }

    /// <summary>The calendar of every clock of the policy.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The goals in match order.</summary>
    public IReadOnlyList<SlaGoal> Goals { get; }

    /// <summary>At-risk threshold as a fraction of each goal.</summary>
    public double WarningFraction { get; }

    /// <summary>Whether a start after a stop opens a new cycle.</summary>
    public bool MultipleCycles { get; }

    /// <summary>Creates a policy.</summary>
    /// <param name="name">A name for reports.</param>
    /// <param name="calendar">Business hours; <see cref="WorkingCalendar.Continuous"/> for 24×7.</param>
    /// <param name="goals">Goals in match order (first match wins).</param>
    /// <param name="warningFraction">At-risk threshold, in [0, 1].</param>
    /// <param name="multipleCycles">Whether clocks may run several cycles.</param>
    /// <returns>The policy.</returns>
    public static SlaPolicy Create(string name, WorkingCalendar calendar, IEnumerable<SlaGoal> goals, double warningFraction = SlaClock.DefaultWarningFraction, bool multipleCycles = false) =>
        new(name, calendar, goals, warningFraction, multipleCycles);

    /// <summary>The first goal that applies to a subject.</summary>
    /// <param name="subject">The ticket or order.</param>
    /// <returns>The goal.</returns>
    /// <exception cref="ArgumentException">No goal applies.</exception>
    public SlaGoal GoalFor(SlaSubject subject) => _goals[IndexFor(subject)];

    /// <summary>The clock measuring one metric of a subject.</summary>
    /// <param name="subject">The ticket or order.</param>
    /// <param name="metric">The metric, e.g. <c>resolve</c>.</param>
    /// <returns>The clock.</returns>
    /// <exception cref="ArgumentException">No goal applies, or the goal has no such metric.</exception>
    public SlaClock ClockFor(SlaSubject subject, string metric)
    {
        Preconditions.CheckNotNull(metric, nameof(metric));
        int index = IndexFor(subject);
        if (!_clocks[index].TryGetValue(metric, out SlaClock? clock))
        {
            throw new ArgumentException($"SLA policy '{Name}': goal '{_goals[index].Name}' for '{subject}' has no metric '{metric}'.", nameof(metric));
        }

        return clock;
    }

    /// <summary>Replays one metric's timeline of a subject.</summary>
    /// <param name="subject">The ticket or order.</param>
    /// <param name="metric">The metric.</param>
    /// <param name="events">The metric's events.</param>
    /// <param name="asOf">The instant to report at.</param>
    /// <returns>The status.</returns>
    public SlaStatus Evaluate(SlaSubject subject, string metric, ReadOnlySpan<SlaEvent> events, Instant asOf) =>
        ClockFor(subject, metric).Evaluate(events, asOf);

    private int IndexFor(SlaSubject subject)
    {
        Preconditions.CheckNotNull(subject, nameof(subject));
        for (int i = 0; i < _goals.Length; i++)
        {
            if (_goals[i].AppliesTo(subject))
            {
                return i;
            }
        }

        throw new ArgumentException($"SLA policy '{Name}' has no goal for '{subject}'.", nameof(subject));
    }
}
