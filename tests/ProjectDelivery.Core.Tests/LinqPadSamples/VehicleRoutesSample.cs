using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;

namespace ProjectDelivery.Tests.LinqPadSamples;

/// <summary>The C# twin of linqpad-samples/Routing/VehicleRoutes.linq: <see cref="LinqPadSampleTests"/> checks that both say the same and runs this one.</summary>
internal sealed class VehicleRoutesSample
{
    // linqpad-sample-begin
    // Six customers around a depot, two vans of capacity 12, demand 4 each.
    // RoutingSolution.ToDump() shows the totals and tables of routes, stops and jobs left out.
    void Main()
    {
        var network = TravelNetwork.FromPlanarCoordinates(
            new double[] { 0, 10, 10, 0, -10, -10, 0 },
            new double[] { 0, 0, 10, 10, 0, -10, -10 });
        var jobs = new[]
        {
            new Job("C1", 1, new double[] { 4 }), new Job("C2", 2, new double[] { 4 }), new Job("C3", 3, new double[] { 4 }),
            new Job("C4", 4, new double[] { 4 }), new Job("C5", 5, new double[] { 4 }), new Job("C6", 6, new double[] { 4 }),
        };
        var fleet = new[] { new VehicleType("van", 2, new double[] { 12 }, 0, 0) };
        var problem = new RoutingProblem(network, jobs, fleet);

        RoutingSolution plan = RoutingSolver.Solve(problem, new RoutingSolverOptions { TimeLimit = null, MaxIterations = 2_000, Seed = 7 });
        plan.Dump("Plan");
    }
    // linqpad-sample-end
}
