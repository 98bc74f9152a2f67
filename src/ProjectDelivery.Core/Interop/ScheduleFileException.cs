using System;

namespace ProjectDelivery.Interop;

/// <summary>
/// A schedule file (MS Project XML, Primavera XER) that cannot be read: malformed, truncated, hostile
/// (a DTD or external entity), a value of the wrong type or a reference to something the file does not define.
/// </summary>
/// <remarks>
/// This is the only exception the schedule readers let escape for bad input (other than
/// <see cref="ArgumentNullException"/> for null arguments). The message names the source, the line
/// (XML) or record (XER) and the field.
/// </remarks>
public sealed class ScheduleFileException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The file name (or other description) given to the reader.</param>
    /// <param name="line">The 1-based line (XML line, or XER line of the record) where the problem is; 0 when unknown.</param>
    /// <param name="field">The element, attribute, table or field concerned; null when none applies.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The underlying parser or domain exception, if any.</param>
    public ScheduleFileException(string sourceName, int line, string? field, string problem, Exception? innerException = null)
        : base(Compose(sourceName, line, field, problem), innerException)
    {
        SourceName = sourceName ?? string.Empty;
        Line = line;
        Field = field;
        Problem = problem ?? string.Empty;
    }

    /// <summary>Gets the file name (or other description) given to the reader.</summary>
    public string SourceName { get; }

    /// <summary>Gets the 1-based line of the problem (for XER, the line of the record); 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>Gets the element, table or field concerned; null when none applies.</summary>
    public string? Field { get; }

    /// <summary>Gets the description of the problem, without the location.</summary>
    public string Problem { get; }

    /// <summary>The longest problem text kept in a message; longer text (a huge value quoted from the file) is clipped.</summary>
    internal const int MaxProblemLength = 600;

    /// <summary>Quotes a value taken from the file for a message (see <see cref="MessageText.Quote"/>).</summary>
    internal static string Quote(string? value, int maxLength = 60) => MessageText.Quote(value, maxLength);

    /// <summary>
    /// The message of a domain exception in the user's words: without .NET's "(Parameter 'x')" / "Parameter name: x"
    /// and "Actual value was" additions.
    /// </summary>
    internal static string Describe(Exception exception)
    {
        string message = exception.Message;
        foreach (string marker in new[] { " (Parameter '", "\r\nParameter name:", "\nParameter name:", "\r\nActual value was", "\nActual value was" })
        {
            int at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                message = message.Substring(0, at);
            }
        }

        return message;
    }

    private static string Compose(string sourceName, int line, string? field, string problem)
    {
        string text = MessageText.Printable(Describe(new FormatException(problem ?? string.Empty)));
        if (text.Length > MaxProblemLength)
        {
            text = text.Substring(0, MaxProblemLength) + "…";
        }

        string place = field is null ? string.Empty : $" [{MessageText.Printable(field.Length > 120 ? field.Substring(0, 120) + "…" : field)}]";
        return $"{MessageText.Printable(sourceName ?? string.Empty)}{(line > 0 ? $":{line}" : string.Empty)}{place}: {text}";
    }
}
