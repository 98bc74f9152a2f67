using System;
using System.IO;
using System.Text;

namespace ProjectDelivery.Cli.Commands;

/// <summary>Writes the picture asked for with <c>--svg FILE</c>.</summary>
internal static class SvgFile
{
    /// <summary>Writes <paramref name="svg"/> to <paramref name="path"/> as UTF-8 without a byte-order mark.</summary>
    /// <exception cref="CliInputException">The file cannot be written.</exception>
    public static void Write(string path, string svg)
    {
        try
        {
            File.WriteAllText(path, svg, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException($"cannot write SVG file '{path}': {ex.Message}", ex);
        }
    }
}
