using System;
using System.Collections.Generic;
using System.IO;

namespace ProjectDelivery.Cli.Commands;

/// <summary><c>demo</c>: runs each area's command on the sample files bundled with the CLI.</summary>
internal sealed class DemoCommand : ICommand
{
    /// <summary>Title and command line of each demonstration step; file names are under samples/.</summary>
    internal static readonly IReadOnlyList<(string Title, string[] Arguments)> Steps = new (string, string[])[]
    {
        ("Critical path, plain numbers (textbook network)", new[] { "schedule", "schedule.json" }),
        ("Critical path on a working-time calendar (holidays, lunch break, SS/FF links, deadline)", new[] { "schedule", "schedule-calendar.json" }),
        ("MS Project XML (MSPDI) file: every link type, scheduled on its own calendar", new[] { "schedule", "schedule-msproject.xml" }),
        ("Primavera P6 XER file: activities in progress at the data date", new[] { "schedule", "schedule-primavera.xer" }),
        ("Earned value with earned schedule and forecasts", new[] { "evm", "evm.json" }),
        ("Risk register and Monte Carlo schedule risk", new[] { "risk", "risk.json" }),
        ("SLA clocks on business hours across a DST change and a holiday", new[] { "sla", "sla.json" }),
        ("Promise dates from order cut-off, processing and carrier calendars", new[] { "promise", "promise.json" }),
        ("Vehicle routes for a depot's day: time windows, capacities, 2-second search", new[] { "route", "routing/depot-day.json", "--time-limit", "2", "--seed", "1" }),
    };

    public string Name => "demo";

    public string Arguments => string.Empty;

    public IReadOnlyList<CommandOption> Options { get; } = Array.Empty<CommandOption>();

    public IReadOnlyList<string> Examples { get; } = new[] { "demo" };

    public string Summary => "Runs a short demonstration of every area on the bundled sample files.";

    public int Execute(CommandArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        arguments.RejectUnknownOptions(Name);
        if (arguments.Positional.Count > 0)
        {
            throw new CliInputException("'demo' takes no arguments");
        }

        string samples = SamplesDirectory();
        int worst = Program.Success;
        foreach ((string title, string[] args) in Steps)
        {
            stdout.WriteLine();
            stdout.WriteLine("== " + title);
            var full = (string[])args.Clone();
            full[1] = Path.Combine(samples, args[1]);
            stdout.WriteLine("$ pdcore " + string.Join(" ", args));
            stdout.WriteLine();
            int code = Program.Run(full, stdout, stderr);
            worst = Math.Max(worst, code);
        }

        return worst;
    }

    internal static string SamplesDirectory()
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "samples");
        if (!Directory.Exists(dir))
        {
            throw new CliInputException($"sample directory not found: {dir}");
        }

        return dir;
    }
}
