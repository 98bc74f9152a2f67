using System;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.LocalSearch;

/// <summary>
/// For every job, the other jobs sorted by closeness (granular neighbour lists), truncated to a fixed size so
/// memory stays linear in the number of jobs.
/// </summary>
/// <remarks>
/// Granular neighbourhoods: Toth and Vigo (2003), "The granular tabu search and its application to the
/// vehicle-routing problem", INFORMS Journal on Computing 15(4). Closeness is the symmetric mean of the two
/// travel distances; building costs O(n² log k) time and O(n k) memory.
/// </remarks>
internal sealed class NeighbourLists
{
    private readonly int[] _neighbours;

    internal NeighbourLists(ProblemData data, int size)
    {
        int n = data.JobCount;
        Size = Math.Max(0, Math.Min(size, n - 1));
        _neighbours = new int[n * Size];
        if (Size == 0)
        {
            return;
        }

        var keys = new double[Size + 1];
        var items = new int[Size + 1];
        for (int i = 0; i < n; i++)
        {
            int count = 0;
            for (int j = 0; j < n; j++)
            {
                if (j == i)
                {
                    continue;
                }

                double d = 0.5 * (data.Distance(i, j) + data.Distance(j, i));
                if (count == Size && d >= keys[count - 1])
                {
                    continue;
                }

                // Insertion into a short sorted buffer.
                int p = count < Size ? count++ : count - 1;
                while (p > 0 && (keys[p - 1] > d || (keys[p - 1] == d && items[p - 1] > j)))
                {
                    keys[p] = keys[p - 1];
                    items[p] = items[p - 1];
                    p--;
                }

                keys[p] = d;
                items[p] = j;
            }

            Array.Copy(items, 0, _neighbours, i * Size, Size);
        }
    }

    /// <summary>Neighbours per job.</summary>
    internal int Size { get; }

    /// <summary>The <paramref name="rank"/>-th closest job to <paramref name="job"/>.</summary>
    internal int Get(int job, int rank) => _neighbours[(job * Size) + rank];

    /// <summary>All neighbours of <paramref name="job"/>, closest first.</summary>
    internal ReadOnlySpan<int> Of(int job) => new(_neighbours, job * Size, Size);
}
