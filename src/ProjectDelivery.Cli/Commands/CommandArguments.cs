using System;
using System.Collections.Generic;
using System.Globalization;

namespace ProjectDelivery.Cli.Commands;

/// <summary>Positional arguments and <c>--name value</c> / <c>--flag</c> options of one command line.</summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string?> _options;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    private CommandArguments(IReadOnlyList<string> positional, Dictionary<string, string?> options)
    {
        Positional = positional;
        _options = options;
    }

    /// <summary>Arguments that are not options, in order.</summary>
    public IReadOnlyList<string> Positional { get; }

    /// <summary>True when a person watches the error stream (a terminal, not a file or pipe): progress is drawn there.</summary>
    public bool StderrIsTerminal { get; set; }

    /// <summary>The option names the command asked about so far (every option it takes, once it has read them all).</summary>
    internal IReadOnlyCollection<string> AskedFor => _used;

    /// <summary>Options that take no value.</summary>
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "json", "quiet", "compare-ortools", "no-progress" };

    public static CommandArguments Parse(string[] args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                string name = arg.Substring(2);
                string? value = null;
                int eq = name.IndexOf('=');
                if (eq >= 0)
                {
                    value = name.Substring(eq + 1);
                    name = name.Substring(0, eq);
                }
                else if (!Flags.Contains(name) && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    value = args[++i];
                }

                if (options.ContainsKey(name))
                {
                    throw new CliInputException($"option --{name} is given twice");
                }

                options[name] = value;
            }
            else
            {
                positional.Add(arg);
            }
        }

        return new CommandArguments(positional, options);
    }

    /// <summary>True when the flag is present.</summary>
    public bool Has(string name)
    {
        _used.Add(name);
        return _options.ContainsKey(name);
    }

    /// <summary>The option's value, or null when absent.</summary>
    public string? Value(string name)
    {
        _used.Add(name);
        if (!_options.TryGetValue(name, out string? value))
        {
            return null;
        }

        return value ?? throw new CliInputException($"option --{name} needs a value");
    }

    /// <summary>The option as a number, or <paramref name="fallback"/> when absent.</summary>
    public double Number(string name, double fallback, double min, double max)
    {
        string? text = Value(name);
        if (text is null)
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || double.IsNaN(value) || value < min || value > max)
        {
            throw new CliInputException($"option --{name} must be a number in [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}], got '{text}'");
        }

        return value;
    }

    /// <summary>The option as an integer, or <paramref name="fallback"/> when absent.</summary>
    public long Integer(string name, long fallback, long min, long max)
    {
        string? text = Value(name);
        if (text is null)
        {
            return fallback;
        }

        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) || value < min || value > max)
        {
            throw new CliInputException($"option --{name} must be a whole number in [{min}, {max}], got '{text}'");
        }

        return value;
    }

    /// <summary>The single positional argument naming the input file; throws when missing or repeated.</summary>
    public string RequiredFile(string command)
    {
        if (Positional.Count != 1)
        {
            throw new CliInputException($"'{command}' takes exactly one input file, got {Positional.Count} arguments");
        }

        return Positional[0];
    }

    /// <summary>Throws when an option was given that the command never asked about.</summary>
    public void RejectUnknownOptions(string command)
    {
        foreach (string name in _options.Keys)
        {
            if (!_used.Contains(name))
            {
                throw new CliInputException($"'{command}' does not take option --{name}");
            }
        }
    }
}
