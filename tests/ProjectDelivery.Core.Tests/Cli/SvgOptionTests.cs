using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ProjectDelivery.Tests.Charts;
using Xunit;

namespace ProjectDelivery.Tests.Cli;

/// <summary><c>--svg FILE</c> on schedule, evm and risk: the picture is written and the normal output still printed.</summary>
public sealed class SvgOptionTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = ProjectDelivery.Cli.Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    [Theory]
    [InlineData("schedule", "schedule.json", "bar critical", "Project finish")]
    [InlineData("schedule", "schedule-calendar.json", "bar", "Project finish")]
    [InlineData("evm", "evm.json", "series ev", "EAC")]
    [InlineData("risk", "risk.json", "marker p80", "P80")]
    [InlineData("route", "routing/depot-day.json", "route", "vehicles")]
    public void Execute_WithSvg_WritesThePictureAndStillPrintsTheReport(string command, string sample, string expectedClass, string expectedText)
    {
        string path = Path.Combine(Path.GetTempPath(), $"pd-{Guid.NewGuid():N}.svg");
        try
        {
            string[] extra = command switch
            {
                "risk" => new[] { "--iterations", "2000" },
                "route" => new[] { "--max-iterations", "2000", "--time-limit", "5" },
                _ => Array.Empty<string>(),
            };
            var (code, output, error) = Run(new[] { command, Sample(sample), "--svg", path }.Concat(extra).ToArray());
            Assert.True(code == 0, error);
            Assert.Contains(expectedText, output);
            XDocument doc = Svg.Parse(File.ReadAllText(path));
            Assert.NotEmpty(Svg.WithClass(doc, expectedClass));
            Assert.NotEqual(0xEF, File.ReadAllBytes(path)[0]); // no byte-order mark
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Execute_SvgWithoutValue_IsInvalidInput()
    {
        var (code, _, error) = Run("schedule", Sample("schedule.json"), "--svg");
        Assert.Equal(2, code);
        Assert.Contains("--svg", error);
    }

    [Fact]
    public void Execute_SvgInMissingFolder_IsInvalidInputNamingTheFile()
    {
        string path = Path.Combine(Path.GetTempPath(), $"pd-missing-{Guid.NewGuid():N}", "out.svg");
        var (code, _, error) = Run("evm", Sample("evm.json"), "--svg", path);
        Assert.Equal(2, code);
        Assert.Contains("out.svg", error);
    }
}
