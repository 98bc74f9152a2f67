using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CsCheck;
using NodaTime;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Domain;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using ProjectDelivery.Serialization;
using ProjectDelivery.Tests.Delivery.Routing;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

public sealed class DeliveryRoutingJsonTests
{
    private static T RoundTrip<T>(T value) => ProjectDeliveryJson.Deserialize<T>(ProjectDeliveryJson.Serialize(value));

    [Fact]
    public void RoutingProblem_RandomProblems_RoundTripExactly()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            RoutingProblem problem = RandomProblem(seed);
            string json = ProjectDeliveryJson.Serialize(problem);
            RoutingProblem back = ProjectDeliveryJson.Deserialize<RoutingProblem>(json);
            AssertSameProblem(problem, back);
            Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
        }, iter: 400);
    }

    [Fact]
    public void RoutingSolution_SolvedRandomProblems_RoundTripExactly()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = seed % 4 == 3
                ? RandomInstances.CreateRich(seed, 3 + (seed % 10), 1 + (seed % 3), balance: seed % 8 == 3, priorities: true)
                : RandomInstances.Create(seed, 3 + (seed % 12), windows: seed % 2 == 0, extras: seed % 3 == 0);
            var options = new RoutingSolverOptions { TimeLimit = null, MaxIterations = 40, Seed = seed };
            RoutingSolution solution = RoutingSolver.Solve(problem, options, TestContext.Current.CancellationToken);
            string json = ProjectDeliveryJson.Serialize(solution);
            RoutingSolution back = ProjectDeliveryJson.Deserialize<RoutingSolution>(json);
            AssertSameSolution(solution, back);
            Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
        }, iter: 60);
    }

    [Fact]
    public void Job_SmallExample_GoldenJson()
    {
        var job = new Job("A-1", 3, new double[] { 8, 1 }, 10, 60, double.PositiveInfinity, new[] { "cold" }, 25);

        string json = ProjectDeliveryJson.Serialize(job);

        Assert.Equal("""{"id":"A-1","location":3,"demand":[8,1],"service":10,"window":[60,"Infinity"],"skills":["cold"],"penalty":25}""", json);
        Assert.Equal("""{"id":"B","location":0}""", ProjectDeliveryJson.Serialize(new Job("B", 0)));
        Assert.Equal(double.PositiveInfinity, RoundTrip(job).DueTime);
    }

    [Fact]
    public void Job_SeveralSoftWindowsAndPriority_GoldenJson()
    {
        Job job = new Job("W", 2, new double[] { 1 }, 5).WithTimeWindows(new[] { new TimeWindow(0, 10), new TimeWindow(20, double.PositiveInfinity) })
            .WithLatenessCost(1.5).WithPriority(3);

        string json = ProjectDeliveryJson.Serialize(job);

        Assert.Equal("""{"id":"W","location":2,"demand":[1],"service":5,"timeWindows":[[0,10],[20,"Infinity"]],"latenessCost":1.5,"priority":3}""", json);
        Job back = ProjectDeliveryJson.Deserialize<Job>(json);
        Assert.Equal(job.TimeWindows, back.TimeWindows);
        Assert.Equal((1.5, 3), (back.LatenessCost, back.Priority));
        Assert.Equal("""{"id":"S","location":0,"window":[5,8],"latenessCost":2}""", ProjectDeliveryJson.Serialize(new Job("S", 0, readyTime: 5, dueTime: 8).WithLatenessCost(2)));
    }

    [Fact]
    public void Job_NullClose_IsOpenEnded()
    {
        Job job = ProjectDeliveryJson.Deserialize<Job>("""{ "id": "n", "location": 0, "timeWindows": [[0, 10], [30, null]] }""");
        Job single = ProjectDeliveryJson.Deserialize<Job>("""{ "id": "m", "location": 0, "window": [4, null] }""");

        Assert.Equal(new[] { new TimeWindow(0, 10), new TimeWindow(30, double.PositiveInfinity) }, job.TimeWindows);
        Assert.Equal((4, double.PositiveInfinity), (single.ReadyTime, single.DueTime));
    }

    [Theory]
    [InlineData("""{ "id": "tw", "location": 0, "window": [0, 5], "timeWindows": [[0, 5]] }""")]
    [InlineData("""{ "id": "tw", "location": 0, "timeWindows": [[0, 5, 6]] }""")]
    [InlineData("""{ "id": "tw", "location": 0, "timeWindows": [[null, 5]] }""")]
    [InlineData("""{ "id": "tw", "location": 0, "timeWindows": [null] }""")]
    [InlineData("""{ "id": "tw", "location": 0, "priority": 1.5 }""")]
    [InlineData("""{ "id": "tw", "location": 0, "priority": "high" }""")]
    public void Deserialize_MalformedWindowsOrPriority_JsonExceptionNamingTheJob(string json)
    {
        JsonException ex = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<Job>(json));

        Assert.True(ex.Message.Contains("'tw'", StringComparison.Ordinal) || ex.Path is not null, ex.Message);
    }

    [Theory]
    [InlineData("""{ "id": "bad", "location": 0, "timeWindows": [[0, 10], [5, 20]] }""")]
    [InlineData("""{ "id": "bad", "location": 0, "timeWindows": [] }""")]
    [InlineData("""{ "id": "bad", "location": 0, "timeWindows": [[10, 5]] }""")]
    [InlineData("""{ "id": "bad", "location": 0, "latenessCost": -1 }""")]
    [InlineData("""{ "id": "bad", "location": 0, "priority": -2 }""")]
    public void Deserialize_InvalidWindowsCostOrPriority_DomainException(string json)
    {
        Assert.ThrowsAny<ArgumentException>(() => ProjectDeliveryJson.Deserialize<Job>(json));
    }

    [Fact]
    public void RoutingProblem_BalanceCost_RoundTripsAndRejectsNegative()
    {
        const string json = """{ "locations": { "coordinates": [[0, 0], [1, 1]] }, "vehicleTypes": [ { "id": "van", "start": 0 } ], "jobs": [ { "id": "a", "location": 1 } ], "balanceCost": 0.25 }""";

        RoutingProblem problem = ProjectDeliveryJson.Deserialize<RoutingProblem>(json);

        Assert.Equal(0.25, problem.BalanceCostPerUnit);
        Assert.Equal(0.25, problem.WithNetwork(problem.Network.WithRounding(DistanceRounding.Dimacs)).BalanceCostPerUnit);
        Assert.EndsWith(""","balanceCost":0.25}""", ProjectDeliveryJson.Serialize(problem), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ProjectDeliveryJson.Deserialize<RoutingProblem>(json.Replace("0.25", "-1", StringComparison.Ordinal)));
    }

    [Fact]
    public void RoutingSolution_LateStopAndLeftOutPriority_GoldenJson()
    {
        RoutingProblem problem = ProjectDeliveryJson.Deserialize<RoutingProblem>("""
            { "locations": { "distance": [[0, 10, 10], [10, 0, 10], [10, 10, 0]] },
              "vehicleTypes": [ { "id": "van", "start": 0, "end": 0 } ],
              "jobs": [ { "id": "late", "location": 1, "timeWindows": [[0, 2], [4, 6]], "latenessCost": 2 },
                        { "id": "vip", "location": 2, "window": [0, 1], "priority": 5, "penalty": 1 } ],
              "balanceCost": 0.5 }
            """);
        RoutingSolution solution = RoutingSolution.FromRoutes(problem, new Dictionary<int, IReadOnlyList<int>> { [0] = new[] { 0 } });

        string json = ProjectDeliveryJson.Serialize(solution);

        Assert.Equal(
            """{"distance":20,"duration":20,"cost":39,"penalty":1,"latenessCost":8,"balanceCost":10,"unservedPriority":5,"vehiclesUsed":1,"routes":[{"vehicleIndex":0,"vehicleTypeId":"van","departure":0,"arrival":20,"stops":[{"jobIndex":0,"jobId":"late","arrival":10,"waiting":0,"serviceStart":10,"departure":10,"load":[],"onBoard":[],"lateness":4}],"distance":20,"duration":20,"cost":28,"startLoad":[],"latenessCost":8}],"unassigned":[{"jobIndex":1,"jobId":"vip","reason":"timeWindow"}],"statistics":{"iterations":0,"acceptedIterations":0,"insertionEvaluations":0,"localSearchMoves":0,"elapsed":"0:00:00","seed":0},"problem":{"locations":{"distance":[[0,10,10],[10,0,10],[10,10,0]]},"vehicleTypes":[{"id":"van","start":0,"end":0}],"jobs":[{"id":"late","location":1,"timeWindows":[[0,2],[4,6]],"latenessCost":2},{"id":"vip","location":2,"window":[0,1],"priority":5,"penalty":1}],"balanceCost":0.5}}""",
            json);
        AssertSameSolution(solution, ProjectDeliveryJson.Deserialize<RoutingSolution>(json));
    }

    [Fact]
    public void VehicleType_SmallExample_GoldenJson()
    {
        var type = new VehicleType("van", 3, new double[] { 30, 4 }, 0, 0, 0, 480, 300, fixedCost: 40, skills: new[] { "cold" });

        Assert.Equal("""{"id":"van","count":3,"capacity":[30,4],"start":0,"end":0,"shiftEnd":480,"maxDuration":300,"fixedCost":40,"skills":["cold"]}""",
            ProjectDeliveryJson.Serialize(type));
        Assert.Equal("""{"id":"open","start":2}""", ProjectDeliveryJson.Serialize(new VehicleType("open", 1, null, 2, null)));
    }

    [Fact]
    public void TravelNetwork_EachKind_GoldenJson()
    {
        Assert.Equal("""{"type":"planar","coordinates":[[0,0],[3,4]],"rounding":"nearestInteger"}""",
            ProjectDeliveryJson.Serialize(TravelNetwork.FromPlanarCoordinates(new double[] { 0, 3 }, new double[] { 0, 4 }, DistanceRounding.NearestInteger)));
        Assert.Equal("""{"type":"geographic","coordinates":[[53.8,-1.55],[51.5,-0.12]],"speed":12.5}""",
            ProjectDeliveryJson.Serialize(TravelNetwork.FromGeographicCoordinates(new[] { 53.8, 51.5 }, new[] { -1.55, -0.12 }, 12.5)));
        Assert.Equal("""{"distance":[[0,2],[3,0]],"time":[[0,1],[1,0]]}""",
            ProjectDeliveryJson.Serialize(TravelNetwork.FromMatrices(new double[,] { { 0, 2 }, { 3, 0 } }, new double[,] { { 0, 1 }, { 1, 0 } })));
    }

    [Fact]
    public void RoutingSolution_SmallExample_GoldenJson()
    {
        RoutingProblem problem = ProjectDeliveryJson.Deserialize<RoutingProblem>("""
            { "locations": { "coordinates": [[0, 0], [3, 4], [6, 8]] },
              "vehicleTypes": [ { "id": "van", "capacity": [5], "start": 0, "end": 0 } ],
              "jobs": [ { "id": "a", "location": 1, "demand": [2], "service": 1, "window": [10, 20] }, { "id": "b", "location": 2, "demand": [4], "penalty": 3 } ] }
            """);
        RoutingSolution solution = RoutingSolution.FromRoutes(problem, new Dictionary<int, IReadOnlyList<int>> { [0] = new[] { 0 } });

        string json = ProjectDeliveryJson.Serialize(solution);

        Assert.Equal(
            """{"distance":10,"duration":11,"cost":13,"penalty":3,"latenessCost":0,"balanceCost":0,"unservedPriority":0,"vehiclesUsed":1,"routes":[{"vehicleIndex":0,"vehicleTypeId":"van","departure":5,"arrival":16,"stops":[{"jobIndex":0,"jobId":"a","arrival":10,"waiting":0,"serviceStart":10,"departure":11,"load":[2],"onBoard":[0],"lateness":0}],"distance":10,"duration":11,"cost":10,"startLoad":[2],"latenessCost":0}],"unassigned":[{"jobIndex":1,"jobId":"b","reason":"fleetExhausted"}],"statistics":{"iterations":0,"acceptedIterations":0,"insertionEvaluations":0,"localSearchMoves":0,"elapsed":"0:00:00","seed":0},"problem":{"locations":{"type":"planar","coordinates":[[0,0],[3,4],[6,8]]},"vehicleTypes":[{"id":"van","capacity":[5],"start":0,"end":0}],"jobs":[{"id":"a","location":1,"demand":[2],"service":1,"window":[10,20]},{"id":"b","location":2,"demand":[4],"penalty":3}]}}""",
            json);
        AssertSameSolution(solution, ProjectDeliveryJson.Deserialize<RoutingSolution>(json));
    }

    [Fact]
    public void RoutingSolution_OnlyVehicleAndJobIds_RecomputesTheSchedule()
    {
        RoutingProblem problem = RandomInstances.Create(7, 5, windows: false);
        string json = $$"""{ "routes": [ { "vehicleIndex": 0, "stops": [ { "jobId": "j2" }, { "jobId": "j0" } ] } ], "problem": {{ProjectDeliveryJson.Serialize(problem)}} }""";

        RoutingSolution solution = ProjectDeliveryJson.Deserialize<RoutingSolution>(json);

        Assert.Equal(new[] { "j2", "j0" }, solution.Routes.Single().Stops.Select(s => s.JobId));
        Assert.Equal(RoutingSolution.FromRoutes(problem, new Dictionary<int, IReadOnlyList<int>> { [0] = new[] { 2, 0 } }).Cost, solution.Cost);
        Assert.Equal(3, solution.Unassigned.Count);
    }

    [Fact]
    public void RoutingSolution_JobNotInProblem_ThrowsNamingTheJob()
    {
        RoutingProblem problem = RandomInstances.Create(7, 3, windows: false);
        string json = $$"""{ "routes": [ { "vehicleIndex": 0, "stops": [ { "jobId": "ghost" } ] } ], "problem": {{ProjectDeliveryJson.Serialize(problem)}} }""";

        ArgumentException ex = Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<RoutingSolution>(json));

        Assert.Contains("'ghost'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeliveryDomain_OrdersVehiclesAndPlan_RoundTrip()
    {
        Instant eight = Instant.FromUtc(2027, 4, 6, 7, 0);
        var depot = new GeoPoint(53.8, -1.55);
        DeliveryOrder[] orders =
        {
            new("O-1", new GeoPoint(53.81, -1.5), new Interval(eight + Duration.FromHours(1), eight + Duration.FromHours(3)), Duration.FromMinutes(5), new double[] { 2 }),
            new("O-2", new GeoPoint(53.79, -1.6), new Interval(null, null), Duration.FromMinutes(10), new double[] { 3 }) { Penalty = 50, RequiredSkills = new[] { "cold" } },
            new("O-3", new GeoPoint(53.8, -1.52), new Interval(eight, eight + Duration.FromMinutes(1)), Duration.FromMinutes(5), new double[] { 1 })
            {
                Windows = new[] { new Interval(eight, eight + Duration.FromMinutes(1)), new Interval(eight + Duration.FromMinutes(2), eight + Duration.FromMinutes(3)) },
                LatenessCostPerHour = 12.5,
                Priority = 2,
            },
        };
        DeliveryVehicle[] vehicles =
        {
            new("V-1", depot, depot, new Interval(eight, eight + Duration.FromHours(8)), new double[] { 10 }) { MaxWorkingTime = Duration.FromHours(6), CostPerHour = 20, Skills = new[] { "cold" } },
            new("V-2", depot, null, new Interval(eight, null), new double[] { 4 }),
        };
        DeliveryPlan plan = DeliveryPlanner.Plan(orders, vehicles, 10, new RoutingSolverOptions { TimeLimit = null, MaxIterations = 50 }, TestContext.Current.CancellationToken);

        DeliveryOrder order = RoundTrip(orders[1]);
        DeliveryOrder soft = RoundTrip(orders[2]);
        DeliveryVehicle vehicle = RoundTrip(vehicles[0]);
        DeliveryVehicle open = RoundTrip(vehicles[1]);
        DeliveryPlan back = RoundTrip(plan);

        Assert.Equal((orders[1].Id, orders[1].Location, orders[1].Window, orders[1].ServiceTime, orders[1].Penalty), (order.Id, order.Location, order.Window, order.ServiceTime, order.Penalty));
        Assert.Equal(orders[1].Demand, order.Demand);
        Assert.Equal(orders[1].RequiredSkills, order.RequiredSkills);
        Assert.Equal(orders[2].Windows, soft.Windows);
        Assert.Equal((12.5, 2), (soft.LatenessCostPerHour, soft.Priority));
        Assert.Contains(plan.Routes, r => r.Stops.Any(s => s.OrderId == "O-3" && s.Lateness > Duration.Zero));
        Assert.Equal((vehicles[0].Id, vehicles[0].Start, vehicles[0].End, vehicles[0].Shift, vehicles[0].MaxWorkingTime, vehicles[0].CostPerHour, vehicles[0].CostPerKilometre),
            (vehicle.Id, vehicle.Start, vehicle.End, vehicle.Shift, vehicle.MaxWorkingTime, vehicle.CostPerHour, vehicle.CostPerKilometre));
        Assert.Equal(vehicles[0].Skills, vehicle.Skills);
        Assert.Null(open.End);
        Assert.False(open.Shift.HasEnd);
        Assert.Equal(Describe(plan), Describe(back));
        AssertSameSolution(plan.Solution, back.Solution);
        Assert.Equal(new GeoPoint(-33.9, 151.2), RoundTrip(new GeoPoint(-33.9, 151.2)));
    }

    [Fact]
    public void DeliveryOrderAndVehicle_SmallExample_GoldenJson()
    {
        Instant eight = Instant.FromUtc(2027, 4, 6, 7, 0);
        var order = new DeliveryOrder("O-1", new GeoPoint(53.81, -1.5), new Interval(eight, null), Duration.FromMinutes(5), new double[] { 2 }) { Penalty = 50 };
        var vehicle = new DeliveryVehicle("V-1", new GeoPoint(53.8, -1.55), null, new Interval(eight, eight + Duration.FromHours(8)), new double[] { 10 });

        Assert.Equal(
            """{"id":"O-1","location":{"latitude":53.81,"longitude":-1.5},"window":{"start":"2027-04-06T07:00:00Z"},"serviceTime":"0:05:00","demand":[2],"requiredSkills":[],"penalty":50,"windows":[{"start":"2027-04-06T07:00:00Z"}],"latenessCostPerHour":0,"priority":0}""",
            ProjectDeliveryJson.Serialize(order));
        Assert.Equal(
            """{"id":"V-1","start":{"latitude":53.8,"longitude":-1.55},"end":null,"shift":{"start":"2027-04-06T07:00:00Z","end":"2027-04-06T15:00:00Z"},"capacity":[10],"maxWorkingTime":null,"fixedCost":0,"costPerKilometre":1,"costPerHour":0,"skills":[]}""",
            ProjectDeliveryJson.Serialize(vehicle));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProjectDeliveryJson.Deserialize<GeoPoint>("""{"latitude":91,"longitude":0}"""));
        Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<DeliveryVehicle>("""{"id":"V","start":{"latitude":0,"longitude":0},"shift":{},"capacity":[]}"""));
    }

    [Fact]
    public void Enums_WrittenAsCamelCaseStrings()
    {
        Assert.Equal("\"notWorthServing\"", ProjectDeliveryJson.Serialize(UnassignedReason.NotWorthServing));
        Assert.Equal("\"nearestInteger\"", ProjectDeliveryJson.Serialize(DistanceRounding.NearestInteger));
        Assert.Equal(RoutingObjective.Vehicles, ProjectDeliveryJson.Deserialize<RoutingObjective>("\"vehicles\""));
        Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<UnassignedReason>("3"));
    }

    [Fact]
    public void RoutingProblem_BundledSample_ReadsAndRoundTrips()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "routing", "depot-day.json"));

        RoutingProblem problem = ProjectDeliveryJson.Deserialize<RoutingProblem>(text);

        Assert.Equal(11, problem.Jobs.Count);
        Assert.Equal(4, problem.VehicleCount);
        Assert.Equal(new[] { "cold" }, problem.Jobs[problem.IndexOfJob("B-201")].RequiredSkills);
        AssertSameProblem(problem, RoundTrip(problem));
    }

    [Fact]
    public void Deserialize_MissingRequiredField_JsonExceptionWithPath()
    {
        const string json = """
            { "locations": { "coordinates": [[0, 0], [1, 1]] },
              "vehicleTypes": [ { "id": "van", "start": 0 } ],
              "jobs": [ { "id": "a" } ] }
            """;

        JsonException ex = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<RoutingProblem>(json));

        Assert.Contains("location", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.jobs[0]", ex.Path);
        Assert.Equal(2, ex.LineNumber);
    }

    [Fact]
    public void Deserialize_UnknownLocationIndex_DomainExceptionNamingTheJob()
    {
        const string json = """{ "locations": { "coordinates": [[0, 0], [1, 1]] }, "vehicleTypes": [ { "id": "van", "start": 0 } ], "jobs": [ { "id": "far", "location": 7 } ] }""";

        ArgumentException ex = Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<RoutingProblem>(json));

        Assert.Contains("Job 'far' location 7", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NaNServiceTime_JsonExceptionNamingTheJobAndField()
    {
        const string json = """{ "locations": { "coordinates": [[0, 0], [1, 1]] }, "vehicleTypes": [ { "id": "van", "start": 0 } ], "jobs": [ { "id": "nan-job", "location": 1, "service": "NaN" } ] }""";

        JsonException ex = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<RoutingProblem>(json));

        Assert.StartsWith("$.jobs[0] (job 'nan-job').service: expected a finite number", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "id": "a", "location": 1e400 }""")]
    [InlineData("""{ "id": "a", "location": 4294967296 }""")]
    [InlineData("""{ "id": "a", "location": 1, "window": [1] }""")]
    [InlineData("""{ "id": "a", "location": "1" }""")]
    [InlineData("""{ "id": "a", "location": 1, "demand": [1, } """)]
    public void Deserialize_MalformedJob_JsonException(string json)
    {
        Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<Job>(json));
    }

    [Theory]
    [InlineData("""{ "id": "huge", "location": 1, "service": 1e400 }""")]
    [InlineData("""{ "id": "huge", "location": 1, "service": "Infinity" }""")]
    [InlineData("""{ "id": "huge", "location": 1, "demand": [1e309] }""")]
    [InlineData("""{ "id": "huge", "location": 1, "demand": [2e12] }""")]
    [InlineData("""{ "id": "huge", "location": 1, "latenessCost": "Infinity" }""")]
    [InlineData("""{ "id": "huge", "location": 1, "window": [1e13, 1e14] }""")]
    public void Deserialize_HugeNumber_JsonExceptionNamingTheJob(string json)
    {
        JsonException ex = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<Job>(json));

        Assert.Contains("(job 'huge')", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NegativeDemand_DomainExceptionNamingTheJob()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProjectDeliveryJson.Deserialize<Job>("""{ "id": "neg", "location": 1, "demand": [-1] }"""));

        Assert.Contains("Job 'neg'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "coordinates": [[0, 0], [1]] }""")]
    [InlineData("""{ "type": "spherical", "coordinates": [[0, 0]] }""")]
    [InlineData("""{ "type": "geographic", "coordinates": [[0, 0]] }""")]
    [InlineData("""{ "distance": [[0, 1], [1]] }""")]
    [InlineData("""{ "coordinates": [[0, 0]], "distance": [[0]] }""")]
    [InlineData("""{ }""")]
    public void Deserialize_MalformedLocations_JsonException(string json)
    {
        Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<TravelNetwork>(json));
    }

    [Fact]
    public void WithRounding_PlanarNetwork_RoundsLikeAFreshNetwork()
    {
        var exact = TravelNetwork.FromPlanarCoordinates(new double[] { 0, 1.26 }, new double[] { 0, 0 });

        TravelNetwork rounded = exact.WithRounding(DistanceRounding.Dimacs);

        Assert.Equal(1.2, rounded.GetDistance(0, 1), 12);
        Assert.Equal(DistanceRounding.Dimacs, rounded.Rounding);
        Assert.Same(exact, exact.WithRounding(DistanceRounding.Exact));
    }

    private static string Describe(DeliveryPlan plan) =>
        string.Join(";", plan.Routes.Select(r => $"{r.VehicleId}@{r.Departure}-{r.Return}:{r.DistanceMetres}:{r.WorkingTime}:{r.Cost}:" +
            string.Join(",", r.Stops.Select(s => $"{s.OrderId}/{s.Arrival}/{s.Waiting}/{s.ServiceStart}/{s.Departure}/{s.Lateness}/{string.Join("+", s.Load)}"))))
        + "|" + string.Join(",", plan.Unplanned.Select(u => $"{u.OrderId}:{u.Reason}")) + $"|{plan.DistanceMetres}|{plan.Cost}";

    internal static RoutingProblem RandomProblem(int seed)
    {
        var random = new Random(seed);
        int n = 1 + random.Next(8);
        TravelNetwork network;
        switch (random.Next(3))
        {
            case 0:
                network = TravelNetwork.FromPlanarCoordinates(Numbers(random, n, -100, 100), Numbers(random, n, -100, 100),
                    (DistanceRounding)random.Next(3), random.Next(2) == 0 ? 1 : 0.1 + (random.NextDouble() * 5));
                break;
            case 1:
                network = TravelNetwork.FromGeographicCoordinates(Numbers(random, n, -90, 90), Numbers(random, n, -180, 180), 0.5 + (random.NextDouble() * 30));
                break;
            default:
                var d = new double[n, n];
                double[,]? t = random.Next(2) == 0 ? null : new double[n, n];
                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        d[i, j] = i == j ? 0 : random.NextDouble() * 1000;
                        if (t is not null)
                        {
                            t[i, j] = i == j ? 0 : random.Next(0, 500);
                        }
                    }
                }

                network = TravelNetwork.FromMatrices(d, t);
                break;
        }

        int dims = random.Next(3);
        string[] skills = { "cold", "lift", "adr" };
        var types = new List<VehicleType>();
        for (int v = 0, count = 1 + random.Next(3); v < count; v++)
        {
            double shiftStart = random.Next(3) == 0 ? random.NextDouble() * 100 : 0;
            types.Add(new VehicleType($"type-{v}", 1 + random.Next(4), Numbers(random, dims, 0, 100), random.Next(n), random.Next(3) == 0 ? null : random.Next(n),
                shiftStart, random.Next(2) == 0 ? double.PositiveInfinity : shiftStart + (random.NextDouble() * 1000),
                random.Next(2) == 0 ? double.PositiveInfinity : random.NextDouble() * 500, random.Next(2) == 0 ? double.PositiveInfinity : random.Next(1, 900),
                random.Next(2) * random.NextDouble() * 50, random.Next(2) == 0 ? 1 : random.NextDouble() * 3, random.Next(2) * random.NextDouble(),
                skills.Where(_ => random.Next(2) == 0).ToArray()));
        }

        string[] fleetSkills = types.SelectMany(t => t.Skills).Distinct().ToArray();
        var jobs = new List<Job>();
        for (int j = 0, count = random.Next(10); j < count; j++)
        {
            double ready = random.Next(2) == 0 ? 0 : random.NextDouble() * 300;
            var job = new Job($"job \"{j}\" é", random.Next(n), random.Next(3) == 0 ? null : Numbers(random, dims, 0, 20), random.Next(2) * random.NextDouble() * 30,
                ready, random.Next(2) == 0 ? double.PositiveInfinity : ready + (random.NextDouble() * 400),
                fleetSkills.Where(_ => random.Next(3) == 0).ToArray(), random.Next(3) == 0 ? random.NextDouble() * 100 : null);
            if (random.Next(3) == 0)
            {
                var windows = new List<TimeWindow>();
                double open = random.NextDouble() * 100;
                for (int w = 0, windowCount = 1 + random.Next(4); w < windowCount; w++)
                {
                    double close = w == windowCount - 1 && random.Next(3) == 0 ? double.PositiveInfinity : open + (random.Next(2) == 0 ? 0 : random.NextDouble() * 60);
                    windows.Add(new TimeWindow(open, close));
                    open = close + 0.5 + (random.NextDouble() * 50);
                }

                job = job.WithTimeWindows(windows);
            }

            if (random.Next(3) == 0)
            {
                job = job.WithLatenessCost(random.Next(2) == 0 ? random.Next(1, 5) : random.NextDouble() * 3);
            }

            jobs.Add(random.Next(3) == 0 ? job.WithPriority(random.Next(0, 1000)) : job);
        }

        var problem = new RoutingProblem(network, jobs, types);
        return random.Next(3) == 0 ? problem.WithBalanceCost(random.NextDouble() * 4) : problem;
    }

    private static double[] Numbers(Random random, int n, double min, double max) =>
        Enumerable.Range(0, n).Select(_ => random.Next(3) == 0 ? Math.Round(min + (random.NextDouble() * (max - min))) : min + (random.NextDouble() * (max - min))).ToArray();

    internal static void AssertSameProblem(RoutingProblem expected, RoutingProblem actual)
    {
        TravelNetwork a = expected.Network, b = actual.Network;
        Assert.Equal((a.Count, a.Rounding, a.Speed, a.HasCoordinates, a.IsSymmetric), (b.Count, b.Rounding, b.Speed, b.HasCoordinates, b.IsSymmetric));
        for (int i = 0; i < a.Count; i++)
        {
            for (int j = 0; j < a.Count; j++)
            {
                Assert.Equal(a.GetDistance(i, j), b.GetDistance(i, j));
                Assert.Equal(a.GetTime(i, j), b.GetTime(i, j));
            }
        }

        Assert.Equal(expected.Jobs.Count, actual.Jobs.Count);
        for (int j = 0; j < expected.Jobs.Count; j++)
        {
            Job x = expected.Jobs[j], y = actual.Jobs[j];
            Assert.Equal((x.Id, x.Location, x.ServiceTime, x.ReadyTime, x.DueTime, x.Penalty), (y.Id, y.Location, y.ServiceTime, y.ReadyTime, y.DueTime, y.Penalty));
            Assert.Equal((x.LatenessCost, x.Priority), (y.LatenessCost, y.Priority));
            Assert.Equal(x.TimeWindows, y.TimeWindows);
            Assert.Equal(x.Demand, y.Demand);
            Assert.Equal(x.RequiredSkills, y.RequiredSkills);
        }

        Assert.Equal(expected.BalanceCostPerUnit, actual.BalanceCostPerUnit);
        Assert.Equal(expected.VehicleTypes.Count, actual.VehicleTypes.Count);
        for (int t = 0; t < expected.VehicleTypes.Count; t++)
        {
            VehicleType x = expected.VehicleTypes[t], y = actual.VehicleTypes[t];
            Assert.Equal((x.Id, x.Count, x.StartLocation, x.EndLocation, x.ShiftStart, x.ShiftEnd, x.MaxDuration, x.MaxDistance, x.FixedCost, x.CostPerDistance, x.CostPerTime),
                (y.Id, y.Count, y.StartLocation, y.EndLocation, y.ShiftStart, y.ShiftEnd, y.MaxDuration, y.MaxDistance, y.FixedCost, y.CostPerDistance, y.CostPerTime));
            Assert.Equal(x.Capacity, y.Capacity);
            Assert.Equal(x.Skills, y.Skills);
        }
    }

    internal static void AssertSameSolution(RoutingSolution expected, RoutingSolution actual)
    {
        AssertSameProblem(expected.Problem, actual.Problem);
        Assert.Equal((expected.Distance, expected.Duration, expected.Cost, expected.Penalty, expected.VehiclesUsed), (actual.Distance, actual.Duration, actual.Cost, actual.Penalty, actual.VehiclesUsed));
        Assert.Equal((expected.LatenessCost, expected.BalanceCost, expected.UnservedPriority), (actual.LatenessCost, actual.BalanceCost, actual.UnservedPriority));
        Assert.Equal(expected.Statistics, actual.Statistics);
        Assert.Equal(expected.Unassigned, actual.Unassigned);
        Assert.Equal(expected.Routes.Count, actual.Routes.Count);
        for (int r = 0; r < expected.Routes.Count; r++)
        {
            VehicleRoute x = expected.Routes[r], y = actual.Routes[r];
            Assert.Equal(x with { Stops = Array.Empty<Stop>(), StartLoad = Array.Empty<double>() }, y with { Stops = Array.Empty<Stop>(), StartLoad = Array.Empty<double>() });
            Assert.Equal(x.StartLoad, y.StartLoad);
            Assert.Equal(x.Stops.Count, y.Stops.Count);
            for (int s = 0; s < x.Stops.Count; s++)
            {
                Assert.Equal(x.Stops[s] with { Load = Array.Empty<double>(), OnBoard = Array.Empty<double>() }, y.Stops[s] with { Load = Array.Empty<double>(), OnBoard = Array.Empty<double>() });
                Assert.Equal(x.Stops[s].OnBoard, y.Stops[s].OnBoard);
                Assert.Equal(x.Stops[s].Load, y.Stops[s].Load);
            }
        }
    }

    [Fact]
    public void RoutingProblem_WithShipments_RoundTripsThePairs()
    {
        RoutingProblem problem = ProjectDelivery.Tests.Delivery.Routing.RandomInstances.CreateWithShipments(3, 2, 1, windows: true, vehicles: 2);
        string json = ProjectDeliveryJson.Serialize(problem);
        Assert.Contains("\"shipments\":[{\"pickup\":\"", json, StringComparison.Ordinal);
        RoutingProblem back = ProjectDeliveryJson.Deserialize<RoutingProblem>(json);
        Assert.Equal(problem.Shipments, back.Shipments);
        Assert.DoesNotContain("shipments", ProjectDeliveryJson.Serialize(RandomProblem(4)), StringComparison.Ordinal);
        ArgumentException ex = Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<RoutingProblem>(json.Replace("\"pickup\":\"p0\"", "\"pickup\":\"ghost\"", StringComparison.Ordinal)));
        Assert.Contains("'ghost'", ex.Message, StringComparison.Ordinal);
    }
}
