using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ProjectDelivery.Reporting;
using Xunit;

namespace ProjectDelivery.Tests.Reporting;

/// <summary>
/// Inspects (without loading) the netstandard2.0 build of the library, the asset a .NET Framework 4.8 host such as
/// a report server loads: it must reference the netstandard facade and its declared dependencies only, carry the
/// same stable assembly version as the other targets, and expose the report facade. A real .NET Framework load
/// cannot be done on this machine; this is the metadata-level check.
/// </summary>
public sealed class NetStandardAssemblyTests
{
    private static readonly string AssemblyPath = Path.Combine(AppContext.BaseDirectory, "netstandard2.0", "ProjectDelivery.Core.dll");

    /// <summary>Assemblies a netstandard2.0 build may reference: the facade and the package's dependencies.</summary>
    private static readonly HashSet<string> AllowedReferences = new(StringComparer.Ordinal)
    {
        "netstandard", "NodaTime", "MathNet.Numerics", "System.Memory", "System.Buffers", "System.Numerics.Vectors",
        "System.Runtime.CompilerServices.Unsafe",

        // The JSON contract (ProjectDeliveryJson): the System.Text.Json package (with its System.Text.Encodings.Web) and NodaTime's converters.
        "System.Text.Json", "System.Text.Encodings.Web", "NodaTime.Serialization.SystemTextJson",
    };

    [Fact]
    public void References_NetStandardBuild_AreTheFacadeAndDeclaredDependenciesOnly()
    {
        using var pe = new PEReader(File.OpenRead(AssemblyPath));
        MetadataReader md = pe.GetMetadataReader();
        var references = md.AssemblyReferences.Select(h => md.GetAssemblyReference(h))
            .ToDictionary(r => md.GetString(r.Name), r => r.Version, StringComparer.Ordinal);

        Assert.Equal(new Version(2, 0, 0, 0), references["netstandard"]);
        Assert.All(references.Keys, name => Assert.True(AllowedReferences.Contains(name), $"The netstandard2.0 build references {name}."));
        Assert.DoesNotContain("System.Runtime", references.Keys);
        Assert.DoesNotContain("System.Private.CoreLib", references.Keys);
    }

    [Fact]
    public void TargetFramework_NetStandardBuild_IsNetStandard20()
    {
        using var pe = new PEReader(File.OpenRead(AssemblyPath));
        MetadataReader md = pe.GetMetadataReader();
        string? framework = null;
        foreach (CustomAttributeHandle h in md.GetAssemblyDefinition().GetCustomAttributes())
        {
            CustomAttribute attribute = md.GetCustomAttribute(h);
            if (attribute.Constructor.Kind == HandleKind.MemberReference
                && md.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent
                && md.GetString(md.GetTypeReference((TypeReferenceHandle)parent).Name) == "TargetFrameworkAttribute")
            {
                BlobReader blob = md.GetBlobReader(attribute.Value);
                blob.ReadUInt16(); // prolog
                framework = blob.ReadSerializedString();
            }
        }

        Assert.Equal(".NETStandard,Version=v2.0", framework);
    }

    [Fact]
    public void AssemblyVersion_NetStandardBuild_IsStableAndEqualToTheOtherTargets()
    {
        using var pe = new PEReader(File.OpenRead(AssemblyPath));
        Version version = pe.GetMetadataReader().GetAssemblyDefinition().Version;
        Version loaded = typeof(ReportFunctions).Assembly.GetName().Version!;

        Assert.Equal(loaded, version);
        Assert.Equal(0, version.Build);    // fixed to major.minor: patch releases keep the version that RDL files
        Assert.Equal(0, version.Revision); // and rssrvpolicy.config entries bind to
    }

    [Fact]
    public void ReportFacade_NetStandardBuild_IsAPublicStaticClassWithTheDocumentedFunctions()
    {
        using var pe = new PEReader(File.OpenRead(AssemblyPath));
        MetadataReader md = pe.GetMetadataReader();
        TypeDefinition type = md.TypeDefinitions.Select(h => md.GetTypeDefinition(h))
            .Single(t => md.GetString(t.Namespace) == "ProjectDelivery.Reporting" && md.GetString(t.Name) == "ReportFunctions");

        Assert.Equal(TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed,
            type.Attributes & (TypeAttributes.VisibilityMask | TypeAttributes.Abstract | TypeAttributes.Sealed));
        string[] publicMethods = type.GetMethods().Select(h => md.GetMethodDefinition(h))
            .Where(m => (m.Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public)
            .Select(m => md.GetString(m.Name)).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToArray();
        string[] expected = typeof(ReportFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => m.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, publicMethods);
        Assert.Contains("WorkingHoursBetween", publicMethods);
    }
}
