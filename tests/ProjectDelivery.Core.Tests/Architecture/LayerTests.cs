using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ProjectDelivery.Calendars;
using Xunit;

namespace ProjectDelivery.Tests.Architecture;

/// <summary>
/// Dependencies point one way (docs/architecture.md, STYLE.md "Layers"): each namespace of ProjectDelivery.Core may
/// use only the layers below it. The dependencies are read from the built assemblies (net10.0, and the netstandard2.0
/// copy beside the tests) by <see cref="TypeDependencyReader"/>, attribute arguments and method bodies included.
/// Today's breaches are listed in Architecture/KnownLayerViolations.txt, a ratchet: a breach not on the list fails,
/// and so does a line whose breach is gone, so the list only shrinks.
/// </summary>
public sealed class LayerTests
{
    private const string Root = "ProjectDelivery.";
    private const string Utility = "ProjectDelivery.Utility";
    private const string Calendars = "ProjectDelivery.Calendars";
    private const string Scheduling = "ProjectDelivery.Planning.Scheduling";
    private const string EarnedValue = "ProjectDelivery.Planning.EarnedValue";
    private const string Risk = "ProjectDelivery.Planning.Risk";
    private const string Fulfilment = "ProjectDelivery.Delivery.Fulfilment";
    private const string Routing = "ProjectDelivery.Delivery.Routing";
    private const string Interop = "ProjectDelivery.Interop";
    private const string Serialization = "ProjectDelivery.Serialization";
    private const string Reporting = "ProjectDelivery.Reporting";
    private const string Charts = "ProjectDelivery.Charts";

    private static readonly string[] Domain = [Utility, Calendars, Scheduling, EarnedValue, Risk, Fulfilment, Routing];

    /// <summary>
    /// Each layer (a namespace and the namespaces under it) with the layers it may use besides itself. Noda Time, the
    /// BCL and other packages are not layers and are not checked here.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string[]> MayUse = new Dictionary<string, string[]>
    {
        [Utility] = [],
        [Calendars] = [Utility],
        [Scheduling] = [Utility, Calendars],
        [EarnedValue] = [Utility, Calendars, Scheduling],
        [Risk] = [Utility, Calendars, Scheduling],
        [Fulfilment] = [Utility, Calendars],
        [Routing] = [Utility],
        [Interop] = Domain,
        // The JSON contract covers the imported schedules, report rows and chart inputs too, so Serialization sits
        // above the other three; they do not use one another.
        [Serialization] = [.. Domain, Interop, Reporting, Charts],
        [Reporting] = Domain,
        [Charts] = Domain,
    };

    private static readonly string OutputFolder = AppContext.BaseDirectory;
    private static readonly string KnownListPath = Path.Combine(OutputFolder, "Architecture", "KnownLayerViolations.txt");
    private const string KnownListInRepo = "tests/ProjectDelivery.Core.Tests/Architecture/KnownLayerViolations.txt";

    [Fact]
    public void Layers_EveryTypeNotOnTheKnownList_UsesOnlyLowerLayers()
    {
        var known = ReadKnownList();
        var fresh = Violations().Where(v => !known.Contains(v.Line)).ToList();
        Assert.True(fresh.Count == 0,
            $"{fresh.Count} reference(s) against the layer rules of docs/architecture.md:\n"
            + string.Join("\n", fresh.Select(v => $"  {v.Line}  ({v.Describe()})"))
            + $"\nMove the code to the layer that may know both sides (a converter registered in the Serialization context, "
            + $"an extension method in Reporting) rather than adding the line to {KnownListInRepo}.");
    }

    [Fact]
    public void KnownLayerViolations_EveryLine_StillHappens()
    {
        var actual = Violations().Select(v => v.Line).ToHashSet(StringComparer.Ordinal);
        var gone = ReadKnownList().Where(line => !actual.Contains(line)).OrderBy(l => l, StringComparer.Ordinal).ToList();
        Assert.True(gone.Count == 0,
            $"{gone.Count} line(s) of {KnownListInRepo} no longer happen; delete them so the list only shrinks "
            + "(and update the counts in docs/architecture.md):\n" + string.Join("\n", gone.Select(l => "  " + l)));
    }

    [Fact]
    public void Layers_EveryNamespaceOfTheLibrary_BelongsToALayer()
    {
        var orphans = Dependencies().Keys
            .Select(TypeDependencyReader.NamespaceOf)
            .Where(ns => ns.StartsWith(Root, StringComparison.Ordinal) && LayerOf(ns) is null)
            .Distinct().OrderBy(ns => ns, StringComparer.Ordinal).ToList();
        Assert.True(orphans.Count == 0,
            "Namespaces with no layer; add them to LayerTests.MayUse and docs/architecture.md: " + string.Join(", ", orphans));
    }

    [Fact]
    public void KnownLayerViolations_List_IsSortedWithoutDuplicates()
    {
        var lines = KnownLines().ToList();
        var sorted = lines.Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal).ToList();
        Assert.Equal(sorted, lines);
    }

    [Fact]
    public void Reader_AttributeTypeofArgument_IsSeen()
    {
        // Guards the reader itself on fixtures of this assembly, so the check outlives today's violations.
        var used = Read(typeof(LayerTests).Assembly.Location);
        Assert.Contains(typeof(ReaderFixtureTarget).FullName!, used[typeof(ReaderAttributeFixture).FullName!]);
    }

    [Fact]
    public void Reader_MethodBodyReferences_AreSeen()
    {
        var used = Read(typeof(LayerTests).Assembly.Location)[typeof(ReaderMethodBodyFixture).FullName!];
        Assert.Contains(typeof(ReaderFixtureTarget).FullName!, used);
        Assert.Contains(typeof(WorkingCalendar).FullName!, used);
    }

    private static IReadOnlyDictionary<string, SortedSet<string>> Read(string path) => TypeDependencyReader.Read(path);

    /// <summary>Every top-level type of both builds of the library with what it uses (the union of the two).</summary>
    private static Dictionary<string, SortedSet<string>> Dependencies()
    {
        var paths = new List<string> { typeof(WorkingCalendar).Assembly.Location };
        string netStandard = Path.Combine(OutputFolder, "netstandard2.0", "ProjectDelivery.Core.dll");
        if (File.Exists(netStandard))
            paths.Add(netStandard);
        var all = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var (type, used) in Read(path))
            {
                if (!all.TryGetValue(type, out var set))
                    all[type] = set = new SortedSet<string>(StringComparer.Ordinal);
                set.UnionWith(used);
            }
        }
        return all;
    }

    private static List<Violation> Violations()
    {
        var result = new List<Violation>();
        foreach (var (type, used) in Dependencies())
        {
            var from = LayerOf(TypeDependencyReader.NamespaceOf(type));
            if (from is null)
                continue; // compiler-generated and polyfill types outside ProjectDelivery
            foreach (var group in used.GroupBy(TypeDependencyReader.NamespaceOf))
            {
                var to = LayerOf(group.Key);
                if (to is null || to == from || MayUse[from].Contains(to))
                    continue;
                result.Add(new Violation(type, group.Key, from, to, group.First()));
            }
        }
        return result;
    }

    /// <summary>The layer a namespace is in (the longest layer name it equals or starts with), or null.</summary>
    internal static string? LayerOf(string ns) =>
        MayUse.Keys.Where(layer => ns == layer || ns.StartsWith(layer + ".", StringComparison.Ordinal))
            .OrderByDescending(layer => layer.Length).FirstOrDefault();

    private static IEnumerable<string> KnownLines() =>
        File.ReadAllLines(KnownListPath).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    private static HashSet<string> ReadKnownList() => KnownLines().ToHashSet(StringComparer.Ordinal);

    private sealed record Violation(string Type, string Namespace, string FromLayer, string ToLayer, string Example)
    {
        public string Line => $"{Type} -> {Namespace}";

        public string Describe()
        {
            var allowed = MayUse[FromLayer];
            return $"uses {Example}; rule: {FromLayer} may use only "
                + (allowed.Length == 0 ? "itself" : string.Join(", ", allowed)) + $", not {ToLayer}";
        }
    }
}

/// <summary>Stands for a converter in a higher layer (LayerTests.Reader_* fixtures, top-level so they are read apart).</summary>
internal sealed class ReaderFixtureTarget;

[AttributeUsage(AttributeTargets.Class)]
internal sealed class ReaderFixtureTakesTypeAttribute(Type type) : Attribute
{
    public Type Type { get; } = type;
}

[ReaderFixtureTakesType(typeof(ReaderFixtureTarget))]
internal sealed class ReaderAttributeFixture;

internal static class ReaderMethodBodyFixture
{
    public static int Count() => new List<ReaderFixtureTarget>().Count + WorkingCalendar.Standard.Name.Length;
}
