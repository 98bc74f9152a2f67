using System;
using NodaTime;

namespace ProjectDelivery.Delivery.Fulfilment.Promises;

/// <summary>
/// How long the warehouse takes to pick and pack an order: a number of whole working days after the release
/// day (0 = ships the day it is released), or an amount of working time on the warehouse calendar.
/// </summary>
/// <remarks>The default value is zero working days (same-day processing).</remarks>
public readonly struct ProcessingTime : IEquatable<ProcessingTime>
{
    private ProcessingTime(int days, Duration? workingTime)
    {
        WorkingDays = days;
        WorkingTime = workingTime;
    }

    /// <summary>Whole working days after the release day; meaningful when <see cref="WorkingTime"/> is null.</summary>
    public int WorkingDays { get; }

    /// <summary>Working time on the warehouse calendar, or null when counted in days.</summary>
    public Duration? WorkingTime { get; }

    /// <summary>Processing that takes <paramref name="days"/> working days after the release day.</summary>
    /// <param name="days">Days in [0, 365].</param>
    /// <returns>The processing time.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Days outside [0, 365].</exception>
    public static ProcessingTime FromWorkingDays(int days)
    {
        if (days < 0 || days > 365)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "Processing days should be in range [0, 365].");
        }

        return new ProcessingTime(days, null);
    }

    /// <summary>Processing that takes an amount of working time, counted from the order (same-day release) or the opening of the release day.</summary>
    /// <param name="time">Working time in [0, 365 days].</param>
    /// <returns>The processing time.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Negative or longer than a year.</exception>
    public static ProcessingTime FromWorkingTime(Duration time)
    {
        if (time < Duration.Zero || time > Duration.FromDays(365))
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, "Processing time should be in range [0, 365 days].");
        }

        return new ProcessingTime(0, time);
    }

    /// <inheritdoc />
    public bool Equals(ProcessingTime other) => WorkingDays == other.WorkingDays && WorkingTime == other.WorkingTime;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProcessingTime other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(WorkingDays, WorkingTime);

    /// <summary>Equality operator.</summary>
    /// <param name="left">First value.</param>
    /// <param name="right">Second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ProcessingTime left, ProcessingTime right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">First value.</param>
    /// <param name="right">Second value.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(ProcessingTime left, ProcessingTime right) => !left.Equals(right);

    /// <summary>A readable form.</summary>
    /// <returns>E.g. <c>1 working day(s)</c> or <c>4 working hour(s)</c>.</returns>
    public override string ToString() =>
        WorkingTime is { } t ? $"{t.TotalHours:0.##} working hour(s)" : $"{WorkingDays} working day(s)";
}
