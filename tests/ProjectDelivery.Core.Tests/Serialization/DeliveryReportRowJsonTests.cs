using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CsCheck;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Domain;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using ProjectDelivery.Reporting;
using ProjectDelivery.Serialization;
using ProjectDelivery.Tests.Delivery.Routing;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

public sealed class DeliveryReportRowJsonTests
{
    private static readonly JsonSerializerOptions Reflection = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    [Fact]
    public void RoutingSummary_SolvedRandomProblems_RoundTripsEveryRow()
    {
        Gen.Int[1, 1_000_000].Sample(seed =>
        {
            RoutingProblem problem = seed % 2 == 0
                ? RandomInstances.CreateRich(seed, 3 + (seed % 9), 1 + (seed % 3), balance: seed % 4 == 0, priorities: true)
                : RandomInstances.Create(seed, 3 + (seed % 12), windows: true, extras: true);
            RoutingSolution solution = RoutingSolver.Solve(problem, new RoutingSolverOptions { TimeLimit = null, MaxIterations = 30, Seed = seed }, TestContext.Current.CancellationToken);
            RoutingSummary summary = RoutingSummary.From(solution);

            string json = ProjectDeliveryJson.Serialize(summary);
            RoutingSummary back = ProjectDeliveryJson.Deserialize<RoutingSummary>(json);

            Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
            AssertSameFields(summary, back);
            Assert.Equal(summary.Routes.Count, back.Routes.Count);
            Assert.Equal(summary.Stops.Count, back.Stops.Count);
            Assert.Equal(summary.Unassigned.Count, back.Unassigned.Count);
            for (int i = 0; i < summary.Routes.Count; i++)
            {
                AssertSameFields(summary.Routes[i], back.Routes[i]);
            }

            for (int i = 0; i < summary.Stops.Count; i++)
            {
                AssertSameFields(summary.Stops[i], back.Stops[i]);
            }

            for (int i = 0; i < summary.Unassigned.Count; i++)
            {
                AssertSameFields(summary.Unassigned[i], back.Unassigned[i]);
            }
        }, iter: 40);
    }

    [Fact]
    public void RouteRowAndUnassignedJobRow_SmallExample_GoldenJson()
    {
        RoutingProblem problem = ProjectDeliveryJson.Deserialize<RoutingProblem>("""
            { "locations": { "coordinates": [[0, 0], [3, 4], [6, 8]] },
              "vehicleTypes": [ { "id": "van", "capacity": [5], "start": 0, "end": 0 } ],
              "jobs": [ { "id": "a", "location": 1, "demand": [2], "service": 1, "window": [10, 20] }, { "id": "b", "location": 2, "demand": [4], "penalty": 3 } ] }
            """);
        RoutingSummary summary = RoutingSummary.From(RoutingSolution.FromRoutes(problem, new Dictionary<int, IReadOnlyList<int>> { [0] = new[] { 0 } }));

        Assert.Equal(
            """{"cost":13,"distance":10,"duration":11,"penalty":3,"vehiclesUsed":1,"unassignedCount":1,"routes":[{"vehicleIndex":0,"vehicleType":"van","stopCount":1,"departure":5,"arrival":16,"distance":10,"duration":11,"cost":10,"sequence":"a","load":"2"}],"stops":[{"vehicleIndex":0,"vehicleType":"van","sequence":1,"jobId":"a","arrival":10,"waiting":0,"serviceStart":10,"departure":11,"load":"2"}],"unassigned":[{"jobId":"b","reason":"FleetExhausted"}]}""",
            ProjectDeliveryJson.Serialize(summary));
    }

    [Fact]
    public void DeliveryStopRow_PlannedDay_RoundTripsAsUtcInstants()
    {
        Instant eight = Instant.FromUtc(2027, 4, 6, 7, 0);
        var depot = new GeoPoint(53.8, -1.55);
        DeliveryOrder[] orders =
        {
            new("O-1", new GeoPoint(53.81, -1.5), new Interval(eight + Duration.FromHours(1), eight + Duration.FromHours(3)), Duration.FromMinutes(5), new double[] { 2 }),
            new("O-2", new GeoPoint(53.79, -1.6), new Interval(null, null), Duration.FromMinutes(10), new double[] { 3 }),
        };
        DeliveryVehicle[] vehicles = { new("V-1", depot, depot, new Interval(eight, eight + Duration.FromHours(8)), new double[] { 10 }) };
        DeliveryPlan plan = DeliveryPlanner.Plan(orders, vehicles, 10, new RoutingSolverOptions { TimeLimit = null, MaxIterations = 20 }, TestContext.Current.CancellationToken);
        IReadOnlyList<DeliveryStopRow> rows = DeliveryStopRow.From(plan);

        string json = ProjectDeliveryJson.Serialize(rows);
        IReadOnlyList<DeliveryStopRow> back = ProjectDeliveryJson.Deserialize<IReadOnlyList<DeliveryStopRow>>(json);

        Assert.Equal(2, back.Count);
        Assert.Contains("\"arrivalUtc\":\"2027-04-06T", json, StringComparison.Ordinal);
        for (int i = 0; i < rows.Count; i++)
        {
            AssertSameFields(rows[i], back[i]);
            Assert.Equal(DateTimeKind.Utc, back[i].ArrivalUtc.Kind);
        }
    }

    [Fact]
    public void SlaStatusRow_Breached_GoldenJsonAndRoundTrip()
    {
        Instant start = Instant.FromUtc(2027, 3, 1, 9, 0);
        SlaClock clock = SlaClock.Create(WorkingCalendar.Continuous, Duration.FromHours(4));
        SlaStatus status = clock.Evaluate(new[] { new SlaEvent(start, SlaEventType.Start) }.AsSpan(), start + Duration.FromHours(5));
        var row = new SlaStatusRow("T-1", "response", status);

        string json = ProjectDeliveryJson.Serialize(row);
        SlaStatusRow back = ProjectDeliveryJson.Deserialize<SlaStatusRow>(json);

        Assert.Equal(
            """{"subjectId":"T-1","metric":"response","state":"Breached","isAtRisk":false,"isBreached":true,"cycle":1,"cycleStartedUtc":"2027-03-01T09:00:00Z","elapsedHours":5,"goalHours":4,"remainingHours":-1,"pausedHours":0,"breachAtUtc":"2027-03-01T13:00:00Z","fractionOfGoal":1.25}""",
            json);
        AssertSameFields(row, back);
        Assert.ThrowsAny<ArgumentException>(() => ProjectDeliveryJson.Deserialize<SlaStatusRow>("""{"metric":"","state":"Met"}"""));
    }

    /// <summary>Every public property equal, compared through an independent (reflection-based, camelCase) serialiser.</summary>
    private static void AssertSameFields<T>(T expected, T actual)
    {
#pragma warning disable IL2026, IL3050 // test-only reflection serialisation as an independent oracle
        foreach (System.Reflection.PropertyInfo property in typeof(T).GetProperties().Where(p => !typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType) || p.PropertyType == typeof(string)))
        {
            Assert.Equal(JsonSerializer.Serialize(property.GetValue(expected), Reflection), JsonSerializer.Serialize(property.GetValue(actual), Reflection));
        }
#pragma warning restore IL2026, IL3050
    }
}
