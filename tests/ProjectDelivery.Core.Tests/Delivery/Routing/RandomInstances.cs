using System;
using System.Collections.Generic;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Tests.Delivery.Routing;

/// <summary>Random small problems for property tests: planar coordinates, optional windows, capacity, skills, optional jobs.</summary>
internal static class RandomInstances
{
    internal static RoutingProblem Create(int seed, int jobs, bool windows, bool extras = false, int? vehicles = null)
    {
        var random = new Random(seed);
        var x = new List<double> { 50 };
        var y = new List<double> { 50 };
        var list = new List<Job>();
        for (int i = 0; i < jobs; i++)
        {
            x.Add(random.Next(0, 101));
            y.Add(random.Next(0, 101));
            double ready = windows ? random.Next(80, 300) : 0;
            double due = windows ? ready + random.Next(20, 200) : double.PositiveInfinity;
            string[]? skills = extras && random.Next(5) == 0 ? new[] { "cold" } : null;
            double? penalty = extras && random.Next(6) == 0 ? random.Next(10, 200) : null;
            list.Add(new Job($"j{i}", i + 1, new double[] { random.Next(1, 20), random.Next(0, 5) }, windows ? random.Next(0, 15) : 0, ready, due, skills, penalty));
        }

        var network = TravelNetwork.FromPlanarCoordinates(x, y, (DistanceRounding)random.Next(3));
        var types = new List<VehicleType>
        {
            new("small", vehicles ?? 1 + random.Next(3), new double[] { 40, 10 }, 0, 0, 0, windows ? 600 : double.PositiveInfinity,
                maxDuration: extras ? 400 : double.PositiveInfinity, fixedCost: extras ? 20 : 0),
        };
        if (extras)
        {
            types.Add(new VehicleType("cold", 1, new double[] { 60, 15 }, 0, null, 0, windows ? 600 : double.PositiveInfinity,
                costPerDistance: 1.5, costPerTime: 0.1, skills: new[] { "cold" }));
        }

        return new RoutingProblem(network, list, types);
    }
}
