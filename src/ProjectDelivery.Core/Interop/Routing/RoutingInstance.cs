using ProjectDelivery.Delivery.Routing.Model;

namespace ProjectDelivery.Interop.Routing;

/// <summary>A routing problem read from a benchmark file, with the file's own naming.</summary>
/// <param name="Name">Instance name (the file's NAME field or first line).</param>
/// <param name="Problem">The problem. Job ids are the node or customer numbers of the file.</param>
/// <param name="DepotId">Id of the depot node as numbered in the file (0 for Solomon, usually 1 for TSPLIB/CVRPLIB).</param>
/// <param name="Kind">What kind of file it was.</param>
public sealed record RoutingInstance(string Name, RoutingProblem Problem, int DepotId, RoutingInstanceKind Kind);

/// <summary>The benchmark file families the readers understand.</summary>
public enum RoutingInstanceKind
{
    /// <summary>Solomon or Gehring–Homberger VRPTW text file.</summary>
    Solomon = 0,

    /// <summary>TSPLIB symmetric travelling salesman file (<c>.tsp</c>).</summary>
    Tsp = 1,

    /// <summary>CVRPLIB capacitated VRP file (<c>.vrp</c>).</summary>
    Cvrp = 2,
}
