using System;

namespace ProjectDelivery.Cli.Commands;

/// <summary>Invalid command-line arguments or input file: reported on one line, exit code 2.</summary>
internal sealed class CliInputException : Exception
{
    public CliInputException(string message) : base(message)
    {
    }

    public CliInputException(string message, Exception inner) : base(message, inner)
    {
    }
}
