using System;
using System.Collections.Generic;
using ProjectDelivery.Delivery.Routing.Construction;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.Metaheuristics.Stopping;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.Metaheuristics;

/// <summary>
/// Slack Induction by String Removals (SISR): ruin adjacent strings of jobs from a few neighbouring routes,
/// recreate by greedy insertion with blinks, accept with simulated annealing; plus a fleet-minimisation
/// phase driven by absence counters for the hierarchical objective.
/// </summary>
/// <remarks>
/// Christiaens and Vanden Berghe (2020), "Slack induction by string removals for vehicle routing problems",
/// Transportation Science 54(2), 417–433: ruin (Algorithm 2) with average removed jobs c̄ = 10, maximum
/// string length L_max = 10, split-string probability 0.5 and split depth β = 0.01; recreate (Algorithm 3)
/// with blink rate 0.01 and the sort orders random, demand, far and close (weights 4:4:2:1); simulated
/// annealing with a geometric temperature from T₀ to T_f over the run (here scaled to the instance by the
/// mean distance to the ten nearest jobs). Fleet minimisation (section 6): remove a route, then accept a
/// ruin-and-recreate step when it leaves fewer jobs out or a smaller sum of absence counts.
/// New best solutions are polished with granular local search (<see cref="GranularLocalSearch"/>: relocate, swap,
/// 2-opt*, and intra-route 2-opt where supported), which makes this a ruin-and-recreate / local-search hybrid.
/// Shipments are ruined and recreated whole: removing one end removes the other (unless it is fixed, then both
/// stay), and the recreate step inserts both ends at their best pickup and delivery positions in one route.
/// </remarks>
internal sealed class StringRemovalSearch
{
    private const double AverageRemoved = 10;
    private const double MaxStringLength = 10;
    private const double SplitProbability = 0.5;
    private const double SplitDepth = 0.01;
    private const double BlinkRate = 0.01;

    private readonly ProblemData _data;
    private readonly SearchState _state;
    private readonly NeighbourLists _neighbours;
    private readonly BestInsertion _insertion;
    private readonly bool _anyOptional;
    private readonly GranularLocalSearch _localSearch;
    private readonly List<int> _polish = new();
    private readonly SearchRandom _random;
    private readonly int[] _buffer;
    private readonly double[] _keys;
    private readonly bool[] _removed;
    private readonly bool[] _ruined;
    private readonly List<int> _ruinedList = new();
    private readonly long[] _absences;
    private readonly double _temperatureScale;
    private EjectionPool? _ejectionPool;
    private Func<bool>? _expired;

    internal StringRemovalSearch(SearchState state, NeighbourLists neighbours, SearchRandom random)
    {
        _state = state;
        _data = state.Data;
        _neighbours = neighbours;
        _random = random;
        _insertion = new BestInsertion(state, neighbours);
        _anyOptional = Array.IndexOf(_data.Optional, true) >= 0;
        _localSearch = new GranularLocalSearch(state, neighbours, random);
        _buffer = new int[_data.JobCount];
        _keys = new double[_data.JobCount];
        _removed = new bool[_data.JobCount];
        _ruined = new bool[_data.VehicleCount];
        _absences = new long[_data.JobCount];
        _temperatureScale = MeanNearDistance();
    }

    /// <summary>Ruin-and-recreate iterations so far.</summary>
    internal long Iterations { get; private set; }

    /// <summary>Iterations whose result was accepted.</summary>
    internal long Accepted { get; private set; }

    /// <summary>Insertion positions evaluated.</summary>
    internal long InsertionEvaluations => _insertion.Evaluations;

    /// <summary>Local-search moves evaluated and applied.</summary>
    internal (long Evaluated, long Applied) LocalSearchMoves => (_localSearch.Evaluations, _localSearch.Applications);

    /// <summary>Route limit for the recreate step.</summary>
    internal int MaxRoutes
    {
        get => _insertion.MaxRoutes;
        set => _insertion.MaxRoutes = value;
    }

    /// <summary>
    /// The run's time limit or cancellation (null: none): <see cref="Construct"/> finishes the first plan cheaply
    /// (<see cref="AppendCompletion"/>), and the recreate step and local search stop, when it returns true.
    /// </summary>
    internal Func<bool>? Expired
    {
        get => _expired;
        set
        {
            _expired = value;
            _localSearch.Expired = value;

            // The recreate step too: with thousands of jobs (or many that fit nowhere) one iteration can take seconds.
            _insertion.Expired = value;
        }
    }

    /// <summary>Whether new best solutions are polished by local search.</summary>
    internal bool UseLocalSearch { get; set; } = true;

    /// <summary>Whether local search tries cross-exchange.</summary>
    internal bool UseCrossExchange
    {
        get => _localSearch.UseCrossExchange;
        set => _localSearch.UseCrossExchange = value;
    }

    /// <summary>Whether local search runs SWAP* between overlapping routes.</summary>
    internal bool UseSwapStar
    {
        get => _localSearch.UseSwapStar;
        set => _localSearch.UseSwapStar = value;
    }

    /// <summary>
    /// Iterations of one cooling cycle when the schedule follows the iteration count alone (iteration-limited runs):
    /// the temperature then falls geometrically from the initial to the final value over this many iterations and
    /// starts again, whatever the limit, so a longer run continues a shorter run's trajectory. 0: follow the budget's progress.
    /// </summary>
    internal long ScheduleHorizon { get; set; }

    /// <summary>
    /// Whether the best plan is chosen by fewest vehicles before cost (the hierarchical objective,
    /// <see cref="RoutingObjective.Vehicles"/>): with the same jobs left out, a plan with fewer routes is better
    /// whatever its cost. Otherwise by cost alone.
    /// </summary>
    internal bool FewestVehiclesFirst { get; set; }

    /// <summary>Initial temperature factor (times the mean near distance).</summary>
    internal double InitialTemperature { get; set; } = 1.0;

    /// <summary>Final temperature factor.</summary>
    internal double FinalTemperature { get; set; } = 0.01;

    /// <summary>Builds the first solution: every job inserted greedily, hardest first, then 2-opt where supported.</summary>
    internal void Construct()
    {
        int count = 0;
        for (int j = 0; j < _data.JobCount; j++)
        {
            if (_state.RouteOf(j) < 0)
            {
                _buffer[count] = j;

                // Hardest first: narrow windows and far-away jobs (Solomon 1987, I1 seeding by distance and deadline).
                double width = Math.Min(_data.Due[j] - _data.Ready[j], 1e12);
                int depot = _data.StartNode(0);
                _keys[count] = width - _data.Distance(depot, j) - _data.Distance(j, depot);
                count++;
            }
        }

        if (!_data.HasTimeConstraints)
        {
            // Without time windows, seed with the jobs farthest from the depot.
            for (int i = 0; i < count; i++)
            {
                int depot = _data.StartNode(0);
                _keys[i] = -_data.Distance(depot, _buffer[i]);
            }
        }

        Array.Sort(_keys, _buffer, 0, count);
        _state.Begin();
        _insertion.InsertAll(_buffer, count, _random, 0);
        if (Expired?.Invoke() == true)
        {
            // Out of time while building the first plan: finish it cheaply, so that the limit holds.
            AppendCompletion.Complete(_state, _neighbours);
        }
        else
        {
            PolishTouched();
        }

        _state.RecomputeTotals();
    }

    /// <summary>
    /// Runs ruin-and-recreate with simulated annealing from the state's current solution until
    /// <paramref name="stop"/> says so; the best solution found is left in the state and in <paramref name="best"/>.
    /// </summary>
    internal void Improve(SearchBudget stop, int[][] best, Action? onTick)
    {
        _state.RecomputeTotals();
        _state.CopyRoutesTo(best);
        double bestObjective = _state.Objective;
        double current = bestObjective;
        long bestLevel = _state.Level;
        int bestVehicles = _state.UsedVehicles;
        long currentLevel = bestLevel;
        double t0 = InitialTemperature * _temperatureScale;
        double tf = FinalTemperature * _temperatureScale;
        long first = Iterations;
        while (!stop.IsOver(Iterations))
        {
            double progress = ScheduleHorizon > 0 ? (double)((Iterations - first) % ScheduleHorizon) / ScheduleHorizon : stop.Progress(Iterations);
            double temperature = t0 * Math.Pow(tf / t0, progress);
            Iterations++;
            if ((Iterations & 63) == 0)
            {
                onTick?.Invoke();
            }

            _state.Begin();
            Ruin();
            Recreate(byAbsence: false);
            // Lexicographic: fewer mandatory jobs left out, then more priority served, then simulated annealing on cost.
            double candidate = _state.Objective;
            long level = _state.Level;
            double threshold = current - (temperature * Math.Log(_random.NextPositiveDouble()));
            if (level < currentLevel || (level == currentLevel && candidate < threshold))
            {
                Accepted++;
                if (IsNewBest(bestLevel, bestVehicles, bestObjective))
                {
                    PolishTouched();
                    _state.RecomputeTotals();
                    candidate = _state.Objective;
                    bestObjective = candidate;
                    bestLevel = level;
                    bestVehicles = _state.UsedVehicles;
                    _state.CopyRoutesTo(best);
                }

                current = candidate;
                currentLevel = level;
            }
            else
            {
                _state.Rollback();
            }
        }

        _state.LoadRoutes(best);
        _state.RecomputeTotals();
    }

    /// <summary>Whether the current plan beats the best so far: fewer jobs left out (level), then, under <see cref="FewestVehiclesFirst"/>, fewer routes, then cost.</summary>
    private bool IsNewBest(long bestLevel, int bestVehicles, double bestObjective)
    {
        if (_state.Level != bestLevel || !FewestVehiclesFirst || _state.UsedVehicles == bestVehicles)
        {
            return _state.IsBetterThan(bestLevel, bestObjective);
        }

        return _state.UsedVehicles < bestVehicles;
    }

    /// <summary>
    /// Tries to serve every job with fewer routes: repeatedly removes the smallest route and repairs with
    /// absence-driven ruin-and-recreate. Leaves the smallest fleet found that serves as many jobs as the start.
    /// </summary>
    /// <param name="stop">Budget of the phase.</param>
    /// <param name="best">Receives the smallest fleet found.</param>
    /// <param name="onSuccess">Called with the state holding each fleet reduction found, in order; null for none.</param>
    internal void MinimiseFleet(SearchBudget stop, int[][] best, Action? onSuccess)
    {
        _state.RecomputeTotals();
        int targetUnassigned = _state.UnassignedCount;
        long targetLevel = _state.Level;
        _state.CopyRoutesTo(best);
        int lowerBound = Math.Max(1, EjectionPool.CapacityLowerBound(_state));
        while (!stop.IsOver(Iterations) && _state.UsedVehicles > lowerBound)
        {
            int smallest = -1;
            for (int v = 0; v < _data.VehicleCount; v++)
            {
                int len = _state.RouteLength(v);
                if (len > 0 && _state.FixedCount(v) == 0 && (smallest < 0 || len < _state.RouteLength(smallest)))
                {
                    smallest = v;
                }
            }

            if (smallest < 0)
            {
                break;
            }

            _state.Begin();
            _state.SetRoute(smallest, ReadOnlySpan<int>.Empty);
            MaxRoutes = _state.UsedVehicles;
            _state.Begin();
            Recreate(byAbsence: true);
            int currentMissing = _state.UnassignedCount;
            long currentAbsence = AbsenceSum();
            bool success = currentMissing <= targetUnassigned && _state.Level <= targetLevel;
            while (!success && !stop.IsOver(Iterations))
            {
                Iterations++;
                _state.Begin();
                Ruin();
                Recreate(byAbsence: true);
                int missing = _state.UnassignedCount;
                long absence = AbsenceSum();
                for (int i = 0; i < missing; i++)
                {
                    _absences[_state.Unassigned(i)]++;
                }

                if (missing < currentMissing || absence < currentAbsence)
                {
                    Accepted++;
                    currentMissing = missing;
                    currentAbsence = absence;
                    success = missing <= targetUnassigned && _state.Level <= targetLevel;
                }
                else
                {
                    _state.Rollback();
                }
            }

            if (!success)
            {
                break;
            }

            _state.CopyRoutesTo(best);
            onSuccess?.Invoke();
        }

        _state.LoadRoutes(best);
        _state.RecomputeTotals();
        MaxRoutes = _state.UsedVehicles;
    }

    /// <summary>
    /// Fleet minimisation by ejection pool (<see cref="EjectionPool"/>, Nagata and Bräysy 2009): deletes routes while
    /// the budget lasts and the capacity lower bound is not reached; leaves the smallest fleet found that serves every
    /// job served at the start, with the route limit set to it.
    /// </summary>
    internal void MinimiseFleetByEjection(SearchBudget stop, int[][] best)
    {
        _ejectionPool ??= new EjectionPool(_state, _neighbours, _random);
        Iterations = _ejectionPool.Run(stop, best, Iterations);
        MaxRoutes = _state.UsedVehicles;
    }

    private long AbsenceSum()
    {
        long sum = 0;
        for (int i = 0; i < _state.UnassignedCount; i++)
        {
            sum += _absences[_state.Unassigned(i)];
        }

        return sum;
    }

    /// <summary>SISR ruin: remove strings around a random seed job from up to k_s neighbouring routes.</summary>
    private void Ruin()
    {
        int jobs = _data.JobCount;
        int routes = _state.UsedVehicles;
        if (jobs == 0 || routes == 0)
        {
            return;
        }

        double averageCardinality = (double)(jobs - _state.UnassignedCount) / routes;
        double lsMax = Math.Min(MaxStringLength, averageCardinality);
        double ksMax = (4 * AverageRemoved / (1 + lsMax)) - 1;
        int ks = (int)Math.Floor(_random.NextDouble() * ksMax) + 1;
        int seed = _random.Next(jobs);
        ReadOnlySpan<int> near = _neighbours.Of(seed);
        for (int i = -1; i < near.Length && _ruinedList.Count < ks; i++)
        {
            int c = i < 0 ? seed : near[i];
            int route = _state.RouteOf(c);
            if (route < 0 || _ruined[route])
            {
                continue;
            }

            int len = _state.RouteLength(route);
            double lMax = Math.Min(len, lsMax);
            int l = Math.Min(len, (int)Math.Floor(_random.NextDouble() * lMax) + 1);
            int pos = _state.PositionOf(c);
            if (l < len && _random.NextDouble() < SplitProbability)
            {
                // Split string: a window of l + m jobs around c loses all but m consecutive jobs.
                int m = 1;
                while (l + m < len && _random.NextDouble() > SplitDepth)
                {
                    m++;
                }

                int window = l + m;
                int start = Clamp(pos - _random.Next(window), 0, len - window);
                int keep = start + _random.Next(l + 1);
                for (int p = start; p < start + window; p++)
                {
                    if ((p < keep || p >= keep + m) && !_state.IsFixed(_state.Node(route, p)))
                    {
                        MarkRemoved(_state.Node(route, p));
                    }
                }
            }
            else
            {
                int start = Clamp(pos - _random.Next(l), 0, len - l);
                for (int p = start; p < start + l; p++)
                {
                    if (!_state.IsFixed(_state.Node(route, p)))
                    {
                        MarkRemoved(_state.Node(route, p));
                    }
                }
            }

            _ruined[route] = true;
            _ruinedList.Add(route);
            _state.RemoveMarked(route, _removed);
        }

        foreach (int route in _ruinedList)
        {
            _ruined[route] = false;
        }

        _ruinedList.Clear();
        for (int i = 0; i < _state.UnassignedCount; i++)
        {
            _removed[_state.Unassigned(i)] = false;
        }
    }

    /// <summary>Marks a job for removal; a shipment's two ends go together, or stay together when the other end is fixed.</summary>
    private void MarkRemoved(int job)
    {
        int partner = _data.Partner[job];
        if (partner < 0)
        {
            _removed[job] = true;
        }
        else if (!_state.IsFixed(partner))
        {
            _removed[job] = true;
            _removed[partner] = true;
        }
    }

    /// <summary>SISR recreate: sort the unassigned jobs, then greedy insertion with blinks.</summary>
    private void Recreate(bool byAbsence)
    {
        int count = _state.UnassignedCount;
        for (int i = 0; i < count; i++)
        {
            _buffer[i] = _state.Unassigned(i);
        }

        int depot = _data.StartNode(0);
        int order = _random.Next(11);
        if (byAbsence)
        {
            for (int i = 0; i < count; i++)
            {
                _keys[i] = -_absences[_buffer[i]] - _random.NextDouble();
            }

            Array.Sort(_keys, _buffer, 0, count);
        }
        else if (order < 4)
        {
            _random.Shuffle(_buffer, count);
        }
        else
        {
            for (int i = 0; i < count; i++)
            {
                int j = _buffer[i];
                _keys[i] = order switch
                {
                    < 8 => -TotalDemand(j),
                    < 10 => -_data.Distance(depot, j),
                    _ => _data.Distance(depot, j),
                };
            }

            Array.Sort(_keys, _buffer, 0, count);
        }

        // With optional jobs, one recreate in ten inserts them even where each alone is not worth its penalty: jobs that
        // pay only together (one detour serving both) are otherwise never tried; the annealing acceptance decides.
        bool evenUnprofitable = _anyOptional && _random.NextDouble() < 0.1;
        _insertion.InsertAll(_buffer, count, _random, BlinkRate, evenUnprofitable);
    }

    private double TotalDemand(int job)
    {
        double sum = 0;
        for (int k = 0; k < _data.Dimensions; k++)
        {
            sum += _data.Demand[(job * _data.Dimensions) + k];
        }

        return sum;
    }

    private void PolishTouched()
    {
        if (!UseLocalSearch)
        {
            return;
        }

        // Copy: local search touches further routes while it runs.
        _polish.Clear();
        foreach (int route in _state.TouchedRoutes)
        {
            if (_state.RouteLength(route) > 0)
            {
                _polish.Add(route);
            }
        }

        _localSearch.Improve(_polish);
    }

    private double MeanNearDistance()
    {
        int n = _data.JobCount;
        if (n < 2)
        {
            return 1;
        }

        double sum = 0;
        long count = 0;
        int k = Math.Min(10, _neighbours.Size);
        int step = Math.Max(1, n / 500);
        for (int j = 0; j < n; j += step)
        {
            for (int r = 0; r < k; r++)
            {
                sum += _data.Distance(j, _neighbours.Get(j, r)) * _data.CostPerDistance[0];
                count++;
            }
        }

        double mean = count == 0 ? 1 : sum / count;
        return mean > 0 ? mean : 1;
    }

    private static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;
}
