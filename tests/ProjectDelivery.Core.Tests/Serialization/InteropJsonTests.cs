using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CsCheck;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Interop;
using ProjectDelivery.Interop.Routing;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Serialization;
using ProjectDelivery.Tests.Interop;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

public sealed class InteropJsonTests
{
    private static readonly LocalDateTime Epoch = new(2020, 1, 1, 0, 0);

    private static readonly Gen<string> GenText = Gen.String[Gen.Char["abcXYZ019 -_.\"\\/éü中\u00e9"], 1, 8];

    private static readonly Gen<LocalDateTime> GenDate = Gen.Long[0, 10L * 366 * 24 * 3600 * 10_000_000L].Select(t => Epoch.PlusTicks(t));

    private static readonly Gen<double> GenDouble = Gen.OneOf(Gen.Double[-1e6, 1e6], Gen.Double.Where(d => !double.IsNaN(d) && !double.IsInfinity(d)), Gen.Int[0, 100].Select(i => (double)i));

    private static readonly Gen<decimal> GenDecimal = Gen.OneOf(Gen.Decimal, Gen.Int[0, 1_000_000].Select(i => i / 100m), Gen.Const(decimal.MaxValue), Gen.Const(decimal.MinValue));

    private static readonly Gen<ImportedTask> GenTask =
        Gen.Select(GenText, GenText.Null(), GenText.Null(), Gen.Bool, GenDate.Nullable(), GenDouble.Nullable(), GenDate.Nullable(), GenDate.Nullable())
            .Select(Gen.Select(GenDate.Nullable(), GenDate.Nullable(), GenDouble.Nullable(), GenDouble.Nullable(), GenDate.Nullable(), GenDate.Nullable(), GenDouble.Nullable(), GenDecimal.Nullable()),
                (a, b) => new ImportedTask(a.Item1)
                {
                    OutlineNumber = a.Item2,
                    CalendarId = a.Item3,
                    ElapsedDuration = a.Item4,
                    Deadline = a.Item5,
                    PercentComplete = a.Item6,
                    StoredEarlyStart = a.Item7,
                    StoredEarlyFinish = a.Item8,
                    StoredLateStart = b.Item1,
                    StoredLateFinish = b.Item2,
                    StoredTotalFloat = b.Item3,
                    StoredFreeFloat = b.Item4,
                    BaselineStart = b.Item5,
                    BaselineFinish = b.Item6,
                    BaselineDuration = b.Item7,
                    BaselineCost = b.Item8,
                });

    private static readonly Gen<ImportedResource> GenResource =
        Gen.Select(GenText, GenText.Null(), Gen.Enum<ResourceKind>(), GenDecimal.Nullable()).Select((id, name, kind, rate) => new ImportedResource(id, name, kind, rate));

    private static readonly Gen<ImportedAssignment> GenAssignment =
        Gen.Select(GenText, GenText, GenDouble, GenDouble.Nullable(), GenDecimal.Nullable(), GenDecimal.Nullable(), GenDecimal.Nullable(), GenDecimal.Nullable())
            .Select(t => new ImportedAssignment(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, t.Item7, t.Item8));

    public static TheoryData<string> Samples() => new(ScheduleSamples.All);

    // ---- golden JSON ----

    [Fact]
    public void ImportedSchedule_MspdiSample_WritesGoldenJson()
    {
        ImportedSchedule project = ScheduleSamples.Read(ScheduleSamples.Relations);
        string expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Interop", "mspdirelations.json")).Trim();

        Assert.Equal(expected, ProjectDeliveryJson.Serialize(project, indented: true).Replace("\r\n", "\n"));
    }

    [Fact]
    public void ImportedTask_AllFields_WritesGoldenJson()
    {
        var task = new ImportedTask("7")
        {
            OutlineNumber = "1.2",
            CalendarId = "3",
            ElapsedDuration = true,
            Deadline = new LocalDateTime(2027, 3, 5, 17, 0),
            PercentComplete = 40,
            StoredEarlyStart = new LocalDateTime(2027, 3, 1, 8, 0),
            StoredEarlyFinish = new LocalDateTime(2027, 3, 2, 17, 0),
            StoredLateStart = new LocalDateTime(2027, 3, 3, 8, 0),
            StoredLateFinish = new LocalDateTime(2027, 3, 4, 17, 0, 30),
            StoredTotalFloat = 960,
            StoredFreeFloat = 0.5,
            BaselineStart = new LocalDateTime(2027, 3, 1, 8, 0),
            BaselineFinish = new LocalDateTime(2027, 3, 2, 17, 0),
            BaselineDuration = 960,
            BaselineCost = 1234.50m,
        };

        Assert.Equal(
            "{\"id\":\"7\",\"outlineNumber\":\"1.2\",\"calendarId\":\"3\",\"elapsedDuration\":true,\"deadline\":\"2027-03-05T17:00:00\",\"percentComplete\":40,"
            + "\"storedEarlyStart\":\"2027-03-01T08:00:00\",\"storedEarlyFinish\":\"2027-03-02T17:00:00\",\"storedLateStart\":\"2027-03-03T08:00:00\",\"storedLateFinish\":\"2027-03-04T17:00:30\","
            + "\"storedTotalFloat\":960,\"storedFreeFloat\":0.5,\"baselineStart\":\"2027-03-01T08:00:00\",\"baselineFinish\":\"2027-03-02T17:00:00\",\"baselineDuration\":960,\"baselineCost\":1234.50}",
            ProjectDeliveryJson.Serialize(task));
        Assert.Equal("{\"id\":\"A\"}", ProjectDeliveryJson.Serialize(new ImportedTask("A")));
        Assert.Equal(task, ProjectDeliveryJson.Deserialize<ImportedTask>(ProjectDeliveryJson.Serialize(task)));
    }

    [Fact]
    public void ImportedResourceAndAssignment_WriteGoldenJson()
    {
        Assert.Equal("{\"id\":\"R1\",\"name\":\"Crane\",\"kind\":\"material\",\"standardRate\":12.5}", ProjectDeliveryJson.Serialize(new ImportedResource("R1", "Crane", ResourceKind.Material, 12.5m)));
        Assert.Equal("{\"id\":\"R2\",\"kind\":\"work\"}", ProjectDeliveryJson.Serialize(new ImportedResource("R2", null, ResourceKind.Work, null)));
        Assert.Equal(
            "{\"activityId\":\"A\",\"resourceId\":\"R1\",\"units\":0.5,\"plannedWork\":16,\"plannedCost\":200,\"actualCost\":50.25,\"remainingCost\":149.75,\"baselineCost\":190}",
            ProjectDeliveryJson.Serialize(new ImportedAssignment("A", "R1", 0.5, 16, 200m, 50.25m, 149.75m, 190m)));
        Assert.Equal("{\"activityId\":\"A\",\"resourceId\":\"R1\",\"units\":1}", ProjectDeliveryJson.Serialize(new ImportedAssignment("A", "R1", 1, null, null, null, null, null)));
    }

    [Fact]
    public void Enums_WriteCamelCaseStrings_AndRejectNumbers()
    {
        Assert.Equal("\"msProjectXml\"", ProjectDeliveryJson.Serialize(ScheduleFileFormat.MsProjectXml));
        Assert.Equal("\"primaveraXer\"", ProjectDeliveryJson.Serialize(ScheduleFileFormat.PrimaveraXer));
        Assert.Equal("\"startFloat\"", ProjectDeliveryJson.Serialize(TotalFloatType.StartFloat));
        Assert.Equal("\"smallest\"", ProjectDeliveryJson.Serialize(TotalFloatType.Smallest));
        Assert.Equal("\"cost\"", ProjectDeliveryJson.Serialize(ResourceKind.Cost));
        Assert.Equal("\"cvrp\"", ProjectDeliveryJson.Serialize(RoutingInstanceKind.Cvrp));
        Assert.Equal(RoutingInstanceKind.Tsp, ProjectDeliveryJson.Deserialize<RoutingInstanceKind>("\"tsp\""));
        Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ResourceKind>("1"));
        Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<TotalFloatType>("\"latest\""));
    }

    [Fact]
    public void RoutingInstance_SmallSolomonFile_WritesGoldenJson()
    {
        const string text = "TINY\n\nVEHICLE\nNUMBER     CAPACITY\n  2         10\n\nCUSTOMER\nCUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\n\n"
            + "    0      0         0          0          0       100          0\n    1      3         4          5         10         50          2\n";
        RoutingInstance instance = SolomonReader.Read(new StringReader(text), "tiny.txt");

        string json = ProjectDeliveryJson.Serialize(instance);

        Assert.Equal(
            "{\"name\":\"TINY\",\"problem\":" + ProjectDeliveryJson.Serialize(instance.Problem) + ",\"depotId\":0,\"kind\":\"solomon\"}",
            json);
        Assert.StartsWith("{\"name\":\"TINY\",\"problem\":{\"locations\":{\"type\":\"planar\",\"coordinates\":[[0,0],[3,4]]", json, StringComparison.Ordinal);
        Assert.Contains("\"jobs\":[{\"id\":\"1\",\"location\":1,\"demand\":[5],\"service\":2,\"window\":[10,50]}]", json, StringComparison.Ordinal);
        RoutingInstance back = ProjectDeliveryJson.Deserialize<RoutingInstance>(json);
        Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
        Assert.Equal((instance.Name, instance.DepotId, instance.Kind), (back.Name, back.DepotId, back.Kind));
    }

    // ---- round trips ----

    [Theory]
    [MemberData(nameof(Samples))]
    public void ImportedSchedule_RealSample_RoundTripsAndSchedulesTheSame(string sample)
    {
        ImportedSchedule original = ScheduleSamples.Read(sample);

        string json = ProjectDeliveryJson.Serialize(original);
        ImportedSchedule back = ProjectDeliveryJson.Deserialize<ImportedSchedule>(json);

        AssertSameSchedule(original, back);
        Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
        Schedule<LocalDateTime> expected = original.Schedule(), actual = back.Schedule();
        Assert.Equal(expected.Activities.Select(a => (a.Activity.Id, a.EarlyStart, a.EarlyFinish)), actual.Activities.Select(a => (a.Activity.Id, a.EarlyStart, a.EarlyFinish)));
        Assert.Equal(expected.ProjectFinish, actual.ProjectFinish);
    }

    [Fact]
    public void ImportedSchedule_XerSample_KeepsCalendarsStatusDateAndProgress()
    {
        ImportedSchedule original = ScheduleSamples.Read(ScheduleSamples.PercentComplete);
        Assert.NotEmpty(original.Calendars);
        Assert.NotNull(original.StatusDate);

        ImportedSchedule back = ProjectDeliveryJson.Deserialize<ImportedSchedule>(ProjectDeliveryJson.Serialize(original));

        AssertSameSchedule(original, back);
        Assert.Equal(original.TotalFloatType, back.TotalFloatType);
        Assert.Equal(original.Tasks.Count(t => t.PercentComplete is not null), back.Tasks.Count(t => t.PercentComplete is not null));
    }

    [Fact]
    public void ImportedSchedule_MspdiSampleWithAssignments_KeepsResourcesAndAssignments()
    {
        ImportedSchedule original = ScheduleSamples.Read(ScheduleSamples.Legacy);
        Assert.NotEmpty(original.Resources);
        Assert.NotEmpty(original.Assignments);

        ImportedSchedule back = ProjectDeliveryJson.Deserialize<ImportedSchedule>(ProjectDeliveryJson.Serialize(original));

        Assert.Equal(original.Resources, back.Resources);
        Assert.Equal(original.Assignments, back.Assignments);
    }

    [Fact]
    public void ImportedSchedule_EveryOption_RoundTrips()
    {
        ImportedSchedule baseline = ScheduleSamples.Read(ScheduleSamples.Relations);
        var project = new ImportedSchedule(ScheduleFileFormat.PrimaveraXer, baseline.Network, baseline.Calendar, baseline.ProjectStart, Duration.FromHours(1), baseline.Tasks.Take(2))
        {
            Name = "All options",
            Calendars = new Dictionary<string, WorkingCalendar> { ["b"] = baseline.Calendar, ["a"] = WorkingCalendar.Continuous },
            StatusDate = baseline.ProjectStart.PlusDays(1),
            ProgressMode = ProgressMode.ProgressOverride,
            LagCalendar = LagCalendar.Continuous,
            TotalFloatType = TotalFloatType.Smallest,
            Resources = new[] { new ImportedResource("R", "Team", ResourceKind.Work, 80m) },
            Assignments = new[] { new ImportedAssignment(baseline.Tasks[0].Id, "R", 1.5, 12, 960m, null, 960m, 900m) },
        };

        string json = ProjectDeliveryJson.Serialize(project);
        ImportedSchedule back = ProjectDeliveryJson.Deserialize<ImportedSchedule>(json);

        AssertSameSchedule(project, back);
        Assert.Contains("\"progressMode\":\"progressOverride\",\"lagCalendar\":\"continuous\",\"totalFloatType\":\"smallest\",\"timeUnit\":\"1:00:00\"", json, StringComparison.Ordinal);
        Assert.Contains("\"calendars\":{\"a\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportedSchedule_RandomTasksResourcesAndAssignments_RoundTrip()
    {
        ImportedSchedule baseline = ScheduleSamples.Read(ScheduleSamples.Relations);
        string[] ids = baseline.Network.Activities.Select(a => a.Id).ToArray();
        Gen.Select(GenTask.Array[0, ids.Length], GenResource.Array[0, 4], GenAssignment.Array[0, 4], Gen.Enum<TotalFloatType>(), Gen.Enum<ProgressMode>(), Gen.Enum<LagCalendar>())
            .Sample((tasks, resources, assignments, floatType, progress, lag) =>
            {
                ImportedTask[] named = tasks.Select((t, i) => t with { }).Select((t, i) => CopyWithId(t, ids[i])).ToArray();
                var project = new ImportedSchedule(ScheduleFileFormat.MsProjectXml, baseline.Network, baseline.Calendar, baseline.ProjectStart, baseline.TimeUnit, named)
                {
                    TotalFloatType = floatType,
                    ProgressMode = progress,
                    LagCalendar = lag,
                    Resources = resources,
                    Assignments = assignments,
                };

                AssertSameSchedule(project, ProjectDeliveryJson.Deserialize<ImportedSchedule>(ProjectDeliveryJson.Serialize(project)));
            }, iter: 100);
    }

    [Fact]
    public void ImportedTask_Random_RoundTrips()
    {
        GenTask.Sample(task =>
        {
            string json = ProjectDeliveryJson.Serialize(task);
            ImportedTask back = ProjectDeliveryJson.Deserialize<ImportedTask>(json);
            return back == task && ProjectDeliveryJson.Serialize(back) == json;
        }, iter: 2000);
    }

    [Fact]
    public void ImportedResourceAndAssignment_Random_RoundTrip()
    {
        GenResource.Sample(r => ProjectDeliveryJson.Deserialize<ImportedResource>(ProjectDeliveryJson.Serialize(r)) == r, iter: 2000);
        GenAssignment.Sample(a => ProjectDeliveryJson.Deserialize<ImportedAssignment>(ProjectDeliveryJson.Serialize(a)) == a, iter: 2000);
    }

    [Theory]
    [InlineData("C101.txt")]
    [InlineData("berlin52.tsp")]
    [InlineData("X-n101-k25.vrp")]
    public void RoutingInstance_RealBenchmarkFile_RoundTrips(string file)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "Routing", file);
        using var reader = new StreamReader(path);
        RoutingInstance instance = file.EndsWith(".txt", StringComparison.Ordinal) ? SolomonReader.Read(reader, file) : TsplibReader.Read(reader, file);

        string json = ProjectDeliveryJson.Serialize(instance);
        RoutingInstance back = ProjectDeliveryJson.Deserialize<RoutingInstance>(json);

        Assert.Equal((instance.Name, instance.DepotId, instance.Kind), (back.Name, back.DepotId, back.Kind));
        Assert.Equal(ProjectDeliveryJson.Serialize(instance.Problem), ProjectDeliveryJson.Serialize(back.Problem));
        Assert.Equal(instance.Problem.Jobs.Count, back.Problem.Jobs.Count);
        Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
    }

    // ---- errors ----

    [Fact]
    public void ImportedSchedule_TaskNotInNetwork_ThrowsNamingTheTask()
    {
        string json = ProjectDeliveryJson.Serialize(ScheduleSamples.Read(ScheduleSamples.Relations));
        string bad = json.Replace("\"tasks\":[{\"id\":\"1\"", "\"tasks\":[{\"id\":\"ghost\"", StringComparison.Ordinal);
        Assert.NotEqual(json, bad);

        ArgumentException ex = Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<ImportedSchedule>(bad));

        Assert.Contains("'ghost'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("tasks", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"timeUnit\":\"0:01:00\"", "\"timeUnit\":\"0:00:00\"", "timeUnit")]
    [InlineData("\"format\":\"msProjectXml\"", "\"format\":\"ms\"", "$.format")]
    [InlineData("\"format\":\"msProjectXml\",", "", "format")]
    [InlineData("\"projectStart\":\"2006-09-21T08:00:00\"", "\"projectStart\":\"21/09/2006\"", "$.projectStart")]
    [InlineData("\"tasks\":[{\"id\":\"1\"", "\"tasks\":[{\"id\":\"1\",\"baselineCost\":1e40", "$.tasks[0] (id '1').baselineCost")]
    [InlineData("\"tasks\":[{\"id\":\"1\"", "\"tasks\":[{\"id\":\"1\",\"baselineDuration\":1e400", "$.tasks[0] (id '1'): task '1': 'baselineDuration' must be a finite number")]
    [InlineData("\"tasks\":[{\"id\":\"1\"", "\"tasks\":[{\"id\":\"1\",\"storedTotalFloat\":\"NaN\"", "$.tasks[0] (id '1').storedTotalFloat")]
    [InlineData("\"tasks\":[{\"id\":\"1\"", "\"tasks\":[null,{\"id\":\"1\"", "$.tasks[0]")]
    [InlineData("\"tasks\":[{\"id\":\"1\"", "\"tasks\":[{\"id\":null", "'id'")]
    [InlineData("\"calendars\":{", "\"calendars\":{\"x y\":null,", "$.calendars['x y']: calendar 'x y' is null")]
    [InlineData("\"network\":{", "\"network\":null,\"x\":{", "$.network: a network object is required")]
    [InlineData("\"resources\":[", "\"resources\":[null,", "$.resources[0]: an object is required")]
    [InlineData("\"format\":\"msProjectXml\"", "\"format\":\"msProjectXml\",\"statusDate\":\"later\"", "$.statusDate")]
    public void ImportedSchedule_InvalidField_ThrowsNamingTheField(string find, string replace, string named)
    {
        string json = ProjectDeliveryJson.Serialize(ScheduleSamples.Read(ScheduleSamples.Relations));
        string bad = json.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(json, bad);

        Exception ex = Assert.ThrowsAny<Exception>(() => ProjectDeliveryJson.Deserialize<ImportedSchedule>(bad));

        Assert.True(ex is JsonException or ArgumentException, ex.ToString());
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"duration\":480}", "\"duration\":\"long\"}", "$.network.activities[0] (id '1').duration: ")]
    [InlineData("\"calendars\":{\"1\":{\"name\":\"Standard\",\"hours\":{\"Mon\":\"08:00-12:00,13:00-17:00\"", "\"calendars\":{\"1\":{\"name\":\"Standard\",\"hours\":{\"Mon\":\"8 to 5\"", "$.calendars.1.hours.Mon")]
    [InlineData("\"calendar\":{\"name\":\"Standard\"", "\"calendar\":{\"name\":7", "$.calendar.name")]
    public void ImportedSchedule_ErrorInsideAPart_KeepsTheFullPath(string find, string replace, string named)
    {
        string json = ProjectDeliveryJson.Serialize(ScheduleSamples.Read(ScheduleSamples.Relations));
        string bad = json.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(json, bad);

        JsonException ex = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ImportedSchedule>(bad));

        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RoutingInstance_ErrorInsideTheProblem_KeepsTheFullPath()
    {
        RoutingInstance instance = SolomonReader.Read(new StringReader("T\n\nVEHICLE\nNUMBER CAPACITY\n 1 10\n\nCUSTOMER\nCUST\n\n 0 0 0 0 0 100 0\n 1 3 4 5 10 50 2\n"), "t.txt");
        string json = ProjectDeliveryJson.Serialize(instance).Replace("\"location\":1", "\"location\":\"one\"", StringComparison.Ordinal);

        JsonException ex = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<RoutingInstance>(json));

        Assert.StartsWith("$.problem.jobs[0] (id '1').location: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportedSchedule_BadResourceAndAssignment_NameTheItem()
    {
        ImportedSchedule baseline = ScheduleSamples.Read(ScheduleSamples.Relations);
        var project = new ImportedSchedule(ScheduleFileFormat.MsProjectXml, baseline.Network, baseline.Calendar, baseline.ProjectStart, baseline.TimeUnit)
        {
            Resources = new[] { new ImportedResource("R9", null, ResourceKind.Cost, 1m) },
            Assignments = new[] { new ImportedAssignment("1", "R9", 1, null, 5m, null, null, null) },
        };
        string json = ProjectDeliveryJson.Serialize(project);

        JsonException rate = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ImportedSchedule>(json.Replace("\"standardRate\":1", "\"standardRate\":-1e29", StringComparison.Ordinal)));
        JsonException kind = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ImportedSchedule>(json.Replace("\"kind\":\"cost\"", "\"kind\":2", StringComparison.Ordinal)));
        JsonException units = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ImportedSchedule>(json.Replace("\"units\":1", "\"units\":\"Infinity\"", StringComparison.Ordinal)));
        JsonException cost = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ImportedSchedule>(json.Replace("\"plannedCost\":5", "\"plannedCost\":79228162514264337593543950336", StringComparison.Ordinal)));

        Assert.StartsWith("$.resources[0] (id 'R9').standardRate:", rate.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.resources[0] (id 'R9').kind:", kind.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.assignments[0] (activity '1', resource 'R9').units:", units.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.assignments[0] (activity '1', resource 'R9').plannedCost:", cost.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"outlineNumber\":\"1\"}", "id")]
    [InlineData("{\"id\":\"T1\",\"deadline\":\"soon\"}", "$ (id 'T1').deadline")]
    [InlineData("{\"id\":\"T1\",\"baselineCost\":1e29}", "$ (id 'T1').baselineCost")]
    [InlineData("{\"id\":\"T1\",\"elapsedDuration\":1}", "$ (id 'T1').elapsedDuration")]
    public void ImportedTask_InvalidField_ThrowsNamingFieldAndId(string json, string named)
    {
        JsonException ex = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ImportedTask>(json));

        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"problem\":null,\"name\":\"x\",\"depotId\":0,\"kind\":\"tsp\"}", "problem")]
    [InlineData("{\"name\":\"x\",\"depotId\":0,\"kind\":\"tsp\"}", "problem")]
    [InlineData("{\"name\":\"x\",\"problem\":{},\"depotId\":0,\"kind\":\"tsp\"}", "$.problem")]
    [InlineData("{\"name\":\"x\",\"problem\":null,\"depotId\":1e10,\"kind\":\"tsp\"}", "$.depotId")]
    public void RoutingInstance_InvalidField_ThrowsNamingTheField(string json, string named)
    {
        JsonException ex = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<RoutingInstance>(json));

        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RoutingInstance_InvalidProblem_ThrowsTheDomainErrorNamingTheJob()
    {
        RoutingInstance instance = SolomonReader.Read(new StringReader("T\n\nVEHICLE\nNUMBER CAPACITY\n 1 10\n\nCUSTOMER\nCUST\n\n 0 0 0 0 0 100 0\n 1 3 4 5 10 50 2\n"), "t.txt");
        string json = ProjectDeliveryJson.Serialize(instance).Replace("\"location\":1", "\"location\":7", StringComparison.Ordinal);

        ArgumentException ex = Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<RoutingInstance>(json));

        Assert.Contains("'1'", ex.Message, StringComparison.Ordinal);
    }

    private static ImportedTask CopyWithId(ImportedTask t, string id) => new(id)
    {
        OutlineNumber = t.OutlineNumber,
        CalendarId = t.CalendarId,
        ElapsedDuration = t.ElapsedDuration,
        Deadline = t.Deadline,
        PercentComplete = t.PercentComplete,
        StoredEarlyStart = t.StoredEarlyStart,
        StoredEarlyFinish = t.StoredEarlyFinish,
        StoredLateStart = t.StoredLateStart,
        StoredLateFinish = t.StoredLateFinish,
        StoredTotalFloat = t.StoredTotalFloat,
        StoredFreeFloat = t.StoredFreeFloat,
        BaselineStart = t.BaselineStart,
        BaselineFinish = t.BaselineFinish,
        BaselineDuration = t.BaselineDuration,
        BaselineCost = t.BaselineCost,
    };

    private static void AssertSameSchedule(ImportedSchedule expected, ImportedSchedule actual)
    {
        Assert.Equal(expected.Format, actual.Format);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(ProjectDeliveryJson.Serialize(expected.Network), ProjectDeliveryJson.Serialize(actual.Network));
        Assert.Equal(ProjectDeliveryJson.Serialize(expected.Calendar), ProjectDeliveryJson.Serialize(actual.Calendar));
        Assert.Equal(expected.Calendars.Keys.OrderBy(k => k, StringComparer.Ordinal), actual.Calendars.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.All(expected.Calendars, p => Assert.Equal(ProjectDeliveryJson.Serialize(p.Value), ProjectDeliveryJson.Serialize(actual.Calendars[p.Key])));
        Assert.Equal(expected.ProjectStart, actual.ProjectStart);
        Assert.Equal(expected.StatusDate, actual.StatusDate);
        Assert.Equal(expected.ProgressMode, actual.ProgressMode);
        Assert.Equal(expected.LagCalendar, actual.LagCalendar);
        Assert.Equal(expected.TotalFloatType, actual.TotalFloatType);
        Assert.Equal(expected.TimeUnit, actual.TimeUnit);
        Assert.Equal(expected.Tasks, actual.Tasks);
        Assert.Equal(expected.Resources, actual.Resources);
        Assert.Equal(expected.Assignments, actual.Assignments);
    }
}
