using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ProjectDelivery.Planning.Scheduling;
using Xunit;

namespace ProjectDelivery.Tests.Planning.Scheduling;

/// <summary>
/// Property-based checks over random DAGs with all four link types and leads/lags, against an independent
/// brute-force longest-path computation (Bellman–Ford-style relaxation over the links in input order until
/// nothing changes, with no topological sort).
/// </summary>
public sealed class CriticalPathPropertyTests
{
    private sealed record RandomNetwork(int[] Durations, (int From, int To, DependencyType Type, int Lag)[] Links);

    private static readonly Gen<RandomNetwork> Networks =
        from n in Gen.Int[1, 25]
        from durations in Gen.Int[0, 9].Array[n]
        from raw in Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Int[0, 3], Gen.Int[-3, 5]).Array[0, 3 * n]
        select new RandomNetwork(
            durations,
            raw.Where(l => l.Item1 != l.Item2)
               .Select(l => (Math.Min(l.Item1, l.Item2), Math.Max(l.Item1, l.Item2), (DependencyType)l.Item3, l.Item4))
               .GroupBy(l => (l.Item1, l.Item2)).Select(g => g.First()).ToArray());

    private static ProjectNetwork Build(RandomNetwork r) =>
        ProjectNetwork.Create(Enumerable.Range(0, r.Durations.Length).Select(i => new Activity(
            "a" + i, r.Durations[i], r.Links.Where(l => l.To == i).Select(l => new Dependency("a" + l.From, l.Type, l.Lag)))));

    private static (double[] Es, double[] Lf, double Finish) BruteForce(RandomNetwork r)
    {
        int n = r.Durations.Length;
        var es = new double[n];
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach ((int from, int to, DependencyType type, int lag) in r.Links)
            {
                double d = r.Durations[to];
                double candidate = type switch
                {
                    DependencyType.FinishToStart => es[from] + r.Durations[from] + lag,
                    DependencyType.StartToStart => es[from] + lag,
                    DependencyType.FinishToFinish => es[from] + r.Durations[from] + lag - d,
                    _ => es[from] + lag - d,
                };
                if (candidate > es[to])
                {
                    es[to] = candidate;
                    changed = true;
                }
            }
        }

        double finish = Enumerable.Range(0, n).Max(i => es[i] + r.Durations[i]);
        var lf = Enumerable.Repeat(finish, n).ToArray();
        changed = true;
        while (changed)
        {
            changed = false;
            foreach ((int from, int to, DependencyType type, int lag) in r.Links)
            {
                double dFrom = r.Durations[from];
                double lsTo = lf[to] - r.Durations[to];
                double candidate = type switch
                {
                    DependencyType.FinishToStart => lsTo - lag,
                    DependencyType.StartToStart => lsTo - lag + dFrom,
                    DependencyType.FinishToFinish => lf[to] - lag,
                    _ => lf[to] - lag + dFrom,
                };
                if (candidate < lf[from])
                {
                    lf[from] = candidate;
                    changed = true;
                }
            }
        }

        return (es, lf, finish);
    }

    [Fact]
    public void Schedule_RandomNetworks_MatchBruteForceLongestPath()
    {
        Networks.Sample(r =>
        {
            Schedule<double> s = CriticalPathScheduler.Schedule(Build(r));
            (double[] es, double[] lf, double finish) = BruteForce(r);
            Assert.Equal(finish, s.ProjectFinish);
            for (int i = 0; i < es.Length; i++)
            {
                Assert.Equal(es[i], s["a" + i].EarlyStart);
                Assert.Equal(lf[i], s["a" + i].LateFinish);
            }
        }, iter: 3000);
    }

    [Fact]
    public void Schedule_RandomNetworks_HonourEveryLinkAndHaveNonNegativeFloat()
    {
        Networks.Sample(r =>
        {
            Schedule<double> s = CriticalPathScheduler.Schedule(Build(r));
            foreach ((int from, int to, DependencyType type, int lag) in r.Links)
            {
                ActivitySchedule<double> a = s["a" + from], b = s["a" + to];
                Assert.True(Satisfied(type, lag, a.EarlyStart, a.EarlyFinish, b.EarlyStart, b.EarlyFinish), $"early a{from}->a{to}");
                Assert.True(Satisfied(type, lag, a.LateStart, a.LateFinish, b.LateStart, b.LateFinish), $"late a{from}->a{to}");
            }

            Assert.All(s.Activities, a =>
            {
                Assert.True(a.TotalFloat >= 0, a.Id);
                Assert.True(a.FreeFloat >= 0 && a.FreeFloat <= a.TotalFloat, a.Id);
                Assert.True(a.EarlyStart >= 0, a.Id);
            });
        }, iter: 3000);
    }

    [Fact]
    public void Schedule_RandomNetworks_CriticalPathsSpanTheProjectThroughTightLinks()
    {
        Networks.Sample(r =>
        {
            Schedule<double> s = CriticalPathScheduler.Schedule(Build(r));
            Assert.NotEmpty(s.CriticalPaths);
            Assert.Contains(s.CriticalPaths, p => s[p[p.Count - 1]].EarlyFinish == s.ProjectFinish);
            foreach (IReadOnlyList<string> path in s.CriticalPaths)
            {
                Assert.All(path, id => Assert.True(s[id].Critical));
                for (int i = 0; i + 1 < path.Count; i++)
                {
                    Assert.Contains(s[path[i + 1]].Activity.Predecessors, d => d.PredecessorId == path[i]);
                }
            }

            // every activity whose early finish is the project finish and has zero float ends some critical path
            foreach (ActivitySchedule<double> a in s.Activities.Where(a => a.EarlyFinish == s.ProjectFinish && s.Network[a.Id].Predecessors.Count >= 0 && a.TotalFloat == 0 && !r.Links.Any(l => "a" + l.From == a.Id)))
            {
                Assert.Contains(s.CriticalPaths, p => p[p.Count - 1] == a.Id);
            }
        }, iter: 2000);
    }

    private static bool Satisfied(DependencyType type, double lag, double aStart, double aFinish, double bStart, double bFinish) => type switch
    {
        DependencyType.FinishToStart => bStart >= aFinish + lag,
        DependencyType.StartToStart => bStart >= aStart + lag,
        DependencyType.FinishToFinish => bFinish >= aFinish + lag,
        _ => bFinish >= aStart + lag,
    };
}
