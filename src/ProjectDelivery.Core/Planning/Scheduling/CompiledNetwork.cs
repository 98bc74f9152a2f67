using System;
using System.Collections.Generic;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>
/// A project network compiled to flat arrays in topological order: the form in which forward and
/// backward passes run, allocation-free, as often as Monte Carlo loops need. Positions (0 … Count−1)
/// are topological: every predecessor has a smaller position than its successors.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; callers own the result spans, so many threads can run passes over one
/// instance at once. The plain-number passes start the project at 0 and honour all four link types with
/// lags, and constraints given as plain numbers (a network with date constraints needs calendar mode).
/// </remarks>
public sealed class CompiledNetwork
{
    private readonly string[] _ids;
    private readonly Dictionary<string, int> _positionById;

    private CompiledNetwork(
        string[] ids,
        int[] networkIndex,
        int[] predStart,
        int[] predFrom,
        byte[] predType,
        double[] predLag,
        int[] succStart,
        int[] succTo,
        byte[] succType,
        double[] succLag,
        double[] durations,
        byte[] constraintType,
        double[] constraintUnits,
        bool hasDateConstraints,
        double? deadlineUnits)
    {
        _ids = ids;
        NetworkIndex = networkIndex;
        PredStart = predStart;
        PredFrom = predFrom;
        PredType = predType;
        PredLag = predLag;
        SuccStart = succStart;
        SuccTo = succTo;
        SuccType = succType;
        SuccLag = succLag;
        Durations = durations;
        ConstraintType = constraintType;
        ConstraintUnits = constraintUnits;
        HasDateConstraints = hasDateConstraints;
        DeadlineUnits = deadlineUnits;
        _positionById = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (int p = 0; p < ids.Length; p++)
        {
            _positionById.Add(ids[p], p);
        }
    }

    /// <summary>Number of activities.</summary>
    public int ActivityCount => _ids.Length;

    /// <summary>Number of precedence links.</summary>
    public int LinkCount => PredFrom.Length;

    /// <summary>The network's own durations by position.</summary>
    public ReadOnlySpan<double> NominalDurations => Durations;

    internal int[] NetworkIndex { get; }

    internal int[] PredStart { get; }

    internal int[] PredFrom { get; }

    internal byte[] PredType { get; }

    internal double[] PredLag { get; }

    internal int[] SuccStart { get; }

    internal int[] SuccTo { get; }

    internal byte[] SuccType { get; }

    internal double[] SuccLag { get; }

    internal double[] Durations { get; }

    internal byte[] ConstraintType { get; }

    internal double[] ConstraintUnits { get; }

    internal bool HasDateConstraints { get; }

    internal double? DeadlineUnits { get; }

    /// <summary>Compiles a network (the same instance as <see cref="ProjectNetwork.Compiled"/>).</summary>
    /// <param name="network">The network.</param>
    /// <returns>Its compiled form.</returns>
    public static CompiledNetwork Compile(ProjectNetwork network) => Preconditions.CheckNotNull(network, nameof(network)).Compiled;

    /// <summary>Position of an activity, or -1 when unknown.</summary>
    /// <param name="id">Activity id.</param>
    /// <returns>Its topological position.</returns>
    public int IndexOf(string id) => _positionById.TryGetValue(id, out int p) ? p : -1;

    /// <summary>Id of the activity at a position.</summary>
    /// <param name="position">Topological position.</param>
    /// <returns>The id.</returns>
    public string IdAt(int position) => _ids[position];

    /// <summary>Index in <see cref="ProjectNetwork.Activities"/> of the activity at a position.</summary>
    /// <param name="position">Topological position.</param>
    /// <returns>The network index.</returns>
    public int NetworkIndexAt(int position) => NetworkIndex[position];

    /// <summary>
    /// Forward pass in plain-number mode: early start and finish of every activity for the given
    /// durations, the project starting at 0. Allocation-free.
    /// </summary>
    /// <param name="durations">Duration of each activity by position (≥ 0).</param>
    /// <param name="earlyStart">Receives early starts by position.</param>
    /// <param name="earlyFinish">Receives early finishes by position.</param>
    /// <returns>The project finish: the latest early finish (0 for an empty network).</returns>
    /// <exception cref="ArgumentException">A span is shorter than <see cref="ActivityCount"/>.</exception>
    /// <exception cref="InvalidOperationException">The network has date constraints (calendar mode only).</exception>
    public double ForwardPass(ReadOnlySpan<double> durations, Span<double> earlyStart, Span<double> earlyFinish)
    {
        CheckPlain(durations.Length, earlyStart.Length, earlyFinish.Length);
        var arithmetic = default(PlainArithmetic);
        return SchedulingPasses.Forward(this, ref arithmetic, durations, 0.0, ConstraintType, ConstraintUnits, null, earlyStart, earlyFinish, default);
    }

    /// <summary>
    /// Backward pass in plain-number mode: late start and finish back from <paramref name="projectFinish"/>
    /// (or from the network's deadline when it has one). Allocation-free.
    /// </summary>
    /// <param name="durations">Duration of each activity by position.</param>
    /// <param name="projectFinish">The finish to compute back from, usually the forward pass's result.</param>
    /// <param name="lateStart">Receives late starts by position.</param>
    /// <param name="lateFinish">Receives late finishes by position.</param>
    /// <exception cref="ArgumentException">A span is shorter than <see cref="ActivityCount"/>.</exception>
    /// <exception cref="InvalidOperationException">The network has date constraints (calendar mode only).</exception>
    public void BackwardPass(ReadOnlySpan<double> durations, double projectFinish, Span<double> lateStart, Span<double> lateFinish)
    {
        CheckPlain(durations.Length, lateStart.Length, lateFinish.Length);
        var arithmetic = default(PlainArithmetic);
        SchedulingPasses.Backward(this, ref arithmetic, durations, DeadlineUnits ?? projectFinish, ConstraintType, ConstraintUnits, null, lateStart, lateFinish);
    }

    private void CheckPlain(int a, int b, int c)
    {
        int n = _ids.Length;
        if (a < n || b < n || c < n)
        {
            throw new ArgumentException($"Spans must hold at least {n} values (one per activity); got {a}, {b}, {c}.");
        }

        if (HasDateConstraints)
        {
            throw new InvalidOperationException("The network has date constraints or a date deadline: schedule it in calendar mode.");
        }
    }

    internal static CompiledNetwork Build(ProjectNetwork network, Activity[] activities, Dictionary<string, int> indexById)
    {
        int n = activities.Length;
        int m = 0;
        var indegree = new int[n];
        var succCount = new int[n];
        foreach (Activity a in activities)
        {
            m += a.Predecessors.Count;
        }

        // predecessor lists by network index, validated
        var linkFrom = new int[m];
        var linkTo = new int[m];
        var linkType = new byte[m];
        var linkLag = new double[m];
        int k = 0;
        var seenPairs = new HashSet<long>();
        for (int i = 0; i < n; i++)
        {
            Activity a = activities[i];
            foreach (Dependency d in a.Predecessors)
            {
                if (!indexById.TryGetValue(d.PredecessorId, out int from))
                {
                    throw new ArgumentException($"Activity '{a.Id}' has unknown predecessor '{d.PredecessorId}'.", "activities");
                }

                if (from == i)
                {
                    throw new ScheduleCycleException(new[] { a.Id, a.Id });
                }

                if (!seenPairs.Add(((long)from << 32) | (uint)i))
                {
                    throw new ArgumentException($"Activity '{a.Id}' lists predecessor '{d.PredecessorId}' more than once.", "activities");
                }

                linkFrom[k] = from;
                linkTo[k] = i;
                linkType[k] = (byte)d.Type;
                linkLag[k] = d.Lag;
                indegree[i]++;
                succCount[from]++;
                k++;
            }
        }

        // successor adjacency by network index (CSR)
        var succStartIdx = new int[n + 1];
        for (int i = 0; i < n; i++)
        {
            succStartIdx[i + 1] = succStartIdx[i] + succCount[i];
        }

        var succLinks = new int[m];
        var fill = (int[])succStartIdx.Clone();
        for (int l = 0; l < m; l++)
        {
            succLinks[fill[linkFrom[l]]++] = l;
        }

        // Kahn's algorithm, stable in input order
        var order = new int[n];
        int head = 0, tail = 0;
        var remaining = (int[])indegree.Clone();
        for (int i = 0; i < n; i++)
        {
            if (remaining[i] == 0)
            {
                order[tail++] = i;
            }
        }

        while (head < tail)
        {
            int i = order[head++];
            for (int s = succStartIdx[i]; s < succStartIdx[i + 1]; s++)
            {
                int to = linkTo[succLinks[s]];
                if (--remaining[to] == 0)
                {
                    order[tail++] = to;
                }
            }
        }

        if (tail < n)
        {
            throw new ScheduleCycleException(FindCycle(activities, indexById, remaining));
        }

        var position = new int[n];
        var ids = new string[n];
        var durations = new double[n];
        var constraintType = new byte[n];
        var constraintUnits = new double[n];
        bool hasDates = network.Deadline is { IsDate: true };
        for (int p = 0; p < n; p++)
        {
            int i = order[p];
            position[i] = p;
            Activity a = activities[i];
            ids[p] = a.Id;
            durations[p] = a.Duration;
            constraintType[p] = (byte)a.Constraint.Type;
            if (a.Constraint.IsDated)
            {
                if (a.Constraint.Moment.IsDate)
                {
                    hasDates = true;
                }
                else
                {
                    constraintUnits[p] = a.Constraint.Moment.Units;
                }
            }
        }

        // predecessor CSR by position, and successor CSR by position
        var predStart = new int[n + 1];
        var sStart = new int[n + 1];
        for (int p = 0; p < n; p++)
        {
            predStart[p + 1] = predStart[p] + indegree[order[p]];
            sStart[p + 1] = sStart[p] + succCount[order[p]];
        }

        var predFrom = new int[m];
        var predType = new byte[m];
        var predLag = new double[m];
        var succTo = new int[m];
        var succType = new byte[m];
        var succLag = new double[m];
        var predFill = (int[])predStart.Clone();
        var succFill = (int[])sStart.Clone();
        for (int l = 0; l < m; l++)
        {
            int pf = position[linkFrom[l]], pt = position[linkTo[l]];
            int a = predFill[pt]++;
            predFrom[a] = pf;
            predType[a] = linkType[l];
            predLag[a] = linkLag[l];
            int b = succFill[pf]++;
            succTo[b] = pt;
            succType[b] = linkType[l];
            succLag[b] = linkLag[l];
        }

        double? deadlineUnits = network.Deadline is { IsDate: false } dl ? dl.Units : null;
        return new CompiledNetwork(ids, order, predStart, predFrom, predType, predLag, sStart, succTo, succType, succLag,
            durations, constraintType, constraintUnits, hasDates, deadlineUnits);
    }

    private static List<string> FindCycle(Activity[] activities, Dictionary<string, int> indexById, int[] remaining)
    {
        // Every activity left with remaining in-degree has an unprocessed predecessor: walk back until a repeat.
        int start = Array.FindIndex(remaining, r => r > 0);
        var visitedAt = new Dictionary<int, int>();
        var path = new List<int>();
        int current = start;
        while (!visitedAt.ContainsKey(current))
        {
            visitedAt[current] = path.Count;
            path.Add(current);
            int next = -1;
            foreach (Dependency d in activities[current].Predecessors)
            {
                int from = indexById[d.PredecessorId];
                if (remaining[from] > 0)
                {
                    next = from;
                    break;
                }
            }

            current = next;
        }

        // path[visitedAt[current]..] walks backwards along links; reverse it into link order
        var cycle = new List<string>();
        for (int i = path.Count - 1; i >= visitedAt[current]; i--)
        {
            cycle.Add(activities[path[i]].Id);
        }

        cycle.Add(cycle[0]);
        return cycle;
    }
}
