using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using ProjectDelivery.Planning.EarnedValue;

namespace ProjectDelivery.Serialization.Planning;

/// <summary>
/// Reads and writes <see cref="EarnedValueRequest"/> through <see cref="EarnedValueRequestDto"/> (strict: unknown fields are errors,
/// as the <c>evm</c> format has always been); validation runs once, in <see cref="EarnedValueRequest.Create"/>.
/// </summary>
internal sealed class EarnedValueRequestJsonConverter : DtoJsonConverter<EarnedValueRequest, EarnedValueRequestDto>
{
    protected override EarnedValueRequest FromDto(EarnedValueRequestDto dto)
    {
        if (dto.Start is not LocalDate start)
        {
            throw ElementReader.Error("$", "missing required field 'start' (the first day of the first period, YYYY-MM-DD)");
        }

        if (dto.Periods is null || dto.Periods.Count == 0)
        {
            throw ElementReader.Error("$.periods", "missing or empty: at least one period is needed");
        }

        var periods = new List<EarnedValuePeriod>(dto.Periods.Count);
        for (int i = 0; i < dto.Periods.Count; i++)
        {
            string path = $"$.periods[{i}]";
            EarnedValuePeriodDto p = dto.Periods[i] ?? throw ElementReader.Error(path, "expected a period object, got null");
            if (p.End is not LocalDate end)
            {
                throw ElementReader.Error(path, "missing required field 'end' (the last day of the period, YYYY-MM-DD)");
            }

            periods.Add(new EarnedValuePeriod(end, ElementReader.Limit(p.Pv, path + ".pv"), ElementReader.Limit(p.Ev, path + ".ev"), ElementReader.Limit(p.Ac, path + ".ac")));
        }

        return EarnedValueRequest.Create(start, periods, ElementReader.Limit(dto.Bac, "$.bac"), dto.PlannedPeriods, ElementReader.Limit(dto.BottomUpEtc, "$.bottomUpEtc"), dto.Name);
    }

    protected override EarnedValueRequestDto ToDto(EarnedValueRequest value) =>
        new()
        {
            Name = value.Name,
            Bac = value.BudgetAtCompletion,
            Start = value.Start,
            PlannedPeriods = value.PlannedPeriods,
            BottomUpEtc = value.BottomUpEstimateToComplete,
            Periods = value.Periods.Select(p => (EarnedValuePeriodDto?)new EarnedValuePeriodDto { End = p.End, Pv = p.PlannedValue, Ev = p.EarnedValue, Ac = p.ActualCost }).ToList(),
        };
}

/// <summary>The <c>evm</c> input object.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class EarnedValueRequestDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Bac { get; set; }

    public LocalDate? Start { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PlannedPeriods { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? BottomUpEtc { get; set; }

    public List<EarnedValuePeriodDto?>? Periods { get; set; }
}

/// <summary>One period object of the <c>evm</c> input.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class EarnedValuePeriodDto
{
    public LocalDate? End { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Pv { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Ev { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Ac { get; set; }
}
