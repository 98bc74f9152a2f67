// docs/getting-started/routing.md, word for word (ConsumerProgramTests checks it): prints what the page's Output block shows.
using System;
using System.Collections.Generic;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using ProjectDelivery.Reporting;

internal static class RoutingGuide
{
    public static void Run()
    {
var network = TravelNetwork.FromPlanarCoordinates(               // location 0 is the depot
    new double[] { 0, 10, 10, 0, -10, -10, 0 },
    new double[] { 0, 0, 10, 10, 0, -10, -10 });
var jobs = new[]
{
    new Job("C1", location: 1, demand: new double[] { 4 }), new Job("C2", location: 2, demand: new double[] { 4 }),
    new Job("C3", location: 3, demand: new double[] { 4 }), new Job("C4", location: 4, demand: new double[] { 4 }),
    new Job("C5", location: 5, demand: new double[] { 4 }), new Job("C6", location: 6, demand: new double[] { 4 }),
};
var fleet = new[] { new VehicleType("van", count: 2, capacity: new double[] { 12 }, startLocation: 0, endLocation: 0) };
var problem = new RoutingProblem(network, jobs, fleet);

RoutingSolution plan = RoutingSolver.Solve(problem, new RoutingSolverOptions { TimeLimit = null, MaxIterations = 2_000, Seed = 7 });
Console.WriteLine($"{plan.VehiclesUsed} vans, distance {plan.Distance:0.##}"); // 24 units of demand, 12 per van
IReadOnlyList<RouteStopRow> stops = RouteStopRow.From(plan); // vehicle, sequence, job, arrival, load
foreach (RouteStopRow stop in stops)
{
    Console.WriteLine($"van {stop.VehicleIndex} stop {stop.Sequence}: {stop.JobId}");
}
    }
}
