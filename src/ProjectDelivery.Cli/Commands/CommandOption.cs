namespace ProjectDelivery.Cli.Commands;

/// <summary>One <c>--name [VALUE]</c> option of a command, as its help shows it.</summary>
/// <param name="Name">The option's name without the leading dashes.</param>
/// <param name="Value">The placeholder of its value (<c>SECONDS</c>, <c>cost|vehicles</c>), or null for a flag.</param>
/// <param name="Description">What the option does and its default, in one sentence.</param>
internal sealed record CommandOption(string Name, string? Value, string Description)
{
    /// <summary>The option as the usage line shows it: <c>--time-limit SECONDS</c> or <c>--json</c>.</summary>
    public string Synopsis => Value is null ? "--" + Name : $"--{Name} {Value}";

    /// <summary>Writes the result as JSON instead of text (every command but <c>demo</c> takes it).</summary>
    public static CommandOption Json(string what) => new("json", null, $"Write {what} as one JSON document on stdout instead of the text table.");

    /// <summary>Writes a picture beside the output.</summary>
    public static CommandOption Svg(string picture) => new("svg", "FILE", $"Also write {picture} to FILE as SVG (docs/pictures.md).");
}
