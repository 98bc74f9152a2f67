using System;
using System.Collections.Generic;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>The precedence links form a cycle, so no schedule exists.</summary>
public sealed class ScheduleCycleException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="cycle">The activity ids along the cycle, in link order, the first repeated at the end.</param>
    public ScheduleCycleException(IReadOnlyList<string> cycle)
        : base("The precedence links form a cycle: " + string.Join(" -> ", cycle) + ".")
    {
        Cycle = cycle;
    }

    /// <summary>The activity ids along the cycle, in link order, the first repeated at the end.</summary>
    public IReadOnlyList<string> Cycle { get; }
}
