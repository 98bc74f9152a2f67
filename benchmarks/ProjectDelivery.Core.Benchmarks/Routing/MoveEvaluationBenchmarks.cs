using System.IO;
using BenchmarkDotNet.Attributes;
using NodaTime;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Construction;
using ProjectDelivery.Delivery.Routing.Evaluation;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using ProjectDelivery.Interop.Routing;

namespace ProjectDelivery.Benchmarks.Routing;

/// <summary>
/// Hot path of the routing search on real Solomon instances: O(1) insertion evaluation by segment concatenation
/// (must allocate nothing) against recomputing the route from scratch (baseline), and one full best-insertion
/// pass that re-places every job of a good plan.
/// </summary>
[MemoryDiagnoser]
public class MoveEvaluationBenchmarks
{
    private SearchState _state = null!;
    private BestInsertion _insertion = null!;
    private ProblemData _data = null!;
    private int _job;
    private int _vehicle;

    /// <summary>
    /// Instance name in shared/data/vrptw/solomon; the suffix "+split" turns every window into two (the middle fifth
    /// removed) and makes every third job soft (lateness cost 1), so the exact forward-pass evaluation is measured.
    /// </summary>
    [Params("R101", "RC208", "R101+split")]
    public string Instance { get; set; } = "R101";

    [GlobalSetup]
    public void Setup()
    {
        bool split = Instance.EndsWith("+split", System.StringComparison.Ordinal);
        string path = RoutingQualityRunner.FindSolomon(split ? Instance.Substring(0, Instance.Length - 6) : Instance);
        using var reader = new StreamReader(path);
        RoutingProblem problem = SolomonReader.Read(reader, Path.GetFileName(path)).Problem;
        if (split)
        {
            problem = Split(problem);
        }

        RoutingSolution plan = RoutingSolver.Solve(problem, new RoutingSolverOptions { TimeLimit = null, MaxIterations = 2000 });
        _data = problem.Data;
        _state = new SearchState(_data);
        var routes = new int[_data.VehicleCount][];
        for (int v = 0; v < routes.Length; v++)
        {
            routes[v] = System.Array.Empty<int>();
        }

        foreach (VehicleRoute route in plan.Routes)
        {
            routes[route.VehicleIndex] = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(route.Stops, s => s.JobIndex));
        }

        _state.LoadRoutes(routes);

        // Take the longest route's first job out so it can be re-inserted everywhere.
        _vehicle = 0;
        for (int v = 0; v < _data.VehicleCount; v++)
        {
            if (_state.RouteLength(v) > _state.RouteLength(_vehicle))
            {
                _vehicle = v;
            }
        }

        _job = _state.Node(_vehicle, 0);
        var removed = new bool[_data.JobCount];
        removed[_job] = true;
        _state.RemoveMarked(_vehicle, removed);
        _insertion = new BestInsertion(_state, new NeighbourLists(_data, 100));
    }

    private static RoutingProblem Split(RoutingProblem problem)
    {
        var jobs = new Job[problem.Jobs.Count];
        for (int j = 0; j < jobs.Length; j++)
        {
            Job job = problem.Jobs[j];
            double width = job.DueTime - job.ReadyTime;
            if (!double.IsInfinity(width) && width > 10)
            {
                job = job.WithTimeWindows(new[]
                {
                    new TimeWindow(job.ReadyTime, job.ReadyTime + (0.4 * width)),
                    new TimeWindow(job.ReadyTime + (0.6 * width), job.DueTime),
                });
            }

            jobs[j] = j % 3 == 0 ? job.WithLatenessCost(1) : job;
        }

        return new RoutingProblem(problem.Network, jobs, problem.VehicleTypes);
    }

    /// <summary>Evaluates inserting one job at every position of the longest route, recomputing the route each time.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ci")]
    public double RecomputeEveryPosition()
    {
        double best = double.PositiveInfinity;
        int len = _state.RouteLength(_vehicle);
        for (int p = 0; p <= len; p++)
        {
            RouteSegment s = RouteSegment.Single(_data, _data.StartNode(_vehicle));
            for (int i = 0; i <= len; i++)
            {
                if (i == p)
                {
                    s = RouteSegment.Merge(_data, s, RouteSegment.Single(_data, _job));
                }

                if (i < len)
                {
                    s = RouteSegment.Merge(_data, s, RouteSegment.Single(_data, _state.Node(_vehicle, i)));
                }
            }

            s = RouteSegment.Merge(_data, s, RouteSegment.Single(_data, _data.EndNode(_vehicle)));
            if (s.IsFeasibleFor(_data, _vehicle) && s.CostFor(_data, _vehicle) < best)
            {
                best = s.CostFor(_data, _vehicle);
            }
        }

        return best;
    }

    /// <summary>Same positions, each evaluated in O(1) from prefix and suffix summaries.</summary>
    [Benchmark]
    [BenchmarkCategory("ci")]
    public double ConcatenateEveryPosition()
    {
        double best = double.PositiveInfinity;
        int len = _state.RouteLength(_vehicle);
        for (int p = 0; p <= len; p++)
        {
            double d = _state.InsertionDelta(_job, _vehicle, p);
            if (d < best)
            {
                best = d;
            }
        }

        return best;
    }

    /// <summary>Cheapest feasible insertion of the job over the whole plan (one recreate step for one job).</summary>
    [Benchmark]
    public int BestInsertionOverPlan()
    {
        _insertion.Find(_job, null, 0, true, out int vehicle, out _, out _);
        return vehicle;
    }
}
