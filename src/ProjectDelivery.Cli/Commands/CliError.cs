using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ProjectDelivery.Cli.Commands;

/// <summary>
/// The last step of every error message the command line prints: in the user's words (no .NET type names, no
/// <c>(Parameter 'x')</c> or <c>Actual value was …</c> notes, no advice to "change the reader options"), with the input file in
/// front when the message does not name it, on one line of printable characters (control and format characters escaped as
/// <c>\u001B</c>), at most <see cref="MaxLength"/> characters.
/// </summary>
internal static class CliError
{
    /// <summary>Longest message printed (longer ones are cut, saying how much was left out).</summary>
    internal const int MaxLength = 300;

    private static readonly Regex ParameterNote = new(@"\s*\(Parameter '[^']*'\)", RegexOptions.CultureInvariant);

    private static readonly Regex ActualValueNote = new(@"\s*Actual value was [^\r\n]*", RegexOptions.CultureInvariant);

    private static readonly Regex ConvertedTo = new(@"The JSON value could not be converted to (?<type>System\.Nullable`1\[\[?[^\]]*\]\]?|[^ ']+?)\.?(?=\s|$)", RegexOptions.CultureInvariant);

    private static readonly Regex UnmappedMember = new(@"The JSON property '(?<name>[^']*)' could not be mapped to any \.NET member contained in type '[^']*'\.?", RegexOptions.CultureInvariant);

    private static readonly Regex MissingRequired = new(@"JSON deserialization for type '[^']*' was missing required properties(,)? including: (?<names>.*?)\.?$", RegexOptions.CultureInvariant);

    private static readonly Regex TypeName = new(@"(?<![\w/\\.\-])'?\b(System|ProjectDelivery|NodaTime|Microsoft)(\.[A-Za-z_][A-Za-z0-9_`]*)+(?![A-Za-z0-9_`/\\])(\[\[[^\]]*\]\])?'?", RegexOptions.CultureInvariant);

    /// <summary>The message to print for <paramref name="exception"/>, about <paramref name="file"/> (null when the command has no input file).</summary>
    internal static string Describe(Exception exception, string? file)
    {
        string message = exception switch
        {
            ArgumentNullException nullArgument => ParameterNote.Replace(exception.Message, string.Empty) is var m && m.StartsWith("Value cannot be null", StringComparison.Ordinal)
                ? $"a required value is missing ('{nullArgument.ParamName}')"
                : m,
            _ => exception.Message,
        };
        return Describe(message, file);
    }

    /// <summary>The printable, bounded, file-naming form of <paramref name="message"/>.</summary>
    internal static string Describe(string message, string? file)
    {
        // The file's own path may hold words that look like type names (…/ProjectDelivery.Cli/samples/…): keep it as it is.
        message = file is { Length: > 0 }
            ? string.Join(file, message.Split(new[] { file }, StringSplitOptions.None).Select(ReplaceRuntimeWording)).Trim()
            : UserWords(message);
        if (file is not null && file.Length > 0 && !IsAboutTheCommandLine(message) && !message.Contains(file, StringComparison.Ordinal)
            && !message.Contains(Path.GetFileName(file), StringComparison.Ordinal))
        {
            message = file + ": " + message;
        }

        return Bound(Printable(message));
    }

    /// <summary>Messages about the arguments (<c>option --x …</c>, <c>'route' takes …</c>) or the output, not about the input file.</summary>
    private static bool IsAboutTheCommandLine(string message) =>
        message.StartsWith("option --", StringComparison.Ordinal) || message.StartsWith("--", StringComparison.Ordinal)
        || message.StartsWith("'", StringComparison.Ordinal) || message.StartsWith("cannot write", StringComparison.Ordinal)
        || message.StartsWith("sample directory", StringComparison.Ordinal);

    /// <summary>Replaces the runtime's and the serializer's wording with what it means for the input.</summary>
    internal static string UserWords(string message) => ReplaceRuntimeWording(message).Trim();

    private static string ReplaceRuntimeWording(string message)
    {
        message = ParameterNote.Replace(message, string.Empty);
        message = ActualValueNote.Replace(message, string.Empty);
        message = Cut(message, " Path: ");
        message = Cut(message, " LineNumber: ");
        message = message.Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal);
        message = message.Replace("The JSON object contains a trailing comma at the end which is not supported in this mode.", "a trailing comma is not allowed (remove the comma before '}')", StringComparison.Ordinal);
        message = message.Replace("The JSON array contains a trailing comma at the end which is not supported in this mode.", "a trailing comma is not allowed (remove the comma before ']')", StringComparison.Ordinal);
        message = message.Replace("Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.", "the file ends before every object and array is closed", StringComparison.Ordinal);
        message = message.Replace("The input does not contain any JSON tokens. Expected the input to start with a valid JSON token, while reading from a JSON source.", "the file holds no JSON (expected an object)", StringComparison.Ordinal);
        message = message.Replace("LocalDateTime out of range of DateTime", "a date is outside the years 1 to 9999", StringComparison.Ordinal);
        message = Regex.Replace(message, @"The maximum configured depth of (\d+) has been exceeded\. Cannot read next JSON (object|array)\.", "objects and arrays are nested more than $1 levels deep", RegexOptions.CultureInvariant);
        message = UnmappedMember.Replace(message, m => $"unknown field '{m.Groups["name"].Value}'");
        message = MissingRequired.Replace(message, m => (m.Groups["names"].Value.Contains(',') ? "missing required fields " : "missing required field ") + m.Groups["names"].Value);
        message = ConvertedTo.Replace(message, m => "expected " + Kind(m.Groups["type"].Value));
        return TypeName.Replace(message, m => Kind(m.Value.Trim('\'')));
    }

    /// <summary>
    /// One line of printable characters: line breaks and tabs become spaces, other invisible characters <c>\uXXXX</c>
    /// in the same style as the library's file readers (<see cref="ProjectDelivery.Interop.MessageText.Printable"/>).
    /// </summary>
    internal static string Printable(string message) =>
        ProjectDelivery.Interop.MessageText.Printable(
            message.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' '));

    /// <summary>At most <see cref="MaxLength"/> characters, saying how many were left out.</summary>
    internal static string Bound(string message)
    {
        if (message.Length <= MaxLength)
        {
            return message;
        }

        const int Keep = MaxLength - 40;
        int cut = char.IsHighSurrogate(message[Keep - 1]) ? Keep - 1 : Keep;
        return message.Substring(0, cut) + string.Format(CultureInfo.InvariantCulture, " … ({0:N0} more characters)", message.Length - cut);
    }

    /// <summary>What a value of a .NET type is called in the file formats.</summary>
    private static string Kind(string typeName)
    {
        string name = typeName.TrimEnd('.', ',');
        if (name.StartsWith("System.Nullable`1[", StringComparison.Ordinal))
        {
            name = name.Substring("System.Nullable`1[".Length).TrimStart('[').Split(',', ']')[0];
        }

        if (name.EndsWith("[]", StringComparison.Ordinal) || name.Contains("List`", StringComparison.Ordinal) || name.Contains("IEnumerable`", StringComparison.Ordinal)
            || name.Contains("IReadOnlyList`", StringComparison.Ordinal))
        {
            return "an array";
        }

        if (name.Contains("Dictionary`", StringComparison.Ordinal))
        {
            return "an object";
        }

        int dot = name.LastIndexOf('.');
        string shortName = dot >= 0 ? name.Substring(dot + 1) : name;
        return shortName switch
        {
            "Double" or "Single" or "Decimal" => "a number",
            "Int32" or "Int64" or "Int16" or "Byte" or "UInt32" or "UInt64" or "UInt16" or "SByte" => "a whole number",
            "String" or "Char" => "a string",
            "Boolean" => "true or false",
            "LocalDate" => "a date such as 2027-01-31",
            "LocalDateTime" => "a date and time such as 2027-01-04T08:00",
            "LocalTime" => "a time of day such as 09:00",
            "Instant" => "an instant such as 2027-04-06T12:00:00Z",
            "OffsetDateTime" or "ZonedDateTime" => "a date and time with an offset such as 2027-04-06T12:00:00+01:00",
            "Duration" => "a duration",
            "Period" => "an ISO-8601 duration such as PT8H",
            "DateTimeZone" => "a time zone id such as Europe/London",
            _ when shortName.EndsWith("Json", StringComparison.Ordinal) || shortName.EndsWith("Dto", StringComparison.Ordinal) => "an object",
            _ => "a value of another kind (see docs/formats.md)",
        };
    }

    private static string Cut(string message, string tail)
    {
        int at = message.IndexOf(tail, StringComparison.Ordinal);
        return at > 0 ? message.Substring(0, at) : message;
    }
}
