using System;
using System.Collections.Generic;
using ProjectDelivery.Delivery.Routing.LocalSearch.Operators;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.LocalSearch;

/// <summary>
/// First-improvement local search over inter-route relocate, swap and 2-opt* on granular neighbour lists,
/// plus intra-route 2-opt and Or-opt where supported, and the shipment relocate when the problem has shipments.
/// Every move is evaluated before it is applied (in O(1), the shipment relocate in O(n²)).
/// </summary>
/// <remarks>
/// Granular neighbourhoods: Toth and Vigo (2003); move evaluation by segment concatenation: Vidal et al. (2013).
/// Each pair (u, v) with v among the <see cref="Candidates"/> nearest jobs of u is tried.
/// </remarks>
internal sealed class GranularLocalSearch
{
    /// <summary>Neighbours tried per job.</summary>
    internal const int Candidates = 20;

    private readonly SearchState _state;
    private readonly ProblemData _data;
    private readonly NeighbourLists _neighbours;
    private readonly SearchRandom _random;
    private readonly RelocateOperator _relocate;
    private readonly SwapOperator _swap;
    private readonly TwoOptStarOperator _twoOptStar;
    private readonly TwoOptOperator? _twoOpt;
    private readonly OrOptOperator? _orOpt;
    private readonly CrossExchangeOperator _crossExchange;
    private readonly SwapStarOperator _swapStar;
    private readonly PairRelocateOperator? _pairRelocate;
    private readonly int[] _order;
    private readonly int[] _bufferA;
    private readonly int[] _bufferB;
    private readonly bool[] _inOrder;

    private Func<bool>? _expired;

    internal GranularLocalSearch(SearchState state, NeighbourLists neighbours, SearchRandom random)
    {
        _state = state;
        _data = state.Data;
        _neighbours = neighbours;
        _random = random;
        _relocate = new RelocateOperator(state);
        _swap = new SwapOperator(state);
        _twoOptStar = new TwoOptStarOperator(state);
        _twoOpt = TwoOptOperator.Supports(_data) ? new TwoOptOperator(state, neighbours) : null;
        _orOpt = _twoOpt is null ? null : new OrOptOperator(state, neighbours);
        _crossExchange = new CrossExchangeOperator(state);
        _swapStar = new SwapStarOperator(state);
        _pairRelocate = _data.HasShipments ? new PairRelocateOperator(state, new Construction.BestInsertion(state, neighbours)) : null;
        _order = new int[_data.JobCount];
        _bufferA = new int[_data.JobCount + 1];
        _bufferB = new int[_data.JobCount + 1];
        _inOrder = new bool[_data.JobCount];
    }

    /// <summary>Moves applied by all operators.</summary>
    internal long Applications => _relocate.Applications + _swap.Applications + _twoOptStar.Applications + (_twoOpt?.Applications ?? 0) + (_orOpt?.Applications ?? 0)
        + _crossExchange.Applications + _swapStar.Applications + (_pairRelocate?.Applications ?? 0);

    /// <summary>Moves evaluated by all operators.</summary>
    internal long Evaluations => _relocate.Evaluations + _swap.Evaluations + _twoOptStar.Evaluations + (_twoOpt?.Evaluations ?? 0) + (_orOpt?.Evaluations ?? 0)
        + _crossExchange.Evaluations + _swapStar.Evaluations + (_pairRelocate?.Evaluations ?? 0);

    /// <summary>Whether the granular passes also try cross-exchange (strings of up to three jobs).</summary>
    internal bool UseCrossExchange { get; set; }

    /// <summary>
    /// Stops <see cref="Improve"/> early when it returns true (the run's time limit or cancellation); null: never. Checked
    /// between rounds and every 64 jobs, so one polish of a long route cannot overrun the limit.
    /// </summary>
    internal Func<bool>? Expired
    {
        get => _expired;
        set
        {
            _expired = value;
            if (_twoOpt is not null && _orOpt is not null)
            {
                _twoOpt.Expired = value;
                _orOpt.Expired = value;
            }
        }
    }

    /// <summary>Whether SWAP* runs between overlapping route pairs once the granular passes stop improving.</summary>
    internal bool UseSwapStar { get; set; }

    /// <summary>Improves the solution starting from the jobs of <paramref name="routes"/> until no move improves.</summary>
    internal void Improve(IReadOnlyList<int> routes)
    {
        int count = 0;
        for (int i = 0; i < routes.Count; i++)
        {
            int r = routes[i];
            for (int p = 0; p < _state.RouteLength(r); p++)
            {
                int j = _state.Node(r, p);
                if (!_inOrder[j])
                {
                    _inOrder[j] = true;
                    _order[count++] = j;
                }
            }
        }

        for (int i = 0; i < count; i++)
        {
            _inOrder[_order[i]] = false;
        }

        if (_twoOpt is not null && _orOpt is not null)
        {
            for (int i = 0; i < routes.Count; i++)
            {
                // Alternate until neither intra-route operator finds an improvement.
                for (int round = 0; round < 20 && !IsExpired() && (_twoOpt.Improve(routes[i]) | _orOpt.Improve(routes[i])); round++)
                {
                }
            }
        }

        _random.Shuffle(_order, count);
        for (int round = 0; round < 10 && !IsExpired(); round++)
        {
            GranularPasses(count);
            if (!UseSwapStar || !SwapStarRound(routes))
            {
                break;
            }
        }
    }

    /// <summary>
    /// One SWAP* sweep: each route of <paramref name="routes"/> against every other non-empty route whose polar sector
    /// overlaps its own; improving moves are applied at once. Returns true when something changed.
    /// </summary>
    private bool SwapStarRound(IReadOnlyList<int> routes)
    {
        for (int r = 0; r < _data.VehicleCount; r++)
        {
            _swapStar.UpdateSector(r);
        }

        bool changed = false;
        for (int i = 0; i < routes.Count; i++)
        {
            int a = routes[i];
            for (int b = 0; b < _data.VehicleCount; b++)
            {
                if (b == a || _state.RouteLength(a) == 0 || _state.RouteLength(b) == 0 || !_swapStar.SectorsOverlap(a, b))
                {
                    continue;
                }

                if (_swapStar.Evaluate(a, b) < -1e-9)
                {
                    _swapStar.Apply(_bufferA, _bufferB);
                    changed = true;
                }
            }
        }

        return changed;
    }

    private void GranularPasses(int count)
    {
        bool improved = true;
        for (int pass = 0; improved && pass < 50; pass++)
        {
            improved = false;
            for (int i = 0; i < count; i++)
            {
                if ((i & 63) == 63 && IsExpired())
                {
                    return;
                }

                int u = _order[i];
                if (_state.RouteOf(u) < 0)
                {
                    continue;
                }

                ReadOnlySpan<int> near = _neighbours.Of(u);
                int limit = Math.Min(Candidates, near.Length);
                for (int n = 0; n < limit; n++)
                {
                    int v = near[n];
                    if (TryMove(u, v))
                    {
                        improved = true;
                        break;
                    }
                }
            }
        }
    }

    private bool IsExpired() => _expired?.Invoke() == true;

    private bool TryMove(int u, int v)
    {
        int ru = _state.RouteOf(u);
        int rv = _state.RouteOf(v);
        if (ru < 0 || rv < 0 || ru == rv)
        {
            return false;
        }

        const double Improvement = -1e-9;
        if (_relocate.Evaluate(u, v) < Improvement)
        {
            _relocate.Apply(u, v, _bufferA, _bufferB);
            return true;
        }

        if (_swap.Evaluate(u, v) < Improvement)
        {
            _swap.Apply(u, v, _bufferA, _bufferB);
            return true;
        }

        if (_twoOptStar.Evaluate(u, v) < Improvement)
        {
            _twoOptStar.Apply(u, v, _bufferA, _bufferB);
            return true;
        }

        if (_pairRelocate is not null && _pairRelocate.Evaluate(u, v) < Improvement)
        {
            _pairRelocate.Apply(u, v, _bufferA, _bufferB);
            return true;
        }

        if (UseCrossExchange && _crossExchange.Evaluate(u, v, Improvement) < Improvement)
        {
            _crossExchange.Apply(u, v, _bufferA, _bufferB);
            return true;
        }

        return false;
    }
}
