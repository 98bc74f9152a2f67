using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Calendars;

/// <summary>The repeating weekly pattern of a calendar: one <see cref="WorkingDay"/> for each day of the week.</summary>
/// <remarks>Immutable.</remarks>
public sealed class WorkWeek : IEquatable<WorkWeek>
{
    private readonly WorkingDay[] _days; // index 0 = Monday … 6 = Sunday

    private WorkWeek(WorkingDay[] days)
    {
        _days = days;
        long total = 0;
        int workingDays = 0;
        foreach (WorkingDay day in days)
        {
            total += day.TotalWork.BclCompatibleTicks;
            workingDays += day.IsWorking ? 1 : 0;
        }

        TotalWork = Duration.FromTicks(total);
        WorkingDaysPerWeek = workingDays;
    }

    /// <summary>Monday to Friday, 08:00–12:00 and 13:00–17:00; weekends off (40 hours).</summary>
    public static WorkWeek Standard { get; } = Create(WorkingDay.Standard, WorkingDay.Standard, WorkingDay.Standard,
        WorkingDay.Standard, WorkingDay.Standard, WorkingDay.NonWorking, WorkingDay.NonWorking);

    /// <summary>Every day around the clock (24×7).</summary>
    public static WorkWeek Continuous { get; } = Create(Enumerable.Repeat(WorkingDay.WholeDay, 7).ToArray());

    /// <summary>Total working time of one week.</summary>
    public Duration TotalWork { get; }

    /// <summary>How many days of the week have any working time.</summary>
    public int WorkingDaysPerWeek { get; }

    /// <summary>Creates a week from its seven days, Monday first.</summary>
    /// <param name="days">Exactly seven days, Monday to Sunday.</param>
    /// <returns>The week.</returns>
    /// <exception cref="ArgumentException">Not exactly seven days are given.</exception>
    public static WorkWeek Create(params WorkingDay[] days)
    {
        Preconditions.CheckNotNull(days, nameof(days));
        Preconditions.CheckArgument(days.Length == 7, nameof(days), $"A work week needs seven days (Monday to Sunday), got {days.Length}.");
        for (int i = 0; i < 7; i++)
        {
            Preconditions.CheckArgument(days[i] is not null, nameof(days), $"Day {(IsoDayOfWeek)(i + 1)} of the work week is null.");
        }

        return new WorkWeek((WorkingDay[])days.Clone());
    }

    /// <summary>Creates a week from a map of day → working day; days not in the map are non-working.</summary>
    /// <param name="days">The working days by day of week.</param>
    /// <returns>The week.</returns>
    public static WorkWeek Create(IReadOnlyDictionary<IsoDayOfWeek, WorkingDay> days)
    {
        Preconditions.CheckNotNull(days, nameof(days));
        var array = new WorkingDay[7];
        for (int i = 0; i < 7; i++)
        {
            array[i] = days.TryGetValue((IsoDayOfWeek)(i + 1), out WorkingDay? day) && day is not null ? day : WorkingDay.NonWorking;
        }

        return new WorkWeek(array);
    }

    /// <summary>The working day of the given weekday.</summary>
    /// <param name="dayOfWeek">The day of the week.</param>
    /// <returns>Its working intervals.</returns>
    public WorkingDay this[IsoDayOfWeek dayOfWeek]
    {
        get
        {
            Preconditions.CheckArgumentRange(nameof(dayOfWeek), (int)dayOfWeek, 1, 7);
            return _days[(int)dayOfWeek - 1];
        }
    }

    /// <summary>Returns a copy with one day replaced.</summary>
    /// <param name="dayOfWeek">The day to replace.</param>
    /// <param name="day">Its new working intervals.</param>
    /// <returns>The new week.</returns>
    public WorkWeek With(IsoDayOfWeek dayOfWeek, WorkingDay day)
    {
        Preconditions.CheckArgumentRange(nameof(dayOfWeek), (int)dayOfWeek, 1, 7);
        Preconditions.CheckNotNull(day, nameof(day));
        var copy = (WorkingDay[])_days.Clone();
        copy[(int)dayOfWeek - 1] = day;
        return new WorkWeek(copy);
    }

    /// <inheritdoc />
    public bool Equals(WorkWeek? other)
    {
        if (other is null)
        {
            return false;
        }

        for (int i = 0; i < 7; i++)
        {
            if (!_days[i].Equals(other._days[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WorkWeek);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (WorkingDay day in _days)
        {
            hash.Add(day);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats as <c>Mon 08:00-12:00,13:00-17:00; …</c>.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() =>
        string.Join("; ", Enumerable.Range(0, 7).Select(i => $"{((IsoDayOfWeek)(i + 1)).ToString().Substring(0, 3)} {_days[i]}"));
}
