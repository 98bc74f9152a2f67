using System;
using System.Collections.Generic;
using System.Globalization;

namespace ProjectDelivery.Charts;

/// <summary>
/// A linear map from a data range onto a pixel range, with "nice" tick values (1, 2 or 5 × 10^k steps, after
/// Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990).
/// </summary>
internal sealed class AxisScale
{
    private AxisScale(double min, double max, double pixelFrom, double pixelTo, double step)
    {
        Min = min;
        Max = max;
        PixelFrom = pixelFrom;
        PixelTo = pixelTo;
        Step = step;
    }

    internal double Min { get; }

    internal double Max { get; }

    internal double PixelFrom { get; }

    internal double PixelTo { get; }

    /// <summary>Tick step (0 when the scale was made with exact bounds and no ticks).</summary>
    internal double Step { get; }

    /// <summary>A scale over exactly [min, max] (widened around the value when min = max), with nice ticks inside.</summary>
    internal static AxisScale Exact(double min, double max, double pixelFrom, double pixelTo, int maxTicks)
    {
        (min, max) = Widen(min, max);
        return new AxisScale(min, max, pixelFrom, pixelTo, NiceStep(max - min, maxTicks));
    }

    /// <summary>A scale whose bounds are rounded out to whole tick steps.</summary>
    internal static AxisScale Rounded(double min, double max, double pixelFrom, double pixelTo, int maxTicks)
    {
        (min, max) = Widen(min, max);
        double step = NiceStep(max - min, maxTicks);
        double lo = Math.Floor(min / step) * step;
        double hi = Math.Ceiling(max / step) * step;
        lo = lo > min ? lo - step : lo;
        hi = hi < max ? hi + step : hi;
        return new AxisScale(lo, hi, pixelFrom, pixelTo, step);
    }

    internal double Map(double value) => PixelFrom + ((value - Min) / (Max - Min) * (PixelTo - PixelFrom));

    /// <summary>Tick values: the multiples of the step within [Min, Max].</summary>
    internal IReadOnlyList<double> Ticks()
    {
        var ticks = new List<double>();
        double first = Math.Ceiling((Min / Step) - 1e-9);
        for (double k = first; k * Step <= Max + (Step * 1e-9) && ticks.Count < 1000; k++)
        {
            double t = k * Step;
            ticks.Add(Math.Abs(t) < Step * 1e-9 ? 0.0 : t);
        }

        return ticks;
    }

    /// <summary>A short label: thousands as k, millions as M, billions as G; up to the decimals the step needs.</summary>
    internal string Label(double value)
    {
        double magnitude = Math.Max(Math.Abs(Max), Math.Abs(Min));
        string suffix = string.Empty;
        double divisor = 1.0;
        if (magnitude >= 1e9)
        {
            (suffix, divisor) = ("G", 1e9);
        }
        else if (magnitude >= 1e6)
        {
            (suffix, divisor) = ("M", 1e6);
        }
        else if (magnitude >= 1e4)
        {
            (suffix, divisor) = ("k", 1e3);
        }

        double scaledStep = Step / divisor;
        int decimals = scaledStep >= 1 ? 0 : Math.Min(6, (int)Math.Ceiling(-Math.Log10(scaledStep) - 1e-9));
        return (value / divisor).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + suffix;
    }

    internal static double NiceStep(double span, int maxTicks)
    {
        double raw = span / Math.Max(1, maxTicks);
        double power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    private static (double Min, double Max) Widen(double min, double max)
    {
        // A span below a billionth of the magnitude cannot be split into distinct ticks: treat it as one value.
        double magnitude = Math.Max(1.0, Math.Max(Math.Abs(min), Math.Abs(max)));
        if (max - min > magnitude * 1e-9)
        {
            return (min, max);
        }

        double middle = (min / 2) + (max / 2);
        double pad = Math.Abs(middle) > 1 ? Math.Abs(middle) * 0.05 : 1.0;
        return (middle - pad, middle + pad);
    }
}
