using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using NodaTime;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Serialization.Planning;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Risk.Simulation;

/// <summary>
/// A schedule and cost risk analysis as one value: the schedule (durations at their point estimates), the activity uncertainties,
/// the register's risks (which also drive the simulation), correlations, scoring and run settings. Its JSON is the input of the
/// command line's <c>risk</c> command (docs/formats.md, "Risk"): the schedule format whose durations may be distributions, plus
/// <c>risks</c>, <c>correlations</c>, <c>iterations</c>, <c>seed</c>, <c>targetFinish</c>, <c>budget</c>, <c>confidence</c>, <c>scoring</c>.
/// </summary>
/// <remarks>
/// Validated once when created: the model (<see cref="ScheduleRiskModel.Create"/>) and the register (<see cref="RiskRegister.Create"/>)
/// are built here. Each risk's simulation driver is its probability, impact distributions, activities and kind.
/// </remarks>
public sealed class ScheduleRiskRequest
{
    private ScheduleRiskRequest(ScheduleRequest schedule, IReadOnlyList<ActivityUncertainty> uncertainties, IReadOnlyList<RankCorrelation> correlations,
        RiskScoringSettings scoring, ScheduleRiskModel model, RiskRegister register, int iterations, long seed, ScheduleMoment? targetFinish, double? budget, double confidence)
    {
        Schedule = schedule;
        Uncertainties = uncertainties;
        Correlations = correlations;
        Scoring = scoring;
        Model = model;
        Register = register;
        Iterations = iterations;
        Seed = seed;
        TargetFinish = targetFinish;
        Budget = budget;
        Confidence = confidence;
    }

    /// <summary>The schedule at point estimates (plain numbers, or calendar mode for reporting dates).</summary>
    public ScheduleRequest Schedule { get; }

    /// <summary>The uncertain activity durations and costs.</summary>
    public IReadOnlyList<ActivityUncertainty> Uncertainties { get; }

    /// <summary>Target rank correlations between activity durations.</summary>
    public IReadOnlyList<RankCorrelation> Correlations { get; }

    /// <summary>The scoring settings of the register.</summary>
    public RiskScoringSettings Scoring { get; }

    /// <summary>The simulation model.</summary>
    public ScheduleRiskModel Model { get; }

    /// <summary>The scored risk register.</summary>
    public RiskRegister Register { get; }

    /// <summary>Number of iterations.</summary>
    public int Iterations { get; }

    /// <summary>Random seed.</summary>
    public long Seed { get; }

    /// <summary>Target finish as given: time units, or (calendar mode) a date.</summary>
    public ScheduleMoment? TargetFinish { get; }

    /// <summary>The target finish in time units from the project start (a date is converted on the project calendar).</summary>
    public double? TargetFinishUnits => TargetFinish is not { } target ? null
        : target.IsDate ? Schedule.CalendarOptions!.Calendar.WorkingTimeBetween(Schedule.CalendarOptions.ProjectStart, target.Date).BclCompatibleTicks
            / (double)Schedule.CalendarOptions.EffectiveTimeUnit.BclCompatibleTicks
        : target.Units;

    /// <summary>Budget for P(cost ≤ budget), or null.</summary>
    public double? Budget { get; }

    /// <summary>Confidence level of the reported contingencies.</summary>
    public double Confidence { get; }

    /// <summary>True when any activity cost, cost rate or risk cost impact is given.</summary>
    public bool HasCost => Uncertainties.Any(u => u.Cost is not null || u.CostRate > 0) || Model.RiskDrivers.Any(d => d.CostImpact is not null);

    /// <summary>Monte Carlo options with this request's iterations and seed.</summary>
    /// <returns>The options.</returns>
    public MonteCarloOptions CreateOptions() => new() { Iterations = Iterations, Seed = Seed };

    /// <summary>Converts time units from the project start to a date on the project calendar (calendar mode only).</summary>
    /// <param name="units">Time units from the start.</param>
    /// <returns>The date.</returns>
    /// <exception cref="InvalidOperationException">The schedule is in plain mode.</exception>
    public LocalDateTime ToDate(double units)
    {
        CalendarScheduleOptions c = Schedule.CalendarOptions ?? throw new InvalidOperationException("Dates need a project start (calendar mode).");
        return c.Calendar.AddWorkingTime(c.ProjectStart, Duration.FromTicks((long)Math.Round(units * c.EffectiveTimeUnit.BclCompatibleTicks)));
    }

    /// <summary>The simulation driver of a register risk: its inherent probability, impact distributions, activities and kind.</summary>
    /// <param name="risk">The risk.</param>
    /// <returns>The driver.</returns>
    public static RiskDriver DriverOf(ProjectRisk risk)
    {
        Preconditions.CheckNotNull(risk, nameof(risk));
        return RiskDriver.Create(risk.Id, risk.Revisions[0].Assessment.Probability, risk.ScheduleImpactDistribution, risk.CostImpactDistribution, risk.ActivityIds, risk.Kind);
    }

    /// <summary>Creates and validates a request.</summary>
    /// <param name="schedule">The schedule at point estimates.</param>
    /// <param name="uncertainties">Uncertain activities.</param>
    /// <param name="risks">Register risks (ids distinct from activity ids).</param>
    /// <param name="correlations">Rank correlations.</param>
    /// <param name="scoring">Scoring settings (null: defaults).</param>
    /// <param name="iterations">Iterations, 1 … 100,000,000.</param>
    /// <param name="seed">Random seed.</param>
    /// <param name="targetFinish">Optional target (units, or a date in calendar mode).</param>
    /// <param name="budget">Optional budget.</param>
    /// <param name="confidence">Confidence level in [0, 1].</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException">The model, register or a setting is invalid (the message names the item).</exception>
    public static ScheduleRiskRequest Create(ScheduleRequest schedule, IEnumerable<ActivityUncertainty> uncertainties, IEnumerable<ProjectRisk> risks,
        IEnumerable<RankCorrelation> correlations, RiskScoringSettings? scoring, int iterations, long seed, ScheduleMoment? targetFinish, double? budget, double confidence)
    {
        Preconditions.CheckNotNull(schedule, nameof(schedule));
        ActivityUncertainty[] u = Preconditions.CheckNotNull(uncertainties, nameof(uncertainties)).ToArray();
        ProjectRisk[] r = Preconditions.CheckNotNull(risks, nameof(risks)).ToArray();
        RankCorrelation[] c = Preconditions.CheckNotNull(correlations, nameof(correlations)).ToArray();
        Preconditions.CheckArgumentRange(nameof(iterations), iterations, 1, 100_000_000);
        Preconditions.CheckArgumentRange(nameof(confidence), confidence, 0, 1);
        if (targetFinish is { IsDate: true } && schedule.CalendarOptions is null)
        {
            throw new ArgumentException("A target finish date needs a project start (calendar mode).", nameof(targetFinish));
        }

        if (budget is { } b)
        {
            Preconditions.CheckFinite(nameof(budget), b);
        }

        foreach (ProjectRisk risk in r)
        {
            if (schedule.Network.Contains(risk.Id))
            {
                throw new ArgumentException($"Risk '{risk.Id}' has the id of an activity; risk and activity ids must differ.", nameof(risks));
            }
        }

        ScheduleRiskModel model = ScheduleRiskModel.Create(schedule.Network, u, r.Select(DriverOf), c);
        scoring ??= new RiskScoringSettings();
        bool hasCost = u.Any(x => x.Cost is not null || x.CostRate > 0);
        RiskRegister register = RiskRegister.Create(r, scoring.ToScoringModel(model.DeterministicFinish, hasCost ? model.DeterministicCost : 0));
        return new ScheduleRiskRequest(schedule, u, c, scoring, model, register, iterations, seed, targetFinish, budget, confidence);
    }
}
