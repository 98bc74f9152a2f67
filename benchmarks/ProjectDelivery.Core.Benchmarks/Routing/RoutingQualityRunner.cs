using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using ProjectDelivery.Interop.Routing;

namespace ProjectDelivery.Benchmarks.Routing;

/// <summary>
/// <c>quality --set solomon|cvrp|tsp [--time-limit S] [--rounding exact|dimacs] [--objective cost|vehicles]
/// [--instances A,B] [--seed N]</c>: solves the shared benchmark instances, re-checks every plan independently
/// of the search and prints a per-instance table with the gap to the best-known value and the mean gap.
/// </summary>
internal static class RoutingQualityRunner
{
    internal static int Run(string[] args)
    {
        string set = Option(args, "--set") ?? "solomon";
        double seconds = double.Parse(Option(args, "--time-limit") ?? "1", CultureInfo.InvariantCulture);
        string rounding = Option(args, "--rounding") ?? (set == "solomon" ? "exact" : "nint");
        string objective = Option(args, "--objective") ?? "cost";
        int seed = int.Parse(Option(args, "--seed") ?? "1", CultureInfo.InvariantCulture);
        string[]? only = Option(args, "--instances")?.Split(',');
        if (set == "scale")
        {
            return RoutingScaleRunner.Run(double.Parse(Option(args, "--time-limit") ?? "60", CultureInfo.InvariantCulture));
        }

        string data = FindData();
        DistanceRounding conv = rounding switch { "dimacs" => DistanceRounding.Dimacs, "exact" => DistanceRounding.Exact, _ => DistanceRounding.NearestInteger };

        List<(string Name, string Path, double Bks, int BksVehicles)> instances = set switch
        {
            "solomon" => SolomonInstances(data, rounding, objective),
            "cvrp" => Table(Path.Combine(data, "cvrp", "x", "bks.csv"), n => Path.Combine(data, "cvrp", "x", n + ".vrp"), 1),
            "tsp" => Table(Path.Combine(data, "tsp", "optimal.csv"), n => Path.Combine(data, "tsp", n + ".tsp"), 2),
            _ => throw new ArgumentException($"unknown set '{set}'; expected solomon, cvrp or tsp"),
        };
        if (only is not null)
        {
            instances = instances.Where(i => only.Contains(i.Name, StringComparer.OrdinalIgnoreCase)).ToList();
        }

        Console.WriteLine($"set={set} time-limit={seconds}s rounding={rounding} objective={objective} seed={seed} threads={Option(args, "--threads") ?? "1"} construction={Option(args, "--construction") ?? "savings"} machine={Environment.ProcessorCount} cores (shared)");
        bool ortools = args.Contains("--compare-ortools");
        int wins = 0;
        int compared = 0;
        var ortoolsGaps = new List<double>();
        Console.WriteLine(ortools
            ? "| instance | best known | found | gap % | vehicles (bks) | seconds | iterations | valid | OR-Tools | OR-Tools gap % | lower |"
            : "| instance | best known | found | gap % | vehicles (bks) | seconds | iterations | valid |");
        Console.WriteLine(ortools ? "|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---|" : "|---|---:|---:|---:|---:|---:|---:|---|");
        var gaps = new List<double>();
        int vehicles = 0;
        int bksVehicles = 0;
        int invalid = 0;
        foreach (var (name, path, bks, bksVeh) in instances)
        {
            using var reader = new StreamReader(path);
            RoutingInstance instance = set == "solomon" ? SolomonReader.Read(reader, Path.GetFileName(path), conv) : TsplibReader.Read(reader, Path.GetFileName(path), conv);
            var options = new RoutingSolverOptions
            {
                TimeLimit = seconds > 0 ? Duration.FromSeconds(seconds) : null,
                Seed = seed,
                Objective = objective == "vehicles" ? RoutingObjective.Vehicles : RoutingObjective.Cost,
                InitialTemperature = Option(args, "--t0") is { } t0 ? double.Parse(t0, CultureInfo.InvariantCulture) : null,
                FinalTemperature = Option(args, "--tf") is { } tf ? double.Parse(tf, CultureInfo.InvariantCulture) : null,
                UseLocalSearch = !args.Contains("--no-ls"),
                FleetShare = Option(args, "--fleet-share") is { } fs ? double.Parse(fs, CultureInfo.InvariantCulture) : null,
                FleetByEjection = Option(args, "--fleet") switch { "sisr" => false, "ep" => true, _ => null },
                KeepSmallerFleet = args.Contains("--keep-fleet"),
                StringRemovalFleetShare = Option(args, "--sisr-share") is { } ss ? double.Parse(ss, CultureInfo.InvariantCulture) : 0.25,
                UseCrossExchange = Option(args, "--cross") is { } cx ? cx == "on" : null,
                UseSwapStar = Option(args, "--swapstar") is { } sw ? sw == "on" : null,
                MaxIterations = Option(args, "--max-iterations") is { } mi ? long.Parse(mi, CultureInfo.InvariantCulture) : null,
                Threads = int.Parse(Option(args, "--threads") ?? "1", CultureInfo.InvariantCulture),
                Construction = Option(args, "--construction") switch
                {
                    "insertion" => RoutingConstruction.Insertion,
                    "i1" => RoutingConstruction.SolomonI1,
                    "savings" => RoutingConstruction.Savings,
                    _ => new RoutingSolverOptions().Construction,
                },
            };
            RoutingSolution solution = RoutingSolver.Solve(instance.Problem, options);
            string valid = Check(instance.Problem, solution);
            invalid += valid == "yes" ? 0 : 1;
            double gap = 100 * (solution.Distance - bks) / bks;
            gaps.Add(gap);
            vehicles += solution.VehiclesUsed;
            bksVehicles += bksVeh;
            string row = string.Format(CultureInfo.InvariantCulture, "| {0} | {1:0.##} | {2:0.##} | {3:0.00} | {4} ({5}) | {6:0.0} | {7} | {8} |",
                name, bks, solution.Distance, gap, solution.VehiclesUsed, bksVeh > 0 ? bksVeh.ToString(CultureInfo.InvariantCulture) : "-",
                solution.Statistics.Elapsed.TotalSeconds, solution.Statistics.Iterations, valid);
            if (ortools)
            {
                List<int[]>? theirs = OrToolsBaseline.Solve(instance.Problem, seconds);
                compared++;
                if (theirs is null)
                {
                    wins++;
                    row += " none | - | yes |";
                }
                else
                {
                    var map = new Dictionary<int, IReadOnlyList<int>>();
                    for (int r = 0; r < theirs.Count; r++)
                    {
                        map[r] = theirs[r];
                    }

                    RoutingSolution other = RoutingSolution.FromRoutes(instance.Problem, map);
                    bool lower = solution.Distance < other.Distance - 1e-9 && solution.Unassigned.Count <= other.Unassigned.Count;
                    wins += lower ? 1 : 0;
                    double otherGap = 100 * (other.Distance - bks) / bks;
                    ortoolsGaps.Add(otherGap);
                    row += string.Format(CultureInfo.InvariantCulture, " {0:0.##}{1} | {2:0.00} | {3} |", other.Distance,
                        other.Unassigned.Count > 0 ? $" ({other.Unassigned.Count} unserved)" : string.Empty, otherGap, lower ? "yes" : "no");
                }
            }

            Console.WriteLine(row);
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "mean gap {0:0.000}% over {1} instances; vehicles {2} (best-known {3}); invalid {4}",
            gaps.Count == 0 ? 0 : gaps.Average(), gaps.Count, vehicles, bksVehicles, invalid));
        if (ortools)
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "lower distance than OR-Tools on {0} of {1} instances ({2:0.0}%); OR-Tools mean gap {3:0.000}%",
                wins, compared, compared == 0 ? 0 : 100.0 * wins / compared, ortoolsGaps.Count == 0 ? 0 : ortoolsGaps.Average()));
        }

        return invalid == 0 ? 0 : 1;
    }

    /// <summary>Re-evaluates the plan through <see cref="RoutingSolution.FromRoutes"/> (forward schedule, every rule) and checks coverage.</summary>
    private static string Check(RoutingProblem problem, RoutingSolution solution)
    {
        try
        {
            RoutingSolution again = RoutingSolution.FromRoutes(problem, solution.ToRouteMap());
            if (again.Unassigned.Count != 0)
            {
                return $"no ({again.Unassigned.Count} unassigned)";
            }

            return Math.Abs(again.Distance - solution.Distance) < 1e-6 ? "yes" : "no (distance differs)";
        }
        catch (ArgumentException ex)
        {
            return "no: " + ex.Message;
        }
    }

    private static List<(string, string, double, int)> SolomonInstances(string data, string rounding, string objective)
    {
        string dir = Path.Combine(data, "vrptw", "solomon");
        string want = objective == "vehicles" ? "hierarchical" : "distance";
        string conv = rounding == "dimacs" ? "conv=dimacs" : "conv=exact";
        var list = new List<(string, string, double, int)>();
        foreach (string line in File.ReadLines(Path.Combine(dir, "bks.csv")).Skip(1))
        {
            string[] f = line.Split(',');
            string source = string.Join(",", f.Skip(4)).Trim('"');
            if (f[3] == want && (want == "hierarchical" || source.StartsWith(conv, StringComparison.Ordinal)))
            {
                list.Add((f[0], Path.Combine(dir, f[0] + ".txt"), double.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[1], CultureInfo.InvariantCulture)));
            }
        }

        return list;
    }

    private static List<(string, string, double, int)> Table(string csv, Func<string, string> path, int valueColumn) =>
        File.ReadLines(csv).Skip(1).Select(l => l.Split(','))
            .Select(f => (f[0], path(f[0]), double.Parse(f[valueColumn], CultureInfo.InvariantCulture), 0)).ToList();

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>
    /// Path of a Solomon instance: from <c>shared/data</c> beside the repository, or else from the copy bundled
    /// with the tests (R101, RC208, C101, R201), so that the micro-benchmarks also run without <c>../shared</c>.
    /// </summary>
    internal static string FindSolomon(string instance)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string shared = Path.Combine(dir.FullName, "shared", "data", "vrptw", "solomon", instance + ".txt");
            if (File.Exists(shared))
            {
                return shared;
            }

            string bundled = Path.Combine(dir.FullName, "tests", "ProjectDelivery.Core.Tests", "TestData", "Routing", instance + ".txt");
            if (File.Exists(bundled))
            {
                return bundled;
            }
        }

        throw new FileNotFoundException($"Solomon instance {instance} not found in shared/data above {AppContext.BaseDirectory} nor in the tests' bundled data.");
    }

    /// <summary>Walks up from the binaries to the directory holding <c>shared/data</c> beside the repository.</summary>
    internal static string FindData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/data not found above " + AppContext.BaseDirectory);
    }
}
