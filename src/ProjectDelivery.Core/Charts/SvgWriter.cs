using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace ProjectDelivery.Charts;

/// <summary>
/// Writes SVG elements to a <see cref="TextWriter"/>: numbers in the invariant culture with at most two decimals,
/// text and attribute values escaped for XML (characters XML 1.0 forbids are replaced by U+FFFD).
/// </summary>
internal sealed class SvgWriter
{
    private readonly TextWriter _out;

    internal SvgWriter(TextWriter output, ChartOptions options, int width, int height, string title)
    {
        _out = output;
        _out.Write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"");
        _out.Write(width.ToString(CultureInfo.InvariantCulture));
        _out.Write("\" height=\"");
        _out.Write(height.ToString(CultureInfo.InvariantCulture));
        _out.Write("\" viewBox=\"0 0 ");
        _out.Write(width.ToString(CultureInfo.InvariantCulture));
        _out.Write(' ');
        _out.Write(height.ToString(CultureInfo.InvariantCulture));
        _out.Write("\" font-family=\"");
        _out.Write(Escape(options.FontFamily));
        _out.Write("\" font-size=\"12\">\n");
        Raw("<title>" + Escape(title) + "</title>\n");
        Rect(0, 0, width, height, "background", $"fill=\"{Escape(options.BackgroundColour)}\"");
        Text(width / 2.0, 22, title, "title", "middle", $"font-size=\"16\" font-weight=\"bold\" fill=\"{Escape(options.ForegroundColour)}\"");
    }

    /// <summary>Formats a coordinate or size: invariant culture, at most two decimals, never NaN or infinity.</summary>
    /// <exception cref="InvalidOperationException">The value is not finite (a defect in the chart's geometry).</exception>
    internal static string Num(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new InvalidOperationException("Chart geometry produced a non-finite coordinate.");
        }

        string s = value.ToString("0.##", CultureInfo.InvariantCulture);
        return s == "-0" ? "0" : s;
    }

    /// <summary>Escapes text for XML character data and attribute values.</summary>
    internal static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text!.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t': sb.Append("&#9;"); break;
                case '\n': sb.Append("&#10;"); break;
                case '\r': sb.Append("&#13;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else if (c < 0x20 || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                    {
                        sb.Append('\uFFFD');
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="max"/> characters, ending with an ellipsis when cut.</summary>
    internal static string Truncate(string text, int max) =>
        text.Length <= max ? text : text.Substring(0, Math.Max(1, max - 1)) + "…";

    internal void Raw(string markup) => _out.Write(markup);

    internal void Rect(double x, double y, double width, double height, string cssClass, string attributes)
    {
        _out.Write($"<rect class=\"{cssClass}\" x=\"{Num(x)}\" y=\"{Num(y)}\" width=\"{Num(Math.Max(0, width))}\" height=\"{Num(Math.Max(0, height))}\" {attributes}/>\n");
    }

    internal void RectWithTitle(double x, double y, double width, double height, string cssClass, string attributes, string tooltip)
    {
        _out.Write($"<rect class=\"{cssClass}\" x=\"{Num(x)}\" y=\"{Num(y)}\" width=\"{Num(Math.Max(0, width))}\" height=\"{Num(Math.Max(0, height))}\" {attributes}><title>{Escape(tooltip)}</title></rect>\n");
    }

    internal void Line(double x1, double y1, double x2, double y2, string cssClass, string attributes)
    {
        _out.Write($"<line class=\"{cssClass}\" x1=\"{Num(x1)}\" y1=\"{Num(y1)}\" x2=\"{Num(x2)}\" y2=\"{Num(y2)}\" {attributes}/>\n");
    }

    internal void Text(double x, double y, string text, string cssClass, string anchor, string attributes)
    {
        _out.Write($"<text class=\"{cssClass}\" x=\"{Num(x)}\" y=\"{Num(y)}\" text-anchor=\"{anchor}\" {attributes}>{Escape(text)}</text>\n");
    }

    internal void RotatedText(double x, double y, string text, string cssClass, string attributes)
    {
        _out.Write($"<text class=\"{cssClass}\" x=\"{Num(x)}\" y=\"{Num(y)}\" text-anchor=\"middle\" transform=\"rotate(-90 {Num(x)} {Num(y)})\" {attributes}>{Escape(text)}</text>\n");
    }

    internal void Polyline(double[] xs, double[] ys, int count, string cssClass, string attributes)
    {
        var sb = new StringBuilder(count * 14);
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            sb.Append(Num(xs[i])).Append(',').Append(Num(ys[i]));
        }

        _out.Write($"<polyline class=\"{cssClass}\" points=\"{sb}\" fill=\"none\" {attributes}/>\n");
    }

    internal void Polygon(string points, string cssClass, string attributes, string? tooltip)
    {
        if (tooltip is null)
        {
            _out.Write($"<polygon class=\"{cssClass}\" points=\"{points}\" {attributes}/>\n");
        }
        else
        {
            _out.Write($"<polygon class=\"{cssClass}\" points=\"{points}\" {attributes}><title>{Escape(tooltip)}</title></polygon>\n");
        }
    }

    internal void End() => _out.Write("</svg>\n");
}
