// Golden outputs of the command line (issue #13): every command on every bundled sample and on the CLI-relevant test inputs,
// in text mode and with --json, plus `demo`, each command's --help and a set of invalid inputs and arguments. Each case's exit
// code, stdout and stderr are compared byte for byte with TestData/golden/<case>.golden.
//
// Normalisations (applied before comparing and before writing, so the goldens do not depend on the machine or the clock):
//   * the test's output directory (AppContext.BaseDirectory, where samples/ and TestData/ are copied) is removed from every
//     path, so messages read "error: TestData/golden/inputs/x.json: ..." wherever the repository is cloned; '\' becomes '/';
//   * route: the elapsed time, text "seconds    0.123 (" and JSON "seconds":0.123, becomes <elapsed>;
//   * demo: its route step runs for 2 seconds of wall-clock time, so there the iteration count also becomes <iterations>;
//   * --help / --version: the tool's version (with the source revision) becomes <version>.
// Routing runs use --max-iterations with a time limit far above what the iterations take, --seed and --no-progress, so the
// iteration limit decides and the routes are the same on every run; risk runs use --seed and --iterations.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ProjectDelivery.Cli;
using Xunit;

namespace ProjectDelivery.Tests.Cli;

/// <summary>
/// Golden outputs of <c>pdcore</c>: each case runs the command line in-process and compares exit code, stdout and stderr byte for
/// byte with <c>TestData/golden/&lt;case&gt;.golden</c> (issue #13: the reshaping must not change a single output).
/// </summary>
/// <remarks>
/// To create or regenerate the golden files, run this class with the environment variable <c>PDCORE_UPDATE_GOLDEN=1</c>:
/// each case then writes its file in the source tree (tests/ProjectDelivery.Core.Tests/TestData/golden/) instead of comparing,
/// e.g. <c>PDCORE_UPDATE_GOLDEN=1 tests/ProjectDelivery.Core.Tests/bin/Release/net10.0/ProjectDelivery.Core.Tests -class
/// ProjectDelivery.Tests.Cli.GoldenOutputTests</c>; review the diff and explain every change in the commit. A missing golden
/// file fails the case. What is covered and what is normalised: TestData/golden/README.md and the header of this file.
/// </remarks>
public sealed class GoldenOutputTests
{
    /// <summary>The environment variable that makes the cases write their golden files instead of comparing.</summary>
    public const string UpdateVariable = "PDCORE_UPDATE_GOLDEN";

    private static readonly string[] Text = Array.Empty<string>();

    private static readonly string[] Json = { "--json" };

    /// <summary>Options of every routing run: the iteration limit decides (the time limit is far away), fixed seed, no progress bar.</summary>
    private static readonly string[] RouteLimits = { "--max-iterations", "200", "--time-limit", "100000", "--seed", "1", "--no-progress" };

    private static readonly string[] RiskLimits = { "--seed", "42", "--iterations", "500" };

    /// <summary>Every case by name: the command line, with input paths relative to the test's output directory.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> All = BuildCases();

    public static TheoryData<string> Cases => new(All.Keys.OrderBy(k => k, StringComparer.Ordinal));

    private static Dictionary<string, string[]> BuildCases()
    {
        var cases = new Dictionary<string, string[]>(StringComparer.Ordinal);

        void Add(string command, string input, string[] options)
        {
            foreach ((string mode, string[] flags) in new[] { ("text", Text), ("json", Json) })
            {
                cases.Add($"{command}.{Slug(input)}.{mode}", new[] { command, input }.Concat(options).Concat(flags).ToArray());
            }
        }

        // Bundled samples (src/ProjectDelivery.Cli/samples, copied to samples/ beside the tests).
        foreach (string sample in new[] { "schedule.json", "schedule-calendar.json", "schedule-msproject.xml", "schedule-primavera.xer" })
        {
            Add("schedule", "samples/" + sample, Text);
        }

        Add("evm", "samples/evm.json", Text);
        Add("risk", "samples/risk.json", RiskLimits);
        Add("sla", "samples/sla.json", Text);
        Add("promise", "samples/promise.json", Text);
        Add("route", "samples/routing/depot-day.json", RouteLimits);
        cases.Add("demo", new[] { "demo" });

        // Test inputs: MSPDI and XER files, promise variants, Solomon, TSPLIB and CVRPLIB instances.
        foreach (string file in DataFiles("TestData/schedules", "*.xml", "*.xer"))
        {
            Add("schedule", file, Text);
        }

        foreach (string file in DataFiles("TestData/promise/ok", "*.json").Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal)))
        {
            Add("promise", file, Text);
        }

        foreach (string file in DataFiles("TestData/Routing", "*.txt", "*.tsp", "*.vrp"))
        {
            Add("route", file, RouteLimits);
        }

        // Other route options on one instance each.
        cases.Add("route.TestData-Routing-C101.vehicles-i1.text", new[] { "route", "TestData/Routing/C101.txt", "--objective", "vehicles", "--construction", "i1" }.Concat(RouteLimits).ToArray());
        cases.Add("route.TestData-Routing-R101.insertion-dimacs.json", new[] { "route", "TestData/Routing/R101.txt", "--construction", "insertion", "--rounding", "dimacs" }.Concat(RouteLimits).Concat(Json).ToArray());
        cases.Add("risk.samples-risk.file-settings.text", new[] { "risk", "samples/risk.json" });

        // Inputs written for these cases (TestData/golden/inputs, named <command>-<what>): invalid ones (exit code 2, one line naming
        // the file and the place) and edge cases; text mode and --json.
        foreach (string file in DataFiles("TestData/golden/inputs", "*.*"))
        {
            string command = Path.GetFileName(file).Split('-')[0];
            Add(command, file, command == "route" ? RouteLimits : command == "risk" ? RiskLimits : Text);
        }

        foreach (string name in new[] { "bad_cutoff", "dup_key", "empty_pickups", "missing_calendar", "never_lines_up", "null_orders", "processing_time_bad",
                                        "trailing_comma", "transit_huge", "unknown_field", "unknown_order_field", "window_reversed" })
        {
            cases.Add($"promise.{Slug("TestData/promise/errors/" + name + ".json")}.text", new[] { "promise", $"TestData/promise/errors/{name}.json" });
        }

        // Invalid arguments.
        cases.Add("args.no-arguments", Array.Empty<string>());
        cases.Add("args.unknown-command", new[] { "plan", "x.json" });
        cases.Add("args.missing-file", new[] { "schedule", "TestData/golden/inputs/no-such-file.json" });
        cases.Add("args.no-file", new[] { "evm" });
        cases.Add("args.unknown-option", new[] { "sla", "samples/sla.json", "--colour" });
        cases.Add("args.bad-objective", new[] { "route", "samples/routing/depot-day.json", "--objective", "speed" });
        cases.Add("args.bad-iterations", new[] { "risk", "samples/risk.json", "--iterations", "0" });
        cases.Add("args.demo-with-file", new[] { "demo", "x.json" });

        // Help and version.
        cases.Add("help", new[] { "--help" });
        cases.Add("version", new[] { "--version" });
        foreach (string command in new[] { "demo", "schedule", "evm", "risk", "sla", "promise", "route" })
        {
            cases.Add($"help.{command}", new[] { command, "--help" });
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_Case_MatchesGoldenFile(string name)
    {
        string actual = Capture(All[name]);
        string golden = Path.Combine(SourceGoldenDirectory(), name + ".golden");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(golden, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(golden), $"golden file {name}.golden is missing; create it with {UpdateVariable}=1 (see TestData/golden/README.md), review it and commit it");
        string expected = File.ReadAllText(golden, new UTF8Encoding(false));
        if (expected != actual)
        {
            int at = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], Math.Min(expected.Length, actual.Length));
            int line = expected.Take(at).Count(c => c == '\n') + 1;
            Assert.Fail($"{name}: output differs from {name}.golden at line {line} (character {at}); if the change is intended, regenerate with {UpdateVariable}=1 and explain it in the commit.\n"
                        + $"expected: {Excerpt(expected, at)}\nactual:   {Excerpt(actual, at)}");
        }
    }

    [Fact]
    public void GoldenDirectory_EveryFile_BelongsToACase()
    {
        string[] orphans = Directory.GetFiles(SourceGoldenDirectory(), "*.golden")
            .Select(f => Path.GetFileNameWithoutExtension(f)).Where(n => !All.ContainsKey(n)).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.True(orphans.Length == 0, "golden files without a case (delete them): " + string.Join(", ", orphans));
    }

    [Fact]
    public void Route_SameSeedAndIterationLimit_GivesTheSameOutputTwice()
    {
        string[] args = { "route", "TestData/Routing/C101.txt", "--max-iterations", "300", "--time-limit", "100000", "--seed", "7", "--no-progress", "--json" };
        Assert.Equal(Capture(args), Capture(args));
    }

    /// <summary>Runs the command line in-process and returns its exit code, stdout and stderr in the golden file's layout, normalised.</summary>
    private static string Capture(string[] args)
    {
        string bin = AppContext.BaseDirectory;
        string[] resolved = args.Select(a => a.StartsWith("samples/", StringComparison.Ordinal) || a.StartsWith("TestData/", StringComparison.Ordinal) ? Path.Combine(bin, a) : a).ToArray();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(resolved, stdout, stderr, stderrIsTerminal: false);
        bool demo = args.Length > 0 && args[0] == "demo";
        string text = $"exit: {code}\n--- stdout ---\n{Normalise(stdout.ToString(), demo)}--- stderr ---\n{Normalise(stderr.ToString(), demo)}";
        return text;
    }

    private static string Normalise(string output, bool demo)
    {
        string bin = AppContext.BaseDirectory;
        string text = output.Replace(bin, string.Empty, StringComparison.Ordinal)
            .Replace(bin.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar), "<bin>", StringComparison.Ordinal)
            .Replace(Program.Version, "<version>", StringComparison.Ordinal)
            .Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Path.DirectorySeparatorChar == '\\')
        {
            text = text.Replace('\\', '/');
        }

        text = Regex.Replace(text, @"(?m)^seconds( +)[0-9.]+ \(", "seconds$1<elapsed> (");
        text = Regex.Replace(text, @"""seconds"":[-+0-9.eE]+", @"""seconds"":""<elapsed>""");
        if (demo)
        {
            text = Regex.Replace(text, @"(?m)^(seconds +<elapsed> \()[0-9]+ iterations\)", "$1<iterations> iterations)");
        }

        return text;
    }

    private static IEnumerable<string> DataFiles(string folder, params string[] patterns)
    {
        string root = Path.Combine(AppContext.BaseDirectory, folder);
        return patterns.SelectMany(p => Directory.GetFiles(root, p, SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(AppContext.BaseDirectory, f).Replace('\\', '/'))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(f => f, StringComparer.Ordinal);
    }

    /// <summary>An input path as part of a case name: <c>TestData/Routing/C101.txt</c> becomes <c>TestData-Routing-C101.txt</c>.</summary>
    private static string Slug(string input) => input.Replace('/', '-');

    private static string Excerpt(string text, int at)
    {
        int start = Math.Max(0, at - 40);
        return text.Substring(start, Math.Min(text.Length - start, 100)).Replace("\n", "\\n", StringComparison.Ordinal);
    }

    /// <summary>TestData/golden in the source tree (not the copy in the output directory), so that updates land where git sees them.</summary>
    private static string SourceGoldenDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ProjectDelivery.Core.Tests.csproj")))
            {
                return Path.Combine(directory.FullName, "TestData", "golden");
            }
        }

        throw new DirectoryNotFoundException("no ProjectDelivery.Core.Tests.csproj above " + AppContext.BaseDirectory);
    }
}
