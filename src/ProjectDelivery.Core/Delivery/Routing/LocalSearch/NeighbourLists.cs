using System;
using System.Collections.Generic;
using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Delivery.Routing.LocalSearch;

/// <summary>
/// For every job, the other jobs sorted by closeness (granular neighbour lists), truncated to a fixed size so
/// memory stays linear in the number of jobs.
/// </summary>
/// <remarks>
/// Granular neighbourhoods: Toth and Vigo (2003), "The granular tabu search and its application to the
/// vehicle-routing problem", INFORMS Journal on Computing 15(4). Closeness is the symmetric mean of the two
/// travel distances; building costs O(n² log k) time and O(n k) memory, or about O(n k) with a grid for networks
/// with coordinates above <see cref="TravelNetwork.DenseLimit"/> locations (nearest by straight line first, then
/// ranked by the network's distance).
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

        if (n > TravelNetwork.DenseLimit && data.Network.GivenCoordinates is not null)
        {
            BuildFromGrid(data);
            return;
        }

        var keys = new double[Size + 1];
        var items = new int[Size + 1];
        for (int i = 0; i < n; i++)
        {
            int count = 0;
            for (int j = 0; j < n; j++)
            {
                if (j != i)
                {
                    count = Offer(data, i, j, keys, items, count);
                }
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

    /// <summary>Offers job <paramref name="j"/> as a neighbour of <paramref name="i"/> to the sorted buffer of <paramref name="count"/> entries; returns the new count.</summary>
    private int Offer(ProblemData data, int i, int j, double[] keys, int[] items, int count)
    {
        // On a symmetric network the mean of the two directions is the distance itself (exactly: 0.5 × 2d = d).
        double d = data.IsSymmetric ? data.Distance(i, j) : 0.5 * (data.Distance(i, j) + data.Distance(j, i));
        if (count == Size && (d > keys[count - 1] || (d == keys[count - 1] && j > items[count - 1])))
        {
            return count;
        }

        // Insertion into a short sorted buffer (ties by job index, so the order of offers does not matter).
        int p = count < Size ? count++ : count - 1;
        while (p > 0 && (keys[p - 1] > d || (keys[p - 1] == d && items[p - 1] > j)))
        {
            keys[p] = keys[p - 1];
            items[p] = items[p - 1];
            p--;
        }

        keys[p] = d;
        items[p] = j;
        return count;
    }

    /// <summary>
    /// Large networks with coordinates: candidates come from a uniform grid of about two jobs per cell, ring by ring
    /// around the job's cell until the rings hold the list size, plus one more ring; O(n k) instead of O(n²).
    /// Geographic coordinates are projected equirectangularly for the grid; the lists rank by the network's distance.
    /// </summary>
    private void BuildFromGrid(ProblemData data)
    {
        int n = data.JobCount;
        (IReadOnlyList<double> a, IReadOnlyList<double> b) = data.Network.GivenCoordinates!.Value;
        bool geographic = data.Network.IsGeographic;
        var px = new double[n];
        var py = new double[n];
        double meanLatitude = 0;
        for (int j = 0; j < n && geographic; j++)
        {
            meanLatitude += a[data.NodeLocation[j]] / n;
        }

        double shrink = geographic ? Math.Cos(meanLatitude * Math.PI / 180) : 1;
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity, maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        for (int j = 0; j < n; j++)
        {
            int location = data.NodeLocation[j];
            px[j] = geographic ? b[location] * shrink : a[location];
            py[j] = geographic ? a[location] : b[location];
            minX = Math.Min(minX, px[j]);
            minY = Math.Min(minY, py[j]);
            maxX = Math.Max(maxX, px[j]);
            maxY = Math.Max(maxY, py[j]);
        }

        int side = Math.Max(1, (int)Math.Sqrt(n / 2.0));
        double cellX = Math.Max((maxX - minX) / side, 1e-12);
        double cellY = Math.Max((maxY - minY) / side, 1e-12);
        int Cell(double v, double min, double size) => Math.Min(side - 1, Math.Max(0, (int)((v - min) / size)));
        var first = new int[(side * side) + 1];
        var cellOf = new int[n];
        for (int j = 0; j < n; j++)
        {
            cellOf[j] = (Cell(py[j], minY, cellY) * side) + Cell(px[j], minX, cellX);
            first[cellOf[j] + 1]++;
        }

        for (int c = 0; c < side * side; c++)
        {
            first[c + 1] += first[c];
        }

        var members = new int[n];
        var fill = (int[])first.Clone();
        for (int j = 0; j < n; j++)
        {
            members[fill[cellOf[j]]++] = j;
        }

        var keys = new double[Size + 1];
        var items = new int[Size + 1];
        for (int i = 0; i < n; i++)
        {
            int cx = cellOf[i] % side;
            int cy = cellOf[i] / side;
            int count = 0;
            int seen = 0;
            int extra = -1;
            for (int ring = 0; ring < side && extra != 0; ring++)
            {
                for (int y = cy - ring; y <= cy + ring; y++)
                {
                    if (y < 0 || y >= side)
                    {
                        continue;
                    }

                    bool edgeRow = y == cy - ring || y == cy + ring;
                    for (int x = cx - ring; x <= cx + ring; x += edgeRow ? 1 : 2 * Math.Max(ring, 1))
                    {
                        if (x < 0 || x >= side)
                        {
                            continue;
                        }

                        int c = (y * side) + x;
                        for (int m = first[c]; m < first[c + 1]; m++)
                        {
                            int j = members[m];
                            if (j != i)
                            {
                                count = Offer(data, i, j, keys, items, count);
                                seen++;
                            }
                        }
                    }
                }

                if (extra > 0)
                {
                    extra--;
                }
                else if (extra < 0 && seen >= Size)
                {
                    extra = 1;
                }
            }

            Array.Copy(items, 0, _neighbours, i * Size, Size);
        }
    }
}
