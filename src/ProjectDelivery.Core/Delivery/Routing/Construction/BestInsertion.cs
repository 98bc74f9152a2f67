using System;
using System.Collections.Generic;
using ProjectDelivery.Delivery.Routing.Evaluation;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.Construction;

/// <summary>
/// Greedy insertion of unassigned jobs, one at a time, each at its cheapest feasible position, with
/// optional "blinks" (each position skipped with a small probability). Used to build the first solution
/// and as the recreate step of ruin-and-recreate.
/// </summary>
/// <remarks>
/// Greedy insertion with blinks: Christiaens and Vanden Berghe (2020), "Slack induction by string removals
/// for vehicle routing problems", Transportation Science 54(2), 417–433, section 5.3. On large instances
/// positions are restricted to those next to a job's granular neighbours (Toth and Vigo 2003), with a full
/// scan as fallback when no such position is feasible. Every candidate is checked in O(1) through
/// <see cref="SearchState.InsertionDelta"/>. Both ends of a shipment are inserted together
/// (<see cref="FindPair"/>): every pickup position i and delivery position j ≥ i of every route, O(n²) per route,
/// each candidate checked in O(1) by extending the segment between the two ends one job at a time (the pickup and
/// delivery insertion of Ropke and Pisinger 2006, "An adaptive large neighborhood search heuristic for the pickup
/// and delivery problem with time windows", Transportation Science 40(4), 455–472).
/// </remarks>
internal sealed class BestInsertion
{
    /// <summary>Up to this many jobs every position of every route is tried.</summary>
    internal const int FullScanLimit = 250;

    private const int GranularSize = 40;

    private readonly ProblemData _data;
    private readonly SearchState _state;
    private readonly NeighbourLists _neighbours;
    private readonly LoadSummary[] _between;
    private readonly bool[] _candidateRoute;
    private double _bestPairCost;
    private double _bestPairDuration;
    private readonly List<int> _candidateRoutes = new();

    internal BestInsertion(SearchState state, NeighbourLists neighbours)
    {
        _state = state;
        _data = state.Data;
        _neighbours = neighbours;
        _between = new LoadSummary[Math.Max(1, _data.Dimensions)];
        _candidateRoute = new bool[_data.VehicleCount];
    }

    /// <summary>Evaluations of insertion positions so far.</summary>
    internal long Evaluations { get; private set; }

    /// <summary>Largest number of routes in use; new routes are not opened beyond it.</summary>
    internal int MaxRoutes { get; set; } = int.MaxValue;

    /// <summary>Stops <see cref="InsertAll(int[], int, SearchRandom, double, bool)"/> early (jobs stay unassigned) when it returns true; null: never.</summary>
    internal Func<bool>? Expired { get; set; }

    /// <summary>
    /// Inserts the jobs <paramref name="jobs"/>[0..<paramref name="count"/>) in that order; jobs with no feasible
    /// position (or, for optional jobs of priority 0, no position cheaper than their penalty) stay unassigned. A job
    /// with a priority is always worth serving (the priority ranks above cost). A shipment is inserted whole when its
    /// pickup comes up; its delivery end is skipped (both ends are unassigned together, so the list holds the pickup
    /// whenever it holds the delivery).
    /// </summary>
    internal void InsertAll(int[] jobs, int count, SearchRandom random, double blinkRate) => InsertAll(jobs, count, random, blinkRate, false);

    /// <summary>
    /// As <see cref="InsertAll(int[], int, SearchRandom, double)"/>; with <paramref name="evenUnprofitable"/> optional jobs are
    /// inserted wherever they fit even when their insertion costs more than their penalty, so that jobs worth serving only
    /// together (e.g. a shipment and a single job on the same detour) can be found; the caller's acceptance test decides.
    /// </summary>
    internal void InsertAll(int[] jobs, int count, SearchRandom random, double blinkRate, bool evenUnprofitable)
    {
        int used = MaxRoutes == int.MaxValue ? 0 : _state.UsedVehicles;
        for (int i = 0; i < count; i++)
        {
            if ((i & 15) == 15 && Expired?.Invoke() == true)
            {
                return;
            }

            int job = jobs[i];
            if (_state.RouteOf(job) >= 0)
            {
                continue;
            }

            bool canOpen = MaxRoutes == int.MaxValue || used < MaxRoutes;
            int partner = _data.Partner[job];
            if (partner >= 0)
            {
                if (!_data.IsPickup[job])
                {
                    continue;
                }

                int pickup = job;
                int delivery = partner;
                if (FindPair(pickup, delivery, random, blinkRate, canOpen, out int pairVehicle, out int pickupPosition, out int deliveryPosition, out double pairDelta)
                    && (evenUnprofitable || !_data.Optional[job] || _data.Priority[pickup] + _data.Priority[delivery] > 0 || pairDelta < _data.Penalty[pickup] + _data.Penalty[delivery]))
                {
                    if (_state.RouteLength(pairVehicle) == 0)
                    {
                        used++;
                    }

                    InsertPair(pickup, delivery, pairVehicle, pickupPosition, deliveryPosition);
                }

                continue;
            }

            if (Find(job, random, blinkRate, canOpen, out int vehicle, out int position, out double delta)
                && (evenUnprofitable || !_data.Optional[job] || _data.Priority[job] > 0 || delta < _data.Penalty[job]))
            {
                if (_state.RouteLength(vehicle) == 0)
                {
                    used++;
                }

                _state.Insert(job, vehicle, position);
            }
        }
    }

    /// <summary>Cheapest feasible insertion of <paramref name="job"/>; false when there is none.</summary>
    internal bool Find(int job, SearchRandom? random, double blinkRate, bool canOpenRoute, out int bestVehicle, out int bestPosition, out double bestDelta)
    {
        bestVehicle = -1;
        bestPosition = -1;
        bestDelta = double.PositiveInfinity;
        bool granular = _data.JobCount > FullScanLimit;
        if (granular)
        {
            ReadOnlySpan<int> near = _neighbours.Of(job);
            int limit = Math.Min(GranularSize, near.Length);
            for (int i = 0; i < limit; i++)
            {
                int other = near[i];
                int vehicle = _state.RouteOf(other);
                if (vehicle < 0 || !_data.CanServe(vehicle, job) || !_state.FitsCapacity(vehicle, job))
                {
                    continue;
                }

                int p = _state.PositionOf(other);
                Consider(job, vehicle, p, random, blinkRate, ref bestVehicle, ref bestPosition, ref bestDelta);
                Consider(job, vehicle, p + 1, random, blinkRate, ref bestVehicle, ref bestPosition, ref bestDelta);
            }
        }

        if (!granular || bestVehicle < 0)
        {
            for (int vehicle = 0; vehicle < _data.VehicleCount; vehicle++)
            {
                int len = _state.RouteLength(vehicle);
                if (len == 0 || !_data.CanServe(vehicle, job) || !_state.FitsCapacity(vehicle, job))
                {
                    continue;
                }

                for (int p = 0; p <= len; p++)
                {
                    Consider(job, vehicle, p, random, blinkRate, ref bestVehicle, ref bestPosition, ref bestDelta);
                }
            }
        }

        if (canOpenRoute)
        {
            int[] firstOfType = _data.FirstVehicleOfType;
            for (int t = 0; t < firstOfType.Length; t++)
            {
                int end = t + 1 < firstOfType.Length ? firstOfType[t + 1] : _data.VehicleCount;
                for (int vehicle = firstOfType[t]; vehicle < end; vehicle++)
                {
                    if (_state.RouteLength(vehicle) != 0)
                    {
                        continue;
                    }

                    if (_data.CanServe(vehicle, job) && _state.FitsCapacity(vehicle, job))
                    {
                        Consider(job, vehicle, 0, null, 0, ref bestVehicle, ref bestPosition, ref bestDelta);
                    }

                    break;
                }
            }
        }

        return bestVehicle >= 0;
    }

    /// <summary>
    /// Inserts a shipment found by <see cref="FindPair"/>: the pickup before position <paramref name="pickupPosition"/>
    /// and the delivery before position <paramref name="deliveryPosition"/> (≥ the pickup's) of the current route.
    /// </summary>
    internal void InsertPair(int pickup, int delivery, int vehicle, int pickupPosition, int deliveryPosition)
    {
        _state.Insert(pickup, vehicle, pickupPosition);
        _state.Insert(delivery, vehicle, deliveryPosition + 1);
    }

    /// <summary>
    /// Cheapest feasible insertion of a shipment: the pickup before position <paramref name="bestPickup"/> and the
    /// delivery before position <paramref name="bestDelivery"/> of the same route (positions in the route before
    /// either insertion, <paramref name="bestPickup"/> ≤ <paramref name="bestDelivery"/>); false when there is none.
    /// </summary>
    internal bool FindPair(int pickup, int delivery, SearchRandom? random, double blinkRate, bool canOpenRoute,
        out int bestVehicle, out int bestPickup, out int bestDelivery, out double bestDelta)
    {
        bestVehicle = -1;
        bestPickup = -1;
        bestDelivery = -1;
        bestDelta = double.PositiveInfinity;
        if (_data.JobCount > FullScanLimit)
        {
            // Large instances: only routes that serve a granular neighbour of either end; every route when none fits.
            CollectRoutesNear(pickup);
            CollectRoutesNear(delivery);
            foreach (int vehicle in _candidateRoutes)
            {
                _candidateRoute[vehicle] = false;
                if (_data.CanServe(vehicle, pickup) && _data.CanServe(vehicle, delivery))
                {
                    ConsiderPair(pickup, delivery, vehicle, random, blinkRate, ref bestVehicle, ref bestPickup, ref bestDelivery, ref bestDelta);
                }
            }

            _candidateRoutes.Clear();
            if (bestVehicle >= 0)
            {
                ConsiderNewRoutes(pickup, delivery, canOpenRoute, ref bestVehicle, ref bestPickup, ref bestDelivery, ref bestDelta);
                return true;
            }
        }

        int[] firstOfType = _data.FirstVehicleOfType;
        int type = 0;
        for (int vehicle = 0; vehicle < _data.VehicleCount; vehicle++)
        {
            while (type + 1 < firstOfType.Length && firstOfType[type + 1] <= vehicle)
            {
                type++;
            }

            if (!_data.CanServe(vehicle, pickup) || !_data.CanServe(vehicle, delivery))
            {
                continue;
            }

            if (_state.RouteLength(vehicle) == 0)
            {
                // Only the first empty vehicle of each type: the others are equivalent.
                if (!canOpenRoute || !IsFirstEmptyOfType(vehicle, firstOfType[type]))
                {
                    continue;
                }

                ConsiderPair(pickup, delivery, vehicle, null, 0, ref bestVehicle, ref bestPickup, ref bestDelivery, ref bestDelta);
                continue;
            }

            ConsiderPair(pickup, delivery, vehicle, random, blinkRate, ref bestVehicle, ref bestPickup, ref bestDelivery, ref bestDelta);
        }

        return bestVehicle >= 0;
    }

    /// <summary>
    /// Cheapest feasible positions of a shipment in the route of <paramref name="vehicle"/> alone (as in <see cref="FindPair"/>);
    /// +∞ when there are none. Skills are the caller's check.
    /// </summary>
    internal double BestPairIn(int pickup, int delivery, int vehicle, out int pickupPosition, out int deliveryPosition, out double cost, out double duration)
    {
        int bestVehicle = -1;
        pickupPosition = -1;
        deliveryPosition = -1;
        double bestDelta = double.PositiveInfinity;
        ConsiderPair(pickup, delivery, vehicle, null, 0, ref bestVehicle, ref pickupPosition, ref deliveryPosition, ref bestDelta);
        cost = _bestPairCost;
        duration = _bestPairDuration;
        return bestDelta;
    }

    private void CollectRoutesNear(int job)
    {
        ReadOnlySpan<int> near = _neighbours.Of(job);
        int limit = Math.Min(GranularSize, near.Length);
        for (int i = 0; i < limit; i++)
        {
            int vehicle = _state.RouteOf(near[i]);
            if (vehicle >= 0 && !_candidateRoute[vehicle])
            {
                _candidateRoute[vehicle] = true;
                _candidateRoutes.Add(vehicle);
            }
        }
    }

    private void ConsiderNewRoutes(int pickup, int delivery, bool canOpenRoute, ref int bestVehicle, ref int bestPickup, ref int bestDelivery, ref double bestDelta)
    {
        if (!canOpenRoute)
        {
            return;
        }

        int[] firstOfType = _data.FirstVehicleOfType;
        for (int t = 0; t < firstOfType.Length; t++)
        {
            int end = t + 1 < firstOfType.Length ? firstOfType[t + 1] : _data.VehicleCount;
            for (int vehicle = firstOfType[t]; vehicle < end; vehicle++)
            {
                if (_state.RouteLength(vehicle) != 0)
                {
                    continue;
                }

                if (_data.CanServe(vehicle, pickup) && _data.CanServe(vehicle, delivery))
                {
                    ConsiderPair(pickup, delivery, vehicle, null, 0, ref bestVehicle, ref bestPickup, ref bestDelivery, ref bestDelta);
                }

                break;
            }
        }
    }

    private bool IsFirstEmptyOfType(int vehicle, int first)
    {
        for (int v = first; v < vehicle; v++)
        {
            if (_state.RouteLength(v) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private void ConsiderPair(int pickup, int delivery, int vehicle, SearchRandom? random, double blinkRate,
        ref int bestVehicle, ref int bestPickup, ref int bestDelivery, ref double bestDelta)
    {
        int len = _state.RouteLength(vehicle);
        int dims = _data.Dimensions;
        RouteSegment pickupSegment = RouteSegment.Single(_data, pickup);
        RouteSegment deliverySegment = RouteSegment.Single(_data, delivery);
        for (int i = _state.FixedCount(vehicle); i <= len; i++)
        {
            if (random is not null && blinkRate > 0 && random.NextDouble() < blinkRate)
            {
                continue;
            }

            // Start depot, the first i jobs and the pickup; extended by one job per delivery position.
            RouteSegment head = RouteSegment.Merge(_data, _state.Prefix(vehicle, i), pickupSegment);
            for (int k = 0; k < dims; k++)
            {
                _between[k] = LoadSummary.Merge(_state.LoadPrefix(vehicle, i, k), LoadSummary.Single(_data, pickup, k));
            }

            for (int j = i; j <= len; j++)
            {
                if (head.TimeWarp > ProblemData.Epsilon || HeadOverloaded(vehicle))
                {
                    break; // time warp and the peak load never shrink as the head grows
                }

                Evaluations++;
                RouteSegment whole = RouteSegment.Merge(_data, RouteSegment.Merge(_data, head, deliverySegment), _state.Suffix(vehicle, j + 1));
                if (whole.IsFeasibleFor(_data, vehicle))
                {
                    // Exact price (several or soft windows, balancing term) through the state's candidate evaluation.
                    CandidateRoute candidate = CandidateRoute.Join(i, vehicle, j);
                    candidate.Add(RoutePiece.Job(pickup));
                    if (j > i)
                    {
                        candidate.Add(RoutePiece.Range(vehicle, i, j - 1, false));
                    }

                    candidate.Add(RoutePiece.Job(delivery));
                    double cost = _state.CandidateCost(vehicle, candidate, whole, out double duration);
                    double delta = double.IsPositiveInfinity(cost) ? cost : _state.ChangeDelta(vehicle, cost, duration);
                    if (delta < bestDelta && PairLoadFits(vehicle, delivery, j))
                    {
                        bestDelta = delta;
                        bestVehicle = vehicle;
                        bestPickup = i;
                        bestDelivery = j;
                        _bestPairCost = cost;
                        _bestPairDuration = duration;
                    }
                }

                if (j < len)
                {
                    int node = _state.Node(vehicle, j);
                    head = RouteSegment.Merge(_data, head, RouteSegment.Single(_data, node));
                    for (int k = 0; k < dims; k++)
                    {
                        _between[k] = LoadSummary.Merge(_between[k], LoadSummary.Single(_data, node, k));
                    }
                }
            }
        }
    }

    private bool HeadOverloaded(int vehicle)
    {
        for (int k = 0; k < _data.Dimensions; k++)
        {
            if (_between[k].Peak > _state.Capacity(vehicle, k) + ProblemData.Epsilon)
            {
                return true;
            }
        }

        return false;
    }

    private bool PairLoadFits(int vehicle, int delivery, int position)
    {
        for (int k = 0; k < _data.Dimensions; k++)
        {
            LoadSummary whole = LoadSummary.Merge(LoadSummary.Merge(_between[k], LoadSummary.Single(_data, delivery, k)), _state.LoadSuffix(vehicle, position, k));
            if (whole.Peak > _state.Capacity(vehicle, k) + ProblemData.Epsilon)
            {
                return false;
            }
        }

        return true;
    }

    private void Consider(int job, int vehicle, int position, SearchRandom? random, double blinkRate, ref int bestVehicle, ref int bestPosition, ref double bestDelta)
    {
        if (position < _state.FixedCount(vehicle) || (random is not null && blinkRate > 0 && random.NextDouble() < blinkRate))
        {
            return;
        }

        Evaluations++;
        double delta = _state.InsertionDelta(job, vehicle, position);
        if (delta < bestDelta && (!_state.HasShipments || _state.FitsLoad(vehicle, vehicle, position, job, vehicle, position)))
        {
            bestDelta = delta;
            bestVehicle = vehicle;
            bestPosition = position;
        }
    }
}
