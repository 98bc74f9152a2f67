using System;
using System.Linq;
using System.Text.Json;
using CsCheck;
using ProjectDelivery.Charts;
using ProjectDelivery.Serialization;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

public sealed class ChartsJsonTests
{
    private static readonly Gen<string> GenText = Gen.String[Gen.Char["abcXYZ019 #(),.%-\"\\é中"], 1, 10].Where(s => !string.IsNullOrWhiteSpace(s));

    private static readonly Gen<double> GenCoordinate = Gen.OneOf(Gen.Double[-1e4, 1e4], Gen.Double.Where(d => !double.IsNaN(d) && !double.IsInfinity(d)), Gen.Int[-100, 100].Select(i => (double)i));

    private static readonly Gen<MapPoint> GenPoint = Gen.Select(GenCoordinate, GenCoordinate, GenText.Null()).Select((x, y, label) => new MapPoint(x, y, label));

    private static readonly Gen<ChartOptions> GenOptions =
        Gen.Select(Gen.Int[200, 20_000], Gen.Int[150, 20_000].Nullable(), GenText.Null(), GenText.Null(), GenText.Null(), GenText.Array[12], GenText.Array[1, 6].Null(), Gen.Bool)
            .Select(t => new ChartOptions
            {
                Width = t.Item1,
                Height = t.Item2,
                Title = t.Item3,
                XAxisTitle = t.Item4,
                YAxisTitle = t.Item5,
                FontFamily = t.Item8 ? t.Item6[0] : new ChartOptions().FontFamily,
                BackgroundColour = t.Item6[1],
                ForegroundColour = t.Item6[2],
                GridColour = t.Item8 ? t.Item6[3] : new ChartOptions().GridColour,
                BarColour = t.Item6[4],
                CriticalColour = t.Item6[5],
                FloatColour = t.Item6[6],
                PlannedValueColour = t.Item6[7],
                EarnedValueColour = t.Item6[8],
                ActualCostColour = t.Item6[9],
                HistogramColour = t.Item6[10],
                AccentColour = t.Item8 ? t.Item6[11] : new ChartOptions().AccentColour,
                Palette = t.Item7 ?? ChartOptions.DefaultPalette,
            });

    private static readonly Gen<RouteMap> GenMap =
        GenPoint.Array[1, 30].SelectMany(points => Gen.Select(
                Gen.Int[0, points.Length - 1].HashSet[0, Math.Min(3, points.Length)],
                Gen.Select(GenText, Gen.Int[0, points.Length - 1].Array[0, 12]).Array[0, 5])
            .Select((depots, routes) => new RouteMap(points, depots, routes.Select(r => new MapRoute(r.Item1, r.Item2)))));

    // ---- golden JSON ----

    [Fact]
    public void ChartOptions_Default_IsEmptyObjectAndReadsBackTheDefaults()
    {
        Assert.Equal("{}", ProjectDeliveryJson.Serialize(new ChartOptions()));

        AssertSameOptions(new ChartOptions(), ProjectDeliveryJson.Deserialize<ChartOptions>("{}"));
    }

    [Fact]
    public void ChartOptions_AllFields_WritesGoldenJson()
    {
        var options = new ChartOptions
        {
            Width = 1200,
            Height = 600,
            Title = "Plan",
            XAxisTitle = "date",
            YAxisTitle = "cost",
            FontFamily = "Arial",
            BackgroundColour = "black",
            ForegroundColour = "white",
            GridColour = "#333",
            BarColour = "#111",
            CriticalColour = "#222",
            FloatColour = "#444",
            PlannedValueColour = "#555",
            EarnedValueColour = "#666",
            ActualCostColour = "#777",
            HistogramColour = "#888",
            AccentColour = "#999",
            Palette = new[] { "red", "rgb(0,0,255)" },
        };

        string json = ProjectDeliveryJson.Serialize(options);

        Assert.Equal(
            "{\"width\":1200,\"height\":600,\"title\":\"Plan\",\"xAxisTitle\":\"date\",\"yAxisTitle\":\"cost\",\"fontFamily\":\"Arial\",\"backgroundColour\":\"black\","
            + "\"foregroundColour\":\"white\",\"gridColour\":\"#333\",\"barColour\":\"#111\",\"criticalColour\":\"#222\",\"floatColour\":\"#444\",\"plannedValueColour\":\"#555\","
            + "\"earnedValueColour\":\"#666\",\"actualCostColour\":\"#777\",\"histogramColour\":\"#888\",\"accentColour\":\"#999\",\"palette\":[\"red\",\"rgb(0,0,255)\"]}",
            json);
        AssertSameOptions(options, ProjectDeliveryJson.Deserialize<ChartOptions>(json));
    }

    [Fact]
    public void ChartOptions_SomeFields_KeepsTheOtherDefaults()
    {
        ChartOptions read = ProjectDeliveryJson.Deserialize<ChartOptions>("{\"height\":400,\"barColour\":\"teal\"}");

        AssertSameOptions(new ChartOptions { Height = 400, BarColour = "teal" }, read);
        Assert.Equal(960, read.Width);
        Assert.Same(ChartOptions.DefaultPalette, read.Palette);
    }

    [Fact]
    public void RouteMap_Small_WritesGoldenJson()
    {
        var map = new RouteMap(
            new[] { new MapPoint(0, 0, "depot"), new MapPoint(1.5, -2), new MapPoint(3, 4, "C") },
            new[] { 0 },
            new[] { new MapRoute("v1", new[] { 0, 1, 2, 0 }), new MapRoute("v2", Array.Empty<int>()) });

        string json = ProjectDeliveryJson.Serialize(map);

        Assert.Equal(
            "{\"points\":[{\"x\":0,\"y\":0,\"label\":\"depot\"},{\"x\":1.5,\"y\":-2},{\"x\":3,\"y\":4,\"label\":\"C\"}],\"depots\":[0],"
            + "\"routes\":[{\"name\":\"v1\",\"stops\":[0,1,2,0]},{\"name\":\"v2\",\"stops\":[]}]}",
            json);
        Assert.Equal("{\"points\":[{\"x\":1,\"y\":2}]}", ProjectDeliveryJson.Serialize(new RouteMap(new[] { new MapPoint(1, 2) }, Array.Empty<int>(), Array.Empty<MapRoute>())));
        Assert.Equal("{\"x\":-0.25,\"y\":1E+300,\"label\":\"a\\u0022b\"}", ProjectDeliveryJson.Serialize(new MapPoint(-0.25, 1e300, "a\"b")));
        Assert.Equal("{\"name\":\"r\",\"stops\":[2,2]}", ProjectDeliveryJson.Serialize(new MapRoute("r", new[] { 2, 2 })));
        AssertSameMap(map, ProjectDeliveryJson.Deserialize<RouteMap>(json));
    }

    // ---- round trips ----

    [Fact]
    public void ChartOptions_Random_RoundTrip()
    {
        GenOptions.Sample(options =>
        {
            string json = ProjectDeliveryJson.Serialize(options);
            ChartOptions back = ProjectDeliveryJson.Deserialize<ChartOptions>(json);
            AssertSameOptions(options, back);
            Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
        }, iter: 2000);
    }

    [Fact]
    public void MapPoint_Random_RoundTrip()
    {
        GenPoint.Sample(p => ProjectDeliveryJson.Deserialize<MapPoint>(ProjectDeliveryJson.Serialize(p)) == p, iter: 5000);
    }

    [Fact]
    public void MapRoute_Random_RoundTrip()
    {
        Gen.Select(GenText, Gen.Int.Array[0, 20]).Sample((name, stops) =>
        {
            MapRoute back = ProjectDeliveryJson.Deserialize<MapRoute>(ProjectDeliveryJson.Serialize(new MapRoute(name, stops)));
            return back.Name == name && back.Stops.SequenceEqual(stops);
        }, iter: 2000);
    }

    [Fact]
    public void RouteMap_Random_RoundTrip()
    {
        GenMap.Sample(map =>
        {
            string json = ProjectDeliveryJson.Serialize(map);
            RouteMap back = ProjectDeliveryJson.Deserialize<RouteMap>(json);
            AssertSameMap(map, back);
            Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
        }, iter: 500);
    }

    // ---- errors ----

    [Theory]
    [InlineData("{\"width\":100}", "Width must be in [200, 20000], got 100")]
    [InlineData("{\"height\":30000}", "Height must be in [150, 20000] or null, got 30000")]
    [InlineData("{\"barColour\":\" \"}", "BarColour must not be empty")]
    [InlineData("{\"fontFamily\":\"\",\"accentColour\":\"\"}", "FontFamily must not be empty. AccentColour must not be empty")]
    [InlineData("{\"palette\":[]}", "Palette must hold at least one colour")]
    [InlineData("{\"palette\":[\"red\",null]}", "Palette[1] must not be empty")]
    public void ChartOptions_InvalidValue_ThrowsValidateErrorNamingTheField(string json, string message)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<ChartOptions>(json));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"width\":1e3}", "$.width")]
    [InlineData("{\"width\":99999999999}", "$.width")]
    [InlineData("{\"width\":\"960\"}", "$.width")]
    [InlineData("{\"palette\":\"red\"}", "$.palette")]
    public void ChartOptions_WrongToken_ThrowsJsonExceptionNamingTheField(string json, string path)
    {
        JsonException ex = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<ChartOptions>(json));

        Assert.StartsWith(path, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"points\":[{\"x\":1,\"y\":\"NaN\"}]}", "$.points[0].y")]
    [InlineData("{\"points\":[{\"x\":1e999,\"y\":0}]}", "$.points[0]: point: 'x' must be a finite number")]
    [InlineData("{\"points\":[{\"x\":1}]}", "y")]
    [InlineData("{\"depots\":[0]}", "points")]
    [InlineData("{\"points\":[{\"x\":1,\"y\":2}],\"routes\":[{\"name\":\"v1\",\"stops\":[0,\"a\"]}]}", "$.routes[0] ('v1').stops[1]")]
    [InlineData("{\"points\":[{\"x\":1,\"y\":2}],\"routes\":[{\"stops\":[0]}]}", "name")]
    public void RouteMap_WrongShape_ThrowsJsonExceptionNamingTheField(string json, string named)
    {
        JsonException ex = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<RouteMap>(json));

        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"points\":[]}", "at least one point")]
    [InlineData("{\"points\":[{\"x\":1,\"y\":2}],\"depots\":[1]}", "Depot index 1 is outside the 1 points")]
    [InlineData("{\"points\":[{\"x\":1,\"y\":2}],\"depots\":[0,0]}", "Depot index 0 is given twice")]
    [InlineData("{\"points\":[{\"x\":1,\"y\":2}],\"routes\":[{\"name\":\"v1\",\"stops\":[0,3]}]}", "Route 0 ('v1') visits point 3")]
    [InlineData("{\"points\":[{\"x\":1,\"y\":2}],\"routes\":[null]}", "Route 0 is null")]
    public void RouteMap_InvalidMap_ThrowsTheConstructorsErrorNamingTheItem(string json, string message)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<RouteMap>(json));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    private static void AssertSameOptions(ChartOptions expected, ChartOptions actual)
    {
        foreach (System.Reflection.PropertyInfo property in typeof(ChartOptions).GetProperties().Where(p => p.GetMethod is { IsStatic: false }))
        {
            object? e = property.GetValue(expected), a = property.GetValue(actual);
            if (e is System.Collections.Generic.IReadOnlyList<string> list)
            {
                Assert.Equal(list, (System.Collections.Generic.IReadOnlyList<string>)a!);
            }
            else
            {
                Assert.Equal(e, a);
            }
        }
    }

    private static void AssertSameMap(RouteMap expected, RouteMap actual)
    {
        Assert.Equal(expected.Points, actual.Points);
        Assert.Equal(expected.Depots, actual.Depots);
        Assert.Equal(expected.Routes.Select(r => (r.Name, string.Join(",", r.Stops))), actual.Routes.Select(r => (r.Name, string.Join(",", r.Stops))));
    }
}
