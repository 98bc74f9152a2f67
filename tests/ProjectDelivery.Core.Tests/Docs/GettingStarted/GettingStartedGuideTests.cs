using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace ProjectDelivery.Tests.Docs.GettingStarted;

/// <summary>
/// Keeps docs/getting-started/*.md honest: each guide has exactly one C# block, and it is the same text
/// (indentation aside) as the code between the <c>guide-begin</c>/<c>guide-end</c> markers of its test class
/// (<c>earned-value.md</c> ↔ <c>EarnedValueGuideTests.cs</c>), which compiles and runs with the suite.
/// </summary>
public sealed class GettingStartedGuideTests
{
    private static readonly string GuidesRoot = Path.Combine(AppContext.BaseDirectory, "docs", "getting-started");
    private static readonly string TestsRoot = Path.Combine(AppContext.BaseDirectory, "Docs", "GettingStarted");

    public static TheoryData<string> Guides()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(GuidesRoot, "*.md").OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Guides_EveryArea_HasAGuide()
    {
        string[] names = Directory.GetFiles(GuidesRoot, "*.md").Select(Path.GetFileNameWithoutExtension).ToArray()!;
        Assert.Superset(new System.Collections.Generic.HashSet<string> { "earned-value", "fulfilment", "risk", "routing", "scheduling" },
            new System.Collections.Generic.HashSet<string>(names));
    }

    [Theory]
    [MemberData(nameof(Guides))]
    public void Guide_CSharpBlock_IsTheCodeItsTestRuns(string guide)
    {
        string markdown = File.ReadAllText(Path.Combine(GuidesRoot, guide));
        MatchCollection blocks = Regex.Matches(markdown, @"```csharp\r?\n(?<code>.*?)```", RegexOptions.Singleline);
        Assert.True(blocks.Count == 1, $"{guide} should have exactly one ```csharp block, has {blocks.Count}.");

        string testFile = Path.Combine(TestsRoot, TestClassName(guide) + ".cs");
        Assert.True(File.Exists(testFile), $"{guide} has no test class {TestClassName(guide)}.cs running its code.");
        Match region = Regex.Match(File.ReadAllText(testFile), @"// guide-begin\r?\n(?<code>.*?)\r?\n\s*// guide-end", RegexOptions.Singleline);
        Assert.True(region.Success, $"{testFile} has no guide-begin/guide-end markers.");

        Assert.Equal(Normalise(blocks[0].Groups["code"].Value), Normalise(region.Groups["code"].Value));
    }

    /// <summary><c>earned-value.md</c> → <c>EarnedValueGuideTests</c>.</summary>
    private static string TestClassName(string guide) =>
        string.Concat(Path.GetFileNameWithoutExtension(guide).Split('-').Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1))) + "GuideTests";

    private static string Normalise(string code)
    {
        string[] lines = code.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).SkipWhile(l => l.Length == 0).Reverse().SkipWhile(l => l.Length == 0).Reverse().ToArray();
        int indent = lines.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", lines.Select(l => l.Length == 0 ? l : l.Substring(indent)));
    }
}
