using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ProjectDelivery.Planning.Scheduling;
using Xunit;

namespace ProjectDelivery.Tests.Planning.Scheduling;

public sealed class CriticalPathSchedulerTests
{
    private static Activity Act(string id, double duration, params Dependency[] predecessors) => new(id, duration, predecessors);

    private static Dependency Fs(string id, double lag = 0) => new(id, DependencyType.FinishToStart, lag);

    private static Dependency Ss(string id, double lag = 0) => new(id, DependencyType.StartToStart, lag);

    private static Dependency Ff(string id, double lag = 0) => new(id, DependencyType.FinishToFinish, lag);

    private static Dependency Sf(string id, double lag = 0) => new(id, DependencyType.StartToFinish, lag);

    [Fact]
    public void Schedule_AllPsplibNetworks_ReproducePublishedMpmTime()
    {
        // 480 j30 + 15 j60 + 15 j120 instances (Kolisch & Sprecher 1997); MPM-Time is the precedence-only critical-path length.
        string root = Path.Combine(AppContext.BaseDirectory, "TestData", "psplib");
        string[] files = Directory.GetFiles(root, "*.sm", SearchOption.AllDirectories);
        Assert.Equal(510, files.Length);
        var mismatches = new List<string>();
        foreach (string file in files)
        {
            (ProjectNetwork network, int mpm) = PsplibNetwork.Read(file);
            Schedule<double> schedule = CriticalPathScheduler.Schedule(network);
            if (schedule.ProjectFinish != mpm)
            {
                mismatches.Add($"{Path.GetFileName(file)}: {schedule.ProjectFinish} vs {mpm}");
            }

            Assert.All(schedule.Activities, a => Assert.True(a.TotalFloat >= 0, a.Id));
            Assert.NotEmpty(schedule.CriticalPaths);
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Schedule_IssueMinimalExample_MatchesHandComputation()
    {
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            Act("A", 3), Act("B", 2, Fs("A")), Act("C", 4, Ss("A", 1)),
        });
        Schedule<double> s = CriticalPathScheduler.Schedule(network);
        Assert.Equal(5, s.ProjectFinish);
        AssertTimes(s["A"], 0, 3, 0, 3, 0, 0);
        AssertTimes(s["B"], 3, 5, 3, 5, 0, 0);
        AssertTimes(s["C"], 1, 5, 1, 5, 0, 0);
        Assert.All(s.Activities, a => Assert.True(a.Critical));
        Assert.Equal(new[] { new[] { "A", "B" }, new[] { "A", "C" } }, s.CriticalPaths.Select(p => p.ToArray()).ToArray());
    }

    [Fact]
    public void Schedule_TextbookNetwork_MatchesPublishedFloats()
    {
        // Classic AON example (e.g. Hillier & Lieberman, "Reliable Construction Co.", 14 activities, critical length 44 weeks).
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            Act("A", 2), Act("B", 4, Fs("A")), Act("C", 10, Fs("B")), Act("D", 6, Fs("C")), Act("E", 4, Fs("C")),
            Act("F", 5, Fs("E")), Act("G", 7, Fs("D")), Act("H", 9, Fs("E"), Fs("G")), Act("I", 7, Fs("C")),
            Act("J", 8, Fs("F"), Fs("I")), Act("K", 4, Fs("J")), Act("L", 5, Fs("J")), Act("M", 2, Fs("H")), Act("N", 6, Fs("K"), Fs("L")),
        });
        Schedule<double> s = CriticalPathScheduler.Schedule(network);
        Assert.Equal(44, s.ProjectFinish);
        var expectedSlack = new Dictionary<string, double>
        {
            ["A"] = 0, ["B"] = 0, ["C"] = 0, ["D"] = 4, ["E"] = 0, ["F"] = 0, ["G"] = 4, ["H"] = 4,
            ["I"] = 2, ["J"] = 0, ["K"] = 1, ["L"] = 0, ["M"] = 4, ["N"] = 0,
        };
        foreach (KeyValuePair<string, double> e in expectedSlack)
        {
            Assert.Equal(e.Value, s[e.Key].TotalFloat);
        }

        Assert.Equal(new[] { "A", "B", "C", "E", "F", "J", "L", "N" }, Assert.Single(s.CriticalPaths));
    }

    [Theory]
    [InlineData(DependencyType.FinishToStart, 2, 7, 11)]   // B starts 2 after A finishes (5)
    [InlineData(DependencyType.FinishToStart, -2, 3, 7)]   // lead of 2
    [InlineData(DependencyType.StartToStart, 2, 2, 6)]
    [InlineData(DependencyType.FinishToFinish, 3, 4, 8)]   // B finishes 3 after A finishes
    [InlineData(DependencyType.StartToFinish, 6, 2, 6)]    // B finishes 6 after A starts
    [InlineData(DependencyType.StartToFinish, 1, 0, 4)]    // would start at -3: not before project start
    public void Schedule_EachLinkTypeWithLag_PlacesSuccessor(DependencyType type, double lag, double expectedStart, double expectedFinish)
    {
        ProjectNetwork network = ProjectNetwork.Create(new[] { Act("A", 5), Act("B", 4, new Dependency("A", type, lag)) });
        Schedule<double> s = CriticalPathScheduler.Schedule(network);
        Assert.Equal(expectedStart, s["B"].EarlyStart);
        Assert.Equal(expectedFinish, s["B"].EarlyFinish);
        Assert.Equal("A", expectedStart > 0 ? s["B"].DrivingPredecessorId : "A");
    }

    [Fact]
    public void Schedule_FreeFloat_IsSlackBeforeDelayingSuccessorsOrProjectFinish()
    {
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            Act("A", 2), Act("B", 5), Act("C", 3, Fs("A"), Fs("B")), Act("D", 1, Fs("A")),
        });
        Schedule<double> s = CriticalPathScheduler.Schedule(network);
        Assert.Equal(8, s.ProjectFinish);
        Assert.Equal(0, s["A"].FreeFloat);  // D starts as soon as A finishes
        Assert.Equal(3, s["A"].TotalFloat); // A could finish at 5 without delaying the project
        Assert.Equal(0, s["B"].FreeFloat);
        Assert.Equal(5, s["D"].FreeFloat);  // no successors: project finish 8 − EF 3
        Assert.Equal(5, s["D"].TotalFloat);
    }

    [Fact]
    public void Schedule_DeadlineBeforeFinish_GivesNegativeFloatWithoutThrowing()
    {
        ProjectNetwork network = ProjectNetwork.Create(new[] { Act("A", 3), Act("B", 4, Fs("A")) }, deadline: 5);
        Schedule<double> s = CriticalPathScheduler.Schedule(network);
        Assert.Equal(7, s.ProjectFinish);
        Assert.Equal(-2, s["A"].TotalFloat);
        Assert.Equal(-2, s["B"].TotalFloat);
        Assert.True(s["A"].Critical);
    }

    [Fact]
    public void Schedule_FinishNoLaterThanMissed_ReportsNegativeFloat()
    {
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            Act("A", 3), Act("B", 4, Fs("A")).WithConstraint(new ActivityConstraint(ConstraintType.FinishNoLaterThan, 6)), Act("C", 1, Fs("B")),
        });
        Schedule<double> s = CriticalPathScheduler.Schedule(network);
        Assert.Equal(-1, s["B"].TotalFloat);
        Assert.Equal(-1, s["A"].TotalFloat);
        Assert.Equal(0, s["C"].TotalFloat);
    }

    [Theory]
    [InlineData(ConstraintType.StartNoEarlierThan, 10, 10, 13)]
    [InlineData(ConstraintType.StartNoEarlierThan, 1, 5, 8)]
    [InlineData(ConstraintType.FinishNoEarlierThan, 20, 17, 20)]
    [InlineData(ConstraintType.MustStartOn, 2, 2, 5)]
    [InlineData(ConstraintType.MustFinishOn, 30, 27, 30)]
    public void Schedule_StartAndFinishConstraints_MoveEarlyDates(ConstraintType type, double moment, double expectedStart, double expectedFinish)
    {
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            Act("A", 5), Act("B", 3, Fs("A")).WithConstraint(new ActivityConstraint(type, moment)),
        });
        Schedule<double> s = CriticalPathScheduler.Schedule(network);
        Assert.Equal(expectedStart, s["B"].EarlyStart);
        Assert.Equal(expectedFinish, s["B"].EarlyFinish);
    }

    [Fact]
    public void Schedule_AsLateAsPossible_ScheduledAtLateDates()
    {
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            Act("A", 10), Act("B", 2).WithConstraint(new ActivityConstraint(ConstraintType.AsLateAsPossible)), Act("C", 1, Fs("A"), Fs("B")),
        });
        Schedule<double> s = CriticalPathScheduler.Schedule(network);
        Assert.Equal(8, s["B"].ScheduledStart);
        Assert.Equal(10, s["B"].ScheduledFinish);
        Assert.Equal(0, s["B"].EarlyStart);
    }

    [Fact]
    public void Schedule_ContradictoryMandatoryConstraints_ThrowsNamingBoth()
    {
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            Act("A", 5).WithConstraint(new ActivityConstraint(ConstraintType.MustStartOn, 0)),
            Act("B", 3, Fs("A")),
            Act("C", 2, Fs("B")).WithConstraint(new ActivityConstraint(ConstraintType.MustFinishOn, 8)),
        });
        var ex = Assert.Throws<ScheduleConstraintException>(() => CriticalPathScheduler.Schedule(network));
        Assert.Equal(new[] { "A", "C" }, ex.ActivityIds);
        Assert.Contains("A -> B -> C", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Cycle_ThrowsWithCycleInLinkOrder()
    {
        var ex = Assert.Throws<ScheduleCycleException>(() => ProjectNetwork.Create(new[]
        {
            Act("S", 1), Act("A", 1, Fs("S"), Fs("C")), Act("B", 1, Fs("A")), Act("C", 1, Fs("B")),
        }));
        Assert.Equal(4, ex.Cycle.Count);
        Assert.Equal(ex.Cycle[0], ex.Cycle[3]);
        var linkPairs = new HashSet<(string, string)> { ("C", "A"), ("A", "B"), ("B", "C") };
        for (int i = 0; i + 1 < ex.Cycle.Count; i++)
        {
            Assert.Contains((ex.Cycle[i], ex.Cycle[i + 1]), linkPairs);
        }
    }

    [Fact]
    public void Create_SelfLink_IsACycle()
    {
        var ex = Assert.Throws<ScheduleCycleException>(() => ProjectNetwork.Create(new[] { Act("A", 1, Fs("A")) }));
        Assert.Equal(new[] { "A", "A" }, ex.Cycle);
    }

    [Fact]
    public void Create_UnknownPredecessor_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => ProjectNetwork.Create(new[] { Act("A", 1, Fs("Z")) }));
        Assert.Contains("'Z'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DuplicateId_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => ProjectNetwork.Create(new[] { Act("A", 1), Act("A", 2) }));
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1)]
    [InlineData(double.PositiveInfinity)]
    public void Activity_InvalidDuration_ThrowsNamingActivity(double duration)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Activity("X7", duration));
        Assert.Contains("'X7'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_InProgressWithRetainedLogic_RemainingWaitsForPredecessor()
    {
        // B started out of sequence at 1 while A (0–6) is still running; status date 3.
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            Act("A", 6).WithProgress(new ActivityProgress(0)),
            Act("B", 4, Fs("A")).WithProgress(new ActivityProgress(1, null, 2)),
            Act("C", 2, Fs("B")),
        });
        Schedule<double> retained = CriticalPathScheduler.Schedule(network, new ScheduleOptions { StatusDate = 3 });
        Assert.Equal(6, retained["A"].EarlyFinish);          // 6 − 3 elapsed = 3 remaining from 3
        Assert.Equal(1, retained["B"].EarlyStart);
        Assert.Equal(8, retained["B"].EarlyFinish);          // remaining 2 after A finishes at 6
        Assert.Equal(10, retained.ProjectFinish);

        Schedule<double> overridden = CriticalPathScheduler.Schedule(network, new ScheduleOptions { StatusDate = 3, ProgressMode = ProgressMode.ProgressOverride });
        Assert.Equal(5, overridden["B"].EarlyFinish);        // remaining 2 from the status date
        Assert.Equal(7, overridden["C"].EarlyFinish);
    }

    [Fact]
    public void Schedule_CompletedAndUnstartedWork_UnstartedNotBeforeStatusDate()
    {
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            Act("A", 3).WithProgress(new ActivityProgress(0, 2)),
            Act("B", 2, Fs("A")),
            Act("C", 1),
        });
        Schedule<double> s = CriticalPathScheduler.Schedule(network, new ScheduleOptions { StatusDate = 4 });
        Assert.Equal(ActivityStatus.Complete, s["A"].Status);
        Assert.Equal(2, s["A"].EarlyFinish);
        Assert.Equal(4, s["B"].EarlyStart);
        Assert.Equal(4, s["C"].EarlyStart);
        Assert.False(s["A"].Critical);
    }

    [Fact]
    public void Schedule_ProgressAfterStatusDate_ThrowsNamingActivity()
    {
        ProjectNetwork network = ProjectNetwork.Create(new[] { Act("A", 3).WithProgress(new ActivityProgress(5)) });
        var ex = Assert.Throws<ArgumentException>(() => CriticalPathScheduler.Schedule(network, new ScheduleOptions { StatusDate = 4 }));
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
    }

    private static ProjectNetwork ProgressWithoutStatusDateNetwork() => ProjectNetwork.Create(new[]
    {
        Act("A", 6).WithProgress(new ActivityProgress(1, null, 2)),           // 4 done, 2 remain
        Act("B", 3, Fs("A")),                                                  // unstarted successor of A
        Act("C", 4).WithProgress(new ActivityProgress(0, 5)),                 // finished, took 5
        Act("D", 2).WithProgress(new ActivityProgress(2, null, 2).WithResume(8)),
        Act("E", 2, Fs("C")),
        Act("G", 5).WithProgress(new ActivityProgress(3)),                    // no remaining given: nothing known done
    });

    [Fact]
    public void Schedule_ProgressWithoutStatusDate_ContinuesFromTheActualDates()
    {
        var options = new ScheduleOptions { ProgressWithoutStatusDate = ProgressWithoutStatusDate.ContinueFromActualStart };
        Schedule<double> s = CriticalPathScheduler.Schedule(ProgressWithoutStatusDateNetwork(), options);

        // A: actual start 1, 6 − 2 = 4 units done, remaining 2 right after: 1 + 4 + 2 = 7.
        Assert.Equal((1.0, 7.0), (s["A"].EarlyStart, s["A"].EarlyFinish));
        Assert.Equal(ActivityStatus.InProgress, s["A"].Status);
        Assert.Equal((7.0, 10.0), (s["B"].EarlyStart, s["B"].EarlyFinish));
        Assert.Equal((0.0, 5.0), (s["C"].EarlyStart, s["C"].EarlyFinish));   // keeps its actual dates
        Assert.Equal((2.0, 10.0), (s["D"].EarlyStart, s["D"].EarlyFinish));   // remaining 2 from the resume at 8
        Assert.Equal((5.0, 7.0), (s["E"].EarlyStart, s["E"].EarlyFinish));
        Assert.Equal((3.0, 8.0), (s["G"].EarlyStart, s["G"].EarlyFinish));
        Assert.Equal(10, s.ProjectFinish);

        // Late dates from the project finish 10; an activity in progress keeps its actual start as late start.
        Assert.Equal((1.0, 7.0, 0.0), (s["A"].LateStart, s["A"].LateFinish, s["A"].TotalFloat));
        Assert.Equal((7.0, 10.0, 0.0), (s["B"].LateStart, s["B"].LateFinish, s["B"].TotalFloat));
        Assert.Equal((0.0, 5.0, 0.0), (s["C"].LateStart, s["C"].LateFinish, s["C"].TotalFloat));
        Assert.False(s["C"].Critical);
        Assert.Equal((2.0, 10.0, 0.0), (s["D"].LateStart, s["D"].LateFinish, s["D"].TotalFloat));
        Assert.Equal((8.0, 10.0, 3.0), (s["E"].LateStart, s["E"].LateFinish, s["E"].TotalFloat));
        Assert.Equal((3.0, 10.0, 2.0), (s["G"].LateStart, s["G"].LateFinish, s["G"].TotalFloat));
    }

    [Theory]
    [InlineData(ProgressMode.RetainedLogic, 9)]     // the remaining 2 wait for A, which finishes at 7
    [InlineData(ProgressMode.ProgressOverride, 4)]  // 0 + 2 done + 2 remaining, A ignored
    public void Schedule_StartedOutOfSequenceWithoutStatusDate_ProgressModeDecides(ProgressMode mode, double finish)
    {
        ProjectNetwork network = ProjectNetwork.Create(new[]
        {
            Act("A", 6).WithProgress(new ActivityProgress(1, null, 2)),
            Act("F", 4, Fs("A")).WithProgress(new ActivityProgress(0, null, 2)),
        });
        var options = new ScheduleOptions { ProgressMode = mode, ProgressWithoutStatusDate = ProgressWithoutStatusDate.ContinueFromActualStart };
        Schedule<double> s = CriticalPathScheduler.Schedule(network, options);
        Assert.Equal((0.0, finish), (s["F"].EarlyStart, s["F"].EarlyFinish));
    }

    [Fact]
    public void Schedule_ProgressWithoutStatusDateByDefault_ThrowsNamingActivity()
    {
        var ex = Assert.Throws<ArgumentException>(() => CriticalPathScheduler.Schedule(ProgressWithoutStatusDateNetwork()));
        Assert.Contains("'A' has progress but no status date", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_ResumeBeforeActualStartWithoutStatusDate_ThrowsNamingActivity()
    {
        ProjectNetwork network = ProjectNetwork.Create(new[] { Act("A", 3).WithProgress(new ActivityProgress(4, null, 1).WithResume(2)) });
        var ex = Assert.Throws<ArgumentException>(() => CriticalPathScheduler.Schedule(network, new ScheduleOptions().WithProgressWithoutStatusDate(ProgressWithoutStatusDate.ContinueFromActualStart)));
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ProgressMode.RetainedLogic)]
    [InlineData(ProgressMode.ProgressOverride)]
    public void Schedule_StatusDateGiven_ProgressWithoutStatusDateChangesNothing(ProgressMode mode)
    {
        // With a status date the option is ignored, and so is a resume: remaining work goes from the status date as before.
        var options = new ScheduleOptions { StatusDate = 6, ProgressMode = mode };
        Schedule<double> before = CriticalPathScheduler.Schedule(ProgressWithoutStatusDateNetwork(), options);
        Schedule<double> after = CriticalPathScheduler.Schedule(ProgressWithoutStatusDateNetwork(), options.WithProgressWithoutStatusDate(ProgressWithoutStatusDate.ContinueFromActualStart));
        foreach (ActivitySchedule<double> a in before.Activities)
        {
            ActivitySchedule<double> b = after[a.Id];
            Assert.Equal((a.EarlyStart, a.EarlyFinish, a.LateStart, a.LateFinish, a.TotalFloat, a.FreeFloat, a.Status), (b.EarlyStart, b.EarlyFinish, b.LateStart, b.LateFinish, b.TotalFloat, b.FreeFloat, b.Status));
        }

        Assert.Equal(8, before["D"].EarlyFinish);                            // 2 remaining from the status date 6, not the resume 8
        Assert.Equal(before.ProjectFinish, after.ProjectFinish);
    }

    [Fact]
    public void Schedule_WbsRollUp_SpansChildrenAndNests()
    {
        ProjectNetwork network = ProjectNetwork.Create(
            new[]
            {
                new Activity("A", 2, wbsParent: "1.1"), new Activity("B", 3, new[] { Fs("A") }, wbsParent: "1.2"),
                new Activity("C", 1, new[] { Fs("A") }, wbsParent: "1.2"),
            },
            new[] { new WbsElement("1"), new WbsElement("1.1", parentId: "1"), new WbsElement("1.2", parentId: "1") });
        Schedule<double> s = CriticalPathScheduler.Schedule(network);
        WbsSummary<double> top = s.WbsSummaries.Single(w => w.Id == "1");
        Assert.Equal(3, top.ActivityCount);
        Assert.Equal(0, top.EarlyStart);
        Assert.Equal(5, top.EarlyFinish);
        WbsSummary<double> build = s.WbsSummaries.Single(w => w.Id == "1.2");
        Assert.Equal(2, build.EarlyStart);
        Assert.Equal(0, build.TotalFloat);
        Assert.True(build.Critical);
    }

    [Fact]
    public void NearCritical_ListsActivitiesWithinThresholdByFloat()
    {
        ProjectNetwork network = ProjectNetwork.Create(new[] { Act("A", 10), Act("B", 8), Act("C", 3), Act("D", 1, Fs("A"), Fs("B"), Fs("C")) });
        Schedule<double> s = CriticalPathScheduler.Schedule(network);
        Assert.Equal(new[] { "A", "D", "B" }, s.NearCritical(2).Select(a => a.Id).ToArray());
    }

    [Fact]
    public void CompiledNetwork_Passes_AgreeWithScheduler()
    {
        (ProjectNetwork network, int mpm) = PsplibNetwork.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "psplib", "j120", "j1201_1.sm"));
        CompiledNetwork compiled = network.Compiled;
        int n = compiled.ActivityCount;
        var es = new double[n];
        var ef = new double[n];
        var ls = new double[n];
        var lf = new double[n];
        double finish = compiled.ForwardPass(compiled.NominalDurations, es, ef);
        compiled.BackwardPass(compiled.NominalDurations, finish, ls, lf);
        Assert.Equal(mpm, finish);
        Schedule<double> s = CriticalPathScheduler.Schedule(network);
        for (int p = 0; p < n; p++)
        {
            ActivitySchedule<double> a = s[compiled.IdAt(p)];
            Assert.Equal(a.EarlyStart, es[p]);
            Assert.Equal(a.LateFinish, lf[p]);
        }
    }

    private static void AssertTimes(ActivitySchedule<double> a, double es, double ef, double ls, double lf, double tf, double ff)
    {
        Assert.Equal(es, a.EarlyStart);
        Assert.Equal(ef, a.EarlyFinish);
        Assert.Equal(ls, a.LateStart);
        Assert.Equal(lf, a.LateFinish);
        Assert.Equal(tf, a.TotalFloat);
        Assert.Equal(ff, a.FreeFloat);
    }
}
