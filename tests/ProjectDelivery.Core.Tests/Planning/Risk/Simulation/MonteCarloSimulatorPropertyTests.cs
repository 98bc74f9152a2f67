using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;
using Xunit;

namespace ProjectDelivery.Tests.Planning.Risk.Simulation;

/// <summary>
/// With certain inputs every iteration must reproduce the deterministic critical-path schedule of the network
/// with the risk impacts applied: checked against <see cref="CriticalPathScheduler"/> on random networks.
/// </summary>
public sealed class MonteCarloSimulatorPropertyTests
{
    private static readonly DependencyType[] Types = { DependencyType.FinishToStart, DependencyType.StartToStart, DependencyType.FinishToFinish, DependencyType.StartToFinish };

    [Fact]
    public void Run_CertainInputs_MatchesDeterministicScheduleWithImpactsApplied()
    {
        Gen<(int N, int[] Durations, int[] Links, int[] Impacts, int Seed)> gen =
            from n in Gen.Int[1, 10]
            from durations in Gen.Int[0, 9].Array[n]
            from links in Gen.Int[0, int.MaxValue].Array[n * 2]
            from impacts in Gen.Int[0, 4].Array[n]
            from seed in Gen.Int
            select (n, durations, links, impacts, seed);
        gen.Sample(c =>
        {
            var activities = new List<Activity>();
            for (int i = 0; i < c.N; i++)
            {
                var preds = new List<Dependency>();
                for (int k = 0; k < 2 && i > 0; k++)
                {
                    int code = c.Links[(2 * i) + k];
                    int from = code % i;
                    if (code % 3 == 0 || preds.Any(p => p.PredecessorId == "A" + from))
                    {
                        continue;
                    }

                    preds.Add(new Dependency("A" + from, Types[(code / 7) % 4], ((code / 31) % 5) - 1));
                }

                activities.Add(new Activity("A" + i, c.Durations[i], preds));
            }

            ProjectNetwork network = ProjectNetwork.Create(activities);
            // One certain risk per activity with a non-zero impact, each adding its impact to that activity.
            RiskDriver[] drivers = Enumerable.Range(0, c.N).Where(i => c.Impacts[i] > 0)
                .Select(i => RiskDriver.Create("R" + i, 1.0, UncertainValue.Fixed(c.Impacts[i]), null, new[] { "A" + i })).ToArray();
            ScheduleRiskResult result = MonteCarloSimulator.Run(ScheduleRiskModel.Create(network, Array.Empty<ActivityUncertainty>(), drivers),
                new MonteCarloOptions { Iterations = 3, Seed = c.Seed, MaxDegreeOfParallelism = 1 });

            ProjectNetwork impacted = ProjectNetwork.Create(activities.Select((a, i) => a.WithDuration(a.Duration + c.Impacts[i])));
            Schedule<double> expected = CriticalPathScheduler.Schedule(impacted);
            Assert.All(result.Finish.SortedSample, f => Assert.Equal(expected.ProjectFinish, f, 9));
            foreach (ActivitySchedule<double> a in expected.Activities)
            {
                bool critical = a.LateStart - a.EarlyStart <= 1e-6 * Math.Max(1, Math.Abs(expected.ProjectFinish));
                Assert.Equal(critical ? 1.0 : 0.0, result.CriticalityIndex(a.Id));
            }

            Assert.Equal(CriticalPathScheduler.Schedule(network).ProjectFinish, result.DeterministicFinish, 9);
        }, iter: 400);
    }
}
