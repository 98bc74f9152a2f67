using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProjectDelivery.Planning.Risk.Simulation;

namespace ProjectDelivery.Serialization.Planning;

/// <summary>
/// <see cref="HistogramBin"/> as <c>{ "lower", "upper", "count", "cumulativeProbability" }</c>; read after checking the edges are finite and in order,
/// the count non-negative and the cumulative probability in [0, 1].
/// </summary>
internal sealed class HistogramBinJsonConverter : DtoJsonConverter<HistogramBin, HistogramBinDto>
{
    protected override HistogramBin FromDto(HistogramBinDto dto)
    {
        double lower = dto.Lower ?? throw new JsonException("missing required field 'lower'");
        double upper = dto.Upper ?? throw new JsonException("missing required field 'upper'");
        long count = dto.Count ?? throw new JsonException("missing required field 'count'");
        double cumulative = dto.CumulativeProbability ?? throw new JsonException("missing required field 'cumulativeProbability'");
        if (double.IsNaN(lower) || double.IsInfinity(lower) || double.IsNaN(upper) || double.IsInfinity(upper) || upper < lower)
        {
            throw new JsonException($"histogram bin [{lower}, {upper}]: the edges must be finite with lower ≤ upper");
        }

        if (count < 0)
        {
            throw new JsonException($"histogram bin [{lower}, {upper}]: count {count} must not be negative");
        }

        if (!(cumulative >= 0 && cumulative <= 1))
        {
            throw new JsonException($"histogram bin [{lower}, {upper}]: cumulativeProbability {cumulative} must be in [0, 1]");
        }

        return new HistogramBin(lower, upper, count, cumulative);
    }

    protected override HistogramBinDto ToDto(HistogramBin value) =>
        new HistogramBinDto { Lower = value.Lower, Upper = value.Upper, Count = value.Count, CumulativeProbability = value.CumulativeProbability };
}

/// <summary>
/// <see cref="OutcomeDistribution"/> as <c>{ "sample": [ values ] }</c>, its whole data (mean, deviation, percentiles and histograms follow from it);
/// written sorted, read in any order (sorted on reading); at least one value, all finite.
/// </summary>
internal sealed class OutcomeDistributionJsonConverter : DtoJsonConverter<OutcomeDistribution, OutcomeDistributionDto>
{
    protected override OutcomeDistribution FromDto(OutcomeDistributionDto dto)
    {
        List<double> sample = dto.Sample ?? throw new JsonException("missing required field 'sample'");
        if (sample.Count == 0)
        {
            throw new JsonException("'sample' needs at least one value");
        }

        for (int i = 0; i < sample.Count; i++)
        {
            if (double.IsNaN(sample[i]) || double.IsInfinity(sample[i]))
            {
                throw new JsonException($"sample[{i}] ({sample[i]}) must be finite");
            }
        }

        double[] sorted = sample.ToArray();
        Array.Sort(sorted);
        return new OutcomeDistribution(sorted);
    }

    protected override OutcomeDistributionDto ToDto(OutcomeDistribution value) =>
        new OutcomeDistributionDto { Sample = new List<double>(value.SortedSample) };
}

/// <summary>A histogram bin.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class HistogramBinDto
{
    public double? Lower { get; set; }

    public double? Upper { get; set; }

    public long? Count { get; set; }

    public double? CumulativeProbability { get; set; }
}

/// <summary>An outcome distribution's sample.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class OutcomeDistributionDto
{
    public List<double>? Sample { get; set; }
}
