using System;
using System.IO;
using System.Linq;
using CsCheck;
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
    [InlineData("NAME : t\nTYPE : TSP\nDIMENSION : 2\nNODE_COORD_SECTION\n1 0 0\n3 1 1\nEOF\n", "bad.tsp:6: expected a node id in NODE_COORD_SECTION within DIMENSION 2 (a whole number from 1 to 2)")]
    [InlineData("NAME : t\nTYPE : TSP\nNODE_COORD_SECTION\n", "bad.tsp:3: expected a DIMENSION header before the first section")]
    [InlineData("NAME : t\nTYPE : TSP\nDIMENSION : 2\nEDGE_WEIGHT_TYPE : XRAY\nNODE_COORD_SECTION\n1 0 0\n2 1 1\nEOF\n", "bad.tsp:4: expected EDGE_WEIGHT_TYPE EUC_2D, CEIL_2D, MAN_2D, MAX_2D, ATT, GEO or EXPLICIT, found 'XRAY'")]
    [InlineData("NAME : t\nTYPE : CVRP\nDIMENSION : 2\nCAPACITY : lots\nNODE_COORD_SECTION\n1 0 0\n2 1 1\nEOF\n", "bad.tsp:4: expected a non-negative CAPACITY, found 'lots'")]
    public void TsplibReader_Malformed_NamesFileAndLine(string text, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => TsplibReader.Read(new StringReader(text), "bad.tsp"));
        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
    }

    private const string SolomonHead = "C1\nVEHICLE\nNUMBER CAPACITY\n 25 200\nCUSTOMER\nCUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\n 0 40 50 0 0 1236 0\n";

    [Theory]
    [InlineData(" 1 45 68 10 912 967 90\nx2 45 70 30 825 870 90\n", "bad.txt:9: expected a customer number (CUST NO.)", "'x2'")]
    [InlineData(" 1 45 68 10 912 967 90\n+2 45 70 30 825 870 90\n", "bad.txt:9: expected a customer number (CUST NO.)", "'+2'")]
    [InlineData(" 1 45 68 10 912 967 90\n.2 45 70 30 825 870 90\n", "bad.txt:9: expected a customer number (CUST NO.)", "'.2'")]
    [InlineData(" 1 45 68 10 912 967 90\nCUST 45 70 30 825 870 90\n", "bad.txt:9: expected a customer number (CUST NO.)", "'CUST'")]
    [InlineData(" 1 45 68 10 912 967 90\n 1 45 70 30 825 870 90\n", "bad.txt:9: expected a customer number not used before (customer 1 is on line 8)", "'1'")]
    [InlineData(" 1 1e308 68 10 912 967 90\n", "bad.txt:8: expected the XCOORD. of customer 1 between", "'1e308'")]
    [InlineData(" 1 45 NaN 10 912 967 90\n", "bad.txt:8: expected the YCOORD. of customer 1", "'NaN'")]
    [InlineData(" 1 45 68 -10 912 967 90\n", "bad.txt:8: expected a non-negative DEMAND for customer 1 between 0", "'-10'")]
    [InlineData(" 1 45 68 10 912 967 90 7\n", "bad.txt:8: expected 7 numbers on a customer row", "the line has 8")]
    [InlineData(" 1 45 68 10 912 967\n", "bad.txt:8: expected 7 numbers on a customer row", "the line has 6")]
    [InlineData(" 1 45 68 10 912 Infinity 90\n", "bad.txt:8: expected the DUE DATE of customer 1", "'Infinity'")]
    public void SolomonReader_BadCustomerRow_NamesLineCustomerAndExpectation(string rows, string expected, string found)
    {
        var ex = Assert.Throws<FormatException>(() => SolomonReader.Read(new StringReader(SolomonHead + rows), "bad.txt"));
        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains(found, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C1\nVEHICLE\nNUMBER CAPACITY\n x25 200\nCUSTOMER\n 0 40 50 0 0 1236 0\n", "bad.txt:4: expected the vehicle NUMBER")]
    [InlineData("C1\nVEHICLE\nNUMBER CAPACITY\n 0 200\nCUSTOMER\n 0 40 50 0 0 1236 0\n", "bad.txt:4: expected the vehicle NUMBER (a whole number from 1 to 2147483647)")]
    [InlineData("C1\nVEHICLE\nNUMBER CAPACITY\n 2147483648 200\nCUSTOMER\n 0 40 50 0 0 1236 0\n", "bad.txt:4: expected the vehicle NUMBER")]
    [InlineData("C1\nVEHICLE\nNUMBER CAPACITY\n 25 -1\nCUSTOMER\n 0 40 50 0 0 1236 0\n", "bad.txt:4: expected a non-negative vehicle CAPACITY")]
    [InlineData("C1\nVEHICLE\nNUMBER CAPACITY\n 25\nCUSTOMER\n 0 40 50 0 0 1236 0\n", "bad.txt:4: expected 2 numbers on the vehicle line")]
    [InlineData("C1\nVEHICLE\nNUMBER CAPACITY\nCUSTOMER\n 0 40 50 0 0 1236 0\n", "bad.txt:4: expected the vehicle NUMBER and CAPACITY line before the CUSTOMER heading")]
    [InlineData("C1\nVEHICLE\nNUMBER CAPACITY\n 25 200\nCUSTOMER\nCUST NO.\n", "bad.txt:6: expected the depot row")]
    public void SolomonReader_BadVehicleOrMissingDepot_ReportsTheRightLine(string text, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => SolomonReader.Read(new StringReader(text), "bad.txt"));
        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SolomonReader_HugeFleetForThreeCustomers_ReadsAndSolvesWithoutPerVehicleMemory()
    {
        const string text = "C1\nVEHICLE\nNUMBER CAPACITY\n 2147483647 100\nCUSTOMER\n 0 40 50 0 0 1236 0\n 1 45 68 10 0 1236 9\n 2 45 70 30 0 1236 9\n 3 42 66 10 0 1236 9\n";
        RoutingProblem problem = SolomonReader.Read(new StringReader(text), "big.txt").Problem;
        Assert.Equal(int.MaxValue, problem.VehicleCount);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var plan = ProjectDelivery.Delivery.Routing.RoutingSolver.Solve(problem, new ProjectDelivery.Delivery.Routing.RoutingSolverOptions { MaxIterations = 200 }, TestContext.Current.CancellationToken);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Empty(plan.Unassigned);
        Assert.InRange(allocated, 0, 50_000_000);
    }

    [Fact]
    public void SolomonReader_ControlCharactersAndLongText_MessageIsPrintableAndBounded()
    {
        string row = " 1 45 68 10 912 967 90\n" + new string('\u0007', 500) + "1 2 3 4 5 6 7\n";
        var ex = Assert.Throws<FormatException>(() => SolomonReader.Read(new StringReader(SolomonHead + row), "bad\u001b[31m.txt"));
        Assert.DoesNotContain(ex.Message, char.IsControl);
        Assert.Contains("\\u0007", ex.Message, StringComparison.Ordinal);
        Assert.Contains("bad\\u001B[31m.txt:9:", ex.Message, StringComparison.Ordinal);
        Assert.InRange(ex.Message.Length, 1, 400);
    }

    [Fact]
    public void SolomonReader_LineWithoutBreaks_FailsBeforeReadingItAll()
    {
        var ex = Assert.Throws<FormatException>(() => SolomonReader.Read(new StringReader("C1\n" + new string('9', 200_000)), "long.txt"));
        Assert.StartsWith("long.txt:2: expected a line of at most 65,536 characters", ex.Message, StringComparison.Ordinal);
    }

    private const string TspHead = "NAME : t\nTYPE : TSP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EUC_2D\nNODE_COORD_SECTION\n";
    private const string CvrpHead = "NAME : v\nTYPE : CVRP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EUC_2D\nCAPACITY : 10\nNODE_COORD_SECTION\n1 0 0\n2 3 4\n3 6 8\n";

    [Theory]
    [InlineData(TspHead + "1 0 0\n2 3 4\n2 6 8\nEOF\n", "bad.tsp:8: expected each node once in NODE_COORD_SECTION (node 2 is on line 7)")]
    [InlineData(TspHead + "1 0 0\n2 3 4\nEOF\n", "bad.tsp:5: expected every node 1..3 of DIMENSION in NODE_COORD_SECTION, found 2 nodes (node 3 is missing)")]
    [InlineData(TspHead + "1 0 0\n2 3 4\n3 1e308 8\nEOF\n", "bad.tsp:8: expected the x coordinate of node 3 between")]
    [InlineData(TspHead + "1 0 0\n2 3 4\n3 6 -Infinity\nEOF\n", "bad.tsp:8: expected the y coordinate of node 3")]
    [InlineData(TspHead + "1 0 0\n2 3 4\n3 6 8 9\nEOF\n", "bad.tsp:8: expected a node line 'id x y' in NODE_COORD_SECTION (3 numbers)")]
    [InlineData(TspHead + "1 0 0\n2 3 4\n+3 6 8\nEOF\n", "bad.tsp:8: expected a node id in NODE_COORD_SECTION within DIMENSION 3")]
    [InlineData("NAME : t\nTYPE : TSP\nDIMENSION : 3\nDIMENSION : 4\n", "bad.tsp:4: expected DIMENSION once (it is on line 3)")]
    [InlineData("NAME : t\nTYPE : TSP\nDIMENSIONS : 3\n", "bad.tsp:3: expected a TSPLIB or CVRPLIB header key")]
    [InlineData("NAME : t\nTYPE : ATSP\n", "bad.tsp:2: expected TYPE TSP or CVRP")]
    [InlineData("NAME : t\n :: \n", "bad.tsp:2: expected a 'KEY : value' header line or a section, found '::'")]
    [InlineData("NAME : t\nTYPE : TSP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EUC_3D\n", "bad.tsp:4: expected EDGE_WEIGHT_TYPE EUC_2D, CEIL_2D")]
    [InlineData("NAME : t\nTYPE : TSP\nDIMENSION : 3\nNODE_COORD_TYPE : THREED_COORDS\n", "bad.tsp:4: expected NODE_COORD_TYPE TWOD_COORDS")]
    [InlineData("NAME : t\nTYPE : TSP\nDIMENSION : 3\nEDGE_DATA_SECTION\n", "bad.tsp:4: expected NODE_COORD_SECTION, EDGE_WEIGHT_SECTION")]
    [InlineData("NAME : t\nTYPE : TSP\nDIMENSION : 99999999\nNODE_COORD_SECTION\n", "bad.tsp:3: expected a DIMENSION (a whole number from 1 to 10000000)")]
    [InlineData("NAME : t\nTYPE : TSP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EXPLICIT\nEDGE_WEIGHT_FORMAT : UPPER_ROW\nEDGE_WEIGHT_SECTION\n1 -1\n2\nEOF\n", "bad.tsp:7: expected a non-negative edge weight (number 2 of EDGE_WEIGHT_SECTION)")]
    [InlineData("NAME : t\nTYPE : TSP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EXPLICIT\nEDGE_WEIGHT_FORMAT : UPPER_ROW\nEDGE_WEIGHT_SECTION\n1 2\n3 4\nEOF\n", "bad.tsp:8: expected 3 numbers in EDGE_WEIGHT_SECTION")]
    [InlineData("NAME : t\nTYPE : TSP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EXPLICIT\nEDGE_WEIGHT_FORMAT : UPPER_ROW\nEDGE_WEIGHT_SECTION\n1 2\n", "bad.tsp:7: expected 3 numbers in EDGE_WEIGHT_SECTION (line 6) for UPPER_ROW of DIMENSION 3, found '2 numbers'")]
    [InlineData("NAME : t\nTYPE : TSP\nDIMENSION : 2\nEDGE_WEIGHT_TYPE : EXPLICIT\nEDGE_WEIGHT_SECTION\n0 1\n1 5\n", "bad.tsp:5: expected 0 on the diagonal of the FULL_MATRIX (node 2 to itself)")]
    [InlineData("NAME : t\nTYPE : TSP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EXPLICIT\n", "bad.tsp:4: expected an EDGE_WEIGHT_SECTION for EDGE_WEIGHT_TYPE EXPLICIT, found 'end of file'")]
    [InlineData("NAME : t\nTYPE : TSP\n", "bad.tsp:2: expected a DIMENSION header and a NODE_COORD_SECTION or EDGE_WEIGHT_SECTION, found 'end of file'")]
    [InlineData(CvrpHead + "EOF\n", "bad.tsp:10: expected a DEMAND_SECTION in a CVRP file")]
    [InlineData(CvrpHead + "DEMAND_SECTION\n1 0\n2 4\nDEPOT_SECTION\n1\n-1\nEOF\n", "bad.tsp:10: expected every node 1..3 of DIMENSION in DEMAND_SECTION, found 2 nodes (node 3 is missing)")]
    [InlineData(CvrpHead + "DEMAND_SECTION\n1 0\n2 4\n2 5\nDEPOT_SECTION\n1\n-1\nEOF\n", "bad.tsp:13: expected each node once in DEMAND_SECTION (node 2 is on line 12)")]
    [InlineData(CvrpHead + "DEMAND_SECTION\n1 0\n2 4\n3 -5\nDEPOT_SECTION\n1\n-1\nEOF\n", "bad.tsp:13: expected a non-negative demand for node 3")]
    [InlineData(CvrpHead + "DEMAND_SECTION\n1 0\n2 4\n3 5\nEOF\n", "bad.tsp:14: expected a DEPOT_SECTION naming the depot in a CVRP file")]
    [InlineData(CvrpHead + "DEMAND_SECTION\n1 0\n2 4\n3 5\nDEPOT_SECTION\n1\n", "bad.tsp:15: expected the -1 that ends DEPOT_SECTION (line 14)")]
    [InlineData(CvrpHead + "DEMAND_SECTION\n1 0\n2 4\n3 5\nDEPOT_SECTION\n1\n2\n-1\n", "bad.tsp:16: expected one depot in DEPOT_SECTION")]
    [InlineData(CvrpHead + "DEMAND_SECTION\n1 7\n2 4\n3 5\nDEPOT_SECTION\n1\n-1\n", "bad.tsp:11: expected demand 0 for the depot (node 1)")]
    [InlineData(CvrpHead + "DEMAND_SECTION\n1 0\n2 4\n3 5\nDEPOT_SECTION\n1\n-1\nNODE_COORD_SECTION\n", "bad.tsp:17: expected NODE_COORD_SECTION once (it starts on line 6)")]
    [InlineData("NAME : v\nTYPE : CVRP\nDIMENSION : 2\nCAPACITY : 10\nVEHICLES : 0\nNODE_COORD_SECTION\n1 0 0\n2 1 1\nDEMAND_SECTION\n1 0\n2 1\nDEPOT_SECTION\n1\n-1\n", "bad.tsp:5: expected a VEHICLES count (a whole number from 1 to 2147483647)")]
    public void TsplibReader_HostileInput_NamesFileLineNodeAndExpectation(string text, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => TsplibReader.Read(new StringReader(text), "bad.tsp"));
        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TsplibReader_HugeVehiclesCount_ReadsAndSolvesQuickly()
    {
        const string file = "NAME : v\nTYPE : CVRP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EUC_2D\nCAPACITY : 10\nVEHICLES : 536870911\nNODE_COORD_SECTION\n1 0 0\n2 3 4\n3 6 8\n"
            + "DEMAND_SECTION\n1 0\n2 4\n3 5\nDEPOT_SECTION\n1\n-1\nEOF\n";
        RoutingProblem problem = TsplibReader.Read(new StringReader(file), "big.vrp").Problem;
        Assert.Equal(536870911, problem.VehicleCount);
        var plan = ProjectDelivery.Delivery.Routing.RoutingSolver.Solve(problem, new ProjectDelivery.Delivery.Routing.RoutingSolverOptions { MaxIterations = 100 }, TestContext.Current.CancellationToken);
        Assert.Empty(plan.Unassigned);
        Assert.Equal(20, plan.Distance, 9);
    }

    [Fact]
    public void TsplibReader_HugeDimensionInTinyFile_FailsWithoutAllocatingForTheDimension()
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<FormatException>(() => TsplibReader.Read(new StringReader("NAME : t\nDIMENSION : 10000000\nNODE_COORD_SECTION\n1 0 0\nEOF\n"), "big.tsp"));
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 1_000_000);
        Assert.StartsWith("big.tsp:3: expected every node 1..10000000 of DIMENSION in NODE_COORD_SECTION, found 1 nodes (node 2 is missing)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C101.txt")]
    [InlineData("C201.txt")]
    [InlineData("R101.txt")]
    [InlineData("R201.txt")]
    [InlineData("RC208.txt")]
    [InlineData("berlin52.tsp")]
    [InlineData("X-n101-k25.vrp")]
    public void Read_RealBenchmarkFiles_StillRead(string file)
    {
        using var reader = new StreamReader(DataPath(file));
        RoutingInstance instance = file.EndsWith(".txt", StringComparison.Ordinal) ? SolomonReader.Read(reader, file) : TsplibReader.Read(reader, file);
        Assert.True(instance.Problem.Jobs.Count >= 50);
    }

    [Theory]
    [InlineData("C101.txt")]
    [InlineData("berlin52.tsp")]
    [InlineData("X-n101-k25.vrp")]
    public void Read_RandomEditsOfARealFile_ReadsOrRaisesFormatExceptionNamingTheFile(string file)
    {
        string text = File.ReadAllText(DataPath(file));
        const string Alphabet = "0123456789 .-+eE\n\t:x\u0001";
        Gen.Select(Gen.Int[0, text.Length - 1].Array[1, 4], Gen.Int[0, Alphabet.Length - 1].Array[4], Gen.Int[0, 2]).Sample((positions, chars, mode) =>
        {
            var edited = new System.Text.StringBuilder(text);
            for (int i = positions.Length - 1; i >= 0; i--)
            {
                int at = Math.Min(positions[i], edited.Length - 1);
                switch (mode)
                {
                    case 0:
                        edited[at] = Alphabet[chars[i]];
                        break;
                    case 1:
                        edited.Insert(at, Alphabet[chars[i]]);
                        break;
                    default:
                        edited.Remove(at, Math.Min(1 + chars[i], edited.Length - at));
                        break;
                }
            }

            try
            {
                RoutingInstance instance = file.EndsWith(".txt", StringComparison.Ordinal)
                    ? SolomonReader.Read(new StringReader(edited.ToString()), file)
                    : TsplibReader.Read(new StringReader(edited.ToString()), file);
                Assert.NotNull(instance.Problem);
            }
            catch (FormatException e)
            {
                Assert.StartsWith(file + ":", e.Message, StringComparison.Ordinal);
                Assert.DoesNotContain(e.Message, char.IsControl);
                Assert.InRange(e.Message.Length, 1, 500);
            }
        }, iter: 400);
    }
}
