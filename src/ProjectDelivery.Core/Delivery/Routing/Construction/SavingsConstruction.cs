using System;
using ProjectDelivery.Delivery.Routing.Evaluation;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.Construction;

/// <summary>
/// Clarke–Wright parallel savings: every job starts on its own route; pairs (i, j) are taken in decreasing order of
/// the saving s(i, j) = d(depot, i) + d(j, depot) − d(i, j), and the route ending at i is joined to the route starting
/// at j when the merged route respects capacity, time windows, duration and distance (checked in O(1) by concatenating
/// the two routes' segment summaries and adding their loads).
/// </summary>
/// <remarks>
/// Clarke and Wright (1964), "Scheduling of vehicles from a central depot to a number of delivery points",
/// Operations Research 12(4), 568–581 (parallel version). Routes are built for the first vehicle's depots, limits and
/// skills; with a symmetric network and no time constraints a route may be reversed so that i and j become its
/// ends, as in the classic method. Only pairs of granular neighbours are considered (at most 20 per job above 10,000 jobs), so the pair list is O(n k).
/// The routes, largest load first, are then given to the free vehicles that can run them; the jobs of routes no
/// vehicle takes (and jobs the first vehicle cannot serve) are left unassigned for the greedy insertion that follows.
/// </remarks>
internal static class SavingsConstruction
{
    /// <summary>Loads the savings plan into <paramref name="state"/> (which must have every job unassigned).</summary>
    /// <remarks>
    /// Joining long routes costs their length (reversal, relabelling), so an unconstrained problem can take O(n²): when
    /// <paramref name="expired"/> returns true (checked every 256 pairs) the joins stop and the routes built so far are assigned.
    /// </remarks>
    internal static void Build(SearchState state, NeighbourLists neighbours, Func<bool>? expired = null)
    {
        ProblemData data = state.Data;
        int n = data.JobCount;
        if (n == 0 || data.VehicleCount == 0)
        {
            return;
        }

        int dims = data.Dimensions;
        int start = data.StartNode(0);
        int end = data.EndNode(0);
        bool reversible = data.IsSymmetric && !data.HasTimeConstraints;
        var next = new int[n];
        var previous = new int[n];
        var head = new int[n];
        var tail = new int[n];
        var routeOf = new int[n];
        var segment = new RouteSegment[n];
        var load = new double[n * Math.Max(1, dims)];
        var active = new bool[n];
        for (int j = 0; j < n; j++)
        {
            next[j] = -1;
            previous[j] = -1;
            routeOf[j] = j;
            head[j] = j;
            tail[j] = j;
            segment[j] = RouteSegment.Single(data, j);
            for (int k = 0; k < dims; k++)
            {
                load[(j * dims) + k] = data.Demand[(j * dims) + k];
            }

            active[j] = data.CanServe(0, j) && Fits(data, load, j, 0) && Whole(data, segment[j], start, end).IsFeasibleFor(data, 0);
        }

        // Above 10,000 jobs the pair list uses the 20 nearest neighbours only (memory and sorting time; n × 20 pairs).
        int size = n > 10_000 ? Math.Min(neighbours.Size, 20) : neighbours.Size;
        var pairI = new int[n * size];
        var pairJ = new int[n * size];
        var saving = new double[n * size];
        int count = 0;
        for (int i = 0; i < n; i++)
        {
            for (int r = 0; r < size; r++)
            {
                int j = neighbours.Get(i, r);
                double s = data.Distance(start, i) + data.Distance(j, end) - data.Distance(i, j);
                if (s > 0)
                {
                    pairI[count] = i;
                    pairJ[count] = j;
                    saving[count] = -s;
                    count++;
                }
            }
        }

        var order = new int[count];
        for (int p = 0; p < count; p++)
        {
            order[p] = p;
        }

        // Stable order: by saving, then by pair index, so the plan does not depend on the sort's tie handling.
        var keys = new double[count];
        Array.Copy(saving, keys, count);
        Array.Sort(keys, order);
        SortTies(keys, order);
        for (int q = 0; q < order.Length; q++)
        {
            if ((q & 255) == 255 && expired?.Invoke() == true)
            {
                break;
            }

            int p = order[q];
            int i = pairI[p];
            int j = pairJ[p];
            if (!active[i] || !active[j])
            {
                continue;
            }

            int a = routeOf[i];
            int b = routeOf[j];
            if (a == b)
            {
                continue;
            }

            if (reversible)
            {
                if (head[a] == i && tail[a] != i)
                {
                    Reverse(data, a, next, previous, head, tail, segment);
                }

                if (tail[b] == j && head[b] != j)
                {
                    Reverse(data, b, next, previous, head, tail, segment);
                }
            }

            if (tail[a] != i || head[b] != j)
            {
                continue;
            }

            bool fits = true;
            for (int k = 0; k < dims; k++)
            {
                if (load[(a * dims) + k] + load[(b * dims) + k] > data.Capacity[k] + ProblemData.Epsilon)
                {
                    fits = false;
                    break;
                }
            }

            if (!fits)
            {
                continue;
            }

            RouteSegment merged = RouteSegment.Merge(data, segment[a], segment[b]);
            if (!Whole(data, merged, start, end).IsFeasibleFor(data, 0))
            {
                continue;
            }

            // Join: route b's jobs now belong to route a.
            next[i] = j;
            previous[j] = i;
            tail[a] = tail[b];
            segment[a] = merged;
            for (int k = 0; k < dims; k++)
            {
                load[(a * dims) + k] += load[(b * dims) + k];
            }

            for (int x = j; x >= 0; x = next[x])
            {
                routeOf[x] = a;
            }
        }

        Assign(state, active, routeOf, head, next, load);
    }

    private static void Assign(SearchState state, bool[] active, int[] routeOf, int[] head, int[] next, double[] load)
    {
        ProblemData data = state.Data;
        int n = data.JobCount;
        int dims = data.Dimensions;
        int routes = 0;
        var roots = new int[n];
        var sizes = new double[n];
        for (int j = 0; j < n; j++)
        {
            if (active[j] && routeOf[j] == j)
            {
                roots[routes] = j;
                double total = 0;
                for (int k = 0; k < dims; k++)
                {
                    total += load[(j * dims) + k];
                }

                sizes[routes] = -total;
                routes++;
            }
        }

        Array.Sort(sizes, roots, 0, routes);
        var taken = new bool[data.VehicleCount];
        var jobs = new int[n];
        for (int r = 0; r < routes; r++)
        {
            int length = 0;
            for (int x = head[roots[r]]; x >= 0; x = next[x])
            {
                jobs[length++] = x;
            }

            for (int v = 0; v < data.VehicleCount; v++)
            {
                if (taken[v] || !CanRun(state, v, jobs, length))
                {
                    continue;
                }

                taken[v] = true;
                state.SetRoute(v, new ReadOnlySpan<int>(jobs, 0, length));
                break;
            }
        }
    }

    private static bool CanRun(SearchState state, int vehicle, int[] jobs, int length)
    {
        ProblemData data = state.Data;
        int dims = data.Dimensions;
        RouteSegment route = RouteSegment.Single(data, data.StartNode(vehicle));
        for (int k = 0; k < dims; k++)
        {
            double total = 0;
            for (int p = 0; p < length; p++)
            {
                total += data.Demand[(jobs[p] * dims) + k];
            }

            if (total > state.Capacity(vehicle, k) + ProblemData.Epsilon)
            {
                return false;
            }
        }

        for (int p = 0; p < length; p++)
        {
            if (!data.CanServe(vehicle, jobs[p]))
            {
                return false;
            }

            route = RouteSegment.Merge(data, route, RouteSegment.Single(data, jobs[p]));
        }

        return RouteSegment.Merge(data, route, RouteSegment.Single(data, data.EndNode(vehicle))).IsFeasibleFor(data, vehicle);
    }

    private static bool Fits(ProblemData data, double[] load, int route, int vehicle)
    {
        int dims = data.Dimensions;
        for (int k = 0; k < dims; k++)
        {
            if (load[(route * dims) + k] > data.Capacity[(vehicle * dims) + k] + ProblemData.Epsilon)
            {
                return false;
            }
        }

        return true;
    }

    private static RouteSegment Whole(ProblemData data, in RouteSegment jobs, int start, int end) =>
        RouteSegment.Merge(data, RouteSegment.Merge(data, RouteSegment.Single(data, start), jobs), RouteSegment.Single(data, end));

    private static void Reverse(ProblemData data, int route, int[] next, int[] previous, int[] head, int[] tail, RouteSegment[] segment)
    {
        int x = head[route];
        while (x >= 0)
        {
            int following = next[x];
            next[x] = previous[x];
            previous[x] = following;
            x = following;
        }

        (head[route], tail[route]) = (tail[route], head[route]);
        RouteSegment summary = RouteSegment.Single(data, head[route]);
        for (int y = next[head[route]]; y >= 0; y = next[y])
        {
            summary = RouteSegment.Merge(data, summary, RouteSegment.Single(data, y));
        }

        segment[route] = summary;
    }

    private static void SortTies(double[] keys, int[] order)
    {
        int i = 0;
        while (i < keys.Length)
        {
            int j = i + 1;
            while (j < keys.Length && keys[j] == keys[i])
            {
                j++;
            }

            if (j - i > 1)
            {
                Array.Sort(order, i, j - i);
            }

            i = j;
        }
    }
}
