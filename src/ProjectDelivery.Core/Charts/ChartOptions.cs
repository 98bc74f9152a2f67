using System;
using System.Collections.Generic;
using System.Globalization;

namespace ProjectDelivery.Charts;

/// <summary>
/// Size, title, font and colours of a chart. Every chart takes one; the defaults give a readable picture on a
/// white page.
/// </summary>
/// <remarks>
/// Colours are CSS colour values written into SVG attributes (e.g. <c>#1f77b4</c>, <c>steelblue</c>,
/// <c>rgb(10,20,30)</c>); they are escaped, never interpreted. Immutable once built; validated by each chart
/// before drawing, all problems reported together.
/// </remarks>
public sealed class ChartOptions
{
    /// <summary>The default palette (ten distinct colours, Tableau 10 order), used for route colours and series.</summary>
    public static IReadOnlyList<string> DefaultPalette { get; } = new[]
    {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    };

    /// <summary>Width in pixels, 200 to 20,000. Default 960.</summary>
    public int Width { get; init; } = 960;

    /// <summary>
    /// Height in pixels, 150 to 20,000, or null (the default) to let the chart choose: 26 pixels per activity
    /// row plus axes for a Gantt chart, 540 for the others.
    /// </summary>
    public int? Height { get; init; }

    /// <summary>Title drawn at the top, or null (the default) for the chart's own title.</summary>
    public string? Title { get; init; }

    /// <summary>Title of the horizontal axis, or null (the default) for the chart's own (e.g. "finish (time units)").</summary>
    public string? XAxisTitle { get; init; }

    /// <summary>Title of the vertical axis, or null (the default) for the chart's own (e.g. "cumulative cost").</summary>
    public string? YAxisTitle { get; init; }

    /// <summary>Font family list. Default <c>"DejaVu Sans, Arial, Helvetica, sans-serif"</c>.</summary>
    public string FontFamily { get; init; } = "DejaVu Sans, Arial, Helvetica, sans-serif";

    /// <summary>Page background. Default white.</summary>
    public string BackgroundColour { get; init; } = "#ffffff";

    /// <summary>Text, axes and outlines. Default near-black.</summary>
    public string ForegroundColour { get; init; } = "#222222";

    /// <summary>Grid lines. Default light grey.</summary>
    public string GridColour { get; init; } = "#e3e3e3";

    /// <summary>Ordinary (non-critical) Gantt bars. Default blue.</summary>
    public string BarColour { get; init; } = "#4e79a7";

    /// <summary>Critical Gantt bars and critical milestones. Default red.</summary>
    public string CriticalColour { get; init; } = "#d62728";

    /// <summary>Gantt float bars (early finish to late finish). Default pale blue-grey.</summary>
    public string FloatColour { get; init; } = "#b8c7d9";

    /// <summary>Planned value line of the S-curve. Default blue.</summary>
    public string PlannedValueColour { get; init; } = "#1f77b4";

    /// <summary>Earned value line of the S-curve. Default green.</summary>
    public string EarnedValueColour { get; init; } = "#2ca02c";

    /// <summary>Actual cost line of the S-curve (its EAC projection is drawn dashed in the same colour). Default red.</summary>
    public string ActualCostColour { get; init; } = "#d62728";

    /// <summary>Histogram bars. Default blue.</summary>
    public string HistogramColour { get; init; } = "#8fb3d9";

    /// <summary>Cumulative curves and percentile markers. Default dark orange.</summary>
    public string AccentColour { get; init; } = "#e8710a";

    /// <summary>Colours given to routes (and other series) in turn; when there are more series, further distinct hues are generated. Default <see cref="DefaultPalette"/>.</summary>
    public IReadOnlyList<string> Palette { get; init; } = DefaultPalette;

    /// <summary>Creates the default options (960 px wide, the default palette and colours).</summary>
    public ChartOptions()
    {
    }

    private ChartOptions(ChartOptions other)
    {
        Width = other.Width;
        Height = other.Height;
        Title = other.Title;
        XAxisTitle = other.XAxisTitle;
        YAxisTitle = other.YAxisTitle;
        FontFamily = other.FontFamily;
        BackgroundColour = other.BackgroundColour;
        ForegroundColour = other.ForegroundColour;
        GridColour = other.GridColour;
        BarColour = other.BarColour;
        CriticalColour = other.CriticalColour;
        FloatColour = other.FloatColour;
        PlannedValueColour = other.PlannedValueColour;
        EarnedValueColour = other.EarnedValueColour;
        ActualCostColour = other.ActualCostColour;
        HistogramColour = other.HistogramColour;
        AccentColour = other.AccentColour;
        Palette = other.Palette;
    }

    /// <summary>A copy with <see cref="Width"/> set: the way to configure pictures from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="width">The new value (see <see cref="Width"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is outside [200, 20000].</exception>
    public ChartOptions WithWidth(int width)
    {
        if (width < 200 || width > 20_000)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "The width should be in range [200, 20000] pixels.");
        }

        return new ChartOptions(this) { Width = width };
    }

    /// <summary>A copy with <see cref="Height"/> set: the way to configure pictures from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="height">The new value (see <see cref="Height"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="height"/> is outside [150, 20000].</exception>
    public ChartOptions WithHeight(int? height)
    {
        if (height is int h && (h < 150 || h > 20_000))
        {
            throw new ArgumentOutOfRangeException(nameof(height), h, "The height should be in range [150, 20000] pixels, or null for the picture's own height.");
        }

        return new ChartOptions(this) { Height = height };
    }

    /// <summary>A copy with <see cref="Title"/> set: the way to configure pictures from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="title">The new value (see <see cref="Title"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    public ChartOptions WithTitle(string? title) => new(this) { Title = title };

    /// <summary>A copy with <see cref="XAxisTitle"/> set: the way to configure pictures from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="xAxisTitle">The new value (see <see cref="XAxisTitle"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    public ChartOptions WithXAxisTitle(string? xAxisTitle) => new(this) { XAxisTitle = xAxisTitle };

    /// <summary>A copy with <see cref="YAxisTitle"/> set: the way to configure pictures from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="yAxisTitle">The new value (see <see cref="YAxisTitle"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    public ChartOptions WithYAxisTitle(string? yAxisTitle) => new(this) { YAxisTitle = yAxisTitle };

    /// <summary>A copy with <see cref="FontFamily"/> set: the way to configure pictures from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="fontFamily">The new value (see <see cref="FontFamily"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="fontFamily"/> is null, empty or white space.</exception>
    public ChartOptions WithFontFamily(string fontFamily)
    {
        if (string.IsNullOrWhiteSpace(fontFamily))
        {
            throw new ArgumentException("The font family must not be empty.", nameof(fontFamily));
        }

        return new ChartOptions(this) { FontFamily = fontFamily };
    }

    /// <summary>A copy with <see cref="BackgroundColour"/> set: the way to configure pictures from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="backgroundColour">The new value (see <see cref="BackgroundColour"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="backgroundColour"/> is null, empty or white space.</exception>
    public ChartOptions WithBackgroundColour(string backgroundColour)
    {
        if (string.IsNullOrWhiteSpace(backgroundColour))
        {
            throw new ArgumentException("The background colour must not be empty.", nameof(backgroundColour));
        }

        return new ChartOptions(this) { BackgroundColour = backgroundColour };
    }

    /// <summary>A copy with <see cref="ForegroundColour"/> set: the way to configure pictures from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="foregroundColour">The new value (see <see cref="ForegroundColour"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="foregroundColour"/> is null, empty or white space.</exception>
    public ChartOptions WithForegroundColour(string foregroundColour)
    {
        if (string.IsNullOrWhiteSpace(foregroundColour))
        {
            throw new ArgumentException("The foreground colour must not be empty.", nameof(foregroundColour));
        }

        return new ChartOptions(this) { ForegroundColour = foregroundColour };
    }

    /// <summary>A copy with <see cref="GridColour"/> set: the way to configure pictures from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="gridColour">The new value (see <see cref="GridColour"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="gridColour"/> is null, empty or white space.</exception>
    public ChartOptions WithGridColour(string gridColour)
    {
        if (string.IsNullOrWhiteSpace(gridColour))
        {
            throw new ArgumentException("The grid colour must not be empty.", nameof(gridColour));
        }

        return new ChartOptions(this) { GridColour = gridColour };
    }

    /// <summary>A copy with <see cref="BarColour"/> set: the way to configure pictures from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="barColour">The new value (see <see cref="BarColour"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="barColour"/> is null, empty or white space.</exception>
    public ChartOptions WithBarColour(string barColour)
    {
        if (string.IsNullOrWhiteSpace(barColour))
        {
            throw new ArgumentException("The bar colour must not be empty.", nameof(barColour));
        }

        return new ChartOptions(this) { BarColour = barColour };
    }

    /// <summary>A copy with <see cref="CriticalColour"/> set: the way to configure pictures from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="criticalColour">The new value (see <see cref="CriticalColour"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="criticalColour"/> is null, empty or white space.</exception>
    public ChartOptions WithCriticalColour(string criticalColour)
    {
        if (string.IsNullOrWhiteSpace(criticalColour))
        {
            throw new ArgumentException("The critical colour must not be empty.", nameof(criticalColour));
        }

        return new ChartOptions(this) { CriticalColour = criticalColour };
    }

    /// <summary>A copy with <see cref="FloatColour"/> set: the way to configure pictures from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="floatColour">The new value (see <see cref="FloatColour"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="floatColour"/> is null, empty or white space.</exception>
    public ChartOptions WithFloatColour(string floatColour)
    {
        if (string.IsNullOrWhiteSpace(floatColour))
        {
            throw new ArgumentException("The float colour must not be empty.", nameof(floatColour));
        }

        return new ChartOptions(this) { FloatColour = floatColour };
    }

    /// <summary>A copy with <see cref="PlannedValueColour"/> set: the way to configure pictures from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="plannedValueColour">The new value (see <see cref="PlannedValueColour"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="plannedValueColour"/> is null, empty or white space.</exception>
    public ChartOptions WithPlannedValueColour(string plannedValueColour)
    {
        if (string.IsNullOrWhiteSpace(plannedValueColour))
        {
            throw new ArgumentException("The planned value colour must not be empty.", nameof(plannedValueColour));
        }

        return new ChartOptions(this) { PlannedValueColour = plannedValueColour };
    }

    /// <summary>A copy with <see cref="EarnedValueColour"/> set: the way to configure pictures from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="earnedValueColour">The new value (see <see cref="EarnedValueColour"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="earnedValueColour"/> is null, empty or white space.</exception>
    public ChartOptions WithEarnedValueColour(string earnedValueColour)
    {
        if (string.IsNullOrWhiteSpace(earnedValueColour))
        {
            throw new ArgumentException("The earned value colour must not be empty.", nameof(earnedValueColour));
        }

        return new ChartOptions(this) { EarnedValueColour = earnedValueColour };
    }

    /// <summary>A copy with <see cref="ActualCostColour"/> set: the way to configure pictures from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="actualCostColour">The new value (see <see cref="ActualCostColour"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="actualCostColour"/> is null, empty or white space.</exception>
    public ChartOptions WithActualCostColour(string actualCostColour)
    {
        if (string.IsNullOrWhiteSpace(actualCostColour))
        {
            throw new ArgumentException("The actual cost colour must not be empty.", nameof(actualCostColour));
        }

        return new ChartOptions(this) { ActualCostColour = actualCostColour };
    }

    /// <summary>A copy with <see cref="HistogramColour"/> set: the way to configure pictures from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="histogramColour">The new value (see <see cref="HistogramColour"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="histogramColour"/> is null, empty or white space.</exception>
    public ChartOptions WithHistogramColour(string histogramColour)
    {
        if (string.IsNullOrWhiteSpace(histogramColour))
        {
            throw new ArgumentException("The histogram colour must not be empty.", nameof(histogramColour));
        }

        return new ChartOptions(this) { HistogramColour = histogramColour };
    }

    /// <summary>A copy with <see cref="AccentColour"/> set: the way to configure pictures from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="accentColour">The new value (see <see cref="AccentColour"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="accentColour"/> is null, empty or white space.</exception>
    public ChartOptions WithAccentColour(string accentColour)
    {
        if (string.IsNullOrWhiteSpace(accentColour))
        {
            throw new ArgumentException("The accent colour must not be empty.", nameof(accentColour));
        }

        return new ChartOptions(this) { AccentColour = accentColour };
    }

    /// <summary>A copy with <see cref="Palette"/> set: the way to configure pictures from C# 7.3 (no <c>init</c>).</summary>
    /// <param name="palette">The new value (see <see cref="Palette"/>).</param>
    /// <returns>A new options object; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="palette"/> is null or empty.</exception>
    public ChartOptions WithPalette(IReadOnlyList<string> palette)
    {
        if (palette is null || palette.Count == 0)
        {
            throw new ArgumentException("The palette must hold at least one colour.", nameof(palette));
        }

        return new ChartOptions(this) { Palette = palette };
    }

    /// <summary>Checks every setting and reports all problems together.</summary>
    /// <exception cref="ArgumentException">One or more settings are invalid.</exception>
    public void Validate()
    {
        var errors = new List<string>();
        if (Width < 200 || Width > 20_000)
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "Width must be in [200, 20000], got {0}.", Width));
        }

        if (Height is int h && (h < 150 || h > 20_000))
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "Height must be in [150, 20000] or null, got {0}.", h));
        }

        CheckText(errors, nameof(FontFamily), FontFamily);
        CheckText(errors, nameof(BackgroundColour), BackgroundColour);
        CheckText(errors, nameof(ForegroundColour), ForegroundColour);
        CheckText(errors, nameof(GridColour), GridColour);
        CheckText(errors, nameof(BarColour), BarColour);
        CheckText(errors, nameof(CriticalColour), CriticalColour);
        CheckText(errors, nameof(FloatColour), FloatColour);
        CheckText(errors, nameof(PlannedValueColour), PlannedValueColour);
        CheckText(errors, nameof(EarnedValueColour), EarnedValueColour);
        CheckText(errors, nameof(ActualCostColour), ActualCostColour);
        CheckText(errors, nameof(HistogramColour), HistogramColour);
        CheckText(errors, nameof(AccentColour), AccentColour);
        if (Palette is null || Palette.Count == 0)
        {
            errors.Add("Palette must hold at least one colour.");
        }
        else
        {
            for (int i = 0; i < Palette.Count; i++)
            {
                CheckText(errors, string.Format(CultureInfo.InvariantCulture, "Palette[{0}]", i), Palette[i]);
            }
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid chart options: " + string.Join(" ", errors), "options");
        }
    }

    internal static ChartOptions Resolve(ChartOptions? options)
    {
        ChartOptions resolved = options ?? new ChartOptions();
        resolved.Validate();
        return resolved;
    }

    /// <summary>The colour of series <paramref name="index"/>: the palette in turn, then golden-angle hues.</summary>
    internal string SeriesColour(int index)
    {
        if (index < Palette.Count)
        {
            return Palette[index];
        }

        double hue = ((index - Palette.Count) * 137.508) % 360.0;
        int lightness = 35 + (((index - Palette.Count) / 3) % 3 * 10);
        return string.Format(CultureInfo.InvariantCulture, "hsl({0:0.#},70%,{1}%)", hue, lightness);
    }

    private static void CheckText(List<string> errors, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(name + " must not be empty.");
        }
    }
}
