using System;
using System.IO;
using System.Linq;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Interop.Routing;
using Xunit;

namespace ProjectDelivery.Tests.Interop.Routing;

public sealed class ReaderTests
{
    internal static string DataPath(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "Routing", file);

    [Fact]
    public void SolomonReader_C101_ReadsFleetJobsAndWindows()
    {
        using var reader = new StreamReader(DataPath("C101.txt"));
        RoutingInstance instance = SolomonReader.Read(reader, "C101.txt");
        RoutingProblem p = instance.Problem;
        Assert.Equal("C101", instance.Name);
        Assert.Equal(100, p.Jobs.Count);
        Assert.Equal(25, p.VehicleCount);
        Assert.Equal(200, p.VehicleTypes[0].Capacity[0]);
        Assert.Equal(1236, p.VehicleTypes[0].ShiftEnd);
        Job first = p.Jobs[0];
        Assert.Equal("1", first.Id);
        Assert.Equal((10.0, 90.0, 912.0, 967.0), (first.Demand[0], first.ServiceTime, first.ReadyTime, first.DueTime));
        Assert.Equal(Math.Sqrt((5 * 5) + (18 * 18)), p.Network.GetDistance(0, 1), 12);
    }

    [Theory]
    [InlineData(DistanceRounding.Dimacs, 18.6)]
    [InlineData(DistanceRounding.NearestInteger, 19.0)]
    public void SolomonReader_Rounding_AppliesToDistanceAndTime(DistanceRounding rounding, double expected)
    {
        using var reader = new StreamReader(DataPath("C101.txt"));
        RoutingProblem p = SolomonReader.Read(reader, "C101.txt", rounding).Problem;
        Assert.Equal(expected, p.Network.GetDistance(0, 1), 12);
        Assert.Equal(expected, p.Network.GetTime(0, 1), 12);
    }

    [Fact]
    public void TsplibReader_Berlin52_OneSalesmanFromNodeOne()
    {
        using var reader = new StreamReader(DataPath("berlin52.tsp"));
        RoutingInstance instance = TsplibReader.Read(reader, "berlin52.tsp");
        Assert.Equal(RoutingInstanceKind.Tsp, instance.Kind);
        Assert.Equal(51, instance.Problem.Jobs.Count);
        Assert.Equal("2", instance.Problem.Jobs[0].Id);
        Assert.Equal(1, instance.Problem.VehicleCount);

        // TSPLIB nint(euclid): nodes 1 (565, 575) and 2 (25, 185): sqrt(540² + 390²) = 666.108... -> 666.
        Assert.Equal(666, instance.Problem.Network.GetDistance(0, 1));
    }

    [Fact]
    public void TsplibReader_XInstance_CapacityDemandsAndDepot()
    {
        using var reader = new StreamReader(DataPath("X-n101-k25.vrp"));
        RoutingInstance instance = TsplibReader.Read(reader, "X-n101-k25.vrp");
        Assert.Equal(RoutingInstanceKind.Cvrp, instance.Kind);
        Assert.Equal(1, instance.DepotId);
        Assert.Equal(100, instance.Problem.Jobs.Count);
        Assert.Equal(206, instance.Problem.VehicleTypes[0].Capacity[0]);
        Assert.True(instance.Problem.Jobs.All(j => j.Demand[0] >= 0));
    }

    [Fact]
    public void TsplibReader_ExplicitLowerDiagonal_BuildsSymmetricMatrix()
    {
        const string text = "NAME : tiny\nTYPE : TSP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EXPLICIT\nEDGE_WEIGHT_FORMAT : LOWER_DIAG_ROW\nEDGE_WEIGHT_SECTION\n0\n5 0\n7 3 0\nEOF\n";
        RoutingInstance instance = TsplibReader.Read(new StringReader(text), "tiny.tsp");
        Assert.Equal(7, instance.Problem.Network.GetDistance(0, 2));
        Assert.Equal(3, instance.Problem.Network.GetDistance(2, 1));
    }

    [Theory]
    [InlineData("C1\nVEHICLE\nNUMBER CAPACITY\n 25 200\nCUSTOMER\nCUST NO.\n 0 40 50 0 0 1236 0\n 1 45 x 10 912 967 90\n", "bad.txt:8:")]
    [InlineData("C1\nNOPE\n", "bad.txt:2: expected the VEHICLE heading")]
    [InlineData("C1\nVEHICLE\nNUMBER CAPACITY\n 25 200\nCUSTOMER\n 0 40 50 0 0 1236 0\n 1 45 68 10 967 912 90\n", "bad.txt:7: expected DUE DATE")]
    public void SolomonReader_Malformed_NamesFileAndLine(string text, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => SolomonReader.Read(new StringReader(text), "bad.txt"));
        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NAME : t\nTYPE : TSP\nDIMENSION : 2\nNODE_COORD_SECTION\n1 0 0\n3 1 1\nEOF\n", "bad.tsp:6: expected a node id in [1, 2]")]
    [InlineData("NAME : t\nTYPE : TSP\nNODE_COORD_SECTION\n", "bad.tsp:3: expected a DIMENSION header")]
    [InlineData("NAME : t\nTYPE : TSP\nDIMENSION : 2\nEDGE_WEIGHT_TYPE : XRAY\nNODE_COORD_SECTION\n1 0 0\n2 1 1\nEOF\n", "bad.tsp: EDGE_WEIGHT_TYPE 'XRAY'")]
    [InlineData("NAME : t\nTYPE : CVRP\nDIMENSION : 2\nCAPACITY : lots\nNODE_COORD_SECTION\n1 0 0\n2 1 1\nEOF\n", "bad.tsp:4: expected a numeric CAPACITY")]
    public void TsplibReader_Malformed_NamesFileAndLine(string text, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => TsplibReader.Read(new StringReader(text), "bad.tsp"));
        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
    }
}
