using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.LocalSearch.Operators;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using ProjectDelivery.Interop.Routing;

namespace ProjectDelivery.Benchmarks.Routing;

/// <summary>
/// One full granular local-search pass (relocate, swap, 2-opt* for every job and its 20 nearest neighbours) over a
/// locally optimal Solomon plan, so the pass evaluates every move and applies none; plus each inter-route
/// operator's evaluation alone for one job pair. Every evaluation must allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class LocalSearchBenchmarks
{
    private SearchState _state = null!;
    private GranularLocalSearch _search = null!;
    private RelocateOperator _relocate = null!;
    private SwapOperator _swap = null!;
    private TwoOptStarOperator _twoOptStar = null!;
    private List<int> _routes = null!;
    private int _u;
    private int _v;

    /// <summary>Instance name in shared/data/vrptw/solomon.</summary>
    [Params("R101", "C201")]
    public string Instance { get; set; } = "R101";

    [GlobalSetup]
    public void Setup()
    {
        (ProblemData data, RoutingSolution plan, _state) = SolvedSolomonPlan.Load(Instance, 500);
        var neighbours = new NeighbourLists(data, 100);
        _search = new GranularLocalSearch(_state, neighbours, new SearchRandom(1));
        _routes = plan.Routes.Select(r => r.VehicleIndex).ToList();
        _search.Improve(_routes);
        _relocate = new RelocateOperator(_state);
        _swap = new SwapOperator(_state);
        _twoOptStar = new TwoOptStarOperator(_state);
        _u = _state.Node(_routes[0], 0);
        _v = _state.Node(_routes[1], 0);
    }

    /// <summary>A full pass over all jobs and neighbours at a local optimum.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ci")]
    public long FullPass()
    {
        _search.Improve(_routes);
        return _search.Evaluations;
    }

    /// <summary>Relocate evaluation for one pair.</summary>
    [Benchmark]
    public double RelocateEvaluate() => _relocate.Evaluate(_u, _v);

    /// <summary>Swap evaluation for one pair.</summary>
    [Benchmark]
    public double SwapEvaluate() => _swap.Evaluate(_u, _v);

    /// <summary>2-opt* evaluation for one pair.</summary>
    [Benchmark]
    [BenchmarkCategory("ci")]
    public double TwoOptStarEvaluate() => _twoOptStar.Evaluate(_u, _v);
}
