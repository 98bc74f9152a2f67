using System;
using System.Collections.Generic;
using NodaTime;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>
/// The result of <see cref="EarnedValueAnalysis.Analyse"/>: one <see cref="EarnedValueNode"/> per WBS node
/// (project total, summary elements, control accounts) with its metrics for every reported period, flat
/// report rows and S-curves. Immutable and thread-safe; metrics are computed when asked for.
/// </summary>
public sealed class EarnedValueReport
{
    private readonly EarnedValueNode[] _nodes;
    private readonly EarnedValueNode[] _hierarchyOrder;
    private readonly Dictionary<string, EarnedValueNode> _byId;

    internal EarnedValueReport(EarnedValueProject project, EarnedValueOptions options, NodeData data)
    {
        Project = project;
        Options = options;
        Data = data;
        int count = data.Ids.Length;
        _nodes = new EarnedValueNode[count];
        var levels = new int[count];
        _byId = new Dictionary<string, EarnedValueNode>(count, StringComparer.Ordinal);
        for (int n = 0; n < count; n++)
        {
            int parent = data.Parents[n];
            levels[n] = parent < 0 ? 0 : -1;
        }

        for (int n = 0; n < count; n++)
        {
            levels[n] = LevelOf(n, data.Parents, levels);
            _nodes[n] = new EarnedValueNode(this, n, levels[n]);
            _byId[data.Ids[n]] = _nodes[n];
        }

        // Depth-first order (children in the order given), the natural order of a WBS report.
        var children = new List<int>[count];
        for (int n = 1; n < count; n++)
        {
            int parent = data.Parents[n];
            (children[parent] ??= new List<int>()).Add(n);
        }

        _hierarchyOrder = new EarnedValueNode[count];
        int next = 0;
        var stack = new Stack<int>();
        stack.Push(0);
        while (stack.Count > 0)
        {
            int n = stack.Pop();
            _hierarchyOrder[next++] = _nodes[n];
            if (children[n] is List<int> kids)
            {
                for (int i = kids.Count - 1; i >= 0; i--)
                {
                    stack.Push(kids[i]);
                }
            }
        }
    }

    /// <summary>The analysed project.</summary>
    public EarnedValueProject Project { get; }

    /// <summary>The options used.</summary>
    public EarnedValueOptions Options { get; }

    /// <summary>The status date: the end of the last reported period (the day before the start when none is reported).</summary>
    public LocalDate StatusDate => DateOf(Project.StatusPeriodCount);

    /// <summary>The project total.</summary>
    public EarnedValueNode Total => _nodes[0];

    /// <summary>Every node in WBS order: the total, then depth-first through elements and accounts in the order given.</summary>
    public IReadOnlyList<EarnedValueNode> Nodes => _hierarchyOrder;

    internal NodeData Data { get; }

    /// <summary>The node with the given id (<see cref="EarnedValueProject.TotalId"/> for the total).</summary>
    /// <param name="id">Account, element or total id.</param>
    /// <returns>The node.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public EarnedValueNode Node(string id)
    {
        if (id is null || !_byId.TryGetValue(id, out EarnedValueNode? node))
        {
            throw new KeyNotFoundException($"The report has no node '{id}'.");
        }

        return node;
    }

    /// <summary>
    /// Flat rows, one per node × reported period (periods 1 … status, in WBS order then period order), with plain
    /// properties for report designers. Enumerated lazily.
    /// </summary>
    /// <returns>The rows.</returns>
    public IEnumerable<EarnedValueRow> Rows()
    {
        foreach (EarnedValueNode node in _hierarchyOrder)
        {
            for (int k = 1; k <= Project.StatusPeriodCount; k++)
            {
                yield return new EarnedValueRow(node, node.MetricsAt(k), Project.Calendar, k == Project.StatusPeriodCount);
            }
        }
    }

    /// <summary>The flat <see cref="Rows"/> as a list, so that LINQPad (which calls <c>ToDump</c> by convention) shows a table.</summary>
    /// <returns>An <see cref="IReadOnlyList{T}"/> of <see cref="EarnedValueRow"/>.</returns>
    public object ToDump() => new List<EarnedValueRow>(Rows());

    internal LocalDate DateOf(int periodNumber) =>
        periodNumber == 0 ? Project.Calendar.Start.PlusDays(-1) : Project.Calendar.PeriodEnd(periodNumber - 1);

    private static int LevelOf(int n, int[] parents, int[] levels)
    {
        // Walk up to the first node whose level is known, then fill the path back down (no recursion).
        var path = new List<int>();
        int current = n;
        while (levels[current] < 0)
        {
            path.Add(current);
            current = parents[current];
        }

        int level = levels[current];
        for (int i = path.Count - 1; i >= 0; i--)
        {
            levels[path[i]] = ++level;
        }

        return levels[n];
    }

    /// <summary>Rolled-up data in structure-of-arrays form: row <c>n</c> of each series holds node n's values, index 0 = before the first period.</summary>
    internal sealed class NodeData
    {
        internal NodeData(string[] ids, string?[] names, EarnedValueNodeKind[] kinds, int[] parents, double[] bac, double[] etc, bool[] etcMissing,
                          int[] plannedDuration, double[] pvPeriod, double[] evPeriod, double[] acPeriod,
                          double[] pvCumulative, double[] evCumulative, double[] acCumulative, int pvStride, int evStride)
        {
            Ids = ids;
            Names = names;
            Kinds = kinds;
            Parents = parents;
            Bac = bac;
            Etc = etc;
            EtcMissing = etcMissing;
            PlannedDuration = plannedDuration;
            PvPeriod = pvPeriod;
            EvPeriod = evPeriod;
            AcPeriod = acPeriod;
            PvCumulative = pvCumulative;
            EvCumulative = evCumulative;
            AcCumulative = acCumulative;
            PvStride = pvStride;
            EvStride = evStride;
        }

        internal string[] Ids { get; }

        internal string?[] Names { get; }

        internal EarnedValueNodeKind[] Kinds { get; }

        internal int[] Parents { get; }

        internal double[] Bac { get; }

        internal double[] Etc { get; }

        internal bool[] EtcMissing { get; }

        internal int[] PlannedDuration { get; }

        internal double[] PvPeriod { get; }

        internal double[] EvPeriod { get; }

        internal double[] AcPeriod { get; }

        internal double[] PvCumulative { get; }

        internal double[] EvCumulative { get; }

        internal double[] AcCumulative { get; }

        internal int PvStride { get; }

        internal int EvStride { get; }
    }
}
