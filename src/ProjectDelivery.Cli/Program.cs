using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage(stdout);
            return args.Length == 0 ? InvalidInput : Success;
        }

        ICommand? command = Commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            stderr.WriteLine($"error: unknown command '{args[0]}'. Commands: {string.Join(", ", Commands.Select(c => c.Name))}.");
            return InvalidInput;
        }

        // The input file every message names (CliError puts it in front when a message lacks it).
        string? file = null;
        try
        {
            var arguments = CommandArguments.Parse(args.Skip(1).ToArray());
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

    private static void PrintUsage(TextWriter output)
    {
        output.WriteLine("pdcore — ProjectDelivery.Core command line");
        output.WriteLine();
        output.WriteLine("usage: pdcore <command> [arguments]");
        output.WriteLine();
        foreach (ICommand command in Commands)
        {
            output.WriteLine($"  {command.Usage}");
            output.WriteLine($"      {command.Summary}");
        }
    }
}
