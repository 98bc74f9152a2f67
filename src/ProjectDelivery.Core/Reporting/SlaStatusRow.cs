using System;
using System.Collections.Generic;
using NodaTime;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

namespace ProjectDelivery.Reporting;

/// <summary>
/// One flat report row per SLA clock reading (subject × metric at an as-of instant), with primitive properties
/// only, so that report designers can bind SLA results without knowing NodaTime.
/// </summary>
/// <remarks>
/// Durations are in hours of business time (<see cref="PausedHours"/> in real hours); instants are UTC
/// <see cref="DateTime"/>s (<see cref="DateTimeKind.Utc"/>). Immutable.
/// </remarks>
public sealed class SlaStatusRow
{
    /// <summary>Flattens one clock reading.</summary>
    /// <param name="subjectId">The ticket, order or case the clock belongs to (non-empty).</param>
    /// <param name="metric">The metric measured (for example <c>firstResponse</c>), or null/empty.</param>
    /// <param name="status">The reading.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subjectId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subjectId"/> is empty.</exception>
    public SlaStatusRow(string subjectId, string? metric, SlaStatus status)
    {
        Utility.Preconditions.CheckNotNull(subjectId, nameof(subjectId));
        Utility.Preconditions.CheckArgument(subjectId.Length > 0, nameof(subjectId), "An SLA subject id must not be empty.");
        SubjectId = subjectId;
        Metric = metric ?? string.Empty;
        State = status.State.ToString();
        IsAtRisk = status.IsAtRisk;
        IsBreached = status.State == SlaState.Breached;
        Cycle = status.Cycle;
        CycleStartedUtc = status.CycleStartedAt?.ToDateTimeUtc();
        ElapsedHours = status.Elapsed.TotalHours;
        GoalHours = status.Goal.TotalHours;
        RemainingHours = status.Remaining.TotalHours;
        PausedHours = status.TimePaused.TotalHours;
        BreachAtUtc = status.BreachAt?.ToDateTimeUtc();
        FractionOfGoal = status.FractionOfGoal;
    }

    /// <summary>Reads a row back from its JSON (the library's contract); every field as written.</summary>
    [System.Text.Json.Serialization.JsonConstructor]
    internal SlaStatusRow(string subjectId, string metric, string state, bool isAtRisk, bool isBreached, int cycle, DateTime? cycleStartedUtc, double elapsedHours, double goalHours, double remainingHours, double pausedHours, DateTime? breachAtUtc, double fractionOfGoal)
    {
        SubjectId = Utility.Preconditions.CheckNotNull(subjectId, nameof(subjectId));
        Metric = Utility.Preconditions.CheckNotNull(metric, nameof(metric));
        State = Utility.Preconditions.CheckNotNull(state, nameof(state));
        IsAtRisk = isAtRisk;
        IsBreached = isBreached;
        Cycle = cycle;
        CycleStartedUtc = cycleStartedUtc;
        ElapsedHours = elapsedHours;
        GoalHours = goalHours;
        RemainingHours = remainingHours;
        PausedHours = pausedHours;
        BreachAtUtc = breachAtUtc;
        FractionOfGoal = fractionOfGoal;
    }

    /// <summary>The subject (ticket, order, case) id.</summary>
    public string SubjectId { get; }

    /// <summary>The metric, or empty.</summary>
    public string Metric { get; }

    /// <summary><c>NotStarted</c>, <c>Running</c>, <c>Paused</c>, <c>Met</c> or <c>Breached</c>.</summary>
    public string State { get; }

    /// <summary>True while open with elapsed time at or above the warning fraction of the goal.</summary>
    public bool IsAtRisk { get; }

    /// <summary>True when <see cref="State"/> is <c>Breached</c>.</summary>
    public bool IsBreached { get; }

    /// <summary>One-based cycle number (0 when not started).</summary>
    public int Cycle { get; }

    /// <summary>When the cycle started (UTC), or null when not started.</summary>
    public DateTime? CycleStartedUtc { get; }

    /// <summary>Business hours counted so far.</summary>
    public double ElapsedHours { get; }

    /// <summary>The goal in business hours.</summary>
    public double GoalHours { get; }

    /// <summary>Goal minus elapsed, in business hours; negative once exceeded.</summary>
    public double RemainingHours { get; }

    /// <summary>Real hours spent paused.</summary>
    public double PausedHours { get; }

    /// <summary>When the goal is (or was) reached (UTC), or null while not started, paused short of the goal, or met.</summary>
    public DateTime? BreachAtUtc { get; }

    /// <summary>Elapsed as a fraction of the goal (0 for a zero goal).</summary>
    public double FractionOfGoal { get; }

    /// <summary>Rows for the readings of <see cref="SlaClock.EvaluateMany(SlaEventLog, Instant)"/>: subject ids and statuses index by index.</summary>
    /// <param name="subjectIds">One id per timeline of the log.</param>
    /// <param name="statuses">One status per timeline, in the same order.</param>
    /// <param name="metric">The metric the clock measured, or null.</param>
    /// <returns>The rows, in input order.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">The lists differ in length, or an id is null or empty (the message names the index).</exception>
    public static IReadOnlyList<SlaStatusRow> From(IReadOnlyList<string> subjectIds, IReadOnlyList<SlaStatus> statuses, string? metric = null)
    {
        Utility.Preconditions.CheckNotNull(subjectIds, nameof(subjectIds));
        Utility.Preconditions.CheckNotNull(statuses, nameof(statuses));
        Utility.Preconditions.CheckArgument(subjectIds.Count == statuses.Count, nameof(statuses),
            $"There are {subjectIds.Count} subject ids but {statuses.Count} statuses; give one id per status.");
        var rows = new SlaStatusRow[statuses.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            string? id = subjectIds[i];
            Utility.Preconditions.CheckArgument(!string.IsNullOrEmpty(id), nameof(subjectIds), $"Subject id at index {i} is null or empty.");
            rows[i] = new SlaStatusRow(id!, metric, statuses[i]);
        }

        return rows;
    }

    /// <summary>Subject, state and remaining time.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{SubjectId}{(Metric.Length == 0 ? string.Empty : " " + Metric)}: {State}{(IsAtRisk ? " (at risk)" : string.Empty)}, {RemainingHours:0.##} h left");
}
