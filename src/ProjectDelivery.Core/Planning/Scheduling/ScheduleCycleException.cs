using System;
using System.Collections.Generic;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>The precedence links form a cycle, so no schedule exists.</summary>
public sealed class ScheduleCycleException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="cycle">The activity ids along the cycle, in link order, the first repeated at the end.</param>
    public ScheduleCycleException(IReadOnlyList<string> cycle)
        : base("The precedence links form a cycle: " + Describe(cycle) + ".")
    {
        Cycle = cycle;
    }

    /// <summary>The activity ids along the cycle, in link order, the first repeated at the end.</summary>
    public IReadOnlyList<string> Cycle { get; }

    /// <summary>The cycle for a message: all of a short one; of a long one the first ten links, how many more, and the way back.</summary>
    private static string Describe(IReadOnlyList<string>? cycle)
    {
        const int Shown = 10;
        if (cycle is null || cycle.Count <= Shown + 2)
        {
            return cycle is null ? string.Empty : string.Join(" -> ", cycle);
        }

        var head = new string[Shown];
        for (int i = 0; i < Shown; i++)
        {
            head[i] = cycle[i];
        }

        int more = cycle.Count - Shown - 1;
        return string.Join(" -> ", head) + string.Format(System.Globalization.CultureInfo.InvariantCulture, " -> … {0:N0} more … -> {1}", more, cycle[cycle.Count - 1]);
    }
}
