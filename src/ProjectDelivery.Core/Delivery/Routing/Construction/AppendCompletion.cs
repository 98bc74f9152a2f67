using System;
using System.Collections.Generic;
using ProjectDelivery.Delivery.Routing.Evaluation;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.Construction;

/// <summary>
/// The cheap end of a first plan, used when the time limit or a cancellation stops the construction: the mandatory
/// jobs still unassigned are chained by nearest neighbour (granular lists, O(n k)) and appended, in that order, to the
/// ends of routes: a route takes jobs while its limits, capacity and skills allow, then the next vehicle takes over
/// (a job that does not fit an empty route is left out).
/// Jobs no vehicle can take stay unassigned (and are reported with their reason); optional jobs and shipments are left
/// to the search.
/// </summary>
/// <remarks>
/// With single hard windows and additive costs the routes are built outside the search state from O(1) segment
/// summaries (Vidal et al. 2013) and stored once each, so the whole completion is O(n k); otherwise every append is
/// checked exactly and costs O(route length).
/// </remarks>
internal static class AppendCompletion
{
    /// <summary>Appends the unassigned mandatory single jobs of <paramref name="state"/> to route ends.</summary>
    internal static void Complete(SearchState state, NeighbourLists neighbours)
    {
        ProblemData data = state.Data;
        int[] order = NearestNeighbourChain(state, neighbours);
        if (order.Length == 0)
        {
            return;
        }

        if (data.HasComplexJobs || data.BalanceCost > 0 || data.HasShipments)
        {
            AppendExactly(state, order);
        }
        else
        {
            AppendBySummaries(state, order);
        }

        state.RecomputeTotals();
    }

    private static int[] NearestNeighbourChain(SearchState state, NeighbourLists neighbours)
    {
        ProblemData data = state.Data;
        int n = data.JobCount;
        var pending = new bool[n];
        int left = 0;
        for (int j = 0; j < n; j++)
        {
            if (state.RouteOf(j) < 0 && !data.Optional[j] && data.Partner[j] < 0)
            {
                pending[j] = true;
                left++;
            }
        }

        var order = new int[left];
        int cursor = 0;
        int current = -1;
        for (int c = 0; c < left; c++)
        {
            int next = -1;
            if (current >= 0)
            {
                foreach (int near in neighbours.Of(current))
                {
                    if (pending[near])
                    {
                        next = near;
                        break;
                    }
                }
            }

            if (next < 0)
            {
                while (!pending[cursor])
                {
                    cursor++;
                }

                next = cursor;
            }

            pending[next] = false;
            order[c] = next;
            current = next;
        }

        return order;
    }

    private static void AppendBySummaries(SearchState state, int[] order)
    {
        ProblemData data = state.Data;
        var route = new List<int>();
        var load = new double[Math.Max(1, data.Dimensions)];
        RouteSegment open = default;
        int vehicle = Open(state, 0, route, load, ref open, out int kept);
        foreach (int job in order)
        {
            // Close routes that cannot take the job until one does; a job that does not fit an empty route is left out
            // (and that route stays open). Every route is closed at most once: O(jobs + vehicles) attempts in all.
            while (!TryAppend(data, vehicle, job, route, load, ref open) && route.Count > 0 && vehicle + 1 < data.VehicleCount)
            {
                Store(state, vehicle, route, kept);
                vehicle = Open(state, vehicle + 1, route, load, ref open, out kept);
            }
        }

        Store(state, vehicle, route, kept);
    }

    private static bool TryAppend(ProblemData data, int vehicle, int job, List<int> route, double[] load, ref RouteSegment open)
    {
        int dims = data.Dimensions;
        RouteSegment extended = RouteSegment.Merge(data, open, RouteSegment.Single(data, job));
        RouteSegment whole = RouteSegment.Merge(data, extended, RouteSegment.Single(data, data.EndNode(vehicle)));
        if (!data.CanServe(vehicle, job) || !Fits(data, load, vehicle, job) || !whole.IsFeasibleFor(data, vehicle))
        {
            return false;
        }

        route.Add(job);
        open = extended;
        for (int k = 0; k < dims; k++)
        {
            load[k] += data.Demand[(job * dims) + k];
        }

        return true;
    }

    /// <summary>Loads vehicle <paramref name="vehicle"/>'s current route as the open route.</summary>
    private static int Open(SearchState state, int vehicle, List<int> route, double[] load, ref RouteSegment open, out int kept)
    {
        route.Clear();
        kept = state.RouteLength(vehicle);
        for (int p = 0; p < kept; p++)
        {
            route.Add(state.Node(vehicle, p));
        }

        open = state.Prefix(vehicle, kept);
        for (int k = 0; k < state.Data.Dimensions; k++)
        {
            load[k] = state.Load(vehicle, k);
        }

        return vehicle;
    }

    private static void Store(SearchState state, int vehicle, List<int> route, int kept)
    {
        if (route.Count > kept)
        {
            state.SetRoute(vehicle, route.ToArray());
        }
    }

    private static bool Fits(ProblemData data, double[] load, int vehicle, int job)
    {
        int dims = data.Dimensions;
        for (int k = 0; k < dims; k++)
        {
            if (load[k] + data.Demand[(job * dims) + k] > data.Capacity[(vehicle * dims) + k] + ProblemData.Epsilon)
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendExactly(SearchState state, int[] order)
    {
        ProblemData data = state.Data;
        int vehicle = 0;
        foreach (int job in order)
        {
            while (true)
            {
                int end = state.RouteLength(vehicle);
                if (data.CanServe(vehicle, job) && state.FitsCapacity(vehicle, job) && !double.IsPositiveInfinity(state.InsertionDelta(job, vehicle, end)))
                {
                    state.Insert(job, vehicle, end);
                    break;
                }

                if (end == 0 || vehicle + 1 >= data.VehicleCount)
                {
                    break; // does not fit an empty route, or no vehicle left: stays unassigned
                }

                vehicle++;
            }
        }
    }
}
