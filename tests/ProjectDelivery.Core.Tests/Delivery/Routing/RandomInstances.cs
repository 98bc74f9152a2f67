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

    /// <summary>
    /// Random small problems with the rich window model: every job has one or two (or three) hard windows, some are
    /// soft with a lateness cost, some are optional with a priority; optionally a time cost, a duration limit and a
    /// workload-balancing term.
    /// </summary>
    internal static RoutingProblem CreateRich(int seed, int jobs, int vehicles, bool balance = false, bool priorities = false)
    {
        var random = new Random(seed);
        var x = new List<double> { 50 };
        var y = new List<double> { 50 };
        var list = new List<Job>();
        for (int i = 0; i < jobs; i++)
        {
            x.Add(random.Next(0, 101));
            y.Add(random.Next(0, 101));
            var windows = new List<TimeWindow>();
            double open = random.Next(0, 150);
            int count = 1 + random.Next(3);
            for (int w = 0; w < count; w++)
            {
                double close = open + random.Next(5, 60);
                windows.Add(new TimeWindow(open, close));
                open = close + random.Next(10, 80);
            }

            double? penalty = priorities && random.Next(3) == 0 ? random.Next(10, 150) : null;
            var job = new Job($"j{i}", i + 1, new double[] { random.Next(1, 20) }, random.Next(0, 10), 0, double.PositiveInfinity, null, penalty)
                .WithTimeWindows(windows);
            if (random.Next(3) == 0)
            {
                job = job.WithLatenessCost(0.5 + random.Next(0, 4));
            }

            if (priorities && penalty is not null && random.Next(2) == 0)
            {
                job = job.WithPriority(1 + random.Next(3));
            }

            list.Add(job);
        }

        var network = TravelNetwork.FromPlanarCoordinates(x, y, DistanceRounding.Exact);
        var types = new List<VehicleType>
        {
            new("van", vehicles, new double[] { 45 }, 0, 0, random.Next(0, 30), 500,
                maxDuration: random.Next(2) == 0 ? 300 : double.PositiveInfinity, costPerTime: random.Next(2) == 0 ? 0.2 : 0, fixedCost: 5),
        };
        var problem = new RoutingProblem(network, list, types);
        return balance ? problem.WithBalanceCost(0.5 + random.Next(0, 3)) : problem;
    }

    /// <summary>
    /// Random pickup-and-delivery problems: <paramref name="shipments"/> pairs (jobs p{i} and d{i}) and
    /// <paramref name="singles"/> depot deliveries (s{i}), two capacity dimensions tight enough to bind along routes,
    /// optional windows, a shared skill on some shipments, optional jobs when <paramref name="optional"/>.
    /// </summary>
    internal static RoutingProblem CreateWithShipments(int seed, int shipments, int singles, bool windows, int vehicles, bool optional = false)
    {
        var random = new Random(seed);
        var x = new List<double> { 50 };
        var y = new List<double> { 50 };
        var list = new List<Job>();
        var pairs = new List<Shipment>();
        int Location()
        {
            x.Add(random.Next(0, 101));
            y.Add(random.Next(0, 101));
            return x.Count - 1;
        }

        double? Penalty() => optional ? random.Next(50, 400) : null;
        for (int i = 0; i < shipments; i++)
        {
            var demand = new double[] { random.Next(1, 16), random.Next(0, 4) };
            string[]? skills = random.Next(4) == 0 ? new[] { "lift" } : null;
            double ready = windows ? random.Next(0, 250) : 0;
            double due = windows ? ready + random.Next(30, 250) : double.PositiveInfinity;
            double? penalty = Penalty();
            list.Add(new Job($"p{i}", Location(), demand, windows ? random.Next(0, 10) : 0, ready, due, skills, penalty));
            double ready2 = windows ? ready + random.Next(0, 200) : 0;
            double due2 = windows ? ready2 + random.Next(30, 300) : double.PositiveInfinity;
            list.Add(new Job($"d{i}", Location(), demand, windows ? random.Next(0, 10) : 0, ready2, due2, null, penalty));
            pairs.Add(new Shipment($"p{i}", $"d{i}"));
        }

        for (int i = 0; i < singles; i++)
        {
            double ready = windows ? random.Next(0, 300) : 0;
            double due = windows ? ready + random.Next(30, 300) : double.PositiveInfinity;
            list.Add(new Job($"s{i}", Location(), new double[] { random.Next(1, 16), random.Next(0, 4) }, windows ? random.Next(0, 10) : 0, ready, due, null, Penalty()));
        }

        // Shuffle so that pickups, deliveries and singles are interleaved in job order.
        for (int i = list.Count - 1; i > 0; i--)
        {
            int k = random.Next(i + 1);
            (list[i], list[k]) = (list[k], list[i]);
        }

        var network = TravelNetwork.FromPlanarCoordinates(x, y, DistanceRounding.Exact);
        var types = new List<VehicleType>
        {
            new("van", vehicles, new double[] { 24, 5 }, 0, 0, 0, windows ? 900 : double.PositiveInfinity, skills: new[] { "lift" }),
        };
        return new RoutingProblem(network, list, types, pairs);
    }
}
