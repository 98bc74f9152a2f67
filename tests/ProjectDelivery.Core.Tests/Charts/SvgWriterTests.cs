using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using CsCheck;
using ProjectDelivery.Charts;
using Xunit;

namespace ProjectDelivery.Tests.Charts;

public sealed class SvgWriterTests
{
    /// <summary>What XML 1.0 can carry: the character itself, or U+FFFD for the ones it forbids (oracle written independently of the escaper).</summary>
    private static string Expected(string s)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(c).Append(s[++i]);
            }
            else
            {
                sb.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return sb.ToString();
    }

    [Fact]
    public void Escape_AnyString_RoundTripsThroughAnXmlParserAsTextAndAttribute()
    {
        Gen.String[Gen.Char, 0, 40].Sample(s =>
        {
            string escaped = SvgWriter.Escape(s);
            string xml = "<t a=\"" + escaped + "\">" + escaped + "</t>";
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            XElement e = XElement.Load(reader);
            Assert.Equal(Expected(s), e.Value);
            Assert.Equal(Expected(s), e.Attribute("a")!.Value);
        }, iter: 5000);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.001, "0")]
    [InlineData(1.004, "1")]
    [InlineData(12.3456, "12.35")]
    [InlineData(-7.5, "-7.5")]
    public void Num_Values_InvariantWithAtMostTwoDecimals(double value, string expected) =>
        Assert.Equal(expected, SvgWriter.Num(value));

    [Fact]
    public void Num_NonFinite_Throws()
    {
        Assert.Throws<System.InvalidOperationException>(() => SvgWriter.Num(double.NaN));
        Assert.Throws<System.InvalidOperationException>(() => SvgWriter.Num(double.PositiveInfinity));
    }

    [Fact]
    public void AxisScale_RandomRanges_TicksAreNiceAndInside()
    {
        Gen.Select(Gen.Double[-1e9, 1e9], Gen.Double[0, 1e9], Gen.Int[2, 12]).Sample((min, span, maxTicks) =>
        {
            var scale = AxisScale.Rounded(min, min + span, 0, 100, maxTicks);
            var ticks = scale.Ticks();
            Assert.True(scale.Min <= min && scale.Max >= min + span);
            Assert.InRange(ticks.Count, 1, (2 * maxTicks) + 2);
            // Within rounding: a tick at the edge of a range near ±1e9 maps a few 1e-6 pixel outside [0, 100].
            Assert.All(ticks, t => Assert.InRange(scale.Map(t), -1e-4, 100 + 1e-4));
            double mantissa = scale.Step / System.Math.Pow(10, System.Math.Floor(System.Math.Log10(scale.Step)));
            Assert.Contains(System.Math.Round(mantissa, 6), new[] { 1.0, 2.0, 5.0, 10.0 });
            Assert.DoesNotContain(ticks.Select(scale.Label), l => l.Contains("NaN") || l.Contains("E"));
        }, iter: 3000);
    }
}
