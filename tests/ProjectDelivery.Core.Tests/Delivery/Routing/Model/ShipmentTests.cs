using System;
using System.Linq;
using ProjectDelivery.Delivery.Routing.Model;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Routing.Model;

public sealed class ShipmentTests
{
    private static readonly TravelNetwork Network = TravelNetwork.FromPlanarCoordinates(new double[] { 0, 1, 2, 3 }, new double[] { 0, 0, 0, 0 });

    private static readonly VehicleType[] Fleet =
    {
        new("van", 2, new double[] { 10 }, 0, 0, skills: new[] { "lift" }),
        new("cold", 1, new double[] { 10 }, 0, 0, skills: new[] { "fridge" }),
    };

    private static Job[] Jobs(double? penaltyB = null, double demandB = 3, string[]? skillsB = null) => new[]
    {
        new Job("a", 1, new double[] { 3 }, requiredSkills: new[] { "lift" }),
        new Job("b", 2, new double[] { demandB }, requiredSkills: skillsB, penalty: penaltyB),
        new Job("c", 3, new double[] { 1 }),
    };

    [Theory]
    [InlineData("x", "b", "no pickup job 'x'")]
    [InlineData("a", "x", "no delivery job 'x'")]
    public void Constructor_MissingEnd_ThrowsNamingTheJob(string pickup, string delivery, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => new RoutingProblem(Network, Jobs(), Fleet, new[] { new Shipment(pickup, delivery) }));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Constructor_JobInTwoShipments_ThrowsNamingBoth()
    {
        var e = Assert.Throws<ArgumentException>(() => new RoutingProblem(Network, Jobs(demandB: 3), Fleet, new[] { new Shipment("a", "b"), new Shipment("b", "c") }));
        Assert.Contains("job 'b' is already in shipment 'a' → 'b'", e.Message);
    }

    [Fact]
    public void Constructor_DemandsDiffer_ThrowsNamingThePair()
    {
        var e = Assert.Throws<ArgumentException>(() => new RoutingProblem(Network, Jobs(demandB: 4), Fleet, new[] { new Shipment("a", "b") }));
        Assert.Contains("Shipment 'a' → 'b': pickup demand 3 differs from delivery demand 4", e.Message);
    }

    [Fact]
    public void Constructor_OneEndOptional_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new RoutingProblem(Network, Jobs(penaltyB: 5), Fleet, new[] { new Shipment("a", "b") }));
        Assert.Contains("one end is optional", e.Message);
    }

    [Fact]
    public void Constructor_NoVehicleHasBothSkills_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new RoutingProblem(Network, Jobs(skillsB: new[] { "fridge" }), Fleet, new[] { new Shipment("a", "b") }));
        Assert.Contains("no vehicle type has the skills of both ends", e.Message);
    }

    [Fact]
    public void Constructor_SameJobTwice_Throws() =>
        Assert.Throws<ArgumentException>(() => new Shipment("a", "a"));

    [Fact]
    public void WithShipment_ThenWithoutJob_AddsAndRemovesBothEnds()
    {
        var problem = new RoutingProblem(Network, Jobs(), Fleet, new[] { new Shipment("a", "b") });
        RoutingProblem more = problem.WithShipment(new Job("p", 1, new double[] { 2 }), new Job("d", 3, new double[] { 2 }));
        Assert.Equal(new[] { "a", "b", "c", "p", "d" }, more.Jobs.Select(j => j.Id));
        Assert.Equal(new Shipment("p", "d"), more.ShipmentOf("d"));
        RoutingProblem less = more.WithoutJob("b");
        Assert.Equal(new[] { "c", "p", "d" }, less.Jobs.Select(j => j.Id));
        Assert.Equal(new[] { new Shipment("p", "d") }, less.Shipments);
        Assert.Null(less.ShipmentOf("c"));
        Assert.Single(less.WithJob(new Job("e", 2)).Shipments);
    }
}
