using System;
using System.Text.Json;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Planning.EarnedValue;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Serialization;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

/// <summary>The reading policy of the documents the command line reads, as the library applies it: unknown fields and numbers beyond ±10¹² are errors naming the path.</summary>
public sealed class ElementReaderTests
{
    [Theory]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1 }, { "id": "B", "duration": 2, "predecesors": [ { "id": "A" } ] } ] }""", "$.activities[1] (activity 'B').predecesors: unknown field")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1, "predecessors": [ { "id": "X", "lagg": 1 } ] } ] }""", "$.activities[0] (activity 'A').predecessors[0].lagg: unknown field")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1, "constraint": { "type": "SNET", "date": 3 } } ] }""", "$.activities[0] (activity 'A').constraint.date: unknown field")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1, "wbs": "1" } ], "wbs": [ { "id": "1", "title": "x" } ] }""", "$.wbs[0].title: unknown field")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1 } ], "deadLine": 3 }""", "$.deadLine: unknown field")]
    public void Deserialize_ScheduleWithUnknownField_NamesItsPath(string json, string expected)
    {
        JsonException ex = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ScheduleRequest>(json));
        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1, "costrate": 2 } ] }""", "$.activities[0] (activity 'A').costrate: unknown field")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": { "distribution": "normal", "mean": 3, "sd": 1, "max": 9 } } ] }""", "$.activities[0] (activity 'A').duration.max: unknown field")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1 } ], "risks": [ { "id": "R", "probability": 0.5, "costImpact": 3, "owner": "me", "onwer": "x" } ] }""", "$.risks[0] (risk 'R').onwer: unknown field")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1 } ], "scoring": { "size": 5, "colour": "red" } }""", "$.scoring.colour: unknown field")]
    [InlineData("""{ "activities": [ { "id": "A", "duration": 1 } ], "iteration": 5 }""", "$.iteration: unknown field")]
    public void Deserialize_RiskWithUnknownField_NamesItsPath(string json, string expected)
    {
        JsonException ex = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ScheduleRiskRequest>(json));
        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_RiskWithCostFields_IsAccepted()
    {
        ScheduleRiskRequest request = ProjectDeliveryJson.Deserialize<ScheduleRiskRequest>(
            """{ "activities": [ { "id": "A", "duration": { "distribution": "pert", "min": 1, "mostLikely": 2, "max": 4 }, "cost": 10, "costRate": 2 } ], "iterations": 10, "seed": 9223372036854775807 }""");
        Assert.Equal(long.MaxValue, request.Seed);
    }

    [Fact]
    public void Deserialize_RoutingProblemWithUnknownField_IsAJsonException()
    {
        const string json = """{ "locations": { "coordinates": [[0, 0], [1, 1]] }, "vehicleTypes": [ { "id": "van", "start": 0, "capacty": [5] } ], "jobs": [ { "id": "a", "location": 1 } ] }""";
        JsonException ex = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<RoutingProblem>(json));
        Assert.Contains("capacty", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "bac": 1e300, "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "pv": 1 } ] }""", "$.bac: 1E+300 is outside [-10^12, 10^12]")]
    [InlineData("""{ "bac": 100, "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "ac": -2e12 } ] }""", "$.periods[0].ac: -2000000000000 is outside [-10^12, 10^12]")]
    [InlineData("""{ "bac": 100, "start": "2027-01-01", "periods": [ { "pv": 1 } ] }""", "$.periods[0]: missing required field 'end'")]
    public void Deserialize_EarnedValueRequestOutOfLimits_NamesThePath(string json, string expected)
    {
        JsonException ex = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<EarnedValueRequest>(json));
        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFields_RepeatedField_NamesIt()
    {
        using JsonDocument document = JsonDocument.Parse("""{ "id": "A", "id": "B" }""");
        JsonException ex = Assert.Throws<JsonException>(() => ElementReader.CheckFields(document.RootElement, "$.x", ElementReader.Fields("id")));
        Assert.Equal("$.x.id: the field is given twice", ex.Message);
    }

    [Fact]
    public void CheckFields_ManyKnownFields_ListsTwelveAndCountsTheRest()
    {
        using JsonDocument document = JsonDocument.Parse("""{ "zzz": 1 }""");
        string[] known = { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n" };
        JsonException ex = Assert.Throws<JsonException>(() => ElementReader.CheckFields(document.RootElement, "$", ElementReader.Fields(known)));
        Assert.Equal("$.zzz: unknown field (expected one of a, b, c, d, e, f, g, h, i, j, k, l and 2 more)", ex.Message);
    }
}
