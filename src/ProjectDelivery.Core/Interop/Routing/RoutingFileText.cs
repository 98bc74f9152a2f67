using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace ProjectDelivery.Interop.Routing;

/// <summary>
/// What the routing benchmark readers share: bounded line reading, number parsing with limits, and error messages
/// that give file, line and what was expected, printable and bounded in length.
/// </summary>
internal static class RoutingFileText
{
    /// <summary>Longest line a reader takes (characters); longer lines are an error, so a file without line breaks cannot exhaust memory.</summary>
    internal const int MaxLineLength = 1 << 16;

    /// <summary>Largest magnitude of a coordinate, demand, capacity, time or weight read from a file.</summary>
    internal const double MaxMagnitude = 1e9;

    /// <summary>Longest quotation of file text in a message (characters).</summary>
    internal const int MaxQuote = 60;

    /// <summary>The next line without its terminator, or null at the end; throws when the line is longer than <see cref="MaxLineLength"/>.</summary>
    internal static string? ReadLine(TextReader reader, string file, int lineNo)
    {
        var text = new StringBuilder();
        int c = reader.Read();
        if (c < 0)
        {
            return null;
        }

        while (c >= 0 && c != '\n')
        {
            if (c != '\r' || reader.Peek() != '\n')
            {
                if (c == '\r')
                {
                    break; // a lone CR ends the line, as TextReader.ReadLine does
                }

                if (text.Length == MaxLineLength)
                {
                    throw Error(file, lineNo, $"a line of at most {MaxLineLength.ToString("N0", CultureInfo.InvariantCulture)} characters", Quote(text.ToString()));
                }

                text.Append((char)c);
            }

            c = reader.Read();
        }

        return text.ToString();
    }

    /// <summary>Throws <see cref="FormatException"/> "file:line: expected …, found '…'." unless the condition holds.</summary>
    internal static void Expect(bool condition, string file, int line, string expected, string found)
    {
        if (!condition)
        {
            throw Error(file, line, expected, Quote(found));
        }
    }

    /// <summary>The reader's error: file, line, what was expected and what was found (already quoted by the caller).</summary>
    internal static FormatException Error(string file, int line, string expected, string found) =>
        new($"{MessageText.Printable(file)}:{line.ToString(CultureInfo.InvariantCulture)}: expected {expected}, found {found}.");

    /// <summary>Text quoted for a message: control characters escaped, cut to <see cref="MaxQuote"/> characters.</summary>
    internal static string Quote(string text) => MessageText.Quote(text, MaxQuote);

    /// <summary>
    /// A finite number of magnitude at most <see cref="MaxMagnitude"/> and at least <paramref name="min"/>, or an error
    /// "expected <paramref name="what"/> …".
    /// </summary>
    internal static double Number(string text, string file, int line, string what, double min = -MaxMagnitude)
    {
        bool ok = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && !double.IsNaN(v) && !double.IsInfinity(v);
        Expect(ok, file, line, what, text);
        Expect(v >= min && v <= MaxMagnitude, file, line,
            $"{what} between {Format(min)} and {Format(MaxMagnitude)}", text);
        return v;
    }

    /// <summary>A whole number written with digits only, in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    internal static int Whole(string text, string file, int line, string what, int min, int max)
    {
        bool digits = text.Length > 0 && text.Length <= 10;
        foreach (char c in text)
        {
            digits &= c is >= '0' and <= '9';
        }

        Expect(digits && long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) is long v && v >= min && v <= max, file, line,
            $"{what} (a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)})", text);
        return int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>Whitespace-separated words of a line.</summary>
    internal static string[] Words(string text) => text.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);

    private static string Format(double v) => Math.Abs(v) >= 1e6 ? v.ToString("0.###E+0", CultureInfo.InvariantCulture) : v.ToString(CultureInfo.InvariantCulture);
}
