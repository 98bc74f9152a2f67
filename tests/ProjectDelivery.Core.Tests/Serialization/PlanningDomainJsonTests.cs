using System;
using System.Linq;
using System.Text.Json;
using CsCheck;
using NodaTime;
using ProjectDelivery.Planning.EarnedValue;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Serialization;
using Xunit;
using EvWbsElement = ProjectDelivery.Planning.EarnedValue.WbsElement;

namespace ProjectDelivery.Tests.Serialization;

/// <summary>Golden JSON, error cases and round trips of the earned value and risk register domain types.</summary>
public sealed class PlanningDomainJsonTests
{
    private static readonly LocalDate Origin = new(2027, 1, 4);

    private static string Json<T>(T value) => ProjectDeliveryJson.Serialize(value);

    private static EarnedValueProject SampleProject() =>
        EarnedValueProject.Create(
            ReportingCalendar.Create(Origin, new[] { new LocalDate(2027, 1, 31), new LocalDate(2027, 2, 28), new LocalDate(2027, 3, 31) }),
            new[]
            {
                ControlAccount.Create("CA1", 300, new double[] { 100, 100, 100 }, new double[] { 90 }, new double[] { 110 }, "W1", "Design"),
                ControlAccount.Create("CA2", 200, new double[] { 0, 100, 100 }, new double[] { 0 }, new double[] { 5 }, bottomUpEstimateToComplete: 210),
            },
            1,
            new[] { new EvWbsElement("W1", name: "Engineering") });

    private static RiskRegister SampleRegister()
    {
        RiskScoringModel scoring = RiskScoringModel.Create(
            RiskScale.Create(new[] { "Low", "Medium", "High" }, new[] { 0.0, 0.2, 0.6, 1 }), RiskScale.FromBounds(new[] { 0.0, 1000, 5000, 20000 }), RiskScale.FromBounds(new[] { 0.0, 5, 10, 30 }),
            ProbabilityImpactMatrix.Create(new[] { 0.1, 0.5, 0.9 }, new[] { 0.1, 0.4, 0.8 }, 0.05, 0.3).WithZone(1, 3, RagZone.Red));
        ProjectRisk ground = ProjectRisk.Create("R1", "Ground conditions", RiskKind.Threat, RiskAssessment.Create(0.4, 8000, 12), new LocalDate(2027, 1, 10))
            .WithDescription("old mine", "voids found", "redesign")
            .WithOwnership("Site/Ground", "Ann")
            .WithMonitoring(new[] { "survey late" }, new LocalDate(2027, 2, 1))
            .WithAssessment(RiskAssessment.Create(0.3, 8000, 12), new LocalDate(2027, 1, 20), "survey")
            .WithStatus(RiskStatus.Responding, new LocalDate(2027, 1, 21))
            .WithResponse(RiskResponse.Create(ResponseStrategy.Mitigate, new[] { ResponseAction.Create("Trial pits", "Bob", 1500, new LocalDate(2027, 2, 15)) }, RiskAssessment.Create(0.1, 4000, 5)))
            .WithQuantification(UncertainValue.Triangular(2, 5, 12), null, new[] { "A1" });
        ProjectRisk grant = ProjectRisk.Create("R2", "Grant", RiskKind.Opportunity, RiskAssessment.Create(0.2, 3000, 0), new LocalDate(2027, 1, 12));
        return RiskRegister.Create(new[] { ground, grant }, scoring);
    }

    [Fact]
    public void Serialize_EarnedValueProject_WritesCalendarAccountsAndElements()
    {
        Assert.Equal(
            """{"calendar":{"start":"2027-01-04","periodEnds":["2027-01-31","2027-02-28","2027-03-31"]},"statusPeriodCount":1,"plannedDuration":3,"elements":[{"id":"W1","name":"Engineering"}],"accounts":[{"id":"CA1","name":"Design","parent":"W1","budgetAtCompletion":300,"plannedValue":[100,100,100],"earnedValue":[90],"actualCost":[110]},{"id":"CA2","budgetAtCompletion":200,"plannedValue":[0,100,100],"earnedValue":[0],"actualCost":[5],"bottomUpEstimateToComplete":210}]}""",
            Json(SampleProject()));
    }

    [Fact]
    public void Deserialize_EarnedValueProject_AnalysesAsTheOriginal()
    {
        EarnedValueProject project = SampleProject();
        EarnedValueProject back = ProjectDeliveryJson.Deserialize<EarnedValueProject>(Json(project));

        Assert.Equal(Json(EarnedValueStatement.FromReport(EarnedValueAnalysis.Analyse(project))), Json(EarnedValueStatement.FromReport(EarnedValueAnalysis.Analyse(back))));
    }

    [Fact]
    public void Serialize_EarnedValueReport_WritesProjectAndOptions()
    {
        EarnedValueProject project = SampleProject();
        EarnedValueReport report = EarnedValueAnalysis.Analyse(project, new EarnedValueOptions { PrimaryEstimate = EstimateAtCompletionMethod.Composite, CompositeCpiWeight = 0.5 });

        string json = Json(report);

        Assert.StartsWith("{\"project\":" + Json(project) + ",\"options\":{\"primaryEstimate\":\"composite\",\"compositeCpiWeight\":0.5,\"thresholds\":", json);
        EarnedValueReport back = ProjectDeliveryJson.Deserialize<EarnedValueReport>(json);
        Assert.Equal(Json(EarnedValueStatement.FromReport(report)), Json(EarnedValueStatement.FromReport(back)));
        Assert.Equal(report.Total.Status.EstimateAtCompletion, back.Total.Status.EstimateAtCompletion);
        Assert.Equal(json, Json(back));
    }

    [Fact]
    public void Deserialize_EarnedValueReportWithoutProjectOrBadOption_Throws()
    {
        string project = Json(SampleProject());

        Assert.Contains("'project'", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<EarnedValueReport>("""{"options":{}}""")).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => ProjectDeliveryJson.Deserialize<EarnedValueReport>("{\"project\":" + project + ",\"options\":{\"compositeCpiWeight\":2}}"));
    }

    [Fact]
    public void Deserialize_ProjectWithUnknownParent_ThrowsTheDomainErrorNamingTheAccount()
    {
        string json = Json(SampleProject()).Replace("\"parent\":\"W1\"", "\"parent\":\"W9\"");

        ArgumentException error = Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<EarnedValueProject>(json));
        Assert.Contains("CA1", error.Message);
        Assert.Contains("W9", error.Message);
    }

    [Fact]
    public void Deserialize_AccountWithoutBudget_ThrowsJsonExceptionNamingTheField()
    {
        JsonException error = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ControlAccount>("""{"id":"CA1","plannedValue":[1]}"""));
        Assert.Contains("budgetAtCompletion", error.Message);
    }

    [Fact]
    public void Deserialize_AccountWithNegativeCost_ThrowsTheDomainError()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ProjectDeliveryJson.Deserialize<ControlAccount>("""{"id":"CA1","budgetAtCompletion":5,"plannedValue":[1],"earnedValue":[1],"actualCost":[-1]}"""));
        Assert.Contains("CA1", error.Message);
    }

    [Fact]
    public void Serialize_EarnedValueOptions_WritesEnumNameWeightAndBands()
    {
        var options = new EarnedValueOptions
        {
            PrimaryEstimate = EstimateAtCompletionMethod.Composite,
            CompositeCpiWeight = 0.5,
            Thresholds = new EarnedValueThresholds { ToCompletePerformanceIndex = ThresholdBand.LowerIsBetterUpTo(1.02, 1.2) },
        };

        string json = Json(options);

        Assert.Equal(
            """{"primaryEstimate":"composite","compositeCpiWeight":0.5,"thresholds":{"costPerformanceIndex":{"higherIsBetter":true,"greenBound":0.95,"amberBound":0.9},"schedulePerformanceIndex":{"higherIsBetter":true,"greenBound":0.95,"amberBound":0.9},"schedulePerformanceIndexTime":{"higherIsBetter":true,"greenBound":0.95,"amberBound":0.9},"toCompletePerformanceIndex":{"higherIsBetter":false,"greenBound":1.02,"amberBound":1.2},"costVariancePercent":{"higherIsBetter":true,"greenBound":-5,"amberBound":-10},"scheduleVariancePercent":{"higherIsBetter":true,"greenBound":-5,"amberBound":-10}}}""",
            json);
        EarnedValueOptions back = ProjectDeliveryJson.Deserialize<EarnedValueOptions>(json);
        Assert.Equal(json, Json(back));
        Assert.Equal(PerformanceStatus.Amber, back.Thresholds.ToCompletePerformanceIndex.Classify(1.1));
    }

    [Fact]
    public void Deserialize_EmptyOptions_TakesTheDefaults()
    {
        Assert.Equal(Json(EarnedValueOptions.Default), Json(ProjectDeliveryJson.Deserialize<EarnedValueOptions>("{}")));
    }

    [Fact]
    public void Deserialize_OptionsWithWeightAboveOne_ThrowsOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProjectDeliveryJson.Deserialize<EarnedValueOptions>("""{"compositeCpiWeight":1.5}"""));
    }

    [Fact]
    public void Deserialize_BandWithAmberAboveGreen_ThrowsTheDomainError()
    {
        Assert.ThrowsAny<ArgumentException>(() => ProjectDeliveryJson.Deserialize<ThresholdBand>("""{"higherIsBetter":true,"greenBound":0.9,"amberBound":0.95}"""));
    }

    [Fact]
    public void Serialize_RiskRegister_WritesScoringRisksRevisionsAndResponse()
    {
        Assert.Equal(
            """{"scoring":{"probabilityScale":{"labels":["Low","Medium","High"],"bounds":[0,0.2,0.6,1]},"costImpactScale":{"labels":["1","2","3"],"bounds":[0,1000,5000,20000]},"scheduleImpactScale":{"labels":["1","2","3"],"bounds":[0,5,10,30]},"matrix":{"probabilityWeights":[0.1,0.5,0.9],"impactWeights":[0.1,0.4,0.8],"amberThreshold":0.05,"redThreshold":0.3,"zoneOverrides":[{"probability":1,"impact":3,"zone":"red"}]}},"risks":[{"id":"R1","title":"Ground conditions","kind":"threat","cause":"old mine","event":"voids found","effect":"redesign","category":"Site/Ground","owner":"Ann","triggers":["survey late"],"reviewDate":"2027-02-01","revisions":[{"date":"2027-01-10","status":"identified","assessment":{"probability":0.4,"costImpact":8000,"scheduleImpact":12},"note":"identified"},{"date":"2027-01-20","status":"assessed","assessment":{"probability":0.3,"costImpact":8000,"scheduleImpact":12},"note":"survey"},{"date":"2027-01-21","status":"responding","assessment":{"probability":0.3,"costImpact":8000,"scheduleImpact":12}}],"response":{"strategy":"mitigate","actions":[{"description":"Trial pits","owner":"Bob","cost":1500,"due":"2027-02-15"}],"residual":{"probability":0.1,"costImpact":4000,"scheduleImpact":5}},"scheduleImpact":{"distribution":"triangular","min":2,"mostLikely":5,"max":12},"activities":["A1"]},{"id":"R2","title":"Grant","kind":"opportunity","revisions":[{"date":"2027-01-12","status":"identified","assessment":{"probability":0.2,"costImpact":3000,"scheduleImpact":0},"note":"identified"}]}]}""",
            Json(SampleRegister()));
    }

    [Fact]
    public void Deserialize_RiskRegister_SameHistoryRatingsAndListing()
    {
        RiskRegister register = SampleRegister();
        string json = Json(register);

        RiskRegister back = ProjectDeliveryJson.Deserialize<RiskRegister>(json);

        Assert.Equal(json, Json(back));
        Assert.Equal(
            register.Listing().Select(r => (r.Rank, r.Id, r.Status, r.Strategy, r.ResponseCost, r.InherentRating, r.ResidualRating, r.InherentEmv, r.ResidualEmv)),
            back.Listing().Select(r => (r.Rank, r.Id, r.Status, r.Strategy, r.ResponseCost, r.InherentRating, r.ResidualRating, r.InherentEmv, r.ResidualEmv)));
        Assert.Equal(register.Risks[0].Revisions.Select(r => (r.Date, r.Status, r.Assessment, r.Note)), back.Risks[0].Revisions.Select(r => (r.Date, r.Status, r.Assessment, r.Note)));
        Assert.Equal(register.Scoring.Matrix.Zone(1, 3), back.Scoring.Matrix.Zone(1, 3));
    }

    [Fact]
    public void Deserialize_RiskWithForbiddenStatusMove_ThrowsTheDomainError()
    {
        string json = """{"id":"R1","title":"t","kind":"threat","revisions":[{"date":"2027-01-01","status":"identified","assessment":{"probability":0.5,"costImpact":1,"scheduleImpact":1}},{"date":"2027-01-02","status":"responding","assessment":{"probability":0.5,"costImpact":1,"scheduleImpact":1}}]}""";

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => ProjectDeliveryJson.Deserialize<ProjectRisk>(json));
        Assert.Contains("R1", error.Message);
    }

    [Fact]
    public void Deserialize_RiskWithRevisionsOutOfOrder_ThrowsTheDomainError()
    {
        string json = """{"id":"R1","title":"t","revisions":[{"date":"2027-01-05","status":"identified","assessment":{"probability":0.5,"costImpact":1,"scheduleImpact":1}},{"date":"2027-01-02","status":"assessed","assessment":{"probability":0.4,"costImpact":1,"scheduleImpact":1}}]}""";

        ArgumentException error = Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<ProjectRisk>(json));
        Assert.Contains("R1", error.Message);
    }

    [Fact]
    public void Deserialize_ResponseStrategyNotForOpportunity_ThrowsTheDomainError()
    {
        string json = """{"id":"R2","title":"t","kind":"opportunity","revisions":[{"date":"2027-01-01","status":"identified","assessment":{"probability":0.5,"costImpact":1,"scheduleImpact":1}}],"response":{"strategy":"mitigate","actions":[],"residual":{"probability":0.1,"costImpact":1,"scheduleImpact":1}}}""";

        ArgumentException error = Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<ProjectRisk>(json));
        Assert.Contains("R2", error.Message);
    }

    private static readonly Gen<EarnedValueProject> Projects =
        from periods in Gen.Int[1, 12]
        from status in Gen.Int[0, periods]
        from n in Gen.Int[1, 5]
        from accounts in Gen.Select(Gen.Double[0, 1000].Array[periods], Gen.Double[0, 1000].Array[status], Gen.Double[0, 1000].Array[status], Gen.Double[0, 5000], Gen.Int[0, 2], Gen.Double[0, 100].Array[0, 1]).Array[n]
        from weekly in Gen.Bool
        select EarnedValueProject.Create(
            weekly ? ReportingCalendar.Weekly(Origin, periods) : ReportingCalendar.Monthly(Origin, periods),
            accounts.Select((a, i) => ControlAccount.Create("CA" + i, a.Item4, a.Item1, a.Item2, a.Item3, a.Item5 == 0 ? null : "W" + (a.Item5 - 1), a.Item5 == 1 ? "n" + i : null,
                a.Item6.Length == 0 ? null : a.Item6[0])),
            status,
            new[] { new EvWbsElement("W0", name: "root"), new EvWbsElement("W1", "W0") });

    [Fact]
    public void EarnedValueProject_RoundTrip_SameTextAndSameAnalysis()
    {
        Projects.Sample(project =>
        {
            string json = Json(project);
            EarnedValueProject back = ProjectDeliveryJson.Deserialize<EarnedValueProject>(json);
            Assert.Equal(json, Json(back));
            Assert.Equal(project.Calendar.PeriodEnds, back.Calendar.PeriodEnds);
            Assert.Equal((project.StatusPeriodCount, project.PlannedDuration), (back.StatusPeriodCount, back.PlannedDuration));
            for (int i = 0; i < project.Accounts.Count; i++)
            {
                ControlAccount a = project.Accounts[i], b = back.Accounts[i];
                Assert.Equal((a.Id, a.Name, a.ParentId, a.BudgetAtCompletion, a.BottomUpEstimateToComplete), (b.Id, b.Name, b.ParentId, b.BudgetAtCompletion, b.BottomUpEstimateToComplete));
                Assert.Equal(a.PlannedValue, b.PlannedValue);
                Assert.Equal(a.EarnedValue, b.EarnedValue);
                Assert.Equal(a.ActualCost, b.ActualCost);
            }

            Assert.Equal(Json(EarnedValueStatement.FromReport(EarnedValueAnalysis.Analyse(project))), Json(EarnedValueStatement.FromReport(EarnedValueAnalysis.Analyse(back))));
        }, iter: 300);
    }

    private static readonly Gen<RiskAssessment> Assessments =
        Gen.Select(Gen.Double[0, 1], Gen.Double[0, 50000], Gen.Double[0, 60]).Select((p, c, s) => RiskAssessment.Create(p, c, s));

    private static readonly Gen<ProjectRisk> Risks =
        from id in Gen.Int[0, 1000]
        from opportunity in Gen.Bool
        from first in Assessments
        from steps in Gen.Select(Gen.Int[0, 4], Gen.Int[0, 5], Assessments, Gen.Bool).Array[0, 6]
        from texts in Gen.String[Gen.Char["abc /"], 0, 6].Array[3]
        from response in Gen.Select(Gen.Bool, Assessments, Gen.Double[0, 5000])
        from quantified in Gen.Select(Gen.Bool, Gen.Double[0, 10], Gen.Double[0, 10])
        select BuildRisk(id, opportunity, first, steps, texts, response, quantified);

    private static ProjectRisk BuildRisk(int id, bool opportunity, RiskAssessment first, (int, int, RiskAssessment, bool)[] steps, string[] texts,
                                         (bool, RiskAssessment, double) response, (bool, double, double) quantified)
    {
        LocalDate date = Origin;
        ProjectRisk risk = ProjectRisk.Create("R" + id, "risk " + id, opportunity ? RiskKind.Opportunity : RiskKind.Threat, first, date)
            .WithDescription(texts[0], texts[1], texts[2])
            .WithOwnership(id % 3 == 0 ? string.Empty : "Site/" + (id % 3), texts[1])
            .WithMonitoring(texts, texts[2].Length > 2 ? date.PlusDays(30) : null);
        foreach ((int status, int days, RiskAssessment assessment, bool reassess) in steps)
        {
            date = date.PlusDays(days);
            if (reassess)
            {
                risk = risk.WithAssessment(assessment, date, texts[0]);
            }
            else
            {
                try
                {
                    risk = risk.WithStatus((RiskStatus)status, date, texts[1]);
                }
                catch (InvalidOperationException)
                {
                    // A move the life cycle forbids: the history simply does not contain it.
                }
            }
        }

        if (response.Item1)
        {
            risk = risk.WithResponse(RiskResponse.Create(opportunity ? ResponseStrategy.Exploit : ResponseStrategy.Mitigate,
                new[] { ResponseAction.Create("act " + id, "owner " + texts[0], response.Item3, date.PlusDays(7)) }, response.Item2));
        }

        return quantified.Item1
            ? risk.WithQuantification(UncertainValue.Triangular(quantified.Item2, quantified.Item2 + quantified.Item3, quantified.Item2 + (2 * quantified.Item3)), UncertainValue.Fixed(quantified.Item3), new[] { "A" + id })
            : risk;
    }

    [Fact]
    public void ProjectRisk_RoundTrip_SameTextHistoryAndRatings()
    {
        RiskScoringModel scoring = RiskScoringModel.FivePoint(new[] { 1000.0, 5000, 10000, 20000 }, new[] { 5.0, 10, 20, 40 });
        Risks.Sample(risk =>
        {
            string json = Json(risk);
            ProjectRisk back = ProjectDeliveryJson.Deserialize<ProjectRisk>(json);
            Assert.Equal(json, Json(back));
            Assert.Equal(risk.Revisions.Select(r => (r.Date, r.Status, r.Assessment, r.Note)), back.Revisions.Select(r => (r.Date, r.Status, r.Assessment, r.Note)));
            Assert.Equal((risk.Status, risk.Inherent, risk.Residual, risk.Owner, risk.Category, risk.ReviewDate), (back.Status, back.Inherent, back.Residual, back.Owner, back.Category, back.ReviewDate));
            Assert.Equal(risk.Triggers, back.Triggers);
            Assert.Equal(scoring.Rate(risk.Residual), scoring.Rate(back.Residual));
        }, iter: 1000);
    }

    [Fact]
    public void ProbabilityImpactMatrix_RoundTrip_SameZonesAndScores()
    {
        Gen.Select(Gen.Int[3, 6], Gen.Int[0, 2].Array[0, 5], Gen.Double[0.01, 0.2]).Sample((size, overrides, amber) =>
        {
            ProbabilityImpactMatrix matrix = ProbabilityImpactMatrix.Create(size);
            for (int k = 0; k < overrides.Length; k++)
            {
                matrix = matrix.WithZone(1 + (k % size), 1 + ((k * 7) % size), (RagZone)overrides[k]);
            }

            ProbabilityImpactMatrix back = ProjectDeliveryJson.Deserialize<ProbabilityImpactMatrix>(Json(matrix));
            for (int p = 1; p <= size; p++)
            {
                for (int i = 1; i <= size; i++)
                {
                    Assert.Equal((matrix.Zone(p, i), matrix.Score(p, i)), (back.Zone(p, i), back.Score(p, i)));
                }
            }
        }, iter: 500);
    }

    private static Schedule<double> SampleSchedule() =>
        CriticalPathScheduler.Schedule(
            ProjectNetwork.Create(new[] { new Activity("A", 3), new Activity("B", 2, new[] { new Dependency("A") }), new Activity("C", 1, new[] { new Dependency("A") }) }),
            new ScheduleOptions());

    [Fact]
    public void Serialize_PlainSchedule_WritesNetworkRowsAndPaths()
    {
        Assert.Equal(
            """{"network":{"activities":[{"id":"A","duration":3},{"id":"B","duration":2,"predecessors":[{"id":"A","type":"FS"}]},{"id":"C","duration":1,"predecessors":[{"id":"A","type":"FS"}]}]},"projectStart":0,"projectFinish":5,"activities":[{"id":"A","earlyStart":0,"earlyFinish":3,"lateStart":0,"lateFinish":3,"totalFloat":0,"freeFloat":0,"critical":true,"status":"notStarted"},{"id":"B","earlyStart":3,"earlyFinish":5,"lateStart":3,"lateFinish":5,"totalFloat":0,"freeFloat":0,"critical":true,"drivingPredecessor":"A","status":"notStarted"},{"id":"C","earlyStart":3,"earlyFinish":4,"lateStart":4,"lateFinish":5,"totalFloat":1,"freeFloat":1,"critical":false,"drivingPredecessor":"A","status":"notStarted"}],"criticalPaths":[["A","B"]],"criticalPathsTruncated":false,"wbs":[]}""",
            Json(SampleSchedule()));
    }

    [Fact]
    public void Serialize_ActivitySchedule_WritesTheRowButReadsOnlyWithinASchedule()
    {
        ActivitySchedule<double> row = SampleSchedule()["C"];

        Assert.Equal(
            """{"id":"C","earlyStart":3,"earlyFinish":4,"lateStart":4,"lateFinish":5,"totalFloat":1,"freeFloat":1,"critical":false,"drivingPredecessor":"A","status":"notStarted"}""",
            Json(row));
        Assert.Throws<NotSupportedException>(() => ProjectDeliveryJson.Deserialize<ActivitySchedule<double>>(Json(row)));
    }

    [Theory]
    [InlineData("\"id\":\"C\",\"earlyStart\":3", "\"id\":\"X\",\"earlyStart\":3", "network order")]
    [InlineData("\"earlyStart\":3,\"earlyFinish\":4", "\"earlyStart\":4.5,\"earlyFinish\":4", "after")]
    [InlineData("\"lateStart\":4,\"lateFinish\":5", "\"lateStart\":2,\"lateFinish\":5", "although the total float is 1")]
    [InlineData("\"drivingPredecessor\":\"A\",\"status\":\"notStarted\"}]", "\"drivingPredecessor\":\"B\",\"status\":\"notStarted\"}]", "driving predecessor 'B'")]
    [InlineData("[[\"A\",\"B\"]]", "[[\"A\",\"Z\"]]", "'Z'")]
    [InlineData("\"projectFinish\":5", "\"projectFinish\":-1", "after")]
    [InlineData("\"totalFloat\":1,", "", "totalFloat")]
    public void Deserialize_InconsistentSchedule_ThrowsJsonExceptionNamingTheRow(string find, string replacement, string expected)
    {
        string json = Json(SampleSchedule());
        Assert.Contains(find, json);

        JsonException error = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<Schedule<double>>(json.Replace(find, replacement)));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Deserialize_ScheduleMissingAnActivityRow_ThrowsJsonException()
    {
        string json = Json(SampleSchedule()).Replace(
            """,{"id":"C","earlyStart":3,"earlyFinish":4,"lateStart":4,"lateFinish":5,"totalFloat":1,"freeFloat":1,"critical":false,"drivingPredecessor":"A","status":"notStarted"}""", string.Empty);

        JsonException error = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<Schedule<double>>(json));
        Assert.Contains("one row per activity", error.Message);
    }

    [Fact]
    public void Serialize_ScheduleOptions_WritesModeThresholdAndPaths()
    {
        var options = new ScheduleOptions { StatusDate = ScheduleMoment.FromUnits(4), ProgressMode = ProgressMode.ProgressOverride, CriticalFloatThreshold = 0.5, MaxCriticalPaths = 3 };

        string json = Json(options);

        Assert.Equal("""{"statusDate":4,"progressMode":"progressOverride","criticalFloatThreshold":0.5,"maxCriticalPaths":3}""", json);
        ScheduleOptions back = ProjectDeliveryJson.Deserialize<ScheduleOptions>(json);
        Assert.Equal((options.StatusDate, options.ProgressMode, options.CriticalFloatThreshold, options.MaxCriticalPaths), (back.StatusDate, back.ProgressMode, back.CriticalFloatThreshold, back.MaxCriticalPaths));
        Assert.IsNotType<CalendarScheduleOptions>(back);
    }

    [Fact]
    public void Deserialize_ScheduleOptionsWithNegativePathLimit_ThrowsTheDomainError()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<ScheduleOptions>("""{"maxCriticalPaths":-1}"""));
        Assert.Contains("MaxCriticalPaths", error.Message);
    }

    [Fact]
    public void Deserialize_CalendarOptionsWithoutCalendar_ThrowsJsonException()
    {
        Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<CalendarScheduleOptions>("""{"projectStart":"2027-01-04T08:00:00"}"""));
    }

    [Fact]
    public void Serialize_RegisterRows_WriteTheRowObjects()
    {
        RiskRegister register = SampleRegister();
        RiskRating rating = register.Rate(register.Risks[0], AssessmentBasis.Inherent);

        Assert.Equal("""{"probabilityLevel":2,"impactLevel":3,"score":0.4,"zone":"red"}""", Json(rating));
        Assert.Equal("""{"level":2,"label":"2","lower":1000,"upper":5000}""", Json(register.Scoring.CostImpactScale.Levels[1]));
        Assert.Equal("""{"date":"2027-01-20","status":"assessed","assessment":{"probability":0.3,"costImpact":8000,"scheduleImpact":12},"note":"survey"}""", Json(register.Risks[0].Revisions[1]));
        Assert.Equal("""{"key":"Site","riskCount":1,"threatEmv":400,"opportunityEmv":0,"expectedDelay":0.5,"redCount":0}""", Json(register.ExposureByCategory(AssessmentBasis.Residual, 1).Single(r => r.Key == "Site")));
    }

    [Fact]
    public void RegisterRows_RoundTrip_SameValues()
    {
        RiskRegister register = SampleRegister();
        foreach (AssessmentBasis basis in new[] { AssessmentBasis.Inherent, AssessmentBasis.Residual })
        {
            foreach (HeatMapCell cell in register.HeatMap(basis))
            {
                HeatMapCell back = ProjectDeliveryJson.Deserialize<HeatMapCell>(Json(cell));
                Assert.Equal((cell.ProbabilityLevel, cell.ImpactLevel, cell.Score, cell.Zone), (back.ProbabilityLevel, back.ImpactLevel, back.Score, back.Zone));
                Assert.Equal(cell.RiskIds, back.RiskIds);
            }

            foreach (ExposureRow row in register.ExposureByCategory(basis).Concat(register.ExposureByOwner(basis)))
            {
                ExposureRow back = ProjectDeliveryJson.Deserialize<ExposureRow>(Json(row));
                Assert.Equal((row.Key, row.RiskCount, row.ThreatEmv, row.OpportunityEmv, row.NetEmv, row.ExpectedDelay, row.RedCount), (back.Key, back.RiskCount, back.ThreatEmv, back.OpportunityEmv, back.NetEmv, back.ExpectedDelay, back.RedCount));
            }

            foreach (ProjectRisk risk in register.Risks)
            {
                Assert.Equal(register.Rate(risk, basis), ProjectDeliveryJson.Deserialize<RiskRating>(Json(register.Rate(risk, basis))));
            }
        }

        foreach (ScaleLevel level in register.Scoring.ProbabilityScale.Levels.Concat(register.Scoring.CostImpactScale.Levels))
        {
            Assert.Equal(level, ProjectDeliveryJson.Deserialize<ScaleLevel>(Json(level)));
        }

        RiskRevision revision = register.Risks[0].Revisions[2];
        RiskRevision revisionBack = ProjectDeliveryJson.Deserialize<RiskRevision>(Json(revision));
        Assert.Equal((revision.Date, revision.Status, revision.Assessment, revision.Note), (revisionBack.Date, revisionBack.Status, revisionBack.Assessment, revisionBack.Note));
    }

    [Fact]
    public void SensitivityRow_RoundTrip_SameValuesAndOutOfRangeRejected()
    {
        SensitivityRow row = ProjectDeliveryJson.Deserialize<SensitivityRow>("""{"id":"R1","isRisk":true,"rankCorrelation":-0.25}""");

        Assert.Equal(("R1", true, -0.25), (row.Id, row.IsRisk, row.RankCorrelation));
        Assert.Equal("""{"id":"R1","isRisk":true,"rankCorrelation":-0.25}""", Json(row));
        Assert.Contains("outside", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<SensitivityRow>("""{"id":"R1","isRisk":true,"rankCorrelation":1.5}""")).Message);
    }

    [Theory]
    [InlineData("""{"probabilityLevel":0,"impactLevel":1,"score":0.1,"zone":"green"}""", "probabilityLevel")]
    [InlineData("""{"probabilityLevel":1,"impactLevel":1,"score":-1,"zone":"green"}""", "score")]
    [InlineData("""{"probabilityLevel":1,"impactLevel":1,"score":0.1}""", "zone")]
    public void Deserialize_InvalidRating_ThrowsJsonExceptionNamingTheField(string json, string field)
    {
        Assert.Contains(field, Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<RiskRating>(json)).Message);
    }

    [Fact]
    public void Deserialize_ExposureWithMoreRedThanRisks_ThrowsJsonException()
    {
        Assert.Contains("redCount", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ExposureRow>(
            """{"key":"k","riskCount":1,"threatEmv":1,"opportunityEmv":0,"expectedDelay":0,"redCount":2}""")).Message);
    }

    [Fact]
    public void MonteCarloOptions_RoundTrip_SameValuesAndInvalidRejected()
    {
        var options = new MonteCarloOptions { Iterations = 2500, Seed = -7, MaxDegreeOfParallelism = 3, CriticalityTolerance = 0.01, ComputeSensitivity = false };

        string json = Json(options);

        Assert.Equal("""{"iterations":2500,"seed":-7,"maxDegreeOfParallelism":3,"criticalityTolerance":0.01,"computeSensitivity":false}""", json);
        MonteCarloOptions back = ProjectDeliveryJson.Deserialize<MonteCarloOptions>(json);
        Assert.Equal((2500, -7L, 3, 0.01, false), (back.Iterations, back.Seed, back.MaxDegreeOfParallelism, back.CriticalityTolerance, back.ComputeSensitivity));
        Assert.Equal(new MonteCarloOptions().Iterations, ProjectDeliveryJson.Deserialize<MonteCarloOptions>("{}").Iterations);
        Assert.Contains("Iterations", Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<MonteCarloOptions>("""{"iterations":0}""")).Message);
    }
}
