using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ProjectDelivery.Delivery.Fulfilment.Kpis;
using ProjectDelivery.Planning.EarnedValue;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Reporting;
using Xunit;

namespace ProjectDelivery.Tests.LinqPadSamples;

/// <summary>
/// Keeps the packed LINQPad samples from rotting: each <c>.linq</c> file must have a C# twin in this folder whose
/// code between the <c>linqpad-sample</c> markers is the same text (indentation aside) and whose usings are the
/// query's <c>Namespace</c> lines; the twin compiles with the test project and is run here.
/// </summary>
public sealed class LinqPadSampleTests
{
    private static readonly string SamplesRoot = Path.Combine(AppContext.BaseDirectory, "linqpad-samples");
    private static readonly string TwinsRoot = Path.Combine(AppContext.BaseDirectory, "LinqPadSamples");

    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(SamplesRoot, "*.linq", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(SamplesRoot, file).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void Samples_EveryArea_HasAtLeastOneSample()
    {
        string[] areas = Directory.GetDirectories(SamplesRoot).Select(Path.GetFileName).OrderBy(a => a, StringComparer.Ordinal).ToArray()!;
        Assert.Superset(new HashSet<string> { "EarnedValue", "Fulfilment", "Risk", "Routing", "Scheduling" }, new HashSet<string>(areas));
        Assert.All(areas, a => Assert.NotEmpty(Directory.GetFiles(Path.Combine(SamplesRoot, a), "*.linq")));
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Sample_LinqFile_IsAProgramQueryReferencingThePackage(string relativePath)
    {
        (XElement header, _) = Split(File.ReadAllText(Path.Combine(SamplesRoot, relativePath)));
        Assert.Equal("Query", header.Name.LocalName);
        Assert.Equal("Program", (string?)header.Attribute("Kind"));
        Assert.Equal("ProjectDelivery.Core", header.Element("NuGetReference")?.Value);
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Sample_LinqFile_MatchesItsCompiledTwin(string relativePath)
    {
        (XElement header, string body) = Split(File.ReadAllText(Path.Combine(SamplesRoot, relativePath)));
        string twinPath = Path.Combine(TwinsRoot, TwinName(relativePath) + ".cs");
        Assert.True(File.Exists(twinPath), $"No C# twin {TwinName(relativePath)}.cs for {relativePath}.");
        string twin = File.ReadAllText(twinPath);

        Match region = Regex.Match(twin, @"// linqpad-sample-begin\r?\n(?<code>.*?)\r?\n\s*// linqpad-sample-end", RegexOptions.Singleline);
        Assert.True(region.Success, $"{twinPath} has no linqpad-sample markers.");
        Assert.Equal(Normalise(body), Normalise(region.Groups["code"].Value));

        string[] namespaces = header.Elements("Namespace").Select(e => e.Value).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        string[] usings = Regex.Matches(twin, @"^using ([\w.]+);", RegexOptions.Multiline).Select(m => m.Groups[1].Value).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(namespaces, usings);
    }

    [Fact]
    public void CriticalPathSample_Run_DumpsScheduleRowsAndCriticalPaths()
    {
        var shown = DumpExtensions.Run(new CriticalPathSample());
        Assert.Equal(3, shown.Count);
        var plain = Assert.IsAssignableFrom<IReadOnlyList<ScheduleRow>>(shown[0].Shown);
        Assert.Equal(new[] { "A", "B", "C", "D" }, plain.Select(r => r.Id));
        Assert.Equal(5.0, plain[3].EarlyStartUnits);
        Assert.Null(plain[3].EarlyStart);
        var dated = Assert.IsAssignableFrom<IReadOnlyList<ScheduleRow>>(shown[1].Shown);
        Assert.Equal(new DateTime(2027, 3, 1, 8, 0, 0), dated[0].EarlyStart);
        Assert.Equal(new DateTime(2027, 3, 3, 17, 0, 0), dated[0].EarlyFinish); // three 8-hour days
        Assert.All(dated, r => Assert.True(r.Critical));
    }

    [Fact]
    public void EarnedValueReportSample_Run_DumpsRowsAndTheFacadeCpi()
    {
        var shown = DumpExtensions.Run(new EarnedValueReportSample());
        var rows = Assert.IsAssignableFrom<IReadOnlyList<EarnedValueRow>>(shown[0].Shown);
        Assert.Equal(4 * 2, rows.Count); // total, "1", "1.1", "1.2" × two reported periods
        EarnedValueRow total = rows.Single(r => r.NodeId == EarnedValueProject.TotalId && r.IsStatusPeriod);
        Assert.Equal(500.0 / 580.0, total.Cpi!.Value, 12);
        Assert.Equal(total.Cpi.Value, (double)shown[1].Shown!, 12);
    }

    [Fact]
    public void RegisterAndMonteCarloSample_Run_DumpsListingHeatMapAndSummary()
    {
        var shown = DumpExtensions.Run(new RegisterAndMonteCarloSample());
        var listing = Assert.IsAssignableFrom<IReadOnlyList<RiskListingRow>>(shown[0].Shown);
        Assert.Equal(2, listing.Count);
        Assert.Equal(25, Assert.IsAssignableFrom<IReadOnlyList<HeatMapCell>>(shown[1].Shown).Count);
        var summary = Assert.IsType<ScheduleRiskSummary>(shown[2].Shown);
        Assert.Equal(2_000, summary.Iterations);
        Assert.Equal(30.0, summary.DeterministicFinish);
        Assert.All(summary.Activities, a => Assert.Equal(1.0, a.CriticalityIndex)); // a chain: both always critical
        Assert.True(summary.Percentiles.Zip(summary.Percentiles.Skip(1), (a, b) => a.Finish <= b.Finish).All(x => x));
    }

    [Fact]
    public void SlaAndKpisSample_Run_DumpsSlaRowsAndKpiRows()
    {
        var shown = DumpExtensions.Run(new SlaAndKpisSample());
        var sla = Assert.IsAssignableFrom<IReadOnlyList<SlaStatusRow>>(shown[0].Shown);
        Assert.Equal(new[] { "Met", "Paused", "Breached" }, sla.Select(r => r.State));
        Assert.Equal(3.0, sla[0].ElapsedHours, 9);
        Assert.Equal(new DateTime(2027, 3, 2, 9, 0, 0, DateTimeKind.Utc), sla[2].BreachAtUtc); // 7 h on Monday + 08:00-09:00 on Tuesday
        var kpis = Assert.IsAssignableFrom<IReadOnlyList<KpiRow>>(shown[1].Shown);
        Assert.Equal(1.0 / 3.0, kpis.Single(k => k.Metric == "otifRate").Value!.Value, 12);
    }

    [Fact]
    public void VehicleRoutesSample_Run_DumpsTheRoutingSummary()
    {
        var shown = DumpExtensions.Run(new VehicleRoutesSample());
        var summary = Assert.IsType<RoutingSummary>(Assert.Single(shown).Shown);
        Assert.Equal(2, summary.VehiclesUsed);
        Assert.Equal(6, summary.Stops.Count);
        Assert.Empty(summary.Unassigned);
        Assert.All(summary.Routes, r => Assert.Equal("12", r.Load));
    }

    private static string TwinName(string relativePath) => Path.GetFileNameWithoutExtension(relativePath) + "Sample";

    private static (XElement Header, string Body) Split(string text)
    {
        int end = text.IndexOf("</Query>", StringComparison.Ordinal);
        Assert.True(end > 0, "A .linq file starts with a <Query> header.");
        end += "</Query>".Length;
        return (XElement.Parse(text.Substring(0, end)), text.Substring(end));
    }

    /// <summary>Trims blank edge lines and the common indentation, and normalises line ends.</summary>
    private static string Normalise(string code)
    {
        string[] lines = code.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).SkipWhile(l => l.Length == 0).Reverse().SkipWhile(l => l.Length == 0).Reverse().ToArray();
        int indent = lines.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", lines.Select(l => l.Length == 0 ? l : l.Substring(indent)));
    }
}
