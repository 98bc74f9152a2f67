using System;
using System.Runtime.CompilerServices;
using ProjectDelivery.Calendars;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>
/// Time arithmetic the passes are generic over, so that one implementation serves plain numbers
/// (<see cref="PlainArithmetic"/>) and working-time calendars (<see cref="CalendarArithmetic"/>);
/// struct implementations let the JIT specialise each pass.
/// </summary>
/// <typeparam name="T">The moment type: double units, or wall-clock ticks.</typeparam>
internal interface ITimeArithmetic<T>
    where T : struct
{
    /// <summary>Adds <paramref name="units"/> of working time on the calendar of the activity at <paramref name="position"/>.</summary>
    T Add(T t, double units, int position);

    /// <summary>Moves a start forward to the next working moment of the activity's calendar.</summary>
    /// <summary>Adds a link lag to <paramref name="t"/>, counted on the calendar the options name for lags.</summary>
    T AddLag(T t, double lag, int predecessor, int successor);

    T NormaliseStart(T t, int position);

    /// <summary>Moves a finish back to the previous working moment of the activity's calendar.</summary>
    T NormaliseFinish(T t, int position);

    /// <summary>Working time from <paramref name="from"/> to <paramref name="to"/> in units on the activity's calendar.</summary>
    double Between(T from, T to, int position);

    /// <summary>a &gt; b.</summary>
    bool Later(T a, T b);
}

/// <summary>Plain numbers: time is a double from the project start; no calendar.</summary>
internal struct PlainArithmetic : ITimeArithmetic<double>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Add(double t, double units, int position) => t + units;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double AddLag(double t, double lag, int predecessor, int successor) => t + lag;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NormaliseStart(double t, int position) => t;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NormaliseFinish(double t, int position) => t;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Between(double from, double to, int position) => to - from;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Later(double a, double b) => a > b;
}

/// <summary>Working-time calendars: time is wall-clock ticks; one time unit is <see cref="UnitTicks"/> of working time.</summary>
internal readonly struct CalendarArithmetic : ITimeArithmetic<long>
{
    private readonly WorkingCalendar[] _calendarByPosition;

    private readonly LagCalendar _lagCalendar;
    private readonly WorkingCalendar _projectCalendar;

    internal CalendarArithmetic(WorkingCalendar[] calendarByPosition, long unitTicks, LagCalendar lagCalendar, WorkingCalendar projectCalendar)
    {
        _calendarByPosition = calendarByPosition;
        UnitTicks = unitTicks;
        _lagCalendar = lagCalendar;
        _projectCalendar = projectCalendar;
    }

    internal long UnitTicks { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Add(long t, double units, int position) =>
        units == 0 ? t : _calendarByPosition[position].AddWorkTicks(t, (long)Math.Round(units * UnitTicks));

    public long AddLag(long t, double lag, int predecessor, int successor)
    {
        if (lag == 0)
        {
            return t;
        }

        WorkingCalendar calendar = _lagCalendar switch
        {
            LagCalendar.Predecessor => _calendarByPosition[predecessor],
            LagCalendar.Continuous => WorkingCalendar.Continuous,
            LagCalendar.Project => _projectCalendar,
            _ => _calendarByPosition[successor],
        };
        return calendar.AddWorkTicks(t, (long)Math.Round(lag * UnitTicks));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long NormaliseStart(long t, int position) => _calendarByPosition[position].NextWorkingTick(t);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long NormaliseFinish(long t, int position) => _calendarByPosition[position].PreviousWorkingTick(t);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Between(long from, long to, int position) =>
        _calendarByPosition[position].WorkTicksBetween(from, to) / (double)UnitTicks;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Later(long a, long b) => a > b;
}
