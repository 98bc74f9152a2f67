using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProjectDelivery.Reporting;

namespace ProjectDelivery.Serialization.Planning;

/// <summary>
/// <see cref="ActivityRiskRow"/> as <c>{ "activityId", "criticalityIndex", "sensitivity"? }</c>; criticality in [0, 1], sensitivity (a rank correlation) in [−1, 1].
/// </summary>
internal sealed class ActivityRiskRowJsonConverter : JsonConverter<ActivityRiskRow>
{
    public override ActivityRiskRow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ActivityRiskRowDto dto = NetworkJson.ReadDto<ActivityRiskRowDto>(ref reader, options);
        string id = NetworkJson.Required(dto.ActivityId, "activityId");
        double criticality = dto.CriticalityIndex ?? throw new JsonException($"activity '{id}': missing required field 'criticalityIndex'");
        if (!(criticality >= 0 && criticality <= 1))
        {
            throw new JsonException($"activity '{id}': criticalityIndex {criticality} must be in [0, 1]");
        }

        if (dto.Sensitivity is { } s && !(s >= -1 && s <= 1))
        {
            throw new JsonException($"activity '{id}': sensitivity {s} must be in [-1, 1]");
        }

        return new ActivityRiskRow(id, criticality, dto.Sensitivity);
    }

    public override void Write(Utf8JsonWriter writer, ActivityRiskRow value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new ActivityRiskRowDto { ActivityId = value.ActivityId, CriticalityIndex = value.CriticalityIndex, Sensitivity = value.Sensitivity },
            NetworkJson.Info<ActivityRiskRowDto>(options));
}

/// <summary>
/// <see cref="SimulationPercentileRow"/> as <c>{ "probability", "finish", "cost" }</c> (the label follows from the probability); probability in [0, 1], values finite.
/// </summary>
internal sealed class SimulationPercentileRowJsonConverter : JsonConverter<SimulationPercentileRow>
{
    public override SimulationPercentileRow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        PercentileRowDto dto = NetworkJson.ReadDto<PercentileRowDto>(ref reader, options);
        double probability = dto.Probability ?? throw new JsonException("missing required field 'probability'");
        double finish = dto.Finish ?? throw new JsonException("missing required field 'finish'");
        double cost = dto.Cost ?? throw new JsonException("missing required field 'cost'");
        if (!(probability >= 0 && probability <= 1))
        {
            throw new JsonException($"probability {probability} must be in [0, 1]");
        }

        if (double.IsNaN(finish) || double.IsInfinity(finish) || double.IsNaN(cost) || double.IsInfinity(cost))
        {
            throw new JsonException($"percentile {probability}: finish and cost must be finite");
        }

        return new SimulationPercentileRow(probability, finish, cost);
    }

    public override void Write(Utf8JsonWriter writer, SimulationPercentileRow value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new PercentileRowDto { Probability = value.Probability, Finish = value.Finish, Cost = value.Cost }, NetworkJson.Info<PercentileRowDto>(options));
}

/// <summary>An activity's criticality and sensitivity row.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class ActivityRiskRowDto
{
    public string? ActivityId { get; set; }

    public double? CriticalityIndex { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Sensitivity { get; set; }
}

/// <summary>A percentile row of a simulation.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class PercentileRowDto
{
    public double? Probability { get; set; }

    public double? Finish { get; set; }

    public double? Cost { get; set; }
}
