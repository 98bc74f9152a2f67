using System.Collections.Generic;
using System.IO;

namespace ProjectDelivery.Cli.Commands;

/// <summary>One sub-command of the front end.</summary>
internal interface ICommand
{
    /// <summary>The word that selects the command.</summary>
    string Name { get; }

    /// <summary>The positional arguments as the usage line shows them (<c>FILE.json</c>), empty when there are none.</summary>
    string Arguments { get; }

    /// <summary>Every option the command reads, in the order its help lists them.</summary>
    IReadOnlyList<CommandOption> Options { get; }

    /// <summary>One sentence on what the command does.</summary>
    string Summary { get; }

    /// <summary>Example command lines (without <c>pdcore</c>) that work on the samples bundled with the CLI.</summary>
    IReadOnlyList<string> Examples { get; }

    /// <summary>Runs the command; returns the process exit code.</summary>
    int Execute(CommandArguments arguments, TextWriter stdout, TextWriter stderr);
}
