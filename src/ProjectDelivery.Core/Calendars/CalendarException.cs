using System;
using NodaTime;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Calendars;

/// <summary>
/// A dated departure from the weekly pattern: a holiday (no work), an extra working day, or a day with
/// other hours (e.g. shortened), over one date or an inclusive range of dates.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class CalendarException : IEquatable<CalendarException>
{
    private CalendarException(LocalDate from, LocalDate to, WorkingDay day, string? name)
    {
        From = from;
        To = to;
        Day = day;
        Name = name;
    }

    /// <summary>First date affected (inclusive).</summary>
    public LocalDate From { get; }

    /// <summary>Last date affected (inclusive).</summary>
    public LocalDate To { get; }

    /// <summary>The working intervals that replace the weekly pattern on each affected date.</summary>
    public WorkingDay Day { get; }

    /// <summary>Optional label, e.g. "Easter Monday".</summary>
    public string? Name { get; }

    /// <summary>A non-working date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="name">Optional label.</param>
    /// <returns>The exception.</returns>
    public static CalendarException Holiday(LocalDate date, string? name = null) => new(date, date, WorkingDay.NonWorking, name);

    /// <summary>An inclusive range of non-working dates (e.g. a shutdown).</summary>
    /// <param name="from">First date.</param>
    /// <param name="to">Last date, not before <paramref name="from"/>.</param>
    /// <param name="name">Optional label.</param>
    /// <returns>The exception.</returns>
    public static CalendarException Holidays(LocalDate from, LocalDate to, string? name = null) => Create(from, to, WorkingDay.NonWorking, name);

    /// <summary>A date with its own working intervals (an extra working day, or a shortened day).</summary>
    /// <param name="date">The date.</param>
    /// <param name="day">Its working intervals.</param>
    /// <param name="name">Optional label.</param>
    /// <returns>The exception.</returns>
    public static CalendarException WorkingHours(LocalDate date, WorkingDay day, string? name = null) => Create(date, date, day, name);

    /// <summary>An inclusive range of dates with the given working intervals.</summary>
    /// <param name="from">First date.</param>
    /// <param name="to">Last date, not before <paramref name="from"/>.</param>
    /// <param name="day">Working intervals of each date.</param>
    /// <param name="name">Optional label.</param>
    /// <returns>The exception.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>, or the range is longer than 100 years.</exception>
    public static CalendarException Create(LocalDate from, LocalDate to, WorkingDay day, string? name = null)
    {
        Preconditions.CheckNotNull(day, nameof(day));
        Preconditions.CheckArgument(to >= from, nameof(to), $"Calendar exception '{name ?? from.ToString()}' ends ({to}) before it starts ({from}).");
        Preconditions.CheckArgument(Period.DaysBetween(from, to) <= 36525, nameof(to), $"Calendar exception '{name ?? from.ToString()}' spans more than 100 years.");
        return new CalendarException(from, to, day, name);
    }

    /// <inheritdoc />
    public bool Equals(CalendarException? other) =>
        other is not null && From == other.From && To == other.To && Day.Equals(other.Day) && Name == other.Name;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CalendarException);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To, Day, Name);

    /// <summary>A readable form.</summary>
    /// <returns>Dates and hours.</returns>
    public override string ToString() =>
        (From == To ? From.ToString() : $"{From}..{To}") + $" {Day}" + (Name is null ? string.Empty : $" ({Name})");
}
