using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ProjectDelivery.Cli.Commands;

namespace ProjectDelivery.Cli;

/// <summary>Entry point: picks the command named by the first argument and maps failures to exit codes.</summary>
public static class Program
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for an unexpected internal failure.</summary>
    public const int InternalError = 1;

    /// <summary>Exit code for invalid input (bad arguments, unreadable or invalid files).</summary>
    public const int InvalidInput = 2;

    /// <summary>Every command the front end knows, by name. Each lives in its own file under Commands/.</summary>
    internal static IReadOnlyList<ICommand> Commands { get; } = new ICommand[]
    {
        new DemoCommand(),
        new ScheduleCommand(),
        new EvmCommand(),
        new RiskCommand(),
        new SlaCommand(),
        new PromiseCommand(),
        new RouteCommand(),
    };

    /// <summary>Runs the front end with the process's console.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the front end writing to the given streams; returns the exit code.</summary>
    /// <remarks>The progress bar of <c>route</c> is drawn only when <paramref name="stderr"/> is the console's own error stream and that is a terminal.</remarks>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, stderrIsTerminal: ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected);

    /// <summary>Runs the front end; <paramref name="stderrIsTerminal"/> says whether a person watches <paramref name="stderr"/>.</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help" && args.Length == 1)
        {
            PrintUsage(stdout);
            return args.Length == 0 ? InvalidInput : Success;
        }

        if (args[0] is "--version" or "version")
        {
            stdout.WriteLine("pdcore " + Version);
            return Success;
        }

        bool helpCommand = args[0] is "help" or "-h" or "--help";
        string name = helpCommand ? args[1] : args[0];
        ICommand? command = Commands.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            stderr.WriteLine($"error: unknown command '{name}'. Commands: {string.Join(", ", Commands.Select(c => c.Name))}; 'pdcore --help' describes them.");
            return InvalidInput;
        }

        if (helpCommand || args.Skip(1).Any(a => a is "-h" or "--help" or "-?"))
        {
            PrintHelp(command, stdout);
            return Success;
        }

        // The input file every message names (CliError puts it in front when a message lacks it).
        string? file = null;
        try
        {
            var arguments = CommandArguments.Parse(args.Skip(1).ToArray());
            arguments.StderrIsTerminal = stderrIsTerminal;
            file = arguments.Positional.Count > 0 ? arguments.Positional[0] : null;
            return command.Execute(arguments, stdout, stderr);
        }
        catch (CliInputException ex)
        {
            stderr.WriteLine("error: " + CliError.Describe(ex, file));
            return InvalidInput;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidDataException
                                       or IOException or UnauthorizedAccessException or System.Text.Json.JsonException
                                       or InvalidOperationException or OverflowException or System.Xml.XmlException
                                       or NodaTime.Utility.InvalidNodaDataException)
        {
            stderr.WriteLine("error: " + CliError.Describe(ex, file));
            return InvalidInput;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A defect of the tool, not of the input: one line, no stack trace, and the exit code says so.
            stderr.WriteLine("error: internal error, please report it with the input file: " + CliError.Describe(ex, file));
            return InternalError;
        }
    }

    /// <summary>The version of the tool: the package version, with the source revision when the build recorded one.</summary>
    internal static string Version =>
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(Program).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>The usage line of a command: its name, positional arguments and every option.</summary>
    internal static string Usage(ICommand command) =>
        string.Join(" ", new[] { command.Name, command.Arguments }.Where(p => p.Length > 0).Concat(command.Options.Select(o => $"[{o.Synopsis}]")));

    private static void PrintUsage(TextWriter output)
    {
        output.WriteLine($"pdcore {Version} — ProjectDelivery.Core command line");
        output.WriteLine();
        output.WriteLine("usage: pdcore <command> [arguments]");
        output.WriteLine("       pdcore <command> --help     every option of a command, with examples");
        output.WriteLine("       pdcore --version");
        output.WriteLine();
        foreach (ICommand command in Commands)
        {
            output.WriteLine($"  {Usage(command)}");
            output.WriteLine($"      {command.Summary}");
        }
    }

    private static void PrintHelp(ICommand command, TextWriter output)
    {
        output.WriteLine("usage: pdcore " + Usage(command));
        output.WriteLine();
        output.WriteLine(command.Summary);
        if (command.Options.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("options:");
            int width = command.Options.Max(o => o.Synopsis.Length);
            foreach (CommandOption option in command.Options)
            {
                output.WriteLine($"  {option.Synopsis.PadRight(width)}  {option.Description}");
            }
        }

        output.WriteLine();
        output.WriteLine(command.Examples.Count == 1 ? "example:" : "examples:");
        foreach (string example in command.Examples)
        {
            output.WriteLine("  pdcore " + example);
        }

        if (command.Examples.Any(e => e.Contains("samples/", StringComparison.Ordinal)))
        {
            output.WriteLine("  (samples/ is the folder of sample files installed with the tool: " + Path.Combine(AppContext.BaseDirectory, "samples") + ")");
        }

        output.WriteLine();
        output.WriteLine("Input formats: docs/formats.md. Invalid input exits with code 2 and a message naming the file and the place.");
    }
}
