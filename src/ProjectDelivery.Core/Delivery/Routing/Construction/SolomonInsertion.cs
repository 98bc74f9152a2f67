using System;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.Construction;

/// <summary>
/// Solomon's I1 sequential insertion: routes are opened one at a time with a seed job (the unrouted job farthest from
/// the depot), then filled by repeatedly inserting the unrouted job with the largest c2 at its position of least c1,
/// until no job fits; then the next vehicle's route is opened.
/// </summary>
/// <remarks>
/// Solomon (1987), "Algorithms for the vehicle routing and scheduling problems with time window constraints",
/// Operations Research 35(2), 254–265, section 3 (I1): for job u between i and j,
/// c11 = d(i,u) + d(u,j) − μ·d(i,j), c12 = b_j,u − b_j (push-forward of the service start at j),
/// c1 = α1·c11 + α2·c12 with α1 + α2 = 1, and c2 = λ·d(depot,u) − c1. Feasibility (capacity, windows, duration,
/// distance, skills) is checked in O(1) per position through <see cref="SearchState.InsertionDelta"/>; service starts
/// are recomputed in O(route length) after each insertion.
/// </remarks>
internal sealed class SolomonInsertion
{
    /// <summary>The four parameter sets (α1, μ, λ) Solomon reports; <see cref="BuildBest"/> keeps the best plan.</summary>
    internal static readonly (double Alpha1, double Mu, double Lambda)[] Settings = { (1, 1, 1), (1, 1, 2), (0, 1, 1), (0, 1, 2) };

    private readonly SearchState _state;
    private readonly ProblemData _data;
    private readonly double[] _start;

    private SolomonInsertion(SearchState state)
    {
        _state = state;
        _data = state.Data;
        _start = new double[_data.JobCount + 2];
    }

    /// <summary>
    /// Builds one I1 plan per setting of <see cref="Settings"/> and loads the best into <paramref name="state"/> (fewest
    /// jobs left out, then lowest cost; ties keep the earlier setting). The state must have every job unassigned.
    /// </summary>
    internal static void BuildBest(SearchState state, Func<bool>? expired = null)
    {
        ProblemData data = state.Data;
        int[][]? best = null;
        double bestMissing = double.PositiveInfinity;
        double bestCost = double.PositiveInfinity;
        var routes = new int[data.VehicleCount][];
        // Above 500 jobs only the first setting: each plan costs O(n² × route length).
        int sets = data.JobCount > 500 ? 1 : Settings.Length;
        for (int s = 0; s < sets && (s == 0 || expired?.Invoke() != true); s++)
        {
            (double alpha1, double mu, double lambda) = Settings[s];
            var trial = new SearchState(data);
            new SolomonInsertion(trial) { _expired = expired }.Run(alpha1, mu, lambda);
            trial.RecomputeTotals();
            if (trial.UnassignedCount < bestMissing || (trial.UnassignedCount == bestMissing && trial.Cost < bestCost - 1e-9))
            {
                bestMissing = trial.UnassignedCount;
                bestCost = trial.Cost;
                trial.CopyRoutesTo(routes);
                best = routes;
                routes = new int[data.VehicleCount][];
            }
        }

        if (best is not null)
        {
            state.LoadRoutes(best);
            state.RecomputeTotals();
        }
    }

    /// <summary>Builds the I1 plan with the given parameters into <paramref name="state"/> (every job unassigned at the start).</summary>
    internal static void Build(SearchState state, double alpha1, double mu, double lambda) =>
        new SolomonInsertion(state).Run(alpha1, mu, lambda);

    private Func<bool>? _expired;

    private void Run(double alpha1, double mu, double lambda)
    {
        double alpha2 = 1 - alpha1;
        int n = _data.JobCount;
        var routed = new bool[n];
        for (int vehicle = 0; vehicle < _data.VehicleCount && _expired?.Invoke() != true; vehicle++)
        {
            if (_state.RouteLength(vehicle) > 0)
            {
                continue;
            }

            int depot = _data.StartNode(vehicle);
            int seed = -1;
            double farthest = double.NegativeInfinity;
            for (int u = 0; u < n; u++)
            {
                if (routed[u] || !_data.CanServe(vehicle, u) || !_state.FitsCapacity(vehicle, u) || double.IsPositiveInfinity(_state.InsertionDelta(u, vehicle, 0)))
                {
                    continue;
                }

                double d = _data.Distance(depot, u);
                if (d > farthest)
                {
                    farthest = d;
                    seed = u;
                }
            }

            if (seed < 0)
            {
                continue;
            }

            _state.Insert(seed, vehicle, 0);
            routed[seed] = true;
            while (_expired?.Invoke() != true)
            {
                ServiceStarts(vehicle);
                int bestJob = -1;
                int bestPosition = -1;
                double bestC2 = double.NegativeInfinity;
                int len = _state.RouteLength(vehicle);
                for (int u = 0; u < n; u++)
                {
                    if (routed[u] || !_data.CanServe(vehicle, u) || !_state.FitsCapacity(vehicle, u))
                    {
                        continue;
                    }

                    double bestC1 = double.PositiveInfinity;
                    int position = -1;
                    for (int p = 0; p <= len; p++)
                    {
                        if (double.IsPositiveInfinity(_state.InsertionDelta(u, vehicle, p)))
                        {
                            continue;
                        }

                        double c1 = C1(vehicle, u, p, len, alpha1, alpha2, mu);
                        if (c1 < bestC1)
                        {
                            bestC1 = c1;
                            position = p;
                        }
                    }

                    if (position < 0)
                    {
                        continue;
                    }

                    double c2 = (lambda * _data.Distance(depot, u)) - bestC1;
                    if (c2 > bestC2)
                    {
                        bestC2 = c2;
                        bestJob = u;
                        bestPosition = position;
                    }
                }

                if (bestJob < 0)
                {
                    break;
                }

                _state.Insert(bestJob, vehicle, bestPosition);
                routed[bestJob] = true;
            }
        }
    }

    /// <summary>c1 of inserting u before position p (between node i at p − 1, or the start depot, and node j at p, or the end depot).</summary>
    private double C1(int vehicle, int u, int p, int len, double alpha1, double alpha2, double mu)
    {
        int i = p == 0 ? _data.StartNode(vehicle) : _state.Node(vehicle, p - 1);
        int j = p == len ? _data.EndNode(vehicle) : _state.Node(vehicle, p);
        double c11 = _data.Distance(i, u) + _data.Distance(u, j) - (mu * _data.Distance(i, j));
        if (alpha2 == 0)
        {
            return alpha1 * c11;
        }

        double startU = Math.Max(_data.Ready[u], _start[p] + _data.Service[i] + _data.Time(i, u));
        double startJ = Math.Max(_data.Ready[j], startU + _data.Service[u] + _data.Time(u, j));
        double c12 = startJ - _start[p + 1];
        return (alpha1 * c11) + (alpha2 * c12);
    }

    /// <summary>Earliest service starts: _start[0] the start depot, _start[p + 1] the job at p, _start[len + 1] the end depot.</summary>
    private void ServiceStarts(int vehicle)
    {
        int len = _state.RouteLength(vehicle);
        int previous = _data.StartNode(vehicle);
        _start[0] = _data.Ready[previous];
        for (int p = 0; p <= len; p++)
        {
            int node = p == len ? _data.EndNode(vehicle) : _state.Node(vehicle, p);
            _start[p + 1] = Math.Max(_data.Ready[node], _start[p] + _data.Service[previous] + _data.Time(previous, node));
            previous = node;
        }
    }
}
