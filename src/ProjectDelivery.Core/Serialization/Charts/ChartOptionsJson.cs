using System.Linq;
using System.Text.Json.Serialization;
using ProjectDelivery.Charts;

namespace ProjectDelivery.Serialization.Charts;

/// <summary>
/// JSON of <see cref="ChartOptions"/>: <c>{ "width"?, "height"?, "title"?, "xAxisTitle"?, "yAxisTitle"?, "fontFamily"?,
/// "backgroundColour"?, "foregroundColour"?, "gridColour"?, "barColour"?, "criticalColour"?, "floatColour"?,
/// "plannedValueColour"?, "earnedValueColour"?, "actualCostColour"?, "histogramColour"?, "accentColour"?, "palette"? }</c>.
/// Absent fields keep the defaults and fields at their default are not written (the default options are <c>{}</c>).
/// </summary>
internal sealed class ChartOptionsDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Width { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Height { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? XAxisTitle { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? YAxisTitle { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FontFamily { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BackgroundColour { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ForegroundColour { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? GridColour { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BarColour { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CriticalColour { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FloatColour { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PlannedValueColour { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EarnedValueColour { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ActualCostColour { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HistogramColour { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AccentColour { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string?[]? Palette { get; set; }
}

/// <summary>
/// Maps <see cref="ChartOptions"/> to and from <see cref="ChartOptionsDto"/>; the options read are checked by
/// <see cref="ChartOptions.Validate"/>, whose <see cref="System.ArgumentException"/> names every invalid field.
/// </summary>
internal sealed class ChartOptionsJsonConverter : ItemDtoJsonConverter<ChartOptions, ChartOptionsDto>
{
    private static readonly ChartOptions Defaults = new();

    protected override ChartOptions FromDto(ChartOptionsDto dto)
    {
        var options = new ChartOptions
        {
            Width = dto.Width ?? Defaults.Width,
            Height = dto.Height,
            Title = dto.Title,
            XAxisTitle = dto.XAxisTitle,
            YAxisTitle = dto.YAxisTitle,
            FontFamily = dto.FontFamily ?? Defaults.FontFamily,
            BackgroundColour = dto.BackgroundColour ?? Defaults.BackgroundColour,
            ForegroundColour = dto.ForegroundColour ?? Defaults.ForegroundColour,
            GridColour = dto.GridColour ?? Defaults.GridColour,
            BarColour = dto.BarColour ?? Defaults.BarColour,
            CriticalColour = dto.CriticalColour ?? Defaults.CriticalColour,
            FloatColour = dto.FloatColour ?? Defaults.FloatColour,
            PlannedValueColour = dto.PlannedValueColour ?? Defaults.PlannedValueColour,
            EarnedValueColour = dto.EarnedValueColour ?? Defaults.EarnedValueColour,
            ActualCostColour = dto.ActualCostColour ?? Defaults.ActualCostColour,
            HistogramColour = dto.HistogramColour ?? Defaults.HistogramColour,
            AccentColour = dto.AccentColour ?? Defaults.AccentColour,
            Palette = dto.Palette is null ? Defaults.Palette : dto.Palette.ToArray()!,
        };
        options.Validate();
        return options;
    }

    protected override ChartOptionsDto ToDto(ChartOptions value) => new()
    {
        Width = value.Width == Defaults.Width ? null : value.Width,
        Height = value.Height,
        Title = value.Title,
        XAxisTitle = value.XAxisTitle,
        YAxisTitle = value.YAxisTitle,
        FontFamily = Changed(value.FontFamily, Defaults.FontFamily),
        BackgroundColour = Changed(value.BackgroundColour, Defaults.BackgroundColour),
        ForegroundColour = Changed(value.ForegroundColour, Defaults.ForegroundColour),
        GridColour = Changed(value.GridColour, Defaults.GridColour),
        BarColour = Changed(value.BarColour, Defaults.BarColour),
        CriticalColour = Changed(value.CriticalColour, Defaults.CriticalColour),
        FloatColour = Changed(value.FloatColour, Defaults.FloatColour),
        PlannedValueColour = Changed(value.PlannedValueColour, Defaults.PlannedValueColour),
        EarnedValueColour = Changed(value.EarnedValueColour, Defaults.EarnedValueColour),
        ActualCostColour = Changed(value.ActualCostColour, Defaults.ActualCostColour),
        HistogramColour = Changed(value.HistogramColour, Defaults.HistogramColour),
        AccentColour = Changed(value.AccentColour, Defaults.AccentColour),
        Palette = value.Palette is null || value.Palette.SequenceEqual(Defaults.Palette, System.StringComparer.Ordinal) ? null : value.Palette.ToArray(),
    };

    private static string? Changed(string value, string defaultValue) => string.Equals(value, defaultValue, System.StringComparison.Ordinal) ? null : value;
}
