using System;
using System.IO;
using System.Linq;
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
}
