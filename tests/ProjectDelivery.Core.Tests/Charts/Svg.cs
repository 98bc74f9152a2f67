using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Xunit;

namespace ProjectDelivery.Tests.Charts;

/// <summary>Parses chart output as XML (DTDs prohibited) and finds elements by their class, for the chart tests.</summary>
internal static class Svg
{
    internal static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>Parses <paramref name="svg"/> strictly and checks that no number is NaN or infinite.</summary>
    internal static XDocument Parse(string svg)
    {
        Assert.DoesNotContain("NaN", svg);
        Assert.DoesNotContain("Infinity", svg);
        Assert.DoesNotContain("∞", svg);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(svg), settings);
        XDocument doc = XDocument.Load(reader);
        Assert.Equal(Ns + "svg", doc.Root!.Name);
        return doc;
    }

    /// <summary>Elements whose class list is exactly <paramref name="classes"/> (space-separated, any order).</summary>
    internal static List<XElement> WithClass(XDocument doc, string classes)
    {
        var wanted = new HashSet<string>(classes.Split(' '));
        return doc.Descendants().Where(e => e.Attribute("class") is { } c && wanted.SetEquals(c.Value.Split(' '))).ToList();
    }

    internal static double Number(XElement e, string attribute) => double.Parse(e.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    /// <summary>The (x, y) pairs of a polyline.</summary>
    internal static (double X, double Y)[] Points(XElement polyline) => polyline.Attribute("points")!.Value
        .Split(' ')
        .Select(p => p.Split(','))
        .Select(p => (double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture)))
        .ToArray();
}
