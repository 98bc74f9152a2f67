using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Risk.Simulation;

/// <summary>
/// A schedule network compiled together with its uncertainties, ready for Monte Carlo: duration and cost
/// distributions per activity, risk drivers mapped to activities, and rank correlations between durations.
/// </summary>
/// <remarks>
/// <para>Activities without an <see cref="ActivityUncertainty"/> keep their nominal duration and cost nothing.</para>
/// <para>Correlation uses a Gaussian copula: the target Spearman coefficients r are turned into normal
/// correlations ρ = 2 sin(πr/6) (the exact relation for a bivariate normal; Kruskal, 1958), factored by
/// Cholesky, and correlated normals are mapped to uniforms that drive each activity's inverse CDF, so every
/// marginal is kept exactly and the population rank correlation equals the target (Iman &amp; Conover, 1982,
/// use the same normal-score idea on finite samples). An inconsistent matrix (not positive definite) is rejected.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ScheduleRiskModel
{
    private ScheduleRiskModel(ProjectNetwork source, CompiledNetwork network, ActivityUncertainty[] activities, RiskDriver[] drivers, RankCorrelation[] correlations)
    {
        Source = source;
        Correlations = correlations;
        Network = network;
        int n = network.ActivityCount;
        Preconditions.CheckArgument(n > 0, "network", "The schedule network has no activity.");
        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            index[network.IdAt(i)] = i;
        }

        Durations = new UncertainValue[n];
        Costs = new UncertainValue?[n];
        CostRates = new double[n];
        for (int i = 0; i < n; i++)
        {
            Durations[i] = UncertainValue.Fixed(network.NominalDurations[i]);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (ActivityUncertainty a in activities)
        {
            int i = Lookup(index, a.ActivityId, "an activity uncertainty");
            Preconditions.CheckArgument(seen.Add(a.ActivityId), nameof(activities), $"Activity '{a.ActivityId}' has two uncertainty entries.");
            Durations[i] = a.Duration;
            Costs[i] = a.Cost;
            CostRates[i] = a.CostRate;
        }

        Drivers = drivers;
        DriverTargets = new int[drivers.Length][];
        var driverIds = new HashSet<string>(StringComparer.Ordinal);
        for (int r = 0; r < drivers.Length; r++)
        {
            RiskDriver d = drivers[r];
            Preconditions.CheckArgument(driverIds.Add(d.Id), nameof(drivers), $"Risk id '{d.Id}' is used by two risk drivers.");
            Preconditions.CheckArgument(!index.ContainsKey(d.Id), nameof(drivers), $"Risk id '{d.Id}' is also an activity id; sensitivity results would be ambiguous.");
            DriverTargets[r] = d.ActivityIds.Select(id => Lookup(index, id, $"risk '{d.Id}'")).ToArray();
        }

        // Sensitivity inputs: uncertain activities, then risk drivers.
        UncertainActivities = Enumerable.Range(0, n).Where(i => !Durations[i].IsFixed).ToArray();
        InputIds = UncertainActivities.Select(network.IdAt).Concat(drivers.Select(d => d.Id)).ToArray();

        // Correlation.
        CorrelationPosition = Enumerable.Repeat(-1, n).ToArray();
        var members = new List<int>();
        foreach (RankCorrelation c in correlations)
        {
            foreach (string id in new[] { c.FirstActivityId, c.SecondActivityId })
            {
                int i = Lookup(index, id, "a rank correlation");
                if (CorrelationPosition[i] < 0)
                {
                    CorrelationPosition[i] = members.Count;
                    members.Add(i);
                }
            }
        }

        CorrelatedActivities = members.ToArray();
        int k = members.Count;
        var target = new double[k * k];
        for (int a = 0; a < k; a++)
        {
            target[(a * k) + a] = 1.0;
        }

        foreach (RankCorrelation c in correlations)
        {
            int a = CorrelationPosition[index[c.FirstActivityId]];
            int b = CorrelationPosition[index[c.SecondActivityId]];
            double previous = target[(a * k) + b];
            Preconditions.CheckArgument(previous == 0.0 || previous == c.Coefficient, nameof(correlations),
                $"Activities '{c.FirstActivityId}' and '{c.SecondActivityId}' are given two different correlations.");
            double rho = 2.0 * Math.Sin(Math.PI * c.Coefficient / 6.0);
            target[(a * k) + b] = rho;
            target[(b * k) + a] = rho;
        }

        Cholesky = k == 0 ? Array.Empty<double>() : Factor(target, k, CorrelatedActivities.Select(network.IdAt).ToArray());

        // Deterministic reference: point estimates (most likely / mean), no risk events.
        var point = new double[n];
        double cost = 0.0;
        for (int i = 0; i < n; i++)
        {
            point[i] = Math.Max(0.0, Durations[i].PointEstimate);
            cost += (Costs[i] is { } ci ? ci.PointEstimate : 0.0) + (CostRates[i] * point[i]);
        }

        DeterministicFinish = network.ForwardPass(point, new double[n], new double[n]);
        DeterministicCost = cost;
    }

    /// <summary>Number of activities.</summary>
    public int ActivityCount => Durations.Length;

    /// <summary>Project finish with every duration at its point estimate (most likely, or mean) and no risk event.</summary>
    public double DeterministicFinish { get; }

    /// <summary>Project cost at the point estimates with no risk event.</summary>
    public double DeterministicCost { get; }

    /// <summary>The risk drivers.</summary>
    public IReadOnlyList<RiskDriver> RiskDrivers => Drivers;

    /// <summary>The network the model was compiled from (its JSON is the model's).</summary>
    internal ProjectNetwork Source { get; }

    /// <summary>The rank correlations as given.</summary>
    internal RankCorrelation[] Correlations { get; }

    internal CompiledNetwork Network { get; }

    internal UncertainValue[] Durations { get; }

    internal UncertainValue?[] Costs { get; }

    internal double[] CostRates { get; }

    internal RiskDriver[] Drivers { get; }

    internal int[][] DriverTargets { get; }

    internal int[] UncertainActivities { get; }

    internal string[] InputIds { get; }

    internal int[] CorrelationPosition { get; }

    internal int[] CorrelatedActivities { get; }

    internal double[] Cholesky { get; }

    /// <summary>The id of activity <paramref name="index"/>.</summary>
    /// <param name="index">0 … <see cref="ActivityCount"/> − 1.</param>
    /// <returns>The id.</returns>
    public string ActivityIdAt(int index)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, ActivityCount - 1);
        return Network.IdAt(index);
    }

    /// <summary>The duration distribution of activity <paramref name="index"/>.</summary>
    /// <param name="index">0 … <see cref="ActivityCount"/> − 1.</param>
    /// <returns>The distribution (fixed at the nominal duration when not uncertain).</returns>
    public UncertainValue DurationAt(int index)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, ActivityCount - 1);
        return Durations[index];
    }

    /// <summary>Compiles a network with its uncertainties.</summary>
    /// <param name="network">The schedule network (plain-number mode: no date constraints or date deadline).</param>
    /// <param name="activities">Duration and cost uncertainty of some or all activities (at most one entry per activity).</param>
    /// <param name="riskDrivers">Risk events mapped to activities (unique ids, distinct from activity ids).</param>
    /// <param name="correlations">Target rank correlations between activity durations, or null for none.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">An id is unknown or repeated, the correlations are inconsistent, or the network needs calendar mode.</exception>
    public static ScheduleRiskModel Create(ProjectNetwork network, IEnumerable<ActivityUncertainty> activities, IEnumerable<RiskDriver> riskDrivers, IEnumerable<RankCorrelation>? correlations = null)
    {
        Preconditions.CheckNotNull(network, nameof(network));
        Preconditions.CheckNotNull(activities, nameof(activities));
        Preconditions.CheckNotNull(riskDrivers, nameof(riskDrivers));
        CompiledNetwork compiled = network.Compiled;
        Preconditions.CheckArgument(!compiled.HasDateConstraints, nameof(network), "Monte Carlo runs in plain-number mode: the network must not have date constraints or a date deadline.");
        ActivityUncertainty[] a = activities.ToArray();
        RiskDriver[] d = riskDrivers.ToArray();
        RankCorrelation[] c = (correlations ?? Array.Empty<RankCorrelation>()).ToArray();
        Preconditions.CheckArgument(Array.TrueForAll(a, x => x is not null), nameof(activities), "An activity uncertainty is null.");
        Preconditions.CheckArgument(Array.TrueForAll(d, x => x is not null), nameof(riskDrivers), "A risk driver is null.");
        Preconditions.CheckArgument(Array.TrueForAll(c, x => x is not null), nameof(correlations), "A rank correlation is null.");
        return new ScheduleRiskModel(network, compiled, a, d, c);
    }

    private static int Lookup(Dictionary<string, int> index, string id, string where) =>
        index.TryGetValue(id, out int i) ? i : throw new ArgumentException($"Activity '{id}' named by {where} is not in the schedule network.", nameof(id));

    /// <summary>Lower-triangular Cholesky factor of a k×k row-major matrix.</summary>
    private static double[] Factor(double[] m, int k, string[] ids)
    {
        var l = new double[k * k];
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = m[(i * k) + j];
                for (int p = 0; p < j; p++)
                {
                    sum -= l[(i * k) + p] * l[(j * k) + p];
                }

                if (i == j)
                {
                    if (sum <= 1e-12)
                    {
                        throw new ArgumentException(
                            $"The rank correlations among activities {string.Join(", ", ids.Take(i + 1).Select(s => "'" + s + "'"))} are inconsistent: the correlation matrix is not positive definite.",
                            "correlations");
                    }

                    l[(i * k) + i] = Math.Sqrt(sum);
                }
                else
                {
                    l[(i * k) + j] = sum / l[(j * k) + j];
                }
            }
        }

        return l;
    }
}
