using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace ProjectDelivery.Charts;

/// <summary>Tick marks of a calendar time axis: round hours, days, weeks (Mondays), months or years.</summary>
internal static class DateTicks
{
    private const double TicksPerDay = NodaConstants.TicksPerDay;

    private static readonly LocalDateTime Epoch = new(1970, 1, 1, 0, 0);

    /// <summary>Days (with fraction) since 1970-01-01T00:00, the axis value of a date.</summary>
    internal static double ToDays(LocalDateTime value) => value.InUtc().ToInstant().ToUnixTimeTicks() / TicksPerDay;

    /// <summary>Ticks in [minDays, maxDays], at most about <paramref name="maxTicks"/> of them, with labels.</summary>
    internal static IReadOnlyList<KeyValuePair<double, string>> Ticks(double minDays, double maxDays, int maxTicks)
    {
        double span = maxDays - minDays;
        maxTicks = Math.Max(2, maxTicks);
        LocalDateTime start = Epoch.PlusTicks((long)Math.Floor(minDays * TicksPerDay));
        foreach (int hours in new[] { 1, 2, 3, 6, 12 })
        {
            if (span * 24 / hours <= maxTicks)
            {
                LocalDateTime first = start.Date.AtMidnight();
                return Collect(minDays, maxDays, first, t => t.PlusHours(hours), t => Format(t, withTime: true));
            }
        }

        foreach (int days in new[] { 1, 2, 7, 14 })
        {
            if (span / days <= maxTicks)
            {
                LocalDateTime first = start.Date.AtMidnight();
                if (days >= 7)
                {
                    first = first.PlusDays(-(((int)first.DayOfWeek - 1 + 7) % 7));
                }

                return Collect(minDays, maxDays, first, t => t.PlusDays(days), t => Format(t, withTime: false));
            }
        }

        foreach (int months in new[] { 1, 2, 3, 6, 12, 24, 60, 120, 600, 1200 })
        {
            if (span / (30.44 * months) <= maxTicks || months == 1200)
            {
                int monthIndex = ((start.Year * 12) + start.Month - 1) / months * months;
                var first = new LocalDateTime(monthIndex / 12, (monthIndex % 12) + 1, 1, 0, 0);
                return Collect(minDays, maxDays, first, t => t.PlusMonths(months), t => months >= 12
                    ? t.Year.ToString("0000", CultureInfo.InvariantCulture)
                    : t.Year.ToString("0000", CultureInfo.InvariantCulture) + "-" + t.Month.ToString("00", CultureInfo.InvariantCulture));
            }
        }

        return Array.Empty<KeyValuePair<double, string>>();
    }

    private static IReadOnlyList<KeyValuePair<double, string>> Collect(double minDays, double maxDays, LocalDateTime first,
        Func<LocalDateTime, LocalDateTime> next, Func<LocalDateTime, string> label)
    {
        var ticks = new List<KeyValuePair<double, string>>();
        LocalDateTime t = first;
        for (int guard = 0; guard < 2000; guard++)
        {
            double days = ToDays(t);
            if (days > maxDays + 1e-9)
            {
                break;
            }

            if (days >= minDays - 1e-9)
            {
                ticks.Add(new KeyValuePair<double, string>(days, label(t)));
            }

            if (t.Year >= 9999)
            {
                break;
            }

            t = next(t);
        }

        return ticks;
    }

    private static string Format(LocalDateTime t, bool withTime)
    {
        string date = t.Year.ToString("0000", CultureInfo.InvariantCulture) + "-" + t.Month.ToString("00", CultureInfo.InvariantCulture) + "-" +
            t.Day.ToString("00", CultureInfo.InvariantCulture);
        return withTime
            ? t.Month.ToString("00", CultureInfo.InvariantCulture) + "-" + t.Day.ToString("00", CultureInfo.InvariantCulture) + " " +
              t.Hour.ToString("00", CultureInfo.InvariantCulture) + ":" + t.Minute.ToString("00", CultureInfo.InvariantCulture)
            : date;
    }

    /// <summary>An ISO-like date and time for labels and tooltips.</summary>
    internal static string Format(LocalDateTime t) =>
        Format(t, withTime: false) + " " + t.Hour.ToString("00", CultureInfo.InvariantCulture) + ":" + t.Minute.ToString("00", CultureInfo.InvariantCulture);
}
