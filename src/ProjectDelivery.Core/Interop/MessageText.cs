using System.Globalization;
using System.Text;

namespace ProjectDelivery.Interop;

/// <summary>
/// Text taken from an input file, made safe for an error message: one style for every reader, so a control byte in
/// a schedule file and in a routing file is shown the same way.
/// </summary>
internal static class MessageText
{
    /// <summary>
    /// The text with every invisible character shown as <c>\uXXXX</c>: control characters (line breaks and DEL too),
    /// format and separator characters, unassigned code points and unpaired surrogates; surrogate pairs are kept.
    /// </summary>
    internal static string Printable(string text) => Printable(text, int.MaxValue, out _);

    /// <summary>
    /// A value from the file in single quotes, made <see cref="Printable(string)"/> and cut to at most
    /// <paramref name="maxLength"/> printed characters (then "…"); <c>(nothing)</c> for a missing value.
    /// </summary>
    internal static string Quote(string? value, int maxLength = 60)
    {
        if (value is null)
        {
            return "(nothing)";
        }

        string shown = Printable(value, maxLength, out bool cut);
        return "'" + shown + (cut ? "…" : string.Empty) + "'";
    }

    private static string Printable(string text, int maxLength, out bool cut)
    {
        var builder = new StringBuilder(text.Length < maxLength ? text.Length : maxLength);
        for (int i = 0; i < text.Length; i++)
        {
            if (builder.Length >= maxLength)
            {
                cut = true;
                return builder.ToString();
            }

            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsVisible(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        cut = false;
        return builder.ToString();
    }

    private static bool IsVisible(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate => false,
        _ => true,
    };
}
