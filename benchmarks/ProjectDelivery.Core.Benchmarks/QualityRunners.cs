using System;
using System.Collections.Generic;

namespace ProjectDelivery.Benchmarks;

/// <summary>
/// Long-running quality runners (solution quality against best-known values), selected by the first
/// argument, e.g. <c>quality --set solomon</c>. Each runner registers itself here.
/// </summary>
internal static class QualityRunners
{
    private static readonly Dictionary<string, Func<string[], int>> Runners = new(StringComparer.OrdinalIgnoreCase)
    {
        ["quality"] = Routing.RoutingQualityRunner.Run,
    };

    internal static bool TryRun(string[] args, out int exitCode)
    {
        if (Runners.TryGetValue(args[0], out Func<string[], int>? runner))
        {
            exitCode = runner(args[1..]);
            return true;
        }

        exitCode = 0;
        return false;
    }
}
