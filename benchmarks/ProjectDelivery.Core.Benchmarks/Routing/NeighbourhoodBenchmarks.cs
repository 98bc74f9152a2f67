using System.IO;
using BenchmarkDotNet.Attributes;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.LocalSearch.Operators;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using ProjectDelivery.Interop.Routing;

namespace ProjectDelivery.Benchmarks.Routing;

/// <summary>
/// Move evaluation of the cross-exchange and SWAP* neighbourhoods on a good Solomon plan (must allocate nothing),
/// against the 1-1 swap over the same neighbour pairs (baseline): one sweep over every job's 20 nearest neighbours
/// for the granular operators, every pair of routes for SWAP*.
/// </summary>
[MemoryDiagnoser]
public class NeighbourhoodBenchmarks
{
    private SearchState _state = null!;
    private NeighbourLists _neighbours = null!;
    private SwapOperator _swap = null!;
    private CrossExchangeOperator _cross = null!;
    private SwapStarOperator _swapStar = null!;
    private int _jobs;
    private int _vehicles;

    /// <summary>Instance name in shared/data/vrptw/solomon.</summary>
    [Params("R101", "RC208")]
    public string Instance { get; set; } = "R101";

    [GlobalSetup]
    public void Setup()
    {
        (ProblemData data, _, _state) = SolvedSolomonPlan.Load(Instance, 2000);
        _state.RecomputeTotals();
        _neighbours = new NeighbourLists(data, 20);
        _swap = new SwapOperator(_state);
        _cross = new CrossExchangeOperator(_state);
        _swapStar = new SwapStarOperator(_state);
        _jobs = data.JobCount;
        _vehicles = data.VehicleCount;
        for (int v = 0; v < _vehicles; v++)
        {
            _swapStar.UpdateSector(v);
        }
    }

    /// <summary>1-1 swap over every (job, neighbour) pair.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ci")]
    public double SwapSweep()
    {
        double best = double.PositiveInfinity;
        for (int u = 0; u < _jobs; u++)
        {
            for (int r = 0; r < _neighbours.Size; r++)
            {
                double d = _swap.Evaluate(u, _neighbours.Get(u, r));
                best = d < best ? d : best;
            }
        }

        return best;
    }

    /// <summary>Cross-exchange (all string lengths and reversals) over every (job, neighbour) pair.</summary>
    [Benchmark]
    [BenchmarkCategory("ci")]
    public double CrossExchangeSweep()
    {
        double best = double.PositiveInfinity;
        for (int u = 0; u < _jobs; u++)
        {
            for (int r = 0; r < _neighbours.Size; r++)
            {
                double d = _cross.Evaluate(u, _neighbours.Get(u, r));
                best = d < best ? d : best;
            }
        }

        return best;
    }

    /// <summary>SWAP* over every pair of used routes whose polar sectors overlap.</summary>
    [Benchmark]
    public double SwapStarSweep()
    {
        double best = double.PositiveInfinity;
        for (int a = 0; a < _vehicles; a++)
        {
            for (int b = a + 1; b < _vehicles; b++)
            {
                if (_state.RouteLength(a) > 0 && _state.RouteLength(b) > 0 && _swapStar.SectorsOverlap(a, b))
                {
                    double d = _swapStar.Evaluate(a, b);
                    best = d < best ? d : best;
                }
            }
        }

        return best;
    }
}
