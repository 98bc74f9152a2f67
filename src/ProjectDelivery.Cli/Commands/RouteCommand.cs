using System;
using System.Globalization;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using NodaTime;
using ProjectDelivery.Charts;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using ProjectDelivery.Interop.Routing;
using ProjectDelivery.Serialization;

namespace ProjectDelivery.Cli.Commands;

/// <summary>
/// <c>route FILE [--time-limit SECONDS] [--seed N] [--objective cost|vehicles] [--construction savings|insertion|i1] [--threads N]
/// [--rounding exact|dimacs|nint] [--json] [--svg FILE]</c>:
/// solves a Solomon/Gehring–Homberger, TSPLIB, CVRPLIB or JSON routing problem and prints a summary or one JSON object.
/// </summary>
internal sealed class RouteCommand : ICommand
{
    public string Name => "route";

    public string Arguments => "FILE.txt|FILE.tsp|FILE.vrp|FILE.json";

    public IReadOnlyList<CommandOption> Options { get; } = new[]
    {
        new CommandOption("time-limit", "SECONDS", "Stop the search after this many seconds (default 10)."),
        new CommandOption("max-iterations", "N", "Also stop after N iterations of the search (default: no limit)."),
        new CommandOption("seed", "N", "Seed of the random numbers; the same seed and limits give the same routes (default 1)."),
        new CommandOption("objective", "cost|vehicles", "Minimise total cost, or the number of vehicles first and then cost (default cost)."),
        new CommandOption("construction", "savings|insertion|i1", "How the first solution is built: Clarke-Wright savings, cheapest insertion or Solomon's I1 (default savings)."),
        new CommandOption("threads", "N", "Number of parallel searches, 1 to 256 (default 1)."),
        new CommandOption("rounding", "exact|dimacs|nint", "Distance rounding: exact, DIMACS (one decimal, truncated) or nearest integer (default: exact for Solomon files, nint for TSPLIB/CVRPLIB, the file's own for JSON)."),
        CommandOption.Json("the routes in the file's customer numbering"),
        new CommandOption("no-progress", null, "Do not draw the progress bar (it is drawn on stderr only when stderr is a terminal)."),
        CommandOption.Svg("the route map"),
    };

    public IReadOnlyList<string> Examples { get; } = new[]
    {
        "route samples/routing/depot-day.json --time-limit 2",
        "route C101.txt --time-limit 30 --seed 3 --json > c101.json",
        "route X-n101-k25.vrp --objective vehicles --threads 2 --svg routes.svg",
    };

    public string Summary => "Optimise vehicle routes for a Solomon (.txt), TSPLIB (.tsp), CVRPLIB (.vrp) or JSON problem file.";

    public int Execute(CommandArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        string path = arguments.RequiredFile(Name);
        double seconds = arguments.Number("time-limit", 10, 0, 1e7);
        long? maxIterations = arguments.Value("max-iterations") is null ? null : arguments.Integer("max-iterations", 0, 0, long.MaxValue);
        int seed = (int)arguments.Integer("seed", 1, int.MinValue, int.MaxValue);
        string objectiveText = arguments.Value("objective") ?? "cost";
        RoutingObjective objective = objectiveText switch
        {
            "cost" or "distance" => RoutingObjective.Cost,
            "vehicles" => RoutingObjective.Vehicles,
            _ => throw new CliInputException($"option --objective must be 'cost' or 'vehicles', got '{objectiveText}'"),
        };
        string constructionText = arguments.Value("construction") ?? "savings";
        RoutingConstruction construction = constructionText switch
        {
            "savings" => RoutingConstruction.Savings,
            "insertion" => RoutingConstruction.Insertion,
            "i1" => RoutingConstruction.SolomonI1,
            _ => throw new CliInputException($"option --construction must be 'savings', 'insertion' or 'i1', got '{constructionText}'"),
        };
        int threads = (int)arguments.Integer("threads", 1, 1, 256);
        string? roundingText = arguments.Value("rounding");
        DistanceRounding? rounding = roundingText switch
        {
            null => null,
            "exact" => DistanceRounding.Exact,
            "dimacs" => DistanceRounding.Dimacs,
            "nint" => DistanceRounding.NearestInteger,
            _ => throw new CliInputException($"option --rounding must be 'exact', 'dimacs' or 'nint', got '{roundingText}'"),
        };
        bool json = arguments.Has("json");
        bool noProgress = arguments.Has("no-progress");
        string? svg = arguments.Value("svg");
        arguments.RejectUnknownOptions(Name);

        LoadedProblem loaded = Load(path, rounding);
        if (svg is not null && !loaded.Problem.Network.HasCoordinates)
        {
            throw new CliInputException($"--svg needs coordinates to draw, but '{path}' gives only distances");
        }

        // Progress goes to stderr whenever a person watches it, whatever stdout is (`--json > out.json` still shows it).
        bool showProgress = !noProgress && arguments.StderrIsTerminal;
        var options = new RoutingSolverOptions
        {
            TimeLimit = Duration.FromSeconds(seconds),
            MaxIterations = maxIterations,
            Seed = seed,
            Objective = objective,
            Construction = construction,
            Threads = threads,
            Progress = showProgress ? new ProgressBar(stderr) : null,
        };
        RoutingSolution solution = RoutingSolver.Solve(loaded.Problem, options, CancellationToken.None);
        if (showProgress)
        {
            stderr.WriteLine();
        }

        if (json)
        {
            WriteJson(stdout, solution, loaded.NumericIds);
        }
        else
        {
            WriteSummary(stdout, loaded.Name, solution);
        }

        if (svg is not null)
        {
            SvgFile.Write(svg, RouteMapChart.Render(RoutingMaps.FromSolution(solution), new ChartOptions { Title = $"Routes: {loaded.Name}" }));
        }

        return Program.Success;
    }

    private static LoadedProblem Load(string path, DistanceRounding? rounding)
    {
        string fileName = Path.GetFileName(path);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".json")
        {
            // The file is the library's JSON of RoutingProblem; --rounding overrides the convention the file names.
            RoutingProblem problem = JsonInput.Read<RoutingProblem>(path);
            if (rounding is { } convention)
            {
                problem = problem.WithNetwork(problem.Network.WithRounding(convention));
            }

            return new LoadedProblem(Path.GetFileNameWithoutExtension(path), problem, false);
        }

        string text = InputFile.ReadAllText(path);
        bool tsplib = extension is ".tsp" or ".vrp" || text.Contains("NODE_COORD_SECTION") || text.Contains("EDGE_WEIGHT_SECTION");
        using var reader = new StringReader(text);
        RoutingInstance instance = tsplib
            ? TsplibReader.Read(reader, fileName, rounding ?? DistanceRounding.NearestInteger)
            : SolomonReader.Read(reader, fileName, rounding ?? DistanceRounding.Exact);
        return new LoadedProblem(instance.Name, instance.Problem, true);
    }

    private static void WriteJson(TextWriter stdout, RoutingSolution solution, bool numericIds)
    {
        // The library's JSON of RoutingRunSummary, written with the CLI's compact writer.
        var info = (JsonTypeInfo<RoutingRunSummary>)ProjectDeliveryJson.Options.GetTypeInfo(typeof(RoutingRunSummary));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonSerializer.Serialize(writer, RoutingRunSummary.From(solution, numericIds), info);
        }

        stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteSummary(TextWriter stdout, string name, RoutingSolution solution)
    {
        CultureInfo inv = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Format(inv, "instance   {0}", name));
        stdout.WriteLine(string.Format(inv, "distance   {0:0.###}", solution.Distance));
        stdout.WriteLine(string.Format(inv, "cost       {0:0.###}", solution.Cost));
        stdout.WriteLine(string.Format(inv, "vehicles   {0}", solution.VehiclesUsed));
        stdout.WriteLine(string.Format(inv, "unassigned {0}", solution.Unassigned.Count));
        stdout.WriteLine(string.Format(inv, "seconds    {0:0.###} ({1} iterations)", solution.Statistics.Elapsed.TotalSeconds, solution.Statistics.Iterations));
        // Routes are numbered as on the --svg map and by position in the --json "routes" array (RoutingMaps.RouteNames).
        IReadOnlyList<string> names = RoutingMaps.RouteNames(solution);
        int width = names.Count == 0 ? 0 : names.Max(n => n.Length);
        for (int r = 0; r < solution.Routes.Count; r++)
        {
            VehicleRoute route = solution.Routes[r];
            stdout.WriteLine(string.Format(inv, "  {0} {1,9:0.##} dist  {2,3} stops  {3}", (names[r] + ":").PadRight(width + 1), route.Distance, route.Stops.Count,
                string.Join(" ", route.Stops.Select(s => s.JobId))));
        }

        foreach (UnassignedJob job in solution.Unassigned)
        {
            stdout.WriteLine(string.Format(inv, "  unassigned {0}: {1}", job.JobId, job.Reason));
        }
    }

    private sealed record LoadedProblem(string Name, RoutingProblem Problem, bool NumericIds);

    private sealed class ProgressBar : IProgress<RoutingProgress>
    {
        private readonly TextWriter _output;

        public ProgressBar(TextWriter output) => _output = output;

        public void Report(RoutingProgress value)
        {
            const int Width = 30;
            int filled = (int)Math.Round(value.Fraction * Width);
            _output.Write(string.Format(CultureInfo.InvariantCulture, "\r[{0}{1}] {2,5:0.0}s  best {3:0.##}  vehicles {4}  unassigned {5}   ",
                new string('#', filled), new string('.', Width - filled), value.Elapsed.TotalSeconds, value.Best.Cost, value.Best.VehiclesUsed, value.Best.Unassigned.Count));
        }
    }
}
