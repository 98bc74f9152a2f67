using System;
using System.Linq;
using System.Text.Json;
using CsCheck;
using NodaTime;
using ProjectDelivery.Planning.EarnedValue;
using ProjectDelivery.Serialization;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

/// <summary>Golden JSON, error cases and round trips of the earned value inputs and S-curve points.</summary>
public sealed class PlanningEarnedValuePartsJsonTests
{
    private static readonly LocalDate Origin = new(2027, 1, 4);

    [Fact]
    public void Serialize_Parts_WritesTheirObjects()
    {
        Assert.Equal("""{"name":"Design review","weight":0.25,"achieved":"2027-02-01"}""", ProjectDeliveryJson.Serialize(new Milestone("Design review", 0.25, new LocalDate(2027, 2, 1))));
        Assert.Equal("""{"name":"Handover","weight":1}""", ProjectDeliveryJson.Serialize(new Milestone("Handover", 1, null)));
        Assert.Equal("""{"id":"A1","start":"2027-01-04","finish":"2027-01-31","budget":1200}""", ProjectDeliveryJson.Serialize(new ActivityBudget("A1", Origin, new LocalDate(2027, 1, 31), 1200)));
        Assert.Equal(
            """{"id":"A2","start":"2027-01-04","finish":"2027-01-04","budget":0,"rule":"frontLoaded"}""",
            ProjectDeliveryJson.Serialize(new ActivityBudget("A2", Origin, Origin, 0, SpreadingRule.FrontLoaded)));
        Assert.Equal(
            """{"id":"A3","start":"2027-01-04","finish":"2027-01-10","budget":10,"rule":[0.25,0.75]}""",
            ProjectDeliveryJson.Serialize(new ActivityBudget("A3", Origin, new LocalDate(2027, 1, 10), 10, SpreadingRule.Weighted(1, 3))));
        Assert.Equal(
            """{"time":2,"date":"2027-02-28","plannedValue":200,"earnedValue":180,"actualCost":210}""",
            ProjectDeliveryJson.Serialize(new SCurvePoint(2, new LocalDate(2027, 2, 28), 200, 180, 210, null)));
    }

    [Fact]
    public void Deserialize_InvalidParts_ThrowJsonExceptionNamingTheItem()
    {
        Assert.Contains("'Handover'", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<Milestone>("""{"name":"Handover","weight":-1}""")).Message);
        Assert.Contains("'A1'", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ActivityBudget>("""{"id":"A1","start":"2027-02-01","finish":"2027-01-01","budget":1}""")).Message);
        Assert.Contains("'sideways'", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ActivityBudget>("""{"id":"A1","start":"2027-01-01","finish":"2027-01-01","budget":1,"rule":"sideways"}""")).Message);
        Assert.Contains("'plannedValue'", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<SCurvePoint>("""{"time":1,"date":"2027-01-01"}""")).Message);
        Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<Milestone>("""{"name":"M","weight":1,"colour":"red"}"""));
    }

    [Fact]
    public void Deserialize_WeightedRuleWithZeroSum_ThrowsTheDomainErrorNamingTheActivity()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<ActivityBudget>("""{"id":"A7","start":"2027-01-01","finish":"2027-01-09","budget":1,"rule":[0,0]}"""));

        Assert.Contains("A7", error.Message);
    }

    [Fact]
    public void RoundTrip_RandomParts_AreEqualAndSpreadAlike()
    {
        Gen.Select(Gen.Int[0, 500], Gen.Int[0, 60], Gen.Double[0, 1e7], Gen.Double[0, 10].Array[1, 5], Gen.Int[0, 4], Gen.Bool).Sample((offset, length, amount, weights, kind, achieved) =>
        {
            if (weights.Sum() <= 0)
            {
                weights[0] = 1;
            }

            LocalDate start = Origin.PlusDays(offset);
            SpreadingRule? rule = kind switch { 0 => null, 1 => SpreadingRule.Linear, 2 => SpreadingRule.FrontLoaded, 3 => SpreadingRule.BackLoaded, _ => SpreadingRule.Weighted(weights) };
            var budget = new ActivityBudget("A" + offset, start, start.PlusDays(length), amount, rule);
            var milestone = new Milestone("M" + length, amount, achieved ? start : null);
            var point = new SCurvePoint(length, start, amount, achieved ? amount / 2 : null, amount * 1.1, achieved ? null : amount * 3);

            ActivityBudget back = ProjectDeliveryJson.Deserialize<ActivityBudget>(ProjectDeliveryJson.Serialize(budget));
            Assert.Equal(budget with { Rule = null }, back with { Rule = null });
            Assert.Equal(rule is null, back.Rule is null);
            if (rule is not null)
            {
                Assert.All(Enumerable.Range(0, 11), i => Assert.Equal(rule.CumulativeShare(i / 10.0), back.Rule!.CumulativeShare(i / 10.0), 12));
            }

            Assert.Equal(milestone, ProjectDeliveryJson.Deserialize<Milestone>(ProjectDeliveryJson.Serialize(milestone)));
            Assert.Equal(point, ProjectDeliveryJson.Deserialize<SCurvePoint>(ProjectDeliveryJson.Serialize(point)));
        });
    }
}
