using System.IO;

namespace ProjectDelivery.Cli.Commands;

/// <summary>One sub-command of the front end.</summary>
internal interface ICommand
{
    /// <summary>The word that selects the command.</summary>
    string Name { get; }

    /// <summary>One-line synopsis with the arguments.</summary>
    string Usage { get; }

    /// <summary>One sentence on what the command does.</summary>
    string Summary { get; }

    /// <summary>Runs the command; returns the process exit code.</summary>
    int Execute(CommandArguments arguments, TextWriter stdout, TextWriter stderr);
}
