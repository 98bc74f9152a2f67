using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.EarnedValue;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Serialization;
using WbsElement = ProjectDelivery.Planning.Scheduling.WbsElement;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

/// <summary>
/// Round trips of the planning contract over random values: <c>Deserialize(Serialize(x))</c> re-serialises to the same text and
/// behaves the same (same calendar answers, same schedule, same earned value, same risk model).
/// </summary>
public sealed class PlanningJsonPropertyTests
{
    private static readonly LocalDate Origin = new(2027, 1, 4);

    private static readonly Gen<WorkingDay> Days =
        Gen.Int[0, 96].Array[0, 6].Select(points =>
        {
            int[] sorted = points.Distinct().OrderBy(p => p).ToArray();
            var intervals = new List<WorkingInterval>();
            for (int i = 0; i + 1 < sorted.Length; i += 2)
            {
                intervals.Add(WorkingInterval.Create(Quarter(sorted[i]), Quarter(sorted[i + 1])));
            }

            return WorkingDay.Create(intervals);
        });

    private static readonly string[] Zones = { "", "Europe/London", "America/New_York", "Asia/Kolkata" };

    internal static readonly Gen<WorkingCalendar> Calendars =
        from week in Days.Array[7].Where(d => d.Any(x => x.IsWorking))
        from holidays in Gen.Int[0, 60].Array[0, 6]
        from ranges in Gen.Select(Gen.Int[61, 120], Gen.Int[0, 5], Days, Gen.Bool).Array[0, 2]
        from zone in Gen.Int[0, Zones.Length - 1]
        from hoursPerDay in Gen.Int[0, 40]
        from name in Gen.String[Gen.Char["abcXYZ -é"], 1, 8]
        select WorkingCalendar.Create(
            name,
            WorkWeek.Create(week),
            holidays.Distinct().Select(h => CalendarException.Holiday(Origin.PlusDays(h)))
                .Concat(ranges.Select((r, i) => CalendarException.Create(Origin.PlusDays(r.Item1 + 130 * i), Origin.PlusDays(r.Item1 + 130 * i + r.Item2), r.Item3, r.Item4 ? "named" : null))),
            Zones[zone].Length == 0 ? null : DateTimeZoneProviders.Tzdb[Zones[zone]],
            hoursPerDay == 0 ? null : Duration.FromMinutes(hoursPerDay * 30));

    private static readonly Gen<ProjectNetwork> Networks =
        from n in Gen.Int[1, 15]
        from durations in Gen.Double[0, 20].Array[n]
        from names in Gen.Bool.Array[n]
        from links in Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Int[0, 3], Gen.Double[-3, 5]).Array[0, 2 * n]
        from constraints in Gen.Select(Gen.Int[0, 7], Gen.Double[0, 30]).Array[n]
        from deadline in Gen.Double[0, 200].Array[0, 1]
        select Network(n, durations, names, links, constraints, deadline.Length == 0 ? null : deadline[0]);

    private static LocalTime Quarter(int q) => q >= 96 ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(q * 15);

    private static ProjectNetwork Network(int n, double[] durations, bool[] names, (int, int, int, double)[] links, (int, double)[] constraints, double? deadline)
    {
        var activities = new List<Activity>();
        for (int i = 0; i < n; i++)
        {
            // Links go from a lower to a higher index, so the network is acyclic.
            Dependency[] predecessors = links.Where(l => Math.Max(l.Item1, l.Item2) == i && l.Item1 != l.Item2)
                .Select(l => Math.Min(l.Item1, l.Item2)).Distinct()
                .Select(p => { (int _, int _, int type, double lag) = links.First(l => Math.Min(l.Item1, l.Item2) == p && Math.Max(l.Item1, l.Item2) == i); return new Dependency("T" + p, (DependencyType)type, lag); })
                .ToArray();
            var type = (ConstraintType)constraints[i].Item1;
            ActivityConstraint constraint = type is ConstraintType.AsSoonAsPossible or ConstraintType.AsLateAsPossible or ConstraintType.MustStartOn or ConstraintType.MustFinishOn
                ? new ActivityConstraint(type is ConstraintType.AsLateAsPossible ? type : ConstraintType.AsSoonAsPossible)
                : new ActivityConstraint(type, constraints[i].Item2);
            activities.Add(new Activity("T" + i, durations[i], predecessors, names[i] ? "task \"" + i + "\"" : null, constraint));
        }

        return ProjectNetwork.Create(activities, null, deadline);
    }

    private static string Json<T>(T value) => ProjectDeliveryJson.Serialize(value);

    [Fact]
    public void WorkingCalendar_RoundTrip_SameWeekExceptionsZoneAndDay()
    {
        Calendars.Sample(calendar =>
        {
            string json = Json(calendar);
            WorkingCalendar back = ProjectDeliveryJson.Deserialize<WorkingCalendar>(json);
            Assert.Equal(json, Json(back));
            Assert.Equal(calendar.Name, back.Name);
            Assert.Equal(calendar.WorkWeek, back.WorkWeek);
            Assert.Equal(calendar.Zone, back.Zone);
            Assert.Equal(calendar.StandardDay, back.StandardDay);
            Assert.Equal(calendar.Exceptions.OrderBy(e => e.From).ToArray(), back.Exceptions.OrderBy(e => e.From).ToArray());
        }, iter: 500);
    }

    [Fact]
    public void ProjectNetwork_RoundTrip_SameActivitiesAndSameSchedule()
    {
        Networks.Sample(network =>
        {
            string json = Json(network);
            ProjectNetwork back = ProjectDeliveryJson.Deserialize<ProjectNetwork>(json);
            Assert.Equal(json, Json(back));
            Assert.Equal(network.Deadline, back.Deadline);
            for (int i = 0; i < network.Count; i++)
            {
                Activity a = network.Activities[i], b = back.Activities[i];
                Assert.Equal((a.Id, a.Name, a.Duration, a.Constraint, a.WbsParent, a.Progress), (b.Id, b.Name, b.Duration, b.Constraint, b.WbsParent, b.Progress));
                Assert.Equal(a.Predecessors, b.Predecessors);
                Assert.Equal(json.Length > 0 ? Json(a) : string.Empty, Json(ProjectDeliveryJson.Deserialize<Activity>(Json(a))));
            }

            Assert.Equal(
                Json(ScheduleReport.FromSchedule(CriticalPathScheduler.Schedule(network, new ScheduleOptions()), 0)),
                Json(ScheduleReport.FromSchedule(CriticalPathScheduler.Schedule(back, new ScheduleOptions()), 0)));
        }, iter: 300);
    }

    [Fact]
    public void UncertainValue_RoundTrip_Equal()
    {
        Gen.Select(Gen.Int[0, 5], Gen.Double[0.1, 50], Gen.Double[0, 20], Gen.Double[0, 20]).Sample((kind, a, b, c) =>
        {
            UncertainValue value = kind switch
            {
                0 => UncertainValue.Fixed(a),
                1 => UncertainValue.Triangular(a, a + b, a + b + c),
                2 => UncertainValue.Pert(a, a + b, a + b + c),
                3 => UncertainValue.Uniform(a, a + b),
                4 => UncertainValue.Normal(a, b),
                _ => UncertainValue.LogNormal(a, b),
            };
            Assert.Equal(value, ProjectDeliveryJson.Deserialize<UncertainValue>(Json(value)));
        }, iter: 2000);
    }

    [Fact]
    public void ModelParts_RoundTrip_Equal()
    {
        Gen.Select(Gen.Double[0, 100], Gen.Double[0, 1], Gen.Double[0, 1000], Gen.Bool, Gen.Int[0, 2]).Sample((x, p, money, flag, pick) =>
        {
            var progress = new ActivityProgress(x, flag ? x + 1 : null, flag ? null : money);
            Assert.Equal(progress, ProjectDeliveryJson.Deserialize<ActivityProgress>(Json(progress)));
            var wbs = new WbsElement("W" + pick, flag ? "name" : null, pick == 0 ? null : "W0");
            Assert.Equal(wbs, ProjectDeliveryJson.Deserialize<WbsElement>(Json(wbs)));
            RiskAssessment assessment = RiskAssessment.Create(p, money, x);
            Assert.Equal(assessment, ProjectDeliveryJson.Deserialize<RiskAssessment>(Json(assessment)));
            var period = new EarnedValuePeriod(Origin.PlusDays(pick), flag ? money : null, flag ? null : x, flag ? null : money);
            Assert.Equal(period, ProjectDeliveryJson.Deserialize<EarnedValuePeriod>(Json(period)));
            RankCorrelation correlation = RankCorrelation.Create("A", "B", 2 * p - 1);
            RankCorrelation c2 = ProjectDeliveryJson.Deserialize<RankCorrelation>(Json(correlation));
            Assert.Equal((correlation.FirstActivityId, correlation.SecondActivityId, correlation.Coefficient), (c2.FirstActivityId, c2.SecondActivityId, c2.Coefficient));
            ActivityUncertainty uncertainty = ActivityUncertainty.Create("A", UncertainValue.Triangular(x, x + 1, x + 2 + money), flag ? UncertainValue.Normal(money, x) : null, pick);
            ActivityUncertainty u2 = ProjectDeliveryJson.Deserialize<ActivityUncertainty>(Json(uncertainty));
            Assert.Equal((uncertainty.ActivityId, uncertainty.Duration, uncertainty.Cost, uncertainty.CostRate), (u2.ActivityId, u2.Duration, u2.Cost, u2.CostRate));
            RiskDriver driver = RiskDriver.Create("R", p, flag ? UncertainValue.Pert(x, x + 1, x + 3) : null, flag ? null : UncertainValue.Fixed(money), flag ? new[] { "A", "B" } : Array.Empty<string>(),
                pick == 1 ? RiskKind.Opportunity : RiskKind.Threat);
            RiskDriver d2 = ProjectDeliveryJson.Deserialize<RiskDriver>(Json(driver));
            Assert.Equal((driver.Id, driver.Probability, driver.ScheduleImpact, driver.CostImpact, driver.Kind), (d2.Id, d2.Probability, d2.ScheduleImpact, d2.CostImpact, d2.Kind));
            Assert.Equal(driver.ActivityIds, d2.ActivityIds);
        }, iter: 1000);
    }

    [Fact]
    public void ScheduleRequest_PlainRoundTrip_SameTextAndSameSchedule()
    {
        Gen.Select(Networks, Gen.Double[0, 3], Gen.Double[0, 5]).Sample((network, critical, near) =>
        {
            ScheduleRequest request = ScheduleRequest.Create(network, new ScheduleOptions { CriticalFloatThreshold = critical }, null, near, "random");
            string json = Json(request);
            ScheduleRequest back = ProjectDeliveryJson.Deserialize<ScheduleRequest>(json);
            Assert.Equal(json, Json(back));
            Assert.Equal(
                Json(ScheduleReport.FromSchedule(CriticalPathScheduler.Schedule(request.Network, request.Options), near)),
                Json(ScheduleReport.FromSchedule(CriticalPathScheduler.Schedule(back.Network, back.Options), back.NearCriticalThreshold)));
        }, iter: 300);
    }

    [Fact]
    public void ScheduleRequest_CalendarRoundTrip_SameTextAndSameDates()
    {
        Gen.Select(Networks, Calendars, Gen.Int[0, 3], Gen.Int[0, 4 * 24 * 10]).Sample((plain, calendar, unit, startQuarter) =>
        {
            // Dated constraints need dates in calendar mode: keep the plain network's logic and durations, drop its dated constraints.
            ProjectNetwork network = ProjectNetwork.Create(plain.Activities.Select(a => a.WithConstraint(a.Constraint.IsDated ? default : a.Constraint)));
            var options = new CalendarScheduleOptions(Origin.At(LocalTime.Midnight).PlusMinutes(15 * startQuarter), calendar)
            {
                TimeUnit = unit switch { 0 => null, 1 => Duration.FromHours(1), 2 => Duration.FromHours(8), _ => Duration.FromMinutes(90) },
                StatusDate = Origin.At(new LocalTime(12, 0)),
            };
            ScheduleRequest request = ScheduleRequest.Create(network, options);
            string json = Json(request);
            ScheduleRequest back = ProjectDeliveryJson.Deserialize<ScheduleRequest>(json);
            Assert.Equal(json, Json(back));
            Assert.Equal(request.CalendarOptions!.EffectiveTimeUnit, back.CalendarOptions!.EffectiveTimeUnit);
            Assert.Equal(
                Json(ScheduleReport.FromSchedule(CriticalPathScheduler.Schedule(request.Network, request.CalendarOptions!), 0, null)),
                Json(ScheduleReport.FromSchedule(CriticalPathScheduler.Schedule(back.Network, back.CalendarOptions!), 0, null)));
        }, iter: 150);
    }

    [Fact]
    public void EarnedValueRequest_RoundTrip_SameTextAndSameStatement()
    {
        Gen<EarnedValueRequest> requests =
            from n in Gen.Int[1, 12]
            from lengths in Gen.Int[1, 40].Array[n]
            from amounts in Gen.Select(Gen.Double[0, 1000], Gen.Double[0, 1000], Gen.Double[0, 1000], Gen.Bool).Array[n]
            from reported in Gen.Int[1, n]
            from bac in Gen.Double[0, 20000].Array[0, 1]
            from etc in Gen.Double[0, 5000].Array[0, 1]
            select Request(lengths, amounts, reported, bac.Length == 0 ? null : bac[0], etc.Length == 0 ? null : etc[0]);
        requests.Sample(request =>
        {
            string json = Json(request);
            EarnedValueRequest back = ProjectDeliveryJson.Deserialize<EarnedValueRequest>(json);
            Assert.Equal(json, Json(back));
            Assert.Equal(request.Periods, back.Periods);
            string statement = Json(EarnedValueStatement.FromReport(request.Analyse()));
            Assert.Equal(statement, Json(EarnedValueStatement.FromReport(back.Analyse())));
            Assert.Equal(statement, Json(ProjectDeliveryJson.Deserialize<EarnedValueStatement>(statement)));
        }, iter: 300);
    }

    private static EarnedValueRequest Request(int[] lengths, (double Pv, double Ev, double Ac, bool NoPv)[] amounts, int reported, double? bac, double? etc)
    {
        LocalDate end = Origin.PlusDays(-1);
        var periods = new List<EarnedValuePeriod>();
        for (int i = 0; i < lengths.Length; i++)
        {
            end = end.PlusDays(lengths[i]);
            periods.Add(new EarnedValuePeriod(end, amounts[i].NoPv ? null : amounts[i].Pv, i < reported ? amounts[i].Ev : null, i < reported ? amounts[i].Ac : null));
        }

        return EarnedValueRequest.Create(Origin, periods, bac, null, etc, null);
    }

    [Fact]
    public void ScheduleRiskRequest_RoundTrip_SameTextAndSameModel()
    {
        Gen<UncertainValue> distributions = Gen.OneOf(
            Gen.Double[0, 10].Select(UncertainValue.Fixed),
            Gen.Select(Gen.Double[0, 5], Gen.Double[0, 5], Gen.Double[0, 5]).Select(t => UncertainValue.Triangular(t.Item1, t.Item1 + t.Item2, t.Item1 + t.Item2 + t.Item3)),
            Gen.Select(Gen.Double[0, 5], Gen.Double[0, 5], Gen.Double[0, 5]).Select(t => UncertainValue.Pert(t.Item1, t.Item1 + t.Item2, t.Item1 + t.Item2 + t.Item3)),
            Gen.Select(Gen.Double[0, 5], Gen.Double[0, 5]).Select(t => UncertainValue.Uniform(t.Item1, t.Item1 + t.Item2)),
            Gen.Select(Gen.Double[1, 5], Gen.Double[0, 1]).Select(t => UncertainValue.Normal(t.Item1, t.Item2)),
            Gen.Select(Gen.Double[1, 5], Gen.Double[0, 1]).Select(t => UncertainValue.LogNormal(t.Item1, t.Item2)));
        Gen<ScheduleRiskRequest> requests =
            from network in Networks
            from durations in distributions.Array[network.Count]
            from uncertain in Gen.Bool.Array[network.Count]
            from costRates in Gen.Double[0, 100].Array[network.Count]
            from risks in Gen.Select(Gen.Double[0, 1], distributions, Gen.Int[0, network.Count - 1], Gen.Bool, Gen.Int[0, 7]).Array[0, 4]
            from seed in Gen.Long
            from target in Gen.Double[0, 100]
            select RiskRequest(network, durations, uncertain, costRates, risks, seed, target);
        requests.Sample(request =>
        {
            string json = Json(request);
            ScheduleRiskRequest back = ProjectDeliveryJson.Deserialize<ScheduleRiskRequest>(json);
            Assert.Equal(json, Json(back));
            Assert.Equal(request.Model.DeterministicFinish, back.Model.DeterministicFinish);
            Assert.Equal(request.Model.DeterministicCost, back.Model.DeterministicCost);
            Assert.Equal(request.Register.Listing().Select(r => (r.Id, r.Rank, r.InherentRating.Score, r.ResidualRating.Score)),
                back.Register.Listing().Select(r => (r.Id, r.Rank, r.InherentRating.Score, r.ResidualRating.Score)));
        }, iter: 200);
    }

    private static ScheduleRiskRequest RiskRequest(ProjectNetwork network, UncertainValue[] durations, bool[] uncertain, double[] costRates,
        (double P, UncertainValue Impact, int Activity, bool Opportunity, int Strategy)[] risks, long seed, double target)
    {
        var activities = new List<Activity>();
        var uncertainties = new List<ActivityUncertainty>();
        for (int i = 0; i < network.Count; i++)
        {
            Activity a = network.Activities[i];
            if (uncertain[i])
            {
                uncertainties.Add(ActivityUncertainty.Create(a.Id, durations[i], null, costRates[i]));
                a = a.WithDuration(Math.Max(0, durations[i].PointEstimate));
            }

            activities.Add(a.WithConstraint(default));
        }

        var register = new List<ProjectRisk>();
        for (int i = 0; i < risks.Length; i++)
        {
            var r = risks[i];
            RiskKind kind = r.Opportunity ? RiskKind.Opportunity : RiskKind.Threat;
            UncertainValue impact = r.Impact.Mean < 0 ? UncertainValue.Fixed(1) : r.Impact;
            ProjectRisk risk = ProjectRisk.Create("R" + i, "risk " + i, kind, RiskAssessment.Create(r.P, 0, impact.Mean), Origin)
                .WithQuantification(impact, null, new[] { network.Activities[r.Activity].Id })
                .WithOwnership("Cat/Sub", "owner");
            var strategy = (ResponseStrategy)r.Strategy;
            if (strategy.AppliesTo(kind))
            {
                risk = risk.WithResponse(RiskResponse.Create(strategy, Array.Empty<ResponseAction>(), RiskAssessment.Create(r.P / 2, 0, impact.Mean)));
            }

            register.Add(risk);
        }

        ScheduleRequest schedule = ScheduleRequest.Create(ProjectNetwork.Create(activities), new ScheduleOptions());
        return ScheduleRiskRequest.Create(schedule, uncertainties, register, Array.Empty<RankCorrelation>(), null, 1000, seed, target, 1e6, 0.8);
    }

    private static void AssertSameSchedule<TTime>(Schedule<TTime> expected, Schedule<TTime> actual)
        where TTime : struct
    {
        Assert.Equal((expected.ProjectStart, expected.ProjectFinish, expected.CriticalPathsTruncated), (actual.ProjectStart, actual.ProjectFinish, actual.CriticalPathsTruncated));
        Assert.Equal(expected.CriticalPaths, actual.CriticalPaths);
        Assert.Equal(
            expected.Activities.Select(a => (a.Id, a.EarlyStart, a.EarlyFinish, a.LateStart, a.LateFinish, a.TotalFloat, a.FreeFloat, a.Critical, a.DrivingPredecessorId, a.Status, a.ScheduledStart)),
            actual.Activities.Select(a => (a.Id, a.EarlyStart, a.EarlyFinish, a.LateStart, a.LateFinish, a.TotalFloat, a.FreeFloat, a.Critical, a.DrivingPredecessorId, a.Status, a.ScheduledStart)));
        Assert.Equal(
            expected.WbsSummaries.Select(w => (w.Id, w.ActivityCount, w.EarlyStart, w.EarlyFinish, w.LateStart, w.LateFinish, w.TotalFloat, w.Critical)),
            actual.WbsSummaries.Select(w => (w.Id, w.ActivityCount, w.EarlyStart, w.EarlyFinish, w.LateStart, w.LateFinish, w.TotalFloat, w.Critical)));
        Assert.Equal(Json(expected.Network), Json(actual.Network));
    }

    [Fact]
    public void Schedule_PlainRoundTrip_SameResultWithoutRescheduling()
    {
        Gen.Select(Networks, Gen.Double[0, 2], Gen.Int[0, 3]).Sample((network, threshold, maxPaths) =>
        {
            Schedule<double> schedule = CriticalPathScheduler.Schedule(network, new ScheduleOptions { CriticalFloatThreshold = threshold, MaxCriticalPaths = maxPaths });
            string json = Json(schedule);
            Schedule<double> back = ProjectDeliveryJson.Deserialize<Schedule<double>>(json);
            Assert.Equal(json, Json(back));
            AssertSameSchedule(schedule, back);
            Assert.Equal(Json(ScheduleReport.FromSchedule(schedule, threshold)), Json(ScheduleReport.FromSchedule(back, threshold)));
        }, iter: 300);
    }

    [Fact]
    public void Schedule_CalendarRoundTrip_SameDatesWithoutRescheduling()
    {
        Gen.Select(Networks, Calendars, Gen.Int[0, 4 * 24 * 10]).Sample((plain, calendar, startQuarter) =>
        {
            ProjectNetwork network = ProjectNetwork.Create(plain.Activities.Select(a => a.WithConstraint(a.Constraint.IsDated ? default : a.Constraint)));
            var options = new CalendarScheduleOptions(Origin.At(LocalTime.Midnight).PlusMinutes(15 * startQuarter), calendar);
            Schedule<LocalDateTime> schedule = CriticalPathScheduler.Schedule(network, options);
            string json = Json(schedule);
            Schedule<LocalDateTime> back = ProjectDeliveryJson.Deserialize<Schedule<LocalDateTime>>(json);
            Assert.Equal(json, Json(back));
            AssertSameSchedule(schedule, back);
            Assert.Equal(Json(options), Json(ProjectDeliveryJson.Deserialize<ScheduleOptions>(Json(options))));
            Assert.IsType<CalendarScheduleOptions>(ProjectDeliveryJson.Deserialize<ScheduleOptions>(Json(options)));
        }, iter: 150);
    }
}
