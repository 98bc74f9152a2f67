using System;
using System.Globalization;
using NodaTime;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>
/// A point in schedule time: either a plain number of time units from the project start (plain-number
/// mode) or a wall-clock date and time (calendar mode). Used for constraint dates, deadlines, actual
/// dates and the status date.
/// </summary>
/// <remarks>The default value is the plain number 0.</remarks>
public readonly struct ScheduleMoment : IEquatable<ScheduleMoment>
{
    private readonly double _units;
    private readonly LocalDateTime _date;

    private ScheduleMoment(double units, LocalDateTime date, bool isDate)
    {
        _units = units;
        _date = date;
        IsDate = isDate;
    }

    /// <summary>True for a calendar date, false for a plain number.</summary>
    public bool IsDate { get; }

    /// <summary>The plain number of time units.</summary>
    /// <exception cref="InvalidOperationException">This moment is a date.</exception>
    public double Units => !IsDate ? _units : throw new InvalidOperationException($"Schedule moment {this} is a date, not a number of time units.");

    /// <summary>The calendar date and time.</summary>
    /// <exception cref="InvalidOperationException">This moment is a plain number.</exception>
    public LocalDateTime Date => IsDate ? _date : throw new InvalidOperationException($"Schedule moment {this} is a number of time units, not a date.");

    /// <summary>A plain number of time units from the project start.</summary>
    /// <param name="units">Finite number.</param>
    /// <returns>The moment.</returns>
    /// <exception cref="ArgumentOutOfRangeException">NaN or infinite.</exception>
    public static ScheduleMoment FromUnits(double units)
    {
        Utility.Preconditions.CheckArgumentRange(nameof(units), units, -1e12, 1e12);
        return new ScheduleMoment(units, default, false);
    }

    /// <summary>A wall-clock date and time.</summary>
    /// <param name="date">The date and time.</param>
    /// <returns>The moment.</returns>
    public static ScheduleMoment FromDate(LocalDateTime date) => new(0, date, true);

    /// <summary>Converts a number of time units.</summary>
    /// <param name="units">The number.</param>
    public static implicit operator ScheduleMoment(double units) => FromUnits(units);

    /// <summary>Converts a date.</summary>
    /// <param name="date">The date.</param>
    public static implicit operator ScheduleMoment(LocalDateTime date) => FromDate(date);

    /// <inheritdoc />
    public bool Equals(ScheduleMoment other) =>
        IsDate == other.IsDate && (IsDate ? _date == other._date : _units.Equals(other._units));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ScheduleMoment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => IsDate ? _date.GetHashCode() : _units.GetHashCode();

    /// <summary>Equality.</summary>
    public static bool operator ==(ScheduleMoment left, ScheduleMoment right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ScheduleMoment left, ScheduleMoment right) => !left.Equals(right);

    /// <summary>ISO date-time or the number.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() =>
        IsDate ? _date.ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : _units.ToString("R", CultureInfo.InvariantCulture);
}
