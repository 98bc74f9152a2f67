using System;
using System.Collections.Generic;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Benchmarks.Planning.Scheduling;

/// <summary>Random layered activity networks with about two links per activity, for benchmarks.</summary>
internal static class RandomNetworks
{
    internal static List<Activity> Activities(int count, int seed)
    {
        var random = new Random(seed);
        var types = new[] { DependencyType.FinishToStart, DependencyType.FinishToStart, DependencyType.FinishToStart, DependencyType.StartToStart, DependencyType.FinishToFinish, DependencyType.StartToFinish };
        var list = new List<Activity>(count);
        for (int i = 0; i < count; i++)
        {
            int links = i == 0 ? 0 : Math.Min(i, 1 + random.Next(3)); // mean ≈ 2
            var predecessors = new Dependency[links];
            var used = new HashSet<int>();
            for (int k = 0; k < links; k++)
            {
                int from;
                do
                {
                    from = Math.Max(0, i - 1 - random.Next(Math.Min(i, 50)));
                }
                while (!used.Add(from) && used.Count < Math.Min(i, 50));

                if (k > 0 && used.Count == k)
                {
                    Array.Resize(ref predecessors, k);
                    break;
                }

                predecessors[k] = new Dependency("A" + from, types[random.Next(types.Length)], random.Next(-2, 4));
            }

            list.Add(new Activity("A" + i, random.Next(0, 10), predecessors));
        }

        return list;
    }
}
