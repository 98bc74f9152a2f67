using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Calendars;

/// <summary>
/// The working intervals of one day: sorted, non-overlapping, possibly none (a non-working day).
/// </summary>
/// <remarks>Immutable. Adjacent intervals (one ends when the next starts) are kept apart as given.</remarks>
public sealed class WorkingDay : IEquatable<WorkingDay>
{
    private readonly WorkingInterval[] _intervals;

    private WorkingDay(WorkingInterval[] intervals)
    {
        _intervals = intervals;
        Intervals = new ReadOnlyCollection<WorkingInterval>(intervals);
        long total = 0;
        foreach (WorkingInterval interval in intervals)
        {
            total += interval.EndTick - interval.StartTick;
        }

        TotalWork = Duration.FromTicks(total);
    }

    /// <summary>A day with no working time.</summary>
    public static WorkingDay NonWorking { get; } = new(Array.Empty<WorkingInterval>());

    /// <summary>A day that works around the clock, 00:00–24:00.</summary>
    public static WorkingDay WholeDay { get; } = new(new[] { WorkingInterval.WholeDay });

    /// <summary>The usual office day: 08:00–12:00 and 13:00–17:00 (eight hours).</summary>
    public static WorkingDay Standard { get; } = Parse("08:00-12:00,13:00-17:00");

    /// <summary>The working intervals in order.</summary>
    public IReadOnlyList<WorkingInterval> Intervals { get; }

    /// <summary>Total working time of the day.</summary>
    public Duration TotalWork { get; }

    /// <summary>True when the day has any working time.</summary>
    public bool IsWorking => _intervals.Length > 0;

    internal WorkingInterval[] IntervalArray => _intervals;

    /// <summary>Creates a day from intervals given in any order.</summary>
    /// <param name="intervals">The working intervals; they must not overlap.</param>
    /// <returns>The day.</returns>
    /// <exception cref="ArgumentException">Two intervals overlap.</exception>
    public static WorkingDay Create(IEnumerable<WorkingInterval> intervals)
    {
        Preconditions.CheckNotNull(intervals, nameof(intervals));
        WorkingInterval[] sorted = intervals.Where(i => i.EndTick > i.StartTick).OrderBy(i => i).ToArray();
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].StartTick < sorted[i - 1].EndTick)
            {
                throw new ArgumentException($"Working intervals {sorted[i - 1]} and {sorted[i]} overlap.", nameof(intervals));
            }
        }

        return sorted.Length == 0 ? NonWorking : new WorkingDay(sorted);
    }

    /// <summary>Creates a day from intervals given in any order.</summary>
    /// <param name="intervals">The working intervals; they must not overlap.</param>
    /// <returns>The day.</returns>
    public static WorkingDay Create(params WorkingInterval[] intervals) => Create((IEnumerable<WorkingInterval>)intervals);

    /// <summary>
    /// Parses comma-separated intervals such as <c>09:00-12:00,13:00-17:00</c>; an empty string or
    /// <c>closed</c> is a non-working day.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The day.</returns>
    /// <exception cref="FormatException">An interval is malformed or two overlap.</exception>
    public static WorkingDay Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        string trimmed = text.Trim();
        if (trimmed.Length == 0 || string.Equals(trimmed, "closed", StringComparison.OrdinalIgnoreCase))
        {
            return NonWorking;
        }

        WorkingInterval[] parts = trimmed.Split(',').Select(p => WorkingInterval.Parse(p.Trim())).ToArray();
        try
        {
            return Create(parts);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"Working day '{text}': {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public bool Equals(WorkingDay? other) =>
        other is not null && _intervals.AsSpan().SequenceEqual(other._intervals);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WorkingDay);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (WorkingInterval interval in _intervals)
        {
            hash.Add(interval);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats as comma-separated intervals, or <c>closed</c>.</summary>
    /// <returns>The text form, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() =>
        _intervals.Length == 0 ? "closed" : string.Join(",", _intervals.Select(i => i.ToString()));
}
