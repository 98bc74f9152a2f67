using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace ProjectDelivery.Tests.PublicApi;

/// <summary>
/// Keeps the consumer programs of tests/consumers (built by tests/consumers/run.sh against the packed package for
/// net48 with C# 7.3, net8.0 with C# 12 and net10.0) in step with the documentation they prove: the net8.0/net10.0
/// program holds every snippet of docs/getting-started and the README's "In ten lines" word for word, and the C# 7.3
/// program differs from them only in lines marked "C# 7.3:"; both run the guides in this order, and the output run.sh
/// expects of them (expected.txt) is the pages' Output blocks, which DocSnippetTests holds to what the snippets print.
/// </summary>
public sealed class ConsumerProgramTests
{
    private static readonly string Root = AppContext.BaseDirectory;

    /// <summary>Each page and the consumer program file holding its snippet, in the order Program runs them.</summary>
    private static readonly (string Document, string Program)[] GuideFiles =
    {
        ("README.md", "ReadmeGuide.cs"),
        ("docs/getting-started/scheduling.md", "SchedulingGuide.cs"),
        ("docs/getting-started/earned-value.md", "EarnedValueGuide.cs"),
        ("docs/getting-started/risk.md", "RiskGuide.cs"),
        ("docs/getting-started/routing.md", "RoutingGuide.cs"),
        ("docs/getting-started/fulfilment.md", "FulfilmentGuide.cs"),
    };

    public static TheoryData<string, string> Guides()
    {
        var data = new TheoryData<string, string>();
        foreach ((string document, string program) in GuideFiles)
        {
            data.Add(document, program);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Guides))]
    public void ModernConsumer_GuideSnippet_IsCompiledWordForWord(string document, string program)
    {
        string code = Read("consumers/net8-csharp12/" + program);
        string snippet = Snippet(document);
        Assert.True(code.Contains(snippet, StringComparison.Ordinal),
            $"tests/consumers/net8-csharp12/{program} no longer holds the C# snippet of {document} word for word; copy it again.");
    }

    [Theory]
    [MemberData(nameof(Guides))]
    public void CSharp73Consumer_GuideSnippet_DiffersOnlyInMarkedLines(string document, string program)
    {
        string[] code = Read("consumers/net48-csharp73/" + program).Split('\n');
        var lines = new HashSet<string>(code, StringComparer.Ordinal);
        int marked = code.Count(l => l.TrimStart().StartsWith("// C# 7.3:", StringComparison.Ordinal));
        var changed = Snippet(document).Split('\n').Where(l => !lines.Contains(l)).ToList();
        Assert.True(changed.Count <= marked,
            $"tests/consumers/net48-csharp73/{program} changes {changed.Count} line(s) of {document} but marks {marked} with \"// C# 7.3:\": {string.Join(" | ", changed)}");
    }

    [Theory]
    [InlineData("net8-csharp12")]
    [InlineData("net48-csharp73")]
    public void Program_RunsEveryGuide_InThePagesOrder(string program)
    {
        var calls = Regex.Matches(Read($"consumers/{program}/Program.cs"), @"\b(\w+Guide)\.Run\(\);").Select(m => m.Groups[1].Value + ".cs");
        Assert.Equal(GuideFiles.Select(g => g.Program), calls);
    }

    [Fact]
    public void Expected_IsThePagesOutputBlocks_InTheOrderProgramRunsThem()
    {
        // run.sh compares the programs' output with expected.txt; this holds expected.txt to the pages, so a changed
        // Output block (DocSnippetTests holds those to what the snippets print) fails here until expected.txt follows it.
        string expected = string.Concat(GuideFiles.Select(g => Output(g.Document)));
        Assert.Equal(expected, Read("consumers/expected.txt"));
    }

    private static string Read(string path) => File.ReadAllText(Path.Combine(Root, path)).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>
    /// The first ```csharp block of a document (the README's is "In ten lines"), without its leading using
    /// directives, which the program has at the top of its file.
    /// </summary>
    private static string Snippet(string document)
    {
        Match match = Regex.Match(Read(document), "```csharp\n(.*?)\n```", RegexOptions.Singleline);
        Assert.True(match.Success, $"{document} has no C# block.");
        string[] lines = match.Groups[1].Value.Split('\n');
        return string.Join("\n", lines.SkipWhile(l => l.StartsWith("using ", StringComparison.Ordinal) || l.Length == 0));
    }

    /// <summary>The ```text block after a document's first ```csharp block: what the snippet prints, each line ending in a newline.</summary>
    private static string Output(string document)
    {
        Match match = Regex.Match(Read(document), "```csharp\n.*?\n```\n(?:(?!```).)*```text\n(.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, $"{document} has no ```text output block after its C# block.");
        return match.Groups[1].Value;
    }
}
