using System;
using System.IO;
using System.Text.RegularExpressions;
using ProjectDelivery.Cli;
using Xunit;

namespace ProjectDelivery.Tests.Cli.Commands;

/// <summary>The demonstration's numbers say what they count.</summary>
public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_TextOutput_StatesTheUnitOfEveryDurationAndFloat()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(new[] { "demo" }, stdout, stderr);
        string output = stdout.ToString();
        Assert.True(code == Program.Success, stderr.ToString());

        // MS Project (minutes) and P6 (hours) samples in working days and hours; the plain network says its unit.
        Assert.Contains("d = working day of 8 h, h = working hour", output, StringComparison.Ordinal);
        Assert.Contains("d = working day of 7.8 h, h = working hour", output, StringComparison.Ordinal);
        Assert.Contains("(durations, dates and floats in the file's time units)", output, StringComparison.Ordinal);
        Assert.Contains("Finish (in the file's duration units):", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"\s(480|800|0\.513)\s"), output);
    }
}
