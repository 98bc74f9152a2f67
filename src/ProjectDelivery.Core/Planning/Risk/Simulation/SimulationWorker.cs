using System;
using MathNet.Numerics;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Planning.Risk.Simulation;

/// <summary>
/// Mutable per-thread state of a Monte Carlo run: every array it needs is allocated once, so simulating an
/// iteration allocates nothing.
/// </summary>
internal sealed class SimulationWorker
{
    private readonly ScheduleRiskModel _model;
    private readonly CompiledNetwork _network;
    private readonly bool _sensitivity;
    private readonly double _tolerance;
    private readonly int _n;
    private readonly int _inputs;
    private readonly int[] _uncertain;
    private readonly byte[] _kind;
    private readonly double[] _q1;
    private readonly double[] _q2;
    private readonly double[] _q3;
    private readonly double[] _q4;
    private readonly double[] _q5;
    private readonly double[] _base;
    private readonly int[] _costed;
    private readonly double[] _durations;
    private readonly double[] _earlyStart;
    private readonly double[] _earlyFinish;
    private readonly double[] _lateStart;
    private readonly double[] _lateFinish;
    private readonly double[] _normals;
    private readonly double[] _correlatedUniforms;
    private readonly float[] _scores;
    private readonly double[] _blockFinish;
    private readonly double[] _sortKeys;
    private readonly int[] _order;
    private readonly double[] _centredRank;
    private readonly BlockRandom _random = new(0, 0);
    private const byte Correlated = 255;

    public SimulationWorker(ScheduleRiskModel model, bool sensitivity, double tolerance)
    {
        _model = model;
        _network = model.Network;
        _sensitivity = sensitivity;
        _tolerance = tolerance;
        _n = model.ActivityCount;
        _inputs = model.InputIds.Length;
        _uncertain = model.UncertainActivities;
        int m = _uncertain.Length;
        _kind = new byte[m];
        _q1 = new double[m];
        _q2 = new double[m];
        _q3 = new double[m];
        _q4 = new double[m];
        _q5 = new double[m];
        for (int j = 0; j < m; j++)
        {
            UncertainValue v = model.Durations[_uncertain[j]];
            _kind[j] = model.CorrelationPosition[_uncertain[j]] >= 0 ? Correlated : (byte)v.Kind;
            switch (v.Kind)
            {
                case DistributionKind.Triangular:
                    // min, max, split = (m − a)/(b − a), (b − a)(m − a), (b − a)(b − m)
                    _q1[j] = v.P1;
                    _q2[j] = v.P3;
                    _q3[j] = (v.P2 - v.P1) / (v.P3 - v.P1);
                    _q4[j] = (v.P3 - v.P1) * (v.P2 - v.P1);
                    _q5[j] = (v.P3 - v.P1) * (v.P3 - v.P2);
                    break;
                case DistributionKind.Uniform:
                    _q1[j] = v.P1;
                    _q2[j] = v.P2 - v.P1;
                    break;
                case DistributionKind.Normal:
                    _q1[j] = v.P1;
                    _q2[j] = v.P2;
                    break;
                case DistributionKind.LogNormal:
                    _q1[j] = v.Mu;
                    _q2[j] = v.Sigma;
                    break;
            }
        }

        _base = new double[_n];
        var costed = new System.Collections.Generic.List<int>();
        for (int i = 0; i < _n; i++)
        {
            _base[i] = model.Durations[i].IsFixed ? model.Durations[i].P1 : 0.0;
            if (model.Costs[i] is not null || model.CostRates[i] != 0.0)
            {
                costed.Add(i);
            }
        }

        _costed = costed.ToArray();

        _durations = new double[_n];
        _earlyStart = new double[_n];
        _earlyFinish = new double[_n];
        _lateStart = new double[_n];
        _lateFinish = new double[_n];
        _normals = new double[model.CorrelatedActivities.Length];
        _correlatedUniforms = new double[model.CorrelatedActivities.Length];
        _scores = sensitivity ? new float[MonteCarloOptions.BlockSize * _inputs] : Array.Empty<float>();
        _blockFinish = new double[MonteCarloOptions.BlockSize];
        _sortKeys = new double[MonteCarloOptions.BlockSize];
        _order = new int[MonteCarloOptions.BlockSize];
        _centredRank = new double[MonteCarloOptions.BlockSize];
        Critical = new long[_n];
    }

    /// <summary>Critical-iteration counts of every block this worker ran.</summary>
    public long[] Critical { get; }

    /// <summary>Simulates one block, writing outcomes at <paramref name="start"/> and returning its correlation sums.</summary>
    public void RunBlock(long seed, int block, int start, int count, double[] finishes, double[] costs, double[] sur, double[] suu, out double srr)
    {
        _random.Reset(seed, block);
        for (int t = 0; t < count; t++)
        {
            double finish = Iterate(t, out double cost);
            finishes[start + t] = finish;
            costs[start + t] = cost;
            _blockFinish[t] = finish;
        }

        srr = 0.0;
        if (_sensitivity)
        {
            srr = AccumulateSensitivity(count, sur, suu);
        }
    }

    private double Iterate(int t, out double cost)
    {
        BlockRandom rng = _random;
        UncertainValue[] durations = _model.Durations;
        double[] d = _durations;
        int row = t * _inputs;

        // Correlated uniforms through the Gaussian copula.
        int k = _normals.Length;
        if (k > 0)
        {
            double[] l = _model.Cholesky;
            for (int j = 0; j < k; j++)
            {
                _normals[j] = UncertainValue.NormalQuantile(rng.NextOpenUnit());
            }

            for (int j = 0; j < k; j++)
            {
                double y = 0.0;
                for (int p = 0; p <= j; p++)
                {
                    y += l[(j * k) + p] * _normals[p];
                }

                double u = 0.5 * SpecialFunctions.Erfc(-y / Constants.Sqrt2);
                _correlatedUniforms[j] = Math.Min(1.0 - 1e-16, Math.Max(1e-300, u));
            }
        }

        Array.Copy(_base, d, d.Length);
        for (int j = 0; j < _uncertain.Length; j++)
        {
            double u;
            double x;
            switch (_kind[j])
            {
                case (byte)DistributionKind.Triangular:
                    u = rng.NextOpenUnit();
                    x = u < _q3[j] ? _q1[j] + Math.Sqrt(u * _q4[j]) : _q2[j] - Math.Sqrt((1.0 - u) * _q5[j]);
                    break;
                case (byte)DistributionKind.Uniform:
                    u = rng.NextOpenUnit();
                    x = _q1[j] + (u * _q2[j]);
                    break;
                case (byte)DistributionKind.Normal:
                    u = rng.NextOpenUnit();
                    x = _q1[j] + (_q2[j] * UncertainValue.NormalQuantile(u));
                    break;
                case (byte)DistributionKind.LogNormal:
                    u = rng.NextOpenUnit();
                    x = Math.Exp(_q1[j] + (_q2[j] * UncertainValue.NormalQuantile(u)));
                    break;
                case (byte)DistributionKind.Pert:
                {
                    UncertainValue dist = durations[_uncertain[j]];
                    x = dist.P1 + ((dist.P3 - dist.P1) * MathNet.Numerics.Distributions.Beta.Sample(rng, dist.Alpha, dist.Beta));
                    u = _sensitivity ? dist.Cdf(x) : 0.5;
                    break;
                }

                default: // correlated: inverse CDF of the copula's uniform
                    u = _correlatedUniforms[_model.CorrelationPosition[_uncertain[j]]];
                    x = durations[_uncertain[j]].QuantileUnchecked(u);
                    break;
            }

            d[_uncertain[j]] = x;
            if (_sensitivity)
            {
                _scores[row + j] = (float)(u - 0.5);
            }
        }

        cost = 0.0;
        RiskDriver[] drivers = _model.Drivers;
        int firstRiskInput = _model.UncertainActivities.Length;
        for (int r = 0; r < drivers.Length; r++)
        {
            RiskDriver driver = drivers[r];
            double p = driver.Probability;
            double score;
            if (p > 0.0 && rng.NextDouble() < p)
            {
                double v = rng.NextOpenUnit();
                double sign = driver.Kind == RiskKind.Threat ? 1.0 : -1.0;
                if (driver.ScheduleImpact is { } impact)
                {
                    double delta = sign * impact.QuantileUnchecked(v);
                    foreach (int a in _model.DriverTargets[r])
                    {
                        d[a] += delta;
                    }
                }

                if (driver.CostImpact is { } costImpact)
                {
                    cost += sign * Draw(costImpact, rng);
                }

                score = 1.0 - p + (p * v);
            }
            else
            {
                score = (1.0 - p) / 2.0;
            }

            if (_sensitivity)
            {
                _scores[row + firstRiskInput + r] = (float)(score - 0.5);
            }
        }

        for (int i = 0; i < d.Length; i++)
        {
            if (d[i] < 0.0)
            {
                d[i] = 0.0;
            }
        }

        UncertainValue?[] costs = _model.Costs;
        double[] rates = _model.CostRates;
        foreach (int i in _costed)
        {
            if (costs[i] is { } c)
            {
                cost += Draw(c, rng);
            }

            cost += rates[i] * d[i];
        }

        double finish = _network.ForwardPass(d, _earlyStart, _earlyFinish);
        _network.BackwardPass(d, finish, _lateStart, _lateFinish);
        // With a deadline the backward pass starts there: every float grows by (deadline − finish), so shift it back.
        double tolerance = (_tolerance * Math.Max(1.0, Math.Abs(finish))) + ((_network.DeadlineUnits ?? finish) - finish);
        for (int i = 0; i < d.Length; i++)
        {
            if (_lateStart[i] - _earlyStart[i] <= tolerance)
            {
                Critical[i]++;
            }
        }

        return finish;
    }

    private static double Draw(UncertainValue value, BlockRandom rng) => value.Kind switch
    {
        DistributionKind.Fixed => value.P1,
        DistributionKind.Pert => value.P1 + ((value.P3 - value.P1) * MathNet.Numerics.Distributions.Beta.Sample(rng, value.Alpha, value.Beta)),
        _ => value.QuantileUnchecked(rng.NextOpenUnit()),
    };

    /// <summary>Mid-ranks of the block's finishes, centred, correlated with the stored input scores.</summary>
    private double AccumulateSensitivity(int count, double[] sur, double[] suu)
    {
        for (int t = 0; t < count; t++)
        {
            _sortKeys[t] = _blockFinish[t];
            _order[t] = t;
        }

        Array.Sort(_sortKeys, _order, 0, count);
        int start = 0;
        while (start < count)
        {
            int end = start + 1;
            while (end < count && _sortKeys[end] == _sortKeys[start])
            {
                end++;
            }

            // 1-based mid-rank of the tie group, mapped to ((rank - 0.5) / count) - 0.5.
            double rank = ((start + end - 1) / 2.0) + 1.0;
            double centred = ((rank - 0.5) / count) - 0.5;
            for (int q = start; q < end; q++)
            {
                _centredRank[_order[q]] = centred;
            }

            start = end;
        }

        double srr = 0.0;
        for (int t = 0; t < count; t++)
        {
            double rt = _centredRank[t];
            srr += rt * rt;
            int row = t * _inputs;
            for (int j = 0; j < _inputs; j++)
            {
                double u = _scores[row + j];
                sur[j] += u * rt;
                suu[j] += u * u;
            }
        }

        return srr;
    }
}
