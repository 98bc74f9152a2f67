namespace ProjectDelivery.Delivery.Fulfilment.Kpis;

/// <summary>One flat row of a KPI report (group, metric, value), for reporting services and spreadsheets.</summary>
/// <remarks>Immutable. Rates are fractions in [0, 1] with unit <c>ratio</c>; durations are in hours (unit <c>hours</c>); counts have unit <c>count</c>.</remarks>
public sealed class KpiRow
{
    internal KpiRow(string group, string metric, double? value, string unit, double? numerator = null, double? denominator = null)
    {
        Group = group;
        Metric = metric;
        Value = value;
        Unit = unit;
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The group key (e.g. a customer, or <c>all</c>).</summary>
    public string Group { get; }

    /// <summary>The metric, e.g. <c>otifRate</c> or <c>orderCycleTime.p95</c>.</summary>
    public string Metric { get; }

    /// <summary>The value, or null when nothing was measured.</summary>
    public double? Value { get; }

    /// <summary><c>ratio</c>, <c>hours</c> or <c>count</c>.</summary>
    public string Unit { get; }

    /// <summary>Numerator of a ratio, else null.</summary>
    public double? Numerator { get; }

    /// <summary>Denominator of a ratio (or the sample size of a duration statistic), else null.</summary>
    public double? Denominator { get; }

    /// <summary>A readable form.</summary>
    /// <returns>Group, metric and value.</returns>
    public override string ToString() => $"{Group} {Metric} = {(Value is { } v ? v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture) : "n/a")} {Unit}";
}
