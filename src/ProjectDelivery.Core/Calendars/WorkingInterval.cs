using System;
using System.Diagnostics.Contracts;
using System.Globalization;
using NodaTime;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Calendars;

/// <summary>
/// A span of working time within one day, from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive),
/// in wall-clock time. The end may be midnight at the end of the day (24:00).
/// </summary>
/// <remarks>The default value is the empty interval 00:00–00:00, which contains no working time.</remarks>
public readonly struct WorkingInterval : IEquatable<WorkingInterval>, IComparable<WorkingInterval>
{
    private readonly long _startTick;
    private readonly long _endTick;

    private WorkingInterval(long startTick, long endTick)
    {
        _startTick = startTick;
        _endTick = endTick;
    }

    /// <summary>Creates an interval; an <paramref name="end"/> of midnight means the end of the day (24:00).</summary>
    /// <param name="start">Start of work, inclusive.</param>
    /// <param name="end">End of work, exclusive; <see cref="LocalTime.Midnight"/> stands for 24:00.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">The end is not after the start.</exception>
    public static WorkingInterval Create(LocalTime start, LocalTime end)
    {
        long s = start.TickOfDay;
        long e = end == LocalTime.Midnight ? NodaConstants.TicksPerDay : end.TickOfDay;
        if (e <= s)
        {
            throw new ArgumentException($"Working interval {start:HH:mm}-{end:HH:mm} must end after it starts.", nameof(end));
        }

        return new WorkingInterval(s, e);
    }

    /// <summary>The whole day, 00:00–24:00.</summary>
    public static WorkingInterval WholeDay => new(0, NodaConstants.TicksPerDay);

    /// <summary>Start of work (inclusive).</summary>
    public LocalTime Start => LocalTime.FromTicksSinceMidnight(_startTick);

    /// <summary>End of work (exclusive); <see cref="LocalTime.Midnight"/> when <see cref="EndsAtMidnight"/>.</summary>
    public LocalTime End => EndsAtMidnight ? LocalTime.Midnight : LocalTime.FromTicksSinceMidnight(_endTick);

    /// <summary>True when the interval runs to the end of the day (24:00).</summary>
    public bool EndsAtMidnight => _endTick == NodaConstants.TicksPerDay;

    /// <summary>Length of the interval.</summary>
    public Duration Length => Duration.FromTicks(_endTick - _startTick);

    internal long StartTick => _startTick;

    internal long EndTick => _endTick;

    /// <summary>
    /// Parses <c>HH:mm-HH:mm</c> (seconds allowed, <c>24:00</c> allowed as an end), e.g. <c>08:00-12:00</c>.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="FormatException">The text is not of that form.</exception>
    public static WorkingInterval Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        int dash = text.IndexOf('-');
        if (dash <= 0)
        {
            throw new FormatException($"Working interval '{text}' should look like 09:00-17:00.");
        }

        long s = ParseTimeOfDay(text.Substring(0, dash).Trim(), text);
        long e = ParseTimeOfDay(text.Substring(dash + 1).Trim(), text);
        if (s == NodaConstants.TicksPerDay || e <= s)
        {
            throw new FormatException($"Working interval '{text}' must end after it starts (within one day; 24:00 may end a day).");
        }

        return new WorkingInterval(s, e);
    }

    private static long ParseTimeOfDay(string part, string whole)
    {
        if (part == "24:00" || part == "24:00:00")
        {
            return NodaConstants.TicksPerDay;
        }

        string[] formats = { "H:mm", "HH:mm", "HH:mm:ss", "H:mm:ss" };
        if (DateTime.TryParseExact(part, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime parsed))
        {
            return parsed.TimeOfDay.Ticks;
        }

        throw new FormatException($"Working interval '{whole}': '{part}' is not a time of day (HH:mm).");
    }

    /// <inheritdoc />
    [Pure]
    public bool Equals(WorkingInterval other) => _startTick == other._startTick && _endTick == other._endTick;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WorkingInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_startTick, _endTick);

    /// <summary>Orders by start, then end.</summary>
    /// <param name="other">The interval to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(WorkingInterval other)
    {
        int c = _startTick.CompareTo(other._startTick);
        return c != 0 ? c : _endTick.CompareTo(other._endTick);
    }

    /// <summary>Equality operator.</summary>
    public static bool operator ==(WorkingInterval left, WorkingInterval right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(WorkingInterval left, WorkingInterval right) => !left.Equals(right);

    /// <summary>Formats as <c>HH:mm-HH:mm</c>.</summary>
    /// <returns>The text form, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() =>
        $"{FormatTick(_startTick)}-{FormatTick(_endTick)}";

    private static string FormatTick(long tick)
    {
        if (tick == NodaConstants.TicksPerDay)
        {
            return "24:00";
        }

        var time = LocalTime.FromTicksSinceMidnight(tick);
        return time.Second == 0 && time.TickOfSecond == 0
            ? time.ToString("HH:mm", CultureInfo.InvariantCulture)
            : time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
    }
}
