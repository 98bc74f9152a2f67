using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Tests.Planning.Scheduling;

/// <summary>Reads the precedence part of a PSPLIB single-mode (.sm) file, and its published MPM-Time.</summary>
internal static class PsplibNetwork
{
    internal static (ProjectNetwork Network, int MpmTime) Read(string path)
    {
        string[] lines = File.ReadAllLines(path);
        int mpm = -1;
        var successors = new Dictionary<int, int[]>();
        var durations = new Dictionary<int, int>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("PROJECT INFORMATION", StringComparison.Ordinal))
            {
                mpm = int.Parse(Fields(lines[i + 2])[5], CultureInfo.InvariantCulture);
            }
            else if (lines[i].StartsWith("PRECEDENCE RELATIONS", StringComparison.Ordinal))
            {
                for (int j = i + 2; !lines[j].StartsWith("*", StringComparison.Ordinal); j++)
                {
                    int[] f = Fields(lines[j]).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                    successors[f[0]] = f.Skip(3).Take(f[2]).ToArray();
                }
            }
            else if (lines[i].StartsWith("REQUESTS/DURATIONS", StringComparison.Ordinal))
            {
                for (int j = i + 3; !lines[j].StartsWith("*", StringComparison.Ordinal); j++)
                {
                    string[] f = Fields(lines[j]);
                    durations[int.Parse(f[0], CultureInfo.InvariantCulture)] = int.Parse(f[2], CultureInfo.InvariantCulture);
                }
            }
        }

        var predecessors = durations.Keys.ToDictionary(k => k, _ => new List<Dependency>());
        foreach (KeyValuePair<int, int[]> s in successors)
        {
            foreach (int to in s.Value)
            {
                predecessors[to].Add(new Dependency(s.Key.ToString(CultureInfo.InvariantCulture)));
            }
        }

        var activities = durations.OrderBy(d => d.Key)
            .Select(d => new Activity(d.Key.ToString(CultureInfo.InvariantCulture), d.Value, predecessors[d.Key]));
        return (ProjectNetwork.Create(activities), mpm);
    }

    private static string[] Fields(string line) => line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
}
