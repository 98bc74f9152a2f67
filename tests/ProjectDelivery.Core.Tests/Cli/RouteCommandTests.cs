using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using NodaTime;
using ProjectDelivery.Cli;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using ProjectDelivery.Interop.Routing;
using ProjectDelivery.Tests.Delivery.Routing;
using ProjectDelivery.Tests.Interop.Routing;
using Xunit;

namespace ProjectDelivery.Tests.Cli;

public sealed class RouteCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("R201.txt", "exact")]
    [InlineData("C101.txt", "dimacs")]
    [InlineData("X-n101-k25.vrp", "nint")]
    public void Route_Json_ValidPlanInFileNumbering(string file, string rounding)
    {
        (int code, string output, string error) = Run("route", ReaderTests.DataPath(file), "--time-limit", "0.5", "--json", "--rounding", rounding);
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        int[][] routes = root.GetProperty("routes").EnumerateArray().Select(r => r.EnumerateArray().Select(e => e.GetInt32()).ToArray()).ToArray();
        Assert.Equal(routes.Length, root.GetProperty("vehicles").GetInt32());
        Assert.Equal(0, root.GetProperty("unassigned").GetArrayLength());
        Assert.True(root.GetProperty("seconds").GetDouble() >= 0);

        DistanceRounding conv = rounding switch { "exact" => DistanceRounding.Exact, "dimacs" => DistanceRounding.Dimacs, _ => DistanceRounding.NearestInteger };
        using var reader = new StreamReader(ReaderTests.DataPath(file));
        RoutingInstance instance = file.EndsWith(".vrp") ? TsplibReader.Read(reader, file, conv) : SolomonReader.Read(reader, file, conv);
        Assert.DoesNotContain(routes.SelectMany(r => r), id => id == instance.DepotId);
        var map = new Dictionary<int, IReadOnlyList<int>>();
        for (int r = 0; r < routes.Length; r++)
        {
            map[r] = routes[r].Select(id => instance.Problem.IndexOfJob(id.ToString())).ToList();
        }

        IndependentValidator.Result check = IndependentValidator.Check(instance.Problem, map);
        Assert.True(check.Feasible, check.Reason);
        Assert.Equal(check.Distance, root.GetProperty("distance").GetDouble(), 4);
    }

    [Fact]
    public void Route_Tsp_OneTourWithoutNodeOne()
    {
        (int code, string output, _) = Run("route", ReaderTests.DataPath("berlin52.tsp"), "--time-limit", "0.5", "--json");
        Assert.Equal(0, code);
        using JsonDocument doc = JsonDocument.Parse(output);
        int[] tour = Assert.Single(doc.RootElement.GetProperty("routes").EnumerateArray().ToArray()).EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(Enumerable.Range(2, 51), tour.OrderBy(i => i));
        Assert.True(doc.RootElement.GetProperty("distance").GetDouble() >= 7542);
    }

    [Fact]
    public void Route_Summary_PrintsDistanceAndVehicles()
    {
        (int code, string output, _) = Run("route", ReaderTests.DataPath("C101.txt"), "--time-limit", "0.3", "--objective", "vehicles");
        Assert.Equal(0, code);
        Assert.Contains("distance", output);
        Assert.Contains("vehicles", output);
    }

    [Theory]
    [InlineData("savings", RoutingConstruction.Savings, 1, 0)]
    [InlineData("insertion", RoutingConstruction.Insertion, 1, 0)]
    [InlineData("i1", RoutingConstruction.SolomonI1, 1, 0)]
    [InlineData("i1", RoutingConstruction.SolomonI1, 2, 150)]
    public void Route_ConstructionAndThreads_SameDistanceAsTheLibraryWithThoseOptions(string flag, RoutingConstruction construction, int threads, int iterations)
    {
        // Under an iteration limit the plan is a function of the options, so the CLI must give exactly the library's plan with the options the flags name.
        string path = ReaderTests.DataPath("R201.txt");
        (int code, string output, string error) = Run("route", path, "--max-iterations", iterations.ToString(), "--time-limit", "60", "--construction", flag, "--threads", threads.ToString(), "--json");
        Assert.True(code == 0, error);
        using var reader = new StreamReader(path);
        RoutingInstance instance = SolomonReader.Read(reader, "R201.txt", DistanceRounding.Exact);
        var options = new RoutingSolverOptions { MaxIterations = iterations, TimeLimit = Duration.FromSeconds(60), Construction = construction, Threads = threads };
        RoutingSolution expected = RoutingSolver.Solve(instance.Problem, options, CancellationToken.None);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal(Math.Round(expected.Distance, 6), doc.RootElement.GetProperty("distance").GetDouble());
        Assert.Equal(expected.VehiclesUsed, doc.RootElement.GetProperty("vehicles").GetInt32());
    }

    [Fact]
    public void Route_Construction_EachFlagGivesItsOwnFirstPlan()
    {
        // Guards the test above: with no search iterations the three constructions give three different plans on R201, so a flag that
        // was ignored would show.
        double[] distances = new[] { "savings", "insertion", "i1" }
            .Select(flag => Run("route", ReaderTests.DataPath("R201.txt"), "--max-iterations", "0", "--construction", flag, "--json").Out)
            .Select(output => JsonDocument.Parse(output).RootElement.GetProperty("distance").GetDouble())
            .ToArray();
        Assert.Equal(3, distances.Distinct().Count());
    }

    [Theory]
    [InlineData("--rounding", "banana")]
    [InlineData("--objective", "speed")]
    [InlineData("--time-limit", "-1")]
    [InlineData("--colour", "red")]
    [InlineData("--construction", "random")]
    [InlineData("--threads", "0")]
    [InlineData("--threads", "257")]
    public void Route_BadOption_ExitCode2(string option, string value)
    {
        (int code, _, string error) = Run("route", ReaderTests.DataPath("C101.txt"), option, value);
        Assert.Equal(Program.InvalidInput, code);
        Assert.StartsWith("error:", error);
    }

    [Fact]
    public void Route_MalformedFile_ExitCode2WithLine()
    {
        string path = Path.Combine(Path.GetTempPath(), "pd-route-bad.txt");
        File.WriteAllText(path, "X\nVEHICLE\nNUMBER CAPACITY\n 2 10\nCUSTOMER\n 0 0 0 0 0 100 0\n 1 zz 0 1 0 100 0\n");
        (int code, _, string error) = Run("route", path);
        Assert.Equal(Program.InvalidInput, code);
        Assert.Contains("pd-route-bad.txt:7", error);
    }

    [Fact]
    public void Route_JsonProblem_SolvesWithStringIds()
    {
        string path = Path.Combine(Path.GetTempPath(), "pd-route-problem.json");
        File.WriteAllText(path, """
        {
          "locations": { "coordinates": [[0, 0], [10, 0], [0, 10], [10, 10]] },
          "vehicleTypes": [ { "id": "van", "count": 2, "capacity": [10], "start": 0, "end": 0, "shiftEnd": 1000 } ],
          "jobs": [
            { "id": "a", "location": 1, "demand": [6], "service": 5, "window": [0, 100] },
            { "id": "b", "location": 2, "demand": [6] },
            { "id": "c", "location": 3, "demand": [3], "penalty": 1 }
          ]
        }
        """);
        (int code, string output, string error) = Run("route", path, "--time-limit", "0.2", "--json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        string[] ids = doc.RootElement.GetProperty("routes").EnumerateArray().SelectMany(r => r.EnumerateArray()).Select(e => e.GetString()!).ToArray();
        Assert.Contains("a", ids);
        Assert.Contains("b", ids);
    }

    [Fact]
    public void Route_JsonProblemWithShipments_PickupBeforeDeliveryOnOneRoute()
    {
        string path = Path.Combine(Path.GetTempPath(), "pd-route-shipments.json");
        File.WriteAllText(path, """
        {
          "locations": { "coordinates": [[0, 0], [1, 0], [2, 0], [3, 0]] },
          "vehicleTypes": [ { "id": "van", "count": 2, "capacity": [10], "start": 0, "end": 0 } ],
          "jobs": [
            { "id": "p", "location": 1, "demand": [6] },
            { "id": "r", "location": 2, "demand": [8] },
            { "id": "d", "location": 3, "demand": [6] }
          ],
          "shipments": [ { "pickup": "p", "delivery": "d" } ]
        }
        """);
        (int code, string output, string error) = Run("route", path, "--max-iterations", "300", "--json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        string[] route = doc.RootElement.GetProperty("routes").EnumerateArray().Select(r => r.EnumerateArray().Select(e => e.GetString()!).ToArray()).Single(r => r.Contains("p"));
        Assert.True(Array.IndexOf(route, "p") < Array.IndexOf(route, "d"));
        Assert.True(!route.Contains("r") || Array.IndexOf(route, "r") < Array.IndexOf(route, "p"), string.Join(",", route));
    }

    [Fact]
    public void Route_JsonProblemWithSeveralAndSoftWindowsAndPriority_ServesThePriorityJob()
    {
        // One van of capacity 3: "vip" and "low" (demand 2 each) cannot both ride. Leaving "low" out costs 1000 and "vip"
        // only 1, so cost alone would serve "low"; vip's priority serves it. "split" may only start in [0, 5] or [30, 40],
        // "soft" may start late at 1 per time unit; both are mandatory, so the plan serves them.
        string path = Path.Combine(Path.GetTempPath(), "pd-route-windows.json");
        File.WriteAllText(path, """
        {
          "locations": { "coordinates": [[0, 0], [10, 0], [20, 0], [0, 10]] },
          "vehicleTypes": [ { "id": "van", "capacity": [3], "start": 0, "end": 0 } ],
          "jobs": [
            { "id": "split", "location": 1, "timeWindows": [[0, 5], [30, 40]] },
            { "id": "soft", "location": 2, "window": [0, 5], "latenessCost": 1 },
            { "id": "vip", "location": 3, "demand": [2], "priority": 5, "penalty": 1 },
            { "id": "low", "location": 3, "demand": [2], "penalty": 1000 }
          ],
          "balanceCost": 0.1
        }
        """);

        (int code, string output, string error) = Run("route", path, "--max-iterations", "300", "--time-limit", "10", "--seed", "1", "--json");

        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        string[] served = doc.RootElement.GetProperty("routes").EnumerateArray().SelectMany(r => r.EnumerateArray()).Select(e => e.GetString()!).ToArray();
        Assert.Equal(new[] { "soft", "split", "vip" }, served.OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal("low", doc.RootElement.GetProperty("unassigned").EnumerateArray().Single().GetString());
    }

    [Fact]
    public void Route_BundledSample_ExplainsLeftOutJobs()
    {
        string path = Path.Combine(System.AppContext.BaseDirectory, "samples", "routing", "depot-day.json");
        (int code, string output, string error) = Run("route", path, "--max-iterations", "2000", "--time-limit", "30", "--json");
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        Dictionary<string, string> reasons = doc.RootElement.GetProperty("unassignedReasons").EnumerateArray()
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("reason").GetString()!);
        Assert.Equal("timeWindow", reasons["E-503"]);
        string[] served = doc.RootElement.GetProperty("routes").EnumerateArray().SelectMany(r => r.EnumerateArray()).Select(e => e.GetString()!).ToArray();
        Assert.Contains("B-201", served);
        Assert.DoesNotContain("E-503", served);
    }

    [Fact]
    public void Route_JsonProblemUnknownField_ExitCode2WithPath()
    {
        string path = Path.Combine(Path.GetTempPath(), "pd-route-unknown.json");
        File.WriteAllText(path, "{ \"locations\": { \"coordinates\": [[0,0]] }, \"vehicleTypes\": [], \"jobs\": [], \"colour\": 1 }");
        (int code, _, string error) = Run("route", path);
        Assert.Equal(Program.InvalidInput, code);
        Assert.Contains("colour", error);
    }
}
