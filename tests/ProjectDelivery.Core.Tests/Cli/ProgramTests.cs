using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ProjectDelivery.Cli;
using ProjectDelivery.Cli.Commands;
using Xunit;

namespace ProjectDelivery.Tests.Cli;

/// <summary>The front end's own behaviour: help, version, command selection.</summary>
public sealed class ProgramTests
{
    public static TheoryData<string> CommandNames()
    {
        var data = new TheoryData<string>();
        foreach (ICommand command in Program.Commands)
        {
            data.Add(command.Name);
        }

        return data;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Run_CommandHelp_PrintsEveryOptionAndAnExample(string name)
    {
        ICommand command = Program.Commands.Single(c => c.Name == name);
        foreach (string[] args in new[] { new[] { name, "--help" }, new[] { name, "-h" }, new[] { "help", name }, new[] { name, "some-file.json", "--json", "--help" } })
        {
            (int code, string output, string error) = Run(args);
            Assert.True(code == Program.Success, $"pdcore {string.Join(" ", args)} exited {code}: {error}");
            Assert.Equal(string.Empty, error);
            Assert.StartsWith("usage: pdcore " + name, output, StringComparison.Ordinal);
            foreach (CommandOption option in command.Options)
            {
                Assert.Contains("  " + option.Synopsis + " ", output, StringComparison.Ordinal);
            }

            Assert.Contains("pdcore " + command.Examples[0], output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Options_EveryCommand_ListsExactlyTheOptionsItReads(string name)
    {
        // An option the command never asks about is rejected only after it has asked about all the others,
        // so the arguments then know every option the command reads.
        ICommand command = Program.Commands.Single(c => c.Name == name);
        CommandArguments arguments = CommandArguments.Parse(name == "demo" ? new[] { "--not-an-option" } : new[] { "input.json", "--not-an-option" });
        CliInputException ex = Assert.Throws<CliInputException>(() => command.Execute(arguments, TextWriter.Null, TextWriter.Null));
        Assert.Contains("--not-an-option", ex.Message, StringComparison.Ordinal);

        Assert.Equal(arguments.AskedFor.OrderBy(o => o, StringComparer.Ordinal), command.Options.Select(o => o.Name).OrderBy(o => o, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Examples_OnBundledSamples_Run(string name)
    {
        ICommand command = Program.Commands.Single(c => c.Name == name);
        Assert.NotEmpty(command.Examples);
        foreach (string example in command.Examples.Where(e => e.Contains("samples/", StringComparison.Ordinal) && !e.Contains('>', StringComparison.Ordinal)))
        {
            string directory = Directory.CreateTempSubdirectory("pdcore-example").FullName;
            string[] args = example.Split(' ').Select(a => a.StartsWith("samples/", StringComparison.Ordinal) ? Path.Combine(AppContext.BaseDirectory, a)
                : a.EndsWith(".svg", StringComparison.Ordinal) ? Path.Combine(directory, a) : a).ToArray();
            if (args.Contains("route"))
            {
                args = args.Concat(new[] { "--max-iterations", "200" }).ToArray();
            }

            (int code, string _, string error) = Run(args);
            Assert.True(code == Program.Success, $"pdcore {example} exited {code}: {error}");
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Run_Version_PrintsThePackageVersion()
    {
        foreach (string flag in new[] { "--version", "version" })
        {
            (int code, string output, string error) = Run(flag);
            Assert.Equal(Program.Success, code);
            Assert.Equal(string.Empty, error);
            Assert.Matches(new Regex(@"^pdcore \d+\.\d+\.\d+"), output);
        }
    }

    [Fact]
    public void Run_Help_ListsEveryCommandWithItsOptions()
    {
        (int code, string output, string _) = Run("--help");
        Assert.Equal(Program.Success, code);
        Assert.Contains("--version", output, StringComparison.Ordinal);
        foreach (ICommand command in Program.Commands)
        {
            Assert.Contains("  " + Program.Usage(command) + Environment.NewLine, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_HelpForUnknownCommand_NamesTheKnownOnes()
    {
        (int code, string _, string error) = Run("help", "shedule");
        Assert.Equal(Program.InvalidInput, code);
        Assert.Contains("unknown command 'shedule'", error, StringComparison.Ordinal);
        Assert.Contains("schedule", error.Replace("'shedule'", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void RuntimeConfig_Tool_CompilesLoopsOptimisedAtOnce()
    {
        // Short time-limited runs lose a sixth of their iterations when the solver's loops start in tier 0 (docs/benchmarks.md, "CLI start-up").
        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "pdcore.runtimeconfig.json")));
        System.Text.Json.JsonElement properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.False(properties.GetProperty("System.Runtime.TieredCompilation.QuickJitForLoops").GetBoolean());
        Assert.False(properties.TryGetProperty("System.Runtime.TieredPGO", out _), "dynamic PGO pays off in longer runs; keep it on");
    }
}
