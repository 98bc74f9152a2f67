using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Tests.Planning.Risk.Simulation;

/// <summary>Small networks for the simulation tests.</summary>
internal static class NetworkFactory
{
    /// <summary>A0 → A1 → … → A(n-1), finish-to-start, each of the given duration.</summary>
    public static ProjectNetwork Chain(int n, double duration = 1.0) =>
        ProjectNetwork.Create(Enumerable.Range(0, n).Select(i =>
            new Activity("A" + i, duration, i == 0 ? null : new[] { new Dependency("A" + (i - 1)) })));

    /// <summary>S → {P, Q} → E: two parallel activities between a start and an end milestone.</summary>
    public static ProjectNetwork Diamond(double p = 10.0, double q = 10.0) => ProjectNetwork.Create(new[]
    {
        new Activity("S", 0.0),
        new Activity("P", p, new[] { new Dependency("S") }),
        new Activity("Q", q, new[] { new Dependency("S") }),
        new Activity("E", 0.0, new[] { new Dependency("P"), new Dependency("Q") }),
    });

    public static ProjectNetwork Of(params Activity[] activities) => ProjectNetwork.Create(activities);

    public static IEnumerable<Dependency> After(params string[] ids) => ids.Select(id => new Dependency(id));
}
