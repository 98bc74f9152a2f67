using System;
using System.IO;
using System.Text;

namespace ProjectDelivery.Cli.Commands;

/// <summary>
/// The one way the command line reads an input file, whatever its format (JSON, MSPDI, XER, Solomon, TSPLIB, CVRPLIB): at most
/// <see cref="MaxBytes"/> bytes, counted while reading, so an endless input (<c>/dev/zero</c>, a pipe) or a file that grows
/// fails with a message instead of exhausting memory. Every error names the file.
/// </summary>
internal static class InputFile
{
    /// <summary>Largest input accepted (64 MiB).</summary>
    internal const long MaxBytes = 64L * 1024 * 1024;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads a whole input file, at most <see cref="MaxBytes"/> bytes.</summary>
    /// <param name="path">The file, as the user named it (messages repeat it).</param>
    /// <returns>The file's bytes (a UTF-8 byte order mark is kept; <see cref="ReadAllText"/> and the JSON reader drop it).</returns>
    /// <exception cref="CliInputException">The file is missing, unreadable, a directory, or longer than the limit.</exception>
    internal static byte[] ReadAllBytes(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliInputException($"{path}: is a directory, expected a file");
        }

        if (!File.Exists(path))
        {
            throw new CliInputException($"{path}: file not found");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            return ReadAllBytes(stream, path, MaxBytes);
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliInputException($"{path}: cannot read the file (permission denied)");
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new CliInputException($"{path}: cannot read the file ({ex.GetType().Name switch { "PathTooLongException" => "the path is too long", _ => "input/output error" }})");
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliInputException($"{path}: file not found");
        }
    }

    /// <summary>Reads a whole input file as UTF-8 text (a byte order mark is dropped), at most <see cref="MaxBytes"/> bytes.</summary>
    /// <param name="path">The file, as the user named it.</param>
    /// <returns>The text.</returns>
    /// <exception cref="CliInputException">As <see cref="ReadAllBytes(string)"/>.</exception>
    internal static string ReadAllText(string path)
    {
        byte[] bytes = ReadAllBytes(path);
        int skip = HasByteOrderMark(bytes) ? 3 : 0;
        return Utf8.GetString(bytes, skip, bytes.Length - skip);
    }

    /// <summary>Reads <paramref name="stream"/> to its end, failing as soon as it has given more than <paramref name="maxBytes"/> bytes.</summary>
    /// <param name="stream">The input; its length is not trusted (devices and pipes report none or zero).</param>
    /// <param name="path">The file name for the message.</param>
    /// <param name="maxBytes">The limit.</param>
    /// <returns>The bytes read.</returns>
    /// <exception cref="CliInputException">The stream gives more than <paramref name="maxBytes"/> bytes.</exception>
    internal static byte[] ReadAllBytes(Stream stream, string path, long maxBytes)
    {
        long hint = 0;
        try
        {
            hint = stream.CanSeek ? stream.Length : 0;
        }
        catch (NotSupportedException)
        {
        }

        if (hint > maxBytes)
        {
            throw TooLarge(path, maxBytes);
        }

        using var buffer = new MemoryStream(hint > 0 ? (int)hint : 64 * 1024);
        byte[] chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(path, maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    /// <summary>True when <paramref name="bytes"/> start with the UTF-8 byte order mark EF BB BF.</summary>
    internal static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;

    private static CliInputException TooLarge(string path, long maxBytes) =>
        new($"{path}: the input is larger than {(maxBytes >= 1024 * 1024 ? $"{maxBytes / (1024 * 1024)} MiB" : $"{maxBytes} bytes")} (the largest file the command line reads; for endless inputs such as devices or pipes, save the data to a file first)");
}
