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
[System.Text.Json.Serialization.JsonConverter(typeof(ProjectDelivery.Serialization.Charts.ChartOptionsJsonConverter))]
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
