using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>Computes earned value metrics for a project, rolled up its WBS, for every reported period.</summary>
/// <remarks>
/// Roll-up (ANSI/EIA-748 guideline 3 and the PMI practice standard): the planned value, earned value and actual
/// cost of every period, the budgets at completion and the bottom-up estimates to complete are summed from the
/// control accounts into every WBS element above them and into the project total; indices and forecasts are
/// then computed from the sums, never averaged. A summary's bottom-up ETC is defined only when every account
/// under it has one. The work is linear in nodes × periods (plus elements × depth); metrics are built on demand.
/// </remarks>
public static class EarnedValueAnalysis
{
    /// <summary>Analyses a project.</summary>
    /// <param name="project">The project.</param>
    /// <param name="options">Options, or null for <see cref="EarnedValueOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is invalid (named).</exception>
    public static EarnedValueReport Analyse(EarnedValueProject project, EarnedValueOptions? options = null)
    {
        Preconditions.CheckNotNull(project, nameof(project));
        options ??= EarnedValueOptions.Default;
        options.Validate();

        WbsElement[] elements = project.ElementArray;
        ControlAccount[] accounts = project.AccountArray;
        int nodeCount = 1 + elements.Length + accounts.Length;
        int periods = project.Calendar.Count;
        int status = project.StatusPeriodCount;
        int pvStride = periods + 1;
        int evStride = status + 1;

        var ids = new string[nodeCount];
        var names = new string?[nodeCount];
        var kinds = new EarnedValueNodeKind[nodeCount];
        var parents = new int[nodeCount];
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        ids[0] = EarnedValueProject.TotalId;
        names[0] = null;
        kinds[0] = EarnedValueNodeKind.Project;
        parents[0] = -1;
        for (int e = 0; e < elements.Length; e++)
        {
            int n = 1 + e;
            ids[n] = elements[e].Id;
            names[n] = elements[e].Name;
            kinds[n] = EarnedValueNodeKind.WbsElement;
            indexOf[elements[e].Id] = n;
        }

        for (int e = 0; e < elements.Length; e++)
        {
            parents[1 + e] = elements[e].ParentId is string p ? indexOf[p] : 0;
        }

        int firstAccount = 1 + elements.Length;
        for (int a = 0; a < accounts.Length; a++)
        {
            int n = firstAccount + a;
            ids[n] = accounts[a].Id;
            names[n] = accounts[a].Name;
            kinds[n] = EarnedValueNodeKind.ControlAccount;
            parents[n] = accounts[a].ParentId is string p ? indexOf[p] : 0;
        }

        // Per-period values of every node (structure of arrays, one row of stride values per node): each account
        // into its own row and its parent's, then elements, deepest first, into their parents.
        var pvPeriod = new double[nodeCount * pvStride];
        var evPeriod = new double[nodeCount * evStride];
        var acPeriod = new double[nodeCount * evStride];
        var bac = new double[nodeCount];
        var etc = new double[nodeCount];
        var etcMissing = new bool[nodeCount];
        for (int a = 0; a < accounts.Length; a++)
        {
            ControlAccount account = accounts[a];
            int n = firstAccount + a;
            int parent = parents[n];
            double[] pv = account.PlannedValueArray;
            double[] ev = account.EarnedValueArray;
            double[] ac = account.ActualCostArray;
            int pvRow = (n * pvStride) + 1;
            int pvParentRow = (parent * pvStride) + 1;
            for (int k = 0; k < pv.Length; k++)
            {
                pvPeriod[pvRow + k] = pv[k];
                pvPeriod[pvParentRow + k] += pv[k];
            }

            int evRow = (n * evStride) + 1;
            int evParentRow = (parent * evStride) + 1;
            for (int k = 0; k < ev.Length; k++)
            {
                evPeriod[evRow + k] = ev[k];
                evPeriod[evParentRow + k] += ev[k];
                acPeriod[evRow + k] = ac[k];
                acPeriod[evParentRow + k] += ac[k];
            }

            bac[n] = account.BudgetAtCompletion;
            bac[parent] += account.BudgetAtCompletion;
            etc[n] = account.BottomUpEstimateToComplete ?? 0;
            etc[parent] += etc[n];
            etcMissing[n] = account.BottomUpEstimateToComplete is null;
            etcMissing[parent] |= etcMissing[n];
        }

        foreach (int n in ElementsDeepestFirst(parents, elements.Length))
        {
            int parent = parents[n];
            AddRow(pvPeriod, n, parent, pvStride);
            AddRow(evPeriod, n, parent, evStride);
            AddRow(acPeriod, n, parent, evStride);
            bac[parent] += bac[n];
            etc[parent] += etc[n];
            etcMissing[parent] |= etcMissing[n];
        }

        var pvCumulative = PrefixSums(pvPeriod, nodeCount, pvStride);
        var evCumulative = PrefixSums(evPeriod, nodeCount, evStride);
        var acCumulative = PrefixSums(acPeriod, nodeCount, evStride);

        // Planned duration per node: the project's for the total, each node's last planned period otherwise.
        var plannedDuration = new int[nodeCount];
        plannedDuration[0] = project.PlannedDuration;
        for (int n = 1; n < nodeCount; n++)
        {
            int row = n * pvStride;
            int last = project.PlannedDuration;
            while (last > 0 && !(pvPeriod[row + last] > 0))
            {
                last--;
            }

            plannedDuration[n] = last;
        }

        var data = new EarnedValueReport.NodeData(ids, names, kinds, parents, bac, etc, etcMissing, plannedDuration,
                                                  pvPeriod, evPeriod, acPeriod, pvCumulative, evCumulative, acCumulative, pvStride, evStride);
        return new EarnedValueReport(project, options, data);
    }

    private static void AddRow(double[] values, int from, int to, int stride)
    {
        int source = from * stride;
        int target = to * stride;
        for (int k = 1; k < stride; k++)
        {
            values[target + k] += values[source + k];
        }
    }

    /// <summary>Element nodes 1 … count ordered so that every element comes before its parent.</summary>
    private static int[] ElementsDeepestFirst(int[] parents, int count)
    {
        var depth = new int[count + 1];
        for (int n = 1; n <= count; n++)
        {
            int d = 0;
            for (int p = parents[n]; p > 0; p = parents[p])
            {
                d++;
            }

            depth[n] = d;
        }

        int[] order = Enumerable.Range(1, count).ToArray();
        Array.Sort(order, (x, y) => depth[y].CompareTo(depth[x]));
        return order;
    }

    private static double[] PrefixSums(double[] perPeriod, int rows, int stride)
    {
        var cumulative = new double[perPeriod.Length];
        for (int r = 0; r < rows; r++)
        {
            int row = r * stride;
            double sum = 0;
            for (int k = 1; k < stride; k++)
            {
                sum += perPeriod[row + k];
                cumulative[row + k] = sum;
            }
        }

        return cumulative;
    }
}
