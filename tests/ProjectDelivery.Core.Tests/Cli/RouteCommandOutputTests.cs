using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ProjectDelivery.Cli;
using ProjectDelivery.Tests.Charts;
using ProjectDelivery.Tests.Interop.Routing;
using Xunit;

namespace ProjectDelivery.Tests.Cli;

/// <summary><c>route</c>'s text, JSON and map number the routes the same way.</summary>
public sealed class RouteCommandOutputTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Route_TextJsonAndMap_ShareTheRouteNumbering()
    {
        string svg = Path.Combine(Directory.CreateTempSubdirectory("pdcore-route").FullName, "map.svg");
        string[] args = { "route", ReaderTests.DataPath("C101.txt"), "--max-iterations", "300", "--time-limit", "60", "--seed", "5" };
        (int code, string text, string error) = Run(args.Concat(new[] { "--svg", svg }).ToArray());
        Assert.True(code == Program.Success, error);
        (code, string json, error) = Run(args.Concat(new[] { "--json" }).ToArray());
        Assert.True(code == Program.Success, error);

        // Text: "  route 3: 123.4 dist  10 stops  ids…"
        var lines = text.Split('\n').Select(l => Regex.Match(l, @"^\s+route (\d+)\s*:\s+\S+ dist\s+\d+ stops\s+(.*)$")).Where(m => m.Success).ToArray();
        Assert.NotEmpty(lines);
        Assert.Equal(Enumerable.Range(1, lines.Length).Select(n => n.ToString()), lines.Select(m => m.Groups[1].Value));

        using JsonDocument doc = JsonDocument.Parse(json);
        string[][] routes = doc.RootElement.GetProperty("routes").EnumerateArray().Select(r => r.EnumerateArray().Select(e => e.ToString()).ToArray()).ToArray();
        Assert.Equal(routes.Length, lines.Length);
        for (int k = 0; k < routes.Length; k++)
        {
            Assert.Equal(string.Join(" ", routes[k]), lines[k].Groups[2].Value.Trim());
        }

        XDocument map = Svg.Parse(File.ReadAllText(svg));
        Assert.Equal(lines.Select(m => "route " + m.Groups[1].Value), Svg.WithClass(map, "route").Select(r => r.Attribute("data-route")!.Value));
        Assert.Equal(lines.Select(m => m.Groups[1].Value), Svg.WithClass(map, "route-label").Select(r => r.Value));
        File.Delete(svg);
    }
}
