using System;
using System.IO;
using System.Text.Json;
using ProjectDelivery.Cli;
using Xunit;

namespace ProjectDelivery.Tests.Cli;

/// <summary>Where <c>route</c> draws its progress bar: on stderr when a person watches stderr, whatever stdout is.</summary>
public sealed class RouteCommandProgressTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "routing", "depot-day.json");

    private static (int Code, string Out, string Err) Run(bool stderrIsTerminal, params string[] options)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string[] args = new[] { "route", Sample, "--max-iterations", "300" };
        int code = Program.Run([.. args, .. options], stdout, stderr, stderrIsTerminal);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Route_JsonWithStderrOnATerminal_DrawsProgressOnStderrAndKeepsStdoutJson()
    {
        (int code, string output, string error) = Run(stderrIsTerminal: true, "--json");
        Assert.True(code == Program.Success, error);
        Assert.Contains("[##############################]", error, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
    }

    [Theory]
    [InlineData(true, "--no-progress")]
    [InlineData(false, "--json")]
    [InlineData(false, "--seed")]
    public void Route_StderrRedirectedOrNoProgress_WritesNothingToStderr(bool stderrIsTerminal, string option)
    {
        (int code, string _, string error) = option == "--seed" ? Run(stderrIsTerminal, option, "2") : Run(stderrIsTerminal, option);
        Assert.Equal(Program.Success, code);
        Assert.Equal(string.Empty, error);
    }
}
