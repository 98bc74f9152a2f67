using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using ProjectDelivery.Cli;
using ProjectDelivery.Cli.Commands;
using Xunit;

namespace ProjectDelivery.Tests.Cli.Commands;

/// <summary>
/// One reading policy for every JSON command (issue #12): each command's bundled sample, broken in each way the policy forbids,
/// exits 2 with one line naming the file and the place; a byte order mark is accepted everywhere.
/// </summary>
public sealed class JsonInputTests : IDisposable
{
    /// <summary>Each JSON command, its sample file (bundled with the CLI) and options that keep a run short.</summary>
    private static readonly (string Command, string Sample, string[] Options)[] Inputs =
    {
        ("schedule", "schedule.json", Array.Empty<string>()),
        ("schedule", "schedule-calendar.json", Array.Empty<string>()),
        ("evm", "evm.json", Array.Empty<string>()),
        ("risk", "risk.json", new[] { "--iterations", "50" }),
        ("sla", "sla.json", Array.Empty<string>()),
        ("promise", "promise.json", Array.Empty<string>()),
        ("route", "routing/depot-day.json", new[] { "--max-iterations", "5", "--time-limit", "1", "--no-progress" }),
    };

    public static TheoryData<string, string, string[]> Commands
    {
        get
        {
            var data = new TheoryData<string, string, string[]>();
            foreach ((string command, string sample, string[] options) in Inputs)
            {
                data.Add(command, sample, options);
            }

            return data;
        }
    }

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "json-input-" + Guid.NewGuid().ToString("N"));

    public JsonInputTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name));

    private string Write(string text, string name = "input.json")
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static (int Code, string Out, string Err) Run(string command, string path, string[] options)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(new[] { command, path }.Concat(options).ToArray(), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Inserts <paramref name="fields"/> right after the document's opening brace.</summary>
    private static string AtRoot(string json, string fields)
    {
        int brace = json.IndexOf('{');
        return json.Substring(0, brace + 1) + fields + json.Substring(brace + 1);
    }

    private static void AssertRejected((int Code, string Out, string Err) run, string path, params string[] expected)
    {
        Assert.True(run.Code == Program.InvalidInput, $"exit {run.Code}: {run.Err}");
        string[] lines = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("error: " + path, lines[0]);
        foreach (string text in expected)
        {
            Assert.Contains(text, lines[0]);
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Execute_Sample_Succeeds(string command, string sample, string[] options)
    {
        var run = Run(command, Write(Sample(sample)), options);
        Assert.True(run.Code == Program.Success, run.Err);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Execute_SampleWithByteOrderMark_Succeeds(string command, string sample, string[] options)
    {
        string path = Path.Combine(_directory, "bom.json");
        File.WriteAllText(path, Sample(sample), new UTF8Encoding(true));
        Assert.Equal(0xEF, File.ReadAllBytes(path)[0]);
        var run = Run(command, path, options);
        Assert.True(run.Code == Program.Success, run.Err);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Execute_MisspeltFieldAtTheTop_ExitsTwoNamingFileAndPath(string command, string sample, string[] options)
    {
        string path = Write(AtRoot(Sample(sample), "\"colour\": \"blue\", "));
        AssertRejected(Run(command, path, options), path, "$.colour", "unknown field");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Execute_DuplicateKey_ExitsTwoNamingFileLineAndPath(string command, string sample, string[] options)
    {
        string path = Write(AtRoot(Sample(sample), "\n\"twice\": 1, \"twice\": 2, "));
        AssertRejected(Run(command, path, options), path, "line 2", "$.twice", "given twice");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Execute_TrailingComma_ExitsTwoNamingFileAndLine(string command, string sample, string[] options)
    {
        string json = Sample(sample).TrimEnd();
        string path = Write(json.Substring(0, json.Length - 1) + ",\n}");
        AssertRejected(Run(command, path, options), path, "line ", "trailing comma");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Execute_NumberBeyondDouble_ExitsTwoNamingFileLineAndPath(string command, string sample, string[] options)
    {
        string path = Write(AtRoot(Sample(sample), "\"huge\": 1e999, "));
        AssertRejected(Run(command, path, options), path, "line 1", "$.huge", "too large");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Execute_FileJustOverTheLimit_ExitsTwoNamingFile(string command, string sample, string[] options)
    {
        _ = sample;
        string path = Path.Combine(_directory, "big.json");
        using (var stream = new FileStream(path, FileMode.Create))
        {
            stream.SetLength(InputFile.MaxBytes + 1);
        }

        AssertRejected(Run(command, path, options), path, "larger than 64 MiB");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Execute_EndlessDevice_ExitsTwoNamingFile(string command, string sample, string[] options)
    {
        _ = sample;
        Assert.SkipUnless(File.Exists("/dev/zero"), "needs /dev/zero");
        AssertRejected(Run(command, "/dev/zero", options), "/dev/zero", "larger than 64 MiB");
    }

    [Fact]
    public void Execute_ScheduleMisspeltPredecessors_ExitsTwoNamingActivityAndField()
    {
        string path = Write("""{ "activities": [ { "id": "A", "duration": 1 }, { "id": "B", "duration": 2, "predecesors": [ { "id": "A" } ] } ] }""");
        AssertRejected(Run("schedule", path, Array.Empty<string>()), path, "$.activities[1] (activity 'B').predecesors", "unknown field");
    }

    [Fact]
    public void Execute_RiskMisspeltDistributionParameter_ExitsTwoNamingField()
    {
        string path = Write("""{ "activities": [ { "id": "A", "duration": { "distribution": "triangular", "min": 1, "mostlikely": 2, "max": 3 } } ] }""");
        AssertRejected(Run("risk", path, new[] { "--iterations", "10" }), path, ".duration.mostlikely", "unknown field");
    }

    [Fact]
    public void Execute_EvmAmountBeyondLimit_ExitsTwoNamingPeriod()
    {
        string path = Write("""{ "bac": 1000, "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "pv": 1e308 } ] }""");
        AssertRejected(Run("evm", path, Array.Empty<string>()), path, "$.periods[0].pv", "outside [-10^12, 10^12]");
    }

    [Fact]
    public void Execute_EvmDateNotADate_ExitsTwoInUserWords()
    {
        string path = Write("""{ "bac": "x", "start": "2027-01-01", "periods": [ { "end": "2027-01-31", "pv": 1 } ] }""");
        var run = Run("evm", path, Array.Empty<string>());
        AssertRejected(run, path, "$.bac", "expected a number");
        Assert.DoesNotContain("System.", run.Err);
    }

    [Theory]
    [InlineData("\"capacity\": [ 1e300 ]", "capacity[0]", "outside [-10^12, 10^12]")]
    [InlineData("\"capacity\": [ \"Infinity\" ]", "capacity[0]", "expected a finite number")]
    [InlineData("\"fixedCost\": 1e200", "fixedCost", "outside [-10^12, 10^12]")]
    public void Execute_RouteNumberBeyondLimit_ExitsTwoNamingVehicleType(string field, string where, string expected)
    {
        string json = """{ "locations": { "coordinates": [ [0, 0], [3, 4] ] }, "vehicleTypes": [ { "id": "van", "start": 0, FIELD } ], "jobs": [ { "id": "j", "location": 1 } ] }""";
        string path = Write(json.Replace("FIELD", field, StringComparison.Ordinal));
        AssertRejected(Run("route", path, new[] { "--max-iterations", "1" }), path, "(vehicle type 'van')", where, expected);
    }

    [Theory]
    [InlineData("""{ "locations": { "coordinates": [ [0, 0], [3, 4] ] }, "vehicleTypes": [ { "id": "van", "start": 0 } ], "jobs": [ { "id": null, "location": 1 } ] }""", "$.jobs[0].id: expected the job's id")]
    [InlineData("""{ "locations": { "coordinates": [ [0, 0], [3, 4] ] }, "vehicleTypes": [ { "id": null, "start": 0 } ], "jobs": [ { "id": "j", "location": 1 } ] }""", "$.vehicleTypes[0].id: expected the vehicle type's id")]
    public void Execute_RouteNullId_ExitsTwoNamingThePath(string json, string expected)
    {
        string path = Write(json);
        AssertRejected(Run("route", path, new[] { "--max-iterations", "1" }), path, expected);
    }

    [Fact]
    public void Execute_RouteWindowOpenEnded_IsAccepted()
    {
        string path = Write("""{ "locations": { "coordinates": [ [0, 0], [3, 4] ] }, "vehicleTypes": [ { "id": "van", "start": 0 } ], "jobs": [ { "id": "j", "location": 1, "window": [ 0, "Infinity" ] } ] }""");
        var run = Run("route", path, new[] { "--max-iterations", "1", "--no-progress" });
        Assert.True(run.Code == Program.Success, run.Err);
    }

    [Theory]
    [InlineData("sla", "sla.json")]
    [InlineData("promise", "promise.json")]
    public void Execute_CalendarWithoutHours_ExitsTwoNamingCalendar(string command, string sample)
    {
        string json = Sample(sample);
        int hours = json.IndexOf("\"hours\"", StringComparison.Ordinal);
        int end = json.IndexOf('}', hours);
        string withoutHours = json.Substring(0, hours) + "\"name\": \"no hours\"" + json.Substring(end + 1);
        string path = Write(withoutHours);
        AssertRejected(Run(command, path, Array.Empty<string>()), path, ".calendar", "missing required field 'hours'");
    }

    [Fact]
    public void Execute_EvmFileGivenToSchedule_NamesTheFileAndField()
    {
        string path = Write("""{ "bac": 1000, "start": "2027-01-01", "periods": [] }""", "evm.json");
        AssertRejected(Run("schedule", path, Array.Empty<string>()), path, "$.bac", "unknown field");
    }

    [Fact]
    public void Execute_CommentsInInput_AreAccepted()
    {
        string path = Write("""
            // a textbook network
            { "activities": [ { "id": "A", "duration": 1 /* days */ } ] }
            """);
        var run = Run("schedule", path, Array.Empty<string>());
        Assert.True(run.Code == Program.Success, run.Err);
    }

    [Fact]
    public void Check_DuplicateKeyDeepInAnArray_NamesItemPathAndLine()
    {
        byte[] json = Encoding.UTF8.GetBytes("{\n \"a\": [ 1, { \"b\": 1,\n \"b\": 2 } ]\n}");
        var error = Assert.Throws<CliInputException>(() => JsonInput.Check(json, "x.json"));
        Assert.Equal("x.json, line 3: $.a[1].b: the field 'b' is given twice in this object", error.Message);
    }

    [Fact]
    public void Check_DeepNesting_FailsWithDepthInUserWords()
    {
        byte[] json = Encoding.UTF8.GetBytes(new string('[', 70) + new string(']', 70));
        var error = Assert.Throws<CliInputException>(() => JsonInput.Check(json, "x.json"));
        Assert.Contains("nested more than 64 levels deep", error.Message);
        Assert.DoesNotContain("reader options", error.Message);
    }

    private static readonly char[] Inserts = { '\u0001', '\u001b', '\u202e', '"', ',', '}', ']', '{', '[', '0', 'e', '-', ':', ' ', 'x', '\u00e9', '\\' };

    /// <summary>A random change to a sample: a byte removed, a character inserted (control characters among them), or a piece repeated.</summary>
    private static readonly Gen<(int Command, int Kind, double Where, char Inserted, int Length)> Mutations =
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 3], Gen.Double[0, 1], Gen.Int[0, Inserts.Length - 1].Select(i => Inserts[i]), Gen.Int[1, 12],
            (command, kind, where, inserted, length) => (command, kind, where, inserted, length));

    [Fact]
    public void Execute_RandomlyMutatedSamples_ExitTwoWithOneBoundedPrintableLineNamingTheFile()
    {
        (string Command, string Sample, string[] Options)[] commands = Inputs;
        string[] texts = commands.Select(c => Sample(c.Sample)).ToArray();
        Mutations.Sample(
            m =>
            {
                (string command, _, string[] options) = commands[m.Command];
                string text = texts[m.Command];
                int at = (int)(m.Where * (text.Length - 1));
                string mutated = m.Kind switch
                {
                    0 => text.Remove(at, 1),
                    1 => text.Insert(at, m.Inserted.ToString()),
                    2 => text.Insert(at, text.Substring(at, Math.Min(m.Length, text.Length - at))),
                    _ => text.Remove(at, Math.Min(m.Length, text.Length - at)).Insert(at, new string(m.Inserted, 2)),
                };
                string path = Path.Combine(_directory, $"mutated-{m.Command}.json");
                File.WriteAllText(path, mutated, new UTF8Encoding(false));
                var run = Run(command, path, options);
                if (run.Code == Program.Success)
                {
                    return true;
                }

                string line = run.Err.TrimEnd('\n');
                return run.Code == Program.InvalidInput
                    && !line.Contains('\n')
                    && line.StartsWith("error: ", StringComparison.Ordinal)
                    && line.Contains(path, StringComparison.Ordinal)
                    && line.Length <= "error: ".Length + CliError.MaxLength + path.Length
                    && line.All(c => !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
                    && !line.Contains("   at ", StringComparison.Ordinal)
                    && !line.Contains("System.", StringComparison.Ordinal)
                    && !line.Contains("ProjectDelivery.", StringComparison.Ordinal)
                    && !line.Contains("(Parameter", StringComparison.Ordinal);
            },
            iter: 300,
            threads: 1);
    }
}
