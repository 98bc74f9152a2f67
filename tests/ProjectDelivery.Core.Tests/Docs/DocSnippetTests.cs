using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ProjectDelivery.Tests.Docs;

/// <summary>
/// Every ```csharp block of README.md and docs/getting-started/*.md compiles as pasted into a new console program
/// (top-level statements, its own <c>using</c> lines, no implicit usings, nullable on, no warnings) against the library,
/// and, run, prints exactly the ```text block the page shows after it under "Output".
/// </summary>
[Collection(nameof(ConsoleCapture))]
public sealed class DocSnippetTests
{
    private static readonly string Root = AppContext.BaseDirectory;

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (string page in Pages())
        {
            int count = Parse(File.ReadAllText(Path.Combine(Root, page))).Count;
            for (int i = 0; i < count; i++)
            {
                data.Add(page, i);
            }
        }

        return data;
    }

    [Fact]
    public void Pages_EveryGuideAndTheReadme_HaveASnippetWithItsOutput()
    {
        foreach (string page in Pages())
        {
            IReadOnlyList<Snippet> snippets = Parse(File.ReadAllText(Path.Combine(Root, page)));
            Assert.True(snippets.Count > 0, $"{page} has no ```csharp block.");
            Assert.All(snippets, s => Assert.True(s.Output is not null, $"{page}: the ```csharp block at line {s.Line} has no ```text output block after it."));
        }

        Assert.Superset(new HashSet<string> { "earned-value.md", "fulfilment.md", "risk.md", "routing.md", "scheduling.md" },
            new HashSet<string>(Pages().Select(Path.GetFileName)!));
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_CompiledAndRun_PrintsTheOutputThePageShows(string page, int index)
    {
        Snippet snippet = Parse(File.ReadAllText(Path.Combine(Root, page)))[index];
        string where = $"{page}, ```csharp block at line {snippet.Line}";

        string printed = ConsoleCapture.Run(Compile(snippet.Code, where));

        Assert.True(Normalise(snippet.Output!) == Normalise(printed),
            $"{where} prints something else than the page shows.{Environment.NewLine}Page:{Environment.NewLine}{snippet.Output}{Environment.NewLine}Printed:{Environment.NewLine}{printed}");
    }

    [Fact]
    public void Parse_OutputBlockMissingOrChanged_IsCaught()
    {
        // The comparison itself must be able to fail: a page whose output differs from what its code prints.
        const string page = "```csharp\nusing System;\nConsole.WriteLine(6 * 7);\n```\n\nOutput:\n\n```text\n41\n```\n";
        Snippet snippet = Assert.Single(Parse(page));
        Assert.Equal(1, snippet.Line);
        Assert.NotEqual(Normalise(snippet.Output!), Normalise(ConsoleCapture.Run(Compile(snippet.Code, "test"))));
        Assert.Null(Assert.Single(Parse("```csharp\nusing System;\n```\n")).Output);
    }

    [Fact]
    public void Compile_SnippetUsingAnUnlistedNamespace_FailsNamingThePlace()
    {
        // No implicit usings: a snippet must list what it uses, as in a project without ImplicitUsings.
        var ex = Assert.ThrowsAny<Exception>(() => Compile("Console.WriteLine(1);", "page.md, ```csharp block at line 3"));
        Assert.Contains("page.md, ```csharp block at line 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("CS0103", ex.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Pages() =>
        new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(Root, "docs", "getting-started"), "*.md")
            .Select(f => Path.Combine("docs", "getting-started", Path.GetFileName(f))).OrderBy(f => f, StringComparer.Ordinal));

    /// <summary>A ```csharp block, its 1-based line in the page, and the ```text block after it (before the next code block), if any.</summary>
    private sealed record Snippet(string Code, int Line, string? Output);

    private static IReadOnlyList<Snippet> Parse(string markdown)
    {
        markdown = markdown.Replace("\r\n", "\n");
        var result = new List<Snippet>();
        MatchCollection blocks = Regex.Matches(markdown, @"^```(?<lang>[a-z]*)\n(?<body>.*?)^```$", RegexOptions.Singleline | RegexOptions.Multiline);
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Groups["lang"].Value != "csharp")
            {
                continue;
            }

            string? output = i + 1 < blocks.Count && blocks[i + 1].Groups["lang"].Value == "text" ? blocks[i + 1].Groups["body"].Value : null;
            int line = markdown.Take(blocks[i].Index).Count(c => c == '\n') + 1;
            result.Add(new Snippet(blocks[i].Groups["body"].Value, line, output));
        }

        return result;
    }

    private static string Normalise(string text) =>
        string.Join("\n", text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n').Select(l => l.TrimEnd()));

    private static MethodInfo Compile(string code, string where)
    {
        var options = new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Snippet" + Guid.NewGuid().ToString("N"),
            new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: where) },
            References.Value,
            options);
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
        ImmutableArray<Diagnostic> problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        if (!emitted.Success || problems.Length > 0)
        {
            throw new InvalidOperationException($"{where} does not compile as pasted:{Environment.NewLine}" + string.Join(Environment.NewLine, problems));
        }

        return Assembly.Load(image.ToArray()).EntryPoint ?? throw new InvalidOperationException($"{where} has no statements to run.");
    }

    /// <summary>The assemblies a console program referencing the library sees: the runtime and the library with its dependencies.</summary>
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0 && !Path.GetFileName(p).StartsWith("ProjectDelivery.Core.Tests", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());
}

/// <summary>Tests that swap <see cref="Console.Out"/> run one at a time.</summary>
[CollectionDefinition(nameof(ConsoleCapture), DisableParallelization = true)]
public sealed class ConsoleCapture
{
    /// <summary>Runs a program's entry point and returns what it wrote to the console.</summary>
    public static string Run(MethodInfo entryPoint)
    {
        TextWriter original = Console.Out;
        CultureInfo culture = CultureInfo.CurrentCulture;
        var captured = new StringWriter(CultureInfo.InvariantCulture);
        Console.SetOut(captured);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // the pages show invariant-culture numbers and dates
        try
        {
            entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() });
        }
        finally
        {
            Console.SetOut(original);
            CultureInfo.CurrentCulture = culture;
        }

        return captured.ToString();
    }
}
