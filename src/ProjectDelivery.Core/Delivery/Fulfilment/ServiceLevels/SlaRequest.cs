using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Serialization.Delivery;

namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>
/// The input of an SLA replay (the <c>sla</c> command's document): a business-hours calendar, the goals (default and
/// per priority), the at-risk threshold, the instant to report at and the tickets with their events.
/// </summary>
/// <remarks>
/// A ticket's goal is its own <see cref="SlaTicketRequest.Goal"/>, else the goal of its priority in
/// <see cref="PriorityGoals"/> (case-insensitive), else <see cref="Goal"/>; see <see cref="GoalOf"/>.
/// The JSON shape is documented in docs/formats.md, section "sla FILE.json".
/// </remarks>
public sealed class SlaRequest
{
    private SlaRequest(WorkingCalendar? calendar, Duration? goal, IReadOnlyDictionary<string, Duration> priorityGoals, double warningFraction, bool multipleCycles, Instant asOf, IReadOnlyList<SlaTicketRequest> tickets)
    {
        Calendar = calendar;
        Goal = goal;
        PriorityGoals = priorityGoals;
        WarningFraction = warningFraction;
        MultipleCycles = multipleCycles;
        AsOf = asOf;
        Tickets = tickets;
    }

    /// <summary>Gets the business-hours calendar, or <see langword="null"/> when the clocks run 24×7 in UTC.</summary>
    public WorkingCalendar? Calendar { get; }

    /// <summary>Gets the default goal (business time), or <see langword="null"/> when every ticket gets its goal otherwise.</summary>
    public Duration? Goal { get; }

    /// <summary>Gets the goal per priority; keys compare case-insensitively (ordinal).</summary>
    public IReadOnlyDictionary<string, Duration> PriorityGoals { get; }

    /// <summary>Gets the at-risk threshold as a fraction of the goal, in [0, 1].</summary>
    public double WarningFraction { get; }

    /// <summary>Gets a value indicating whether a start after a stop opens a new cycle.</summary>
    public bool MultipleCycles { get; }

    /// <summary>Gets the instant to report at; later events are validated but not yet known to the state.</summary>
    public Instant AsOf { get; }

    /// <summary>Gets the tickets, in input order, with unique ids.</summary>
    public IReadOnlyList<SlaTicketRequest> Tickets { get; }

    /// <summary>Creates a validated request.</summary>
    /// <param name="calendar">The business-hours calendar, or <see langword="null"/> for 24×7 (UTC).</param>
    /// <param name="goal">The default goal (positive), or <see langword="null"/>.</param>
    /// <param name="priorityGoals">Goals per priority (positive), or <see langword="null"/> for none.</param>
    /// <param name="warningFraction">The at-risk threshold as a fraction of the goal, in [0, 1].</param>
    /// <param name="multipleCycles">Whether a start after a stop opens a new cycle.</param>
    /// <param name="asOf">The instant to report at.</param>
    /// <param name="tickets">The tickets (unique ids).</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tickets"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A goal is not positive, or the warning fraction is outside [0, 1] or NaN.</exception>
    /// <exception cref="ArgumentException">Two tickets share an id, or a priority is given twice (ignoring case).</exception>
    public static SlaRequest Create(WorkingCalendar? calendar, Duration? goal, IReadOnlyDictionary<string, Duration>? priorityGoals, double warningFraction, bool multipleCycles, Instant asOf, IEnumerable<SlaTicketRequest> tickets)
    {
        if (tickets is null)
        {
            throw new ArgumentNullException(nameof(tickets));
        }

        if (goal is { } g && g <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(goal), g, $"The default goal must be positive, got {g}.");
        }

        if (double.IsNaN(warningFraction) || warningFraction < 0 || warningFraction > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(warningFraction), warningFraction, "The warning fraction must be in [0, 1].");
        }

        var priorities = new Dictionary<string, Duration>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, Duration> pair in priorityGoals ?? new Dictionary<string, Duration>())
        {
            if (pair.Value <= Duration.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(priorityGoals), pair.Value, $"The goal of priority '{pair.Key}' must be positive, got {pair.Value}.");
            }

            if (priorities.ContainsKey(pair.Key))
            {
                throw new ArgumentException($"Priority '{pair.Key}' is given twice (priorities compare ignoring case).", nameof(priorityGoals));
            }

            priorities[pair.Key] = pair.Value;
        }

        SlaTicketRequest[] list = tickets.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < list.Length; i++)
        {
            SlaTicketRequest ticket = list[i] ?? throw new ArgumentNullException(nameof(tickets), $"Ticket {i} is null.");
            if (!seen.Add(ticket.Id))
            {
                throw new ArgumentException($"Ticket id '{ticket.Id}' is used twice.", nameof(tickets));
            }
        }

        return new SlaRequest(calendar, goal, priorities, warningFraction, multipleCycles, asOf, Array.AsReadOnly(list));
    }

    /// <summary>Gets the goal of a ticket: its own, else its priority's, else the default.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <returns>The goal, or <see langword="null"/> when none applies.</returns>
    public Duration? GoalOf(SlaTicketRequest ticket)
    {
        if (ticket is null)
        {
            throw new ArgumentNullException(nameof(ticket));
        }

        if (ticket.Goal is { } own)
        {
            return own;
        }

        if (ticket.Priority is not null && PriorityGoals.TryGetValue(ticket.Priority, out Duration byPriority))
        {
            return byPriority;
        }

        return Goal;
    }

    /// <summary>
    /// Replays every ticket's clock as of <see cref="AsOf"/>: one <see cref="SlaClock"/> per distinct goal (see
    /// <see cref="GoalOf"/>) on <see cref="Calendar"/> (24×7 in UTC when there is none), with <see cref="WarningFraction"/>
    /// and <see cref="MultipleCycles"/>; events after <see cref="AsOf"/> are validated but not yet known to the state.
    /// </summary>
    /// <returns>One <see cref="SlaTicketStatus"/> per ticket, in input order.</returns>
    /// <exception cref="SlaTicketException">A ticket has no goal (its own, its priority's or the default), or its events
    /// cannot be replayed (out of time order, or not valid in the clock's state; the inner exception is the
    /// <see cref="SlaTimelineException"/>). The first such ticket, in input order, is reported.</exception>
    public SlaReport Evaluate()
    {
        WorkingCalendar calendar = Calendar ?? WorkingCalendar.Continuous;
        var clocks = new Dictionary<Duration, SlaClock>();
        var rows = new SlaTicketStatus[Tickets.Count];
        for (int t = 0; t < rows.Length; t++)
        {
            SlaTicketRequest ticket = Tickets[t];
            if (GoalOf(ticket) is not { } goal)
            {
                string why = ticket.Priority is not null && !PriorityGoals.ContainsKey(ticket.Priority)
                    ? $"priority '{ticket.Priority}' has no goal in the priority goals and there is no default goal"
                    : "no goal (set a default goal, the ticket's goal, or a priority that has a goal)";
                throw new SlaTicketException(t, ticket.Id, null, $"Ticket '{ticket.Id}' (ticket {t}): {why}.", null);
            }

            if (!clocks.TryGetValue(goal, out SlaClock? clock))
            {
                clock = SlaClock.Create(calendar, goal, WarningFraction, MultipleCycles);
                clocks[goal] = clock;
            }

            SlaEvent[] events = ticket.Events.ToArray();
            try
            {
                rows[t] = SlaTicketStatus.From(ticket.Id, clock.Evaluate(events.AsSpan(), AsOf));
            }
            catch (SlaTimelineException ex)
            {
                throw new SlaTicketException(t, ticket.Id, ex.EventIndex, $"Ticket '{ticket.Id}' (ticket {t}), event {ex.EventIndex}: {ex.Message}", ex);
            }
        }

        return SlaReport.Create(rows);
    }
}

/// <summary>One ticket of an <see cref="SlaRequest"/>: its id, optional priority and goal, and its events in time order.</summary>
public sealed class SlaTicketRequest
{
    private SlaTicketRequest(string id, string? priority, Duration? goal, IReadOnlyList<SlaEvent> events)
    {
        Id = id;
        Priority = priority;
        Goal = goal;
        Events = events;
    }

    /// <summary>Gets the ticket id (non-empty).</summary>
    public string Id { get; }

    /// <summary>Gets the priority, looked up in <see cref="SlaRequest.PriorityGoals"/>, or <see langword="null"/>.</summary>
    public string? Priority { get; }

    /// <summary>Gets the ticket's own goal (wins over its priority), or <see langword="null"/>.</summary>
    public Duration? Goal { get; }

    /// <summary>Gets the events (order is checked when the clock replays them).</summary>
    public IReadOnlyList<SlaEvent> Events { get; }

    /// <summary>Creates a validated ticket.</summary>
    /// <param name="id">The ticket id (non-empty).</param>
    /// <param name="priority">The priority, or <see langword="null"/>.</param>
    /// <param name="goal">The ticket's own goal (positive), or <see langword="null"/>.</param>
    /// <param name="events">The events.</param>
    /// <returns>The ticket.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="goal"/> is not positive.</exception>
    public static SlaTicketRequest Create(string id, string? priority, Duration? goal, IEnumerable<SlaEvent> events)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        if (id.Length == 0)
        {
            throw new ArgumentException("A ticket id is required.", nameof(id));
        }

        if (events is null)
        {
            throw new ArgumentNullException(nameof(events));
        }

        if (goal is { } g && g <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(goal), g, $"The goal of ticket '{id}' must be positive, got {g}.");
        }

        return new SlaTicketRequest(id, priority, goal, Array.AsReadOnly(events.ToArray()));
    }
}
