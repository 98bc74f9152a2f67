using System;
using System.Linq;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.Model;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing.LocalSearch;

public sealed class NeighbourListsTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Constructor_LargeNetworkFromGrid_MatchesNearestByDistance(bool geographic)
    {
        const int n = TravelNetwork.DenseLimit + 500;
        var random = new Random(3);
        double[] a = Enumerable.Range(0, n + 1).Select(_ => geographic ? 50 + random.NextDouble() : random.Next(0, 10_000)).ToArray();
        double[] b = Enumerable.Range(0, n + 1).Select(_ => geographic ? 4 + random.NextDouble() : random.Next(0, 10_000)).ToArray();
        TravelNetwork network = geographic ? TravelNetwork.FromGeographicCoordinates(a, b, 10) : TravelNetwork.FromPlanarCoordinates(a, b);
        var problem = new RoutingProblem(network, Enumerable.Range(1, n).Select(i => new Job($"j{i}", i)).ToArray(), new[] { new VehicleType("v", 1, null, 0, 0) });
        ProblemData data = problem.Data;
        var lists = new NeighbourLists(data, 20);
        Assert.Equal(20, lists.Size);
        int same = 0;
        for (int i = 0; i < n; i += 37)
        {
            int[] exact = Enumerable.Range(0, n).Where(j => j != i)
                .OrderBy(j => 0.5 * (data.Distance(i, j) + data.Distance(j, i))).ThenBy(j => j).Take(20).ToArray();
            int[] found = lists.Of(i).ToArray();
            double[] keys = found.Select(j => 0.5 * (data.Distance(i, j) + data.Distance(j, i))).ToArray();
            Assert.Equal(keys.OrderBy(k => k), keys);
            Assert.DoesNotContain(i, found);
            same += exact.Intersect(found).Count();
        }

        int checkedJobs = (n + 36) / 37;
        Assert.InRange(same, (int)(0.98 * 20 * checkedJobs), 20 * checkedJobs);
    }
}
