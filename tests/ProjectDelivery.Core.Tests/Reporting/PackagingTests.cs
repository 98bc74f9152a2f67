using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace ProjectDelivery.Tests.Reporting;

/// <summary>
/// Guards the packaging settings that issue 7 asks for (checked against the project files, since packing in a
/// unit test would be slow): package validation, LINQPad samples in the package, the CLI as a .NET tool and the
/// stable assembly version.
/// </summary>
public sealed class PackagingTests
{
    private static XDocument Project(string name) => XDocument.Load(Path.Combine(AppContext.BaseDirectory, "projects", name));

    private static string? Property(XDocument project, string name) => project.Descendants(name).Select(e => e.Value).LastOrDefault();

    [Fact]
    public void LibraryProject_Settings_EnablePackageValidationAndPackTheLinqPadSamples()
    {
        XDocument core = Project("ProjectDelivery.Core.csproj");
        Assert.Equal("true", Property(core, "EnablePackageValidation"));
        Assert.Contains("linqpad-samples", Property(core, "PackageTags")!.Split(';'));
        Assert.Contains(core.Descendants("None"), n =>
            (string?)n.Attribute("Include") == "linqpad-samples/**" && (string?)n.Attribute("Pack") == "true" && (string?)n.Attribute("PackagePath") == "linqpad-samples");
        Assert.Contains("netstandard2.0", Property(core, "TargetFrameworks")!.Split(';'));
    }

    [Fact]
    public void CliProject_Settings_PackAsADotNetTool()
    {
        XDocument cli = Project("ProjectDelivery.Cli.csproj");
        Assert.Equal("true", Property(cli, "PackAsTool"));
        Assert.Equal("pdcore", Property(cli, "ToolCommandName"));
        Assert.Equal("true", Property(cli, "IsPackable"));
    }

    [Fact]
    public void BuildProps_AssemblyVersion_IsMajorMinorOnlyAndMatchesThePackageVersion()
    {
        XDocument props = Project("Directory.Build.props");
        var assembly = Version.Parse(Property(props, "AssemblyVersion")!);
        var package = Version.Parse(Property(props, "Version")!.Split('-')[0]);
        Assert.Equal((package.Major, package.Minor, 0, 0), (assembly.Major, assembly.Minor, assembly.Build, assembly.Revision));
    }

    [Theory]
    [InlineData("ProjectDelivery.Core.csproj")]
    [InlineData("ProjectDelivery.Cli.csproj")]
    public void Package_Metadata_HasOurIconAndTheReadme(string projectFile)
    {
        XDocument project = Project(projectFile);
        Assert.Equal("icon.png", Property(project, "PackageIcon"));
        Assert.Equal("README.md", Property(project, "PackageReadmeFile"));
        Assert.Contains(project.Descendants("None"), n =>
            ((string?)n.Attribute("Include"))!.EndsWith("package/icon.png", StringComparison.Ordinal) && (string?)n.Attribute("Pack") == "true");
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "projects", "icon.png")), "The icon file is missing.");
    }

    [Fact]
    public void BuildProps_EveryPack_IsDeterministicWithSourceLink()
    {
        // dotnet pack sets _IsPacking; ContinuousIntegrationBuild then maps source paths to /_/ (deterministic
        // paths) whether or not the pack runs under CI, and PublishRepositoryUrl/EmbedUntrackedSources feed SourceLink.
        XDocument props = Project("Directory.Build.props");
        XElement ci = props.Descendants("ContinuousIntegrationBuild").Single();
        Assert.Contains("'$(_IsPacking)' == 'true'", (string?)ci.Attribute("Condition"), StringComparison.Ordinal);
        Assert.Equal("true", Property(props, "Deterministic"));
        XDocument core = Project("ProjectDelivery.Core.csproj");
        Assert.Equal("true", Property(core, "PublishRepositoryUrl"));
        Assert.Equal("true", Property(core, "EmbedUntrackedSources"));
    }

    [Fact]
    public void Readme_Links_AreAbsoluteSoTheyWorkOnThePackagePage()
    {
        string readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var relative = Regex.Matches(readme, @"\]\(([^)\s]+)\)").Select(m => m.Groups[1].Value)
            .Where(target => !target.StartsWith("https://", StringComparison.Ordinal) && !target.StartsWith('#')).ToList();
        Assert.True(relative.Count == 0, "The README is the package page on nuget.org, where relative links break: " + string.Join(", ", relative));
    }

    [Fact]
    public void CliSamples_ThirdPartyFiles_CarryTheirLicence()
    {
        string samples = Path.Combine(AppContext.BaseDirectory, "samples");
        string notice = File.ReadAllText(Path.Combine(samples, "NOTICE.md"));
        Assert.StartsWith("GNU LESSER GENERAL PUBLIC LICENSE", File.ReadAllText(Path.Combine(samples, "LGPL-2.1.txt")).Trim(), StringComparison.Ordinal);
        foreach (string file in Directory.GetFiles(samples).Select(Path.GetFileName).Where(f => f!.EndsWith(".xml", StringComparison.Ordinal) || f!.EndsWith(".xer", StringComparison.Ordinal))!)
        {
            Assert.True(notice.Contains($"`{file}`", StringComparison.Ordinal), $"samples/NOTICE.md does not state the licence of {file}.");
        }
    }
}
