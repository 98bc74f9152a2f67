using System;
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
/// <see cref="SearchState.InsertionDelta"/>.
/// </remarks>
internal sealed class BestInsertion
{
    /// <summary>Up to this many jobs every position of every route is tried.</summary>
    internal const int FullScanLimit = 250;

    private const int GranularSize = 40;

    private readonly ProblemData _data;
    private readonly SearchState _state;
    private readonly NeighbourLists _neighbours;

    internal BestInsertion(SearchState state, NeighbourLists neighbours)
    {
        _state = state;
        _data = state.Data;
        _neighbours = neighbours;
    }

    /// <summary>Evaluations of insertion positions so far.</summary>
    internal long Evaluations { get; private set; }

    /// <summary>Largest number of routes in use; new routes are not opened beyond it.</summary>
    internal int MaxRoutes { get; set; } = int.MaxValue;

    /// <summary>
    /// Inserts the jobs <paramref name="jobs"/>[0..<paramref name="count"/>) in that order; jobs with no feasible
    /// position (or, for optional jobs of priority 0, no position cheaper than their penalty) stay unassigned. A job
    /// with a priority is always worth serving (the priority ranks above cost).
    /// </summary>
    internal void InsertAll(int[] jobs, int count, SearchRandom random, double blinkRate)
    {
        int used = MaxRoutes == int.MaxValue ? 0 : _state.UsedVehicles;
        for (int i = 0; i < count; i++)
        {
            int job = jobs[i];
            if (_state.RouteOf(job) >= 0)
            {
                continue;
            }

            bool canOpen = MaxRoutes == int.MaxValue || used < MaxRoutes;
            if (Find(job, random, blinkRate, canOpen, out int vehicle, out int position, out double delta)
                && (!_data.Optional[job] || _data.Priority[job] > 0 || delta < _data.Penalty[job]))
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

    private void Consider(int job, int vehicle, int position, SearchRandom? random, double blinkRate, ref int bestVehicle, ref int bestPosition, ref double bestDelta)
    {
        if (position < _state.FixedCount(vehicle) || (random is not null && blinkRate > 0 && random.NextDouble() < blinkRate))
        {
            return;
        }

        Evaluations++;
        double delta = _state.InsertionDelta(job, vehicle, position);
        if (delta < bestDelta)
        {
            bestDelta = delta;
            bestVehicle = vehicle;
            bestPosition = position;
        }
    }
}
