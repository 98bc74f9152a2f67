using System;
using System.Globalization;
using NodaTime;

namespace ProjectDelivery.Cli.Commands;

/// <summary>
/// Writes amounts of working time (durations, lags, floats) with their unit: whole working days as <c>3d</c>, the rest
/// in hours (<c>4h</c>, <c>2d 0.6h</c>). A schedule counts in its time unit (minutes for MS Project files, hours for
/// P6 files, the calendar's working day for JSON); this turns that number back into time a reader recognises.
/// </summary>
internal sealed class WorkingTimeText
{
    private readonly Duration _unit;
    private readonly Duration _day;

    /// <summary>Creates the writer for amounts counted in <paramref name="unit"/>s, with <paramref name="day"/> as one working day.</summary>
    public WorkingTimeText(Duration unit, Duration day)
    {
        _unit = unit;
        _day = day;
    }

    /// <summary>Explains the units, for a line under the table: <c>d = working day of 7.8 h, h = working hour</c>.</summary>
    public string Legend => "d = working day of " + Hours(_day.TotalHours) + " h, h = working hour";

    /// <summary>The amount of <paramref name="units"/> time units as working days and hours.</summary>
    public string Format(double units)
    {
        if (double.IsNaN(units) || double.IsInfinity(units))
        {
            return units.ToString(CultureInfo.InvariantCulture);
        }

        double minutes = Math.Round(Math.Abs(units) * _unit.TotalMinutes, 3);
        if (minutes == 0)
        {
            return "0";
        }

        double dayMinutes = _day.TotalMinutes;
        string sign = units < 0 && minutes > 0 ? "-" : string.Empty;
        double days = Math.Floor((minutes + 1e-6) / dayMinutes);
        double restHours = Math.Round((minutes - (days * dayMinutes)) / 60, 2);
        if (restHours * 60 >= dayMinutes - 1e-6)
        {
            days++;
            restHours = 0;
        }

        if (days == 0)
        {
            return sign + Hours(restHours) + "h";
        }

        return restHours == 0
            ? sign + days.ToString("0", CultureInfo.InvariantCulture) + "d"
            : sign + days.ToString("0", CultureInfo.InvariantCulture) + "d " + Hours(restHours) + "h";
    }

    private static string Hours(double hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);
}
