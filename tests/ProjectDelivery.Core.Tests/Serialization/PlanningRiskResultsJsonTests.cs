using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CsCheck;
using NodaTime;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Serialization;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

/// <summary>Golden JSON, error cases and round trips of the register listing rows, the Monte Carlo model and its result.</summary>
public sealed class PlanningRiskResultsJsonTests
{
    private static readonly LocalDate Day = new(2027, 3, 1);

    private static readonly RiskScoringModel Scoring = RiskScoringModel.FivePoint(new[] { 1000.0, 5000, 10000, 20000 }, new[] { 5.0, 10, 20, 40 });

    private static ScheduleRiskModel SmallModel() => ScheduleRiskModel.Create(
        ProjectNetwork.Create(new[]
        {
            new Activity("A", 3, name: "Design"),
            new Activity("B", 4, new[] { new Dependency("A") }),
            new Activity("C", 2, new[] { new Dependency("A", DependencyType.StartToStart, 1) }),
        }),
        new[]
        {
            ActivityUncertainty.Create("A", UncertainValue.Triangular(2, 3, 5), null, 100),
            ActivityUncertainty.Create("B", UncertainValue.Fixed(4), UncertainValue.Fixed(250)),
            ActivityUncertainty.Create("C", UncertainValue.Pert(1, 2, 6)),
        },
        new[] { RiskDriver.Create("R1", 0.3, UncertainValue.Fixed(2), null, new[] { "B" }) },
        new[] { RankCorrelation.Create("A", "C", 0.5) });

    [Fact]
    public void Serialize_ListingRow_WritesItsColumns()
    {
        ProjectRisk risk = ProjectRisk.Create("R7", "Supplier late", RiskKind.Threat, RiskAssessment.Create(0.4, 8000, 12), Day)
            .WithOwnership("Supply", "Ann")
            .WithResponse(RiskResponse.Create(ResponseStrategy.Mitigate, new[] { ResponseAction.Create("second source", "Ann", 1500, Day.PlusDays(10)) }, RiskAssessment.Create(0.2, 4000, 6)));
        RiskListingRow row = RiskRegister.Create(new[] { risk }, Scoring).Listing()[0];

        string json = ProjectDeliveryJson.Serialize(row);

        Assert.Equal(
            """{"rank":1,"id":"R7","title":"Supplier late","kind":"threat","category":"Supply","owner":"Ann","status":"identified","strategy":"mitigate","responseCost":1500,"inherentAssessment":{"probability":0.4,"costImpact":8000,"scheduleImpact":12},"residualAssessment":{"probability":0.2,"costImpact":4000,"scheduleImpact":6},"inherentRating":{"probabilityLevel":3,"impactLevel":3,"score":0.1,"zone":"amber"},"residualRating":{"probabilityLevel":2,"impactLevel":2,"score":0.03,"zone":"green"},"inherentEmv":3200,"residualEmv":800,"inherentExpectedDelay":4.800000000000001,"residualExpectedDelay":1.2000000000000002}""",
            json);
        Assert.Equal(json, ProjectDeliveryJson.Serialize(ProjectDeliveryJson.Deserialize<RiskListingRow>(json)));
    }

    [Theory]
    [InlineData("\"inherentEmv\":3200,", "\"inherentEmv\":3201,", "'inherentEmv'")]
    [InlineData("\"strategy\":\"mitigate\",", "\"strategy\":\"exploit\",", "does not apply")]
    [InlineData("\"strategy\":\"mitigate\",", "", "without a 'strategy'")]
    [InlineData("\"rank\":1,", "\"rank\":0,", "'rank'")]
    [InlineData("\"responseCost\":1500,", "\"responseCost\":1e400,", "'responseCost'")]
    [InlineData("\"title\":\"Supplier late\",", "", "'title'")]
    public void Deserialize_InvalidListingRow_ThrowsJsonExceptionNamingTheRisk(string from, string to, string expected)
    {
        ProjectRisk risk = ProjectRisk.Create("R7", "Supplier late", RiskKind.Threat, RiskAssessment.Create(0.4, 8000, 12), Day)
            .WithResponse(RiskResponse.Create(ResponseStrategy.Mitigate, new[] { ResponseAction.Create("second source", "Ann", 1500, Day.PlusDays(10)) }, RiskAssessment.Create(0.2, 4000, 6)));
        string json = ProjectDeliveryJson.Serialize(RiskRegister.Create(new[] { risk }, Scoring).Listing()[0]);
        Assert.Contains(from, json);

        JsonException error = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<RiskListingRow>(json.Replace(from, to)));

        Assert.Contains("'R7'", error.Message);
        Assert.Contains(expected, error.Message);
    }

    private static readonly Gen<ProjectRisk> Risks =
        from id in Gen.Int[0, 10_000]
        from opportunity in Gen.Bool
        from assessment in Gen.Select(Gen.Double[0, 1], Gen.Double[0, 50_000], Gen.Double[0, 60])
        from response in Gen.Select(Gen.Bool, Gen.Double[0, 1], Gen.Double[0, 5000], Gen.Int[0, 1])
        from texts in Gen.String[Gen.Char["abcé"], 0, 5].Array[2]
        from review in Gen.Int[-1, 90]
        select BuildRisk(id, opportunity, assessment, response, texts, review);

    private static ProjectRisk BuildRisk(int id, bool opportunity, (double P, double Cost, double Delay) a, (bool Has, double Share, double Cost, int Strategy) response, string[] texts, int review)
    {
        RiskKind kind = opportunity ? RiskKind.Opportunity : RiskKind.Threat;
        ProjectRisk risk = ProjectRisk.Create("R" + id, "risk " + texts[0], kind, RiskAssessment.Create(a.P, a.Cost, a.Delay), Day)
            .WithOwnership(texts[0], texts[1])
            .WithMonitoring(Array.Empty<string>(), review < 0 ? null : Day.PlusDays(review));
        if (response.Has)
        {
            ResponseStrategy strategy = response.Strategy == 0 ? ResponseStrategy.Accept : opportunity ? ResponseStrategy.Exploit : ResponseStrategy.Mitigate;
            risk = risk.WithResponse(RiskResponse.Create(strategy, new[] { ResponseAction.Create("act", "owner", response.Cost, Day) },
                RiskAssessment.Create(a.P * response.Share, a.Cost * response.Share, a.Delay * response.Share)));
        }

        return risk;
    }

    [Fact]
    public void RoundTrip_RandomListingRows_ReserialiseIdenticallyWithTheSameFigures()
    {
        Risks.Array[1, 4].Sample(risks =>
        {
            risks = risks.GroupBy(r => r.Id).Select(g => g.First()).ToArray();
            foreach (RiskListingRow row in RiskRegister.Create(risks, Scoring).Listing())
            {
                string json = ProjectDeliveryJson.Serialize(row);
                RiskListingRow back = ProjectDeliveryJson.Deserialize<RiskListingRow>(json);
                Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
                Assert.Equal((row.Rank, row.Id, row.Kind, row.Status, row.ReviewDate, row.Strategy, row.ResponseCost, row.InherentRating, row.ResidualRating, row.InherentEmv, row.ResidualExpectedDelay),
                    (back.Rank, back.Id, back.Kind, back.Status, back.ReviewDate, back.Strategy, back.ResponseCost, back.InherentRating, back.ResidualRating, back.InherentEmv, back.ResidualExpectedDelay));
            }
        }, iter: 1000);
    }

    [Fact]
    public void Serialize_Model_WritesTheRiskFormatsModelPart()
    {
        string json = ProjectDeliveryJson.Serialize(SmallModel());

        Assert.Equal(
            """{"activities":[{"id":"A","name":"Design","duration":{"distribution":"triangular","min":2,"mostLikely":3,"max":5},"costRate":100},{"id":"B","duration":4,"cost":250,"predecessors":[{"id":"A","type":"FS"}]},{"id":"C","duration":{"distribution":"pert","min":1,"mostLikely":2,"max":6},"predecessors":[{"id":"A","type":"SS","lag":1}]}],"risks":[{"id":"R1","probability":0.3,"impact":2,"activities":["B"]}],"correlations":[{"activities":["A","C"],"coefficient":0.5}]}""",
            json);
        ScheduleRiskModel back = ProjectDeliveryJson.Deserialize<ScheduleRiskModel>(json);
        Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
        Assert.Equal((SmallModel().DeterministicFinish, SmallModel().DeterministicCost), (back.DeterministicFinish, back.DeterministicCost));
    }

    [Fact]
    public void Deserialize_RiskFileAsModel_GivesTheRequestsModel()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "risk.json"));
        ScheduleRiskModel expected = ProjectDeliveryJson.Deserialize<ScheduleRiskRequest>(text).Model;

        ScheduleRiskModel model = ProjectDeliveryJson.Deserialize<ScheduleRiskModel>(text);

        Assert.Equal(ProjectDeliveryJson.Serialize(expected), ProjectDeliveryJson.Serialize(model));
        Assert.Equal((expected.DeterministicFinish, expected.DeterministicCost), (model.DeterministicFinish, model.DeterministicCost));
        var options = new MonteCarloOptions { Iterations = 300, Seed = 5 };
        Assert.Equal(ProjectDeliveryJson.Serialize(MonteCarloSimulator.Run(expected, options)), ProjectDeliveryJson.Serialize(MonteCarloSimulator.Run(model, options)));
    }

    [Theory]
    [InlineData("""{"activities":[{"id":"A"}]}""", typeof(JsonException), "activity 'A'")]
    [InlineData("""{"activities":[{"duration":1}]}""", typeof(JsonException), "'id'")]
    [InlineData("""{}""", typeof(JsonException), "'activities'")]
    [InlineData("""{"activities":[{"id":"A","duration":{"distribution":"triangular","min":3,"mostLikely":2,"max":1}}]}""", typeof(ArgumentException), "")]
    [InlineData("""{"activities":[{"id":"A","duration":1}],"risks":[{"id":"R","probability":0.5,"impact":1,"activities":["Z"]}]}""", typeof(ArgumentException), "'Z'")]
    [InlineData("""{"activities":[{"id":"A","duration":1},{"id":"B","duration":1}],"correlations":[{"activities":["A","B"],"coefficient":0.5},{"activities":["B","A"],"coefficient":0.4}]}""", typeof(ArgumentException), "'B'")]
    [InlineData("""{"activities":[{"id":"A","duration":1e400}]}""", typeof(JsonException), "finite")]
    [InlineData("""{"activities":[{"id":"A","duration":1,"costRate":-1}]}""", typeof(ArgumentException), "'A'")]
    public void Deserialize_InvalidModel_ThrowsNamingTheItem(string json, Type exception, string expected)
    {
        Exception? error = Record.Exception(() => ProjectDeliveryJson.Deserialize<ScheduleRiskModel>(json));

        Assert.NotNull(error);
        Assert.True(exception.IsInstanceOfType(error), error.ToString());
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Serialize_ResultOfASmallRun_WritesItsSufficientStatistics()
    {
        ScheduleRiskResult result = MonteCarloSimulator.Run(SmallModel(), new MonteCarloOptions { Iterations = 4, Seed = 42 });

        string json = ProjectDeliveryJson.Serialize(result);

        Assert.Equal(
            """{"iterations":4,"deterministicFinish":7,"deterministicCost":550,"finishes":[6.463409763130869,9.225333883762897,7.316713346846257,6.974260571735858],"costs":[496.34097631308697,572.5333883762896,581.6713346846257,547.4260571735858],"activities":[{"id":"A","criticalCount":4},{"id":"B","criticalCount":4},{"id":"C","criticalCount":0}],"inputs":[{"id":"A","isRisk":false,"crossSum":0.177736819954589,"squareSum":0.2186430150119103},{"id":"C","isRisk":false,"crossSum":-0.10131096048280597,"squareSum":0.17122734015260493},{"id":"R1","isRisk":true,"crossSum":0.15879877656698227,"squareSum":0.1422822355294393}],"hasSensitivity":true,"rankSquareSum":0.3125}""",
            json);
    }

    private static readonly Gen<ScheduleRiskModel> Models =
        from n in Gen.Int[1, 6]
        from durations in Gen.Select(Gen.Double[0, 5], Gen.Double[0, 5], Gen.Double[0, 5], Gen.Int[0, 2]).Array[n]
        from links in Gen.Int[0, 100].Array[n]
        from costs in Gen.Double[0, 1000].Array[n]
        from risks in Gen.Select(Gen.Double[0, 1], Gen.Double[0, 4], Gen.Int[0, 100], Gen.Bool).Array[0, 3]
        from correlation in Gen.Double[-0.9, 0.9]
        select Model(durations, links, costs, risks, correlation);

    private static ScheduleRiskModel Model((double Low, double Mode, double Spread, int Kind)[] durations, int[] links, double[] costs,
        (double P, double Impact, int Activity, bool Cost)[] risks, double correlation)
    {
        int n = durations.Length;
        var activities = Enumerable.Range(0, n).Select(i => new Activity("A" + i, durations[i].Mode, i == 0 ? null : new[] { new Dependency("A" + (links[i] % i)) })).ToArray();
        var uncertainties = Enumerable.Range(0, n).Where(i => durations[i].Kind > 0).Select(i => ActivityUncertainty.Create("A" + i,
            durations[i].Kind == 1 ? UncertainValue.Triangular(durations[i].Low, durations[i].Low + durations[i].Mode, durations[i].Low + durations[i].Mode + durations[i].Spread)
                                   : UncertainValue.Uniform(durations[i].Low, durations[i].Low + durations[i].Spread),
            i % 2 == 0 ? UncertainValue.Fixed(costs[i]) : null, i % 3 == 0 ? costs[i] / 10 : 0)).ToArray();
        var drivers = risks.Select((r, k) => RiskDriver.Create("R" + k, r.P, r.Cost ? null : UncertainValue.Fixed(r.Impact), r.Cost ? UncertainValue.Uniform(0, r.Impact * 100) : null,
            r.Cost ? Array.Empty<string>() : new[] { "A" + (r.Activity % n) }, k % 2 == 0 ? RiskKind.Threat : RiskKind.Opportunity));
        RankCorrelation[] correlations = n >= 2 ? new[] { RankCorrelation.Create("A0", "A1", correlation) } : Array.Empty<RankCorrelation>();
        return ScheduleRiskModel.Create(ProjectNetwork.Create(activities), uncertainties, drivers, correlations);
    }

    [Fact]
    public void RoundTrip_RandomModelsAndRuns_ReserialiseIdenticallyAndSimulateAlike()
    {
        Gen.Select(Models, Gen.Int[1, 40], Gen.Bool, Gen.Long).Sample((model, iterations, sensitivity, seed) =>
        {
            string json = ProjectDeliveryJson.Serialize(model);
            ScheduleRiskModel back = ProjectDeliveryJson.Deserialize<ScheduleRiskModel>(json);
            Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
            Assert.Equal((model.DeterministicFinish, model.DeterministicCost), (back.DeterministicFinish, back.DeterministicCost));

            var options = new MonteCarloOptions { Iterations = iterations, Seed = seed, ComputeSensitivity = sensitivity, MaxDegreeOfParallelism = 1 };
            ScheduleRiskResult result = MonteCarloSimulator.Run(model, options);
            string resultJson = ProjectDeliveryJson.Serialize(result);
            Assert.Equal(resultJson, ProjectDeliveryJson.Serialize(MonteCarloSimulator.Run(back, options)));
            ScheduleRiskResult read = ProjectDeliveryJson.Deserialize<ScheduleRiskResult>(resultJson);
            Assert.Equal(resultJson, ProjectDeliveryJson.Serialize(read));
            Assert.Equal(result.Criticality, read.Criticality);
            Assert.Equal(result.Tornado().Select(r => (r.Id, r.IsRisk, r.RankCorrelation)), read.Tornado().Select(r => (r.Id, r.IsRisk, r.RankCorrelation)));
            Assert.Equal(result.JointConfidence(result.Finish.Mean, result.Cost.Mean), read.JointConfidence(result.Finish.Mean, result.Cost.Mean));
            Assert.Equal(ProjectDeliveryJson.Serialize(result.Merge(result)), ProjectDeliveryJson.Serialize(read.Merge(result)));
        }, iter: 300);
    }

    [Theory]
    [InlineData("\"iterations\":4,", "\"iterations\":5,", typeof(JsonException), "'iterations'")]
    [InlineData("\"criticalCount\":4", "\"criticalCount\":9", typeof(ArgumentException), "critical count 9")]
    [InlineData("\"criticalCount\":4", "\"criticalCount\":-1", typeof(ArgumentException), "critical count -1")]
    [InlineData("\"hasSensitivity\":true", "\"hasSensitivity\":false", typeof(JsonException), "'hasSensitivity'")]
    [InlineData("\"id\":\"R1\",\"isRisk\":true", "\"id\":\"A\",\"isRisk\":true", typeof(ArgumentException), "'A'")]
    [InlineData("\"finishes\":[", "\"finishes\":[1e400,", typeof(JsonException), "")]
    [InlineData("\"deterministicCost\":", "\"deterministicCos\":", typeof(JsonException), "'deterministicCost'")]
    public void Deserialize_InvalidResult_ThrowsNamingTheFieldAndItem(string from, string to, Type exception, string expected)
    {
        string json = ProjectDeliveryJson.Serialize(MonteCarloSimulator.Run(SmallModel(), new MonteCarloOptions { Iterations = 4, Seed = 42 }));
        Assert.Contains(from, json);

        Exception? error = Record.Exception(() => ProjectDeliveryJson.Deserialize<ScheduleRiskResult>(json.Replace(from, to)));

        Assert.NotNull(error);
        Assert.True(exception.IsInstanceOfType(error), error.ToString());
        Assert.Contains(expected, error.Message);
    }
}
