using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Risk.Simulation;

/// <summary>
/// The outcome of a Monte Carlo schedule and cost risk run: finish and cost distributions, criticality index,
/// sensitivity, joint confidence and contingency. Results of runs on the same model merge exactly
/// (<see cref="Merge"/>): samples are concatenated, counts and correlation sums added.
/// </summary>
/// <remarks>
/// <para>Criticality index of an activity: the share of iterations in which its total float was within the
/// criticality tolerance (Van Slyke, 1963).</para>
/// <para>Sensitivity: Spearman rank correlation between each input and the finish, estimated as the pooled
/// correlation of the input's probability-integral transform F(x) (its exact population rank; for a risk,
/// (1 − p)/2 when it does not occur and 1 − p + p·F(impact) when it does) with the finish's mid-rank within
/// its block of <see cref="MonteCarloOptions.BlockSize"/> iterations. The sums Σ(u − ½)(r − ½), Σ(u − ½)²
/// and Σ(r − ½)² are additive over blocks and runs. An input that never varies has sensitivity 0.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class ScheduleRiskResult
{
    private readonly string[] _activityIds;
    private readonly string[] _inputIds;
    private readonly int _activityInputs;
    private readonly double[] _finishes; // iteration order
    private readonly double[] _costs;
    private readonly long[] _critical;
    private readonly double[] _sur;
    private readonly double[] _suu;
    private readonly double _srr;
    private readonly Dictionary<string, int> _activityIndex;

    internal ScheduleRiskResult(string[] activityIds, string[] inputIds, int activityInputs, double[] finishes, double[] costs,
        long[] critical, double[] sur, double[] suu, double srr, double deterministicFinish, double deterministicCost, bool hasSensitivity)
    {
        _activityIds = activityIds;
        _inputIds = inputIds;
        _activityInputs = activityInputs;
        _finishes = finishes;
        _costs = costs;
        _critical = critical;
        _sur = sur;
        _suu = suu;
        _srr = srr;
        DeterministicFinish = deterministicFinish;
        DeterministicCost = deterministicCost;
        HasSensitivity = hasSensitivity;
        _activityIndex = new Dictionary<string, int>(activityIds.Length, StringComparer.Ordinal);
        for (int i = 0; i < activityIds.Length; i++)
        {
            _activityIndex[activityIds[i]] = i;
        }

        var f = (double[])finishes.Clone();
        var c = (double[])costs.Clone();
        Array.Sort(f);
        Array.Sort(c);
        Finish = new OutcomeDistribution(f);
        Cost = new OutcomeDistribution(c);
    }

    /// <summary>Number of iterations.</summary>
    public int Iterations => _finishes.Length;

    /// <summary>Finish of every iteration, in iteration order.</summary>
    internal IReadOnlyList<double> IterationFinishes => _finishes;

    /// <summary>Cost of every iteration, in iteration order.</summary>
    internal IReadOnlyList<double> IterationCosts => _costs;

    /// <summary>Number of iterations in which each activity was critical, in <see cref="ActivityIds"/> order.</summary>
    internal IReadOnlyList<long> CriticalCounts => _critical;

    /// <summary>The sensitivity inputs: uncertain activities, then risk drivers.</summary>
    internal IReadOnlyList<string> InputIds => _inputIds;

    /// <summary>How many of <see cref="InputIds"/> are activities (the rest are risk drivers).</summary>
    internal int ActivityInputCount => _activityInputs;

    /// <summary>Σ(u − ½)(r − ½) per input (zeros without sensitivity).</summary>
    internal IReadOnlyList<double> CrossSums => _sur;

    /// <summary>Σ(u − ½)² per input (zeros without sensitivity).</summary>
    internal IReadOnlyList<double> InputSquareSums => _suu;

    /// <summary>Σ(r − ½)² over all iterations (0 without sensitivity).</summary>
    internal double RankSquareSum => _srr;

    /// <summary>Distribution of the project finish (time units from the project start).</summary>
    public OutcomeDistribution Finish { get; }

    /// <summary>Distribution of the total project cost.</summary>
    public OutcomeDistribution Cost { get; }

    /// <summary>Finish at point estimates without risk events.</summary>
    public double DeterministicFinish { get; }

    /// <summary>Cost at point estimates without risk events.</summary>
    public double DeterministicCost { get; }

    /// <summary>Whether sensitivity was computed.</summary>
    public bool HasSensitivity { get; }

    /// <summary>Activity ids, in network order.</summary>
    public IReadOnlyList<string> ActivityIds => _activityIds;

    /// <summary>Criticality index of every activity (share of iterations in which it was critical), by id.</summary>
    public IReadOnlyDictionary<string, double> Criticality =>
        _activityIds.Select((id, i) => (id, i)).ToDictionary(t => t.id, t => (double)_critical[t.i] / Iterations, StringComparer.Ordinal);

    /// <summary>Rank correlation with the finish of every uncertain activity and risk driver, by id (empty when not computed).</summary>
    public IReadOnlyDictionary<string, double> Sensitivity =>
        HasSensitivity ? _inputIds.Select((id, j) => (id, j)).ToDictionary(t => t.id, t => Correlation(t.j), StringComparer.Ordinal)
                       : new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>Criticality index of one activity.</summary>
    /// <param name="activityId">The activity.</param>
    /// <returns>Share of iterations in which it was critical, in [0, 1].</returns>
    /// <exception cref="KeyNotFoundException">Unknown activity.</exception>
    public double CriticalityIndex(string activityId) =>
        _activityIndex.TryGetValue(activityId, out int i) ? (double)_critical[i] / Iterations
            : throw new KeyNotFoundException($"Activity '{activityId}' is not in the simulated network.");

    /// <summary>Tornado rows: every uncertain activity and risk driver, by descending |rank correlation| (ties by id).</summary>
    /// <returns>The rows (empty when sensitivity was not computed).</returns>
    public IReadOnlyList<SensitivityRow> Tornado() => !HasSensitivity ? Array.Empty<SensitivityRow>() : _inputIds
        .Select((id, j) => new SensitivityRow(id, j >= _activityInputs, Correlation(j)))
        .OrderByDescending(r => Math.Abs(r.RankCorrelation))
        .ThenBy(r => r.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>A <see cref="Reporting.ScheduleRiskSummary"/> (headline figures, percentile table, activity criticality), so that LINQPad (which calls <c>ToDump</c> by convention) shows tables rather than the samples.</summary>
    /// <returns>The summary.</returns>
    public object ToDump() => Reporting.ScheduleRiskSummary.From(this);

    /// <summary>Probability of finishing no later than <paramref name="target"/>.</summary>
    /// <param name="target">Target finish (time units from the start).</param>
    /// <returns>The probability.</returns>
    public double ProbabilityOfFinishingBy(double target) => Finish.ProbabilityAtOrBelow(target);

    /// <summary>Probability of a total cost no higher than <paramref name="budget"/>.</summary>
    /// <param name="budget">The budget.</param>
    /// <returns>The probability.</returns>
    public double ProbabilityWithinBudget(double budget) => Cost.ProbabilityAtOrBelow(budget);

    /// <summary>Joint confidence: probability that the finish is at most <paramref name="target"/> and the cost at most <paramref name="budget"/> in the same iteration.</summary>
    /// <param name="target">Target finish.</param>
    /// <param name="budget">Budget.</param>
    /// <returns>The joint probability.</returns>
    public double JointConfidence(double target, double budget)
    {
        Preconditions.CheckFinite(nameof(target), target);
        Preconditions.CheckFinite(nameof(budget), budget);
        long count = 0;
        for (int t = 0; t < _finishes.Length; t++)
        {
            if (_finishes[t] <= target && _costs[t] <= budget)
            {
                count++;
            }
        }

        return (double)count / _finishes.Length;
    }

    /// <summary>Schedule contingency at a confidence level: P(q) of the finish minus the deterministic finish, never below 0.</summary>
    /// <param name="probability">Confidence in [0, 1], e.g. 0.8.</param>
    /// <returns>The time reserve.</returns>
    public double ScheduleContingency(double probability) => Math.Max(0.0, Finish.Percentile(probability) - DeterministicFinish);

    /// <summary>Cost contingency reserve at a confidence level: P(q) of the cost minus the deterministic cost, never below 0.</summary>
    /// <param name="probability">Confidence in [0, 1], e.g. 0.8.</param>
    /// <returns>The cost reserve.</returns>
    public double CostContingency(double probability) => Math.Max(0.0, Cost.Percentile(probability) - DeterministicCost);

    /// <summary>Combines two runs of the same model (e.g. different seeds on different threads or machines) into one.</summary>
    /// <param name="other">Another result of the same model.</param>
    /// <returns>A result whose samples, counts and sums are those of both runs; this run's iterations come first.</returns>
    /// <exception cref="ArgumentException">The runs are of different models or only one has sensitivity.</exception>
    public ScheduleRiskResult Merge(ScheduleRiskResult other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        Preconditions.CheckArgument(_activityIds.SequenceEqual(other._activityIds, StringComparer.Ordinal) && _inputIds.SequenceEqual(other._inputIds, StringComparer.Ordinal),
            nameof(other), "Only results of the same model (same activities and uncertain inputs) can be merged.");
        Preconditions.CheckArgument(HasSensitivity == other.HasSensitivity, nameof(other), "Both results must have sensitivity, or neither.");
        Preconditions.CheckArgument(DeterministicFinish.Equals(other.DeterministicFinish) && DeterministicCost.Equals(other.DeterministicCost), nameof(other),
            "Only results of the same model (same point estimates) can be merged.");
        return new ScheduleRiskResult(
            _activityIds,
            _inputIds,
            _activityInputs,
            _finishes.Concat(other._finishes).ToArray(),
            _costs.Concat(other._costs).ToArray(),
            _critical.Zip(other._critical, (a, b) => a + b).ToArray(),
            _sur.Zip(other._sur, (a, b) => a + b).ToArray(),
            _suu.Zip(other._suu, (a, b) => a + b).ToArray(),
            _srr + other._srr,
            DeterministicFinish,
            DeterministicCost,
            HasSensitivity);
    }

    /// <summary>
    /// Rebuilds a result from its sufficient statistics (as read from JSON), after checking they could come from a run: at least one iteration, as many
    /// costs as finishes, every number finite, unique non-empty activity ids with critical counts in [0, iterations], unique input ids with the uncertain
    /// activities (which must be activities) before the risk drivers (which must not be), and with sensitivity non-negative square sums (all sums zero without).
    /// </summary>
    /// <exception cref="ArgumentException">A check fails (the message names the field and item).</exception>
    internal static ScheduleRiskResult FromParts(string[] activityIds, string[] inputIds, bool[] inputIsRisk, double[] finishes, double[] costs, long[] critical,
        double[] sur, double[] suu, double srr, double deterministicFinish, double deterministicCost, bool hasSensitivity)
    {
        Preconditions.CheckArgument(finishes.Length > 0, nameof(finishes), "A simulation result needs at least one iteration.");
        Preconditions.CheckArgument(costs.Length == finishes.Length, nameof(costs), $"There are {costs.Length} costs for {finishes.Length} iterations.");
        for (int t = 0; t < finishes.Length; t++)
        {
            Preconditions.CheckArgument(IsFinite(finishes[t]) && IsFinite(costs[t]), nameof(finishes), $"Iteration {t}: the finish and cost must be finite.");
        }

        Preconditions.CheckArgument(IsFinite(deterministicFinish) && IsFinite(deterministicCost), nameof(deterministicFinish), "The deterministic finish and cost must be finite.");
        Preconditions.CheckArgument(activityIds.Length > 0 && critical.Length == activityIds.Length, nameof(activityIds), "A simulation result needs at least one activity, each with its critical count.");
        var activities = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < activityIds.Length; i++)
        {
            string id = activityIds[i];
            Preconditions.CheckArgument(!string.IsNullOrEmpty(id) && activities.Add(id), nameof(activityIds), $"Activity {i}: id '{id}' is empty or repeated.");
            Preconditions.CheckArgument(critical[i] >= 0 && critical[i] <= finishes.Length, nameof(critical),
                $"Activity '{id}': critical count {critical[i]} is outside [0, {finishes.Length}].");
        }

        int activityInputs = 0;
        var inputs = new HashSet<string>(StringComparer.Ordinal);
        for (int j = 0; j < inputIds.Length; j++)
        {
            string id = inputIds[j];
            Preconditions.CheckArgument(!string.IsNullOrEmpty(id) && inputs.Add(id), nameof(inputIds), $"Input {j}: id '{id}' is empty or repeated.");
            if (!inputIsRisk[j])
            {
                Preconditions.CheckArgument(activityInputs == j, nameof(inputIds), $"Input '{id}': uncertain activities come before the risk drivers.");
                Preconditions.CheckArgument(activities.Contains(id), nameof(inputIds), $"Input '{id}' is not an activity of the result.");
                activityInputs++;
            }
            else
            {
                Preconditions.CheckArgument(!activities.Contains(id), nameof(inputIds), $"Risk driver '{id}' is also an activity id.");
            }

            Preconditions.CheckArgument(IsFinite(sur[j]) && IsFinite(suu[j]) && suu[j] >= 0, nameof(sur), $"Input '{id}': the sums must be finite, the square sum non-negative.");
            Preconditions.CheckArgument(hasSensitivity || (sur[j] == 0 && suu[j] == 0), nameof(sur), $"Input '{id}': a result without sensitivity has no sums.");
        }

        Preconditions.CheckArgument(IsFinite(srr) && srr >= 0 && (hasSensitivity || srr == 0), nameof(srr), "The rank square sum must be finite and non-negative (0 without sensitivity).");
        return new ScheduleRiskResult(activityIds, inputIds, activityInputs, finishes, costs, critical, sur, suu, srr, deterministicFinish, deterministicCost, hasSensitivity);
    }

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    private double Correlation(int j)
    {
        double denominator = Math.Sqrt(_suu[j] * _srr);
        if (denominator <= 0.0 || double.IsNaN(denominator))
        {
            return 0.0;
        }

        double r = _sur[j] / denominator;
        return Math.Max(-1.0, Math.Min(1.0, r));
    }
}
