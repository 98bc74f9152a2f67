using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ProjectDelivery.Serialization;

namespace ProjectDelivery.Cli.Commands;

/// <summary>
/// Reading of the CLI's JSON input files in the library's JSON contract (<see cref="ProjectDeliveryJson"/>). Every error
/// names the file and the JSON path (and the line for syntax and shape errors).
/// </summary>
internal static class JsonInput
{
    /// <summary>Largest input file accepted (64 MiB).</summary>
    private const long MaxBytes = 64L * 1024 * 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>The contract's options for request documents, except that a key given twice in an object is an error (with its path and line).</summary>
    private static readonly JsonSerializerOptions RequestOptions = CreateRequestOptions();

    /// <summary>
    /// Reads a file in the library's JSON contract (<see cref="ProjectDeliveryJson"/>): syntax errors name the line, format
    /// errors the JSON path (and item), invalid values throw the library's own exception naming the item.
    /// </summary>
    internal static T ReadContract<T>(string file)
    {
        using JsonDocument document = Load(file);
        var info = (JsonTypeInfo<T>)ProjectDeliveryJson.Options.GetTypeInfo(typeof(T));
        return JsonSerializer.Deserialize(document.RootElement, info) ?? throw new CliInputException($"{file}: the document is null");
    }

    /// <summary>
    /// Reads a request document of the library's JSON contract (<see cref="ProjectDeliveryJson"/>) from a file: syntax
    /// errors and duplicate keys name the line, shape errors the file, JSON path and line; the library's own messages
    /// (which start with the JSON path, <c>$…</c>, or the item, <c>ticket '…'</c> or <c>order '…'</c>) are passed on as they are.
    /// </summary>
    internal static T ReadRequest<T>(string file)
        where T : class
    {
        byte[] bytes = ReadBytes(file);
        using (Parse(file, bytes, DocumentOptions))
        {
        }

        var info = (JsonTypeInfo<T>)RequestOptions.GetTypeInfo(typeof(T));
        try
        {
            return JsonSerializer.Deserialize(bytes, info) ?? throw new CliInputException($"{file}: the document is null");
        }
        catch (JsonException ex) when (!ex.Message.StartsWith("$", StringComparison.Ordinal)
                                       && !ex.Message.StartsWith("ticket '", StringComparison.Ordinal)
                                       && !ex.Message.StartsWith("order '", StringComparison.Ordinal))
        {
            string where = ex.Path is null ? string.Empty : $" at {ex.Path}" + (ex.LineNumber is { } line ? $" (line {line + 1})" : string.Empty);
            throw new CliInputException($"{file}{where}: {FirstSentence(ex.Message)}", ex);
        }
    }

    /// <summary>Reads an input file's bytes: it must exist and be at most <see cref="MaxBytes"/> long.</summary>
    internal static byte[] ReadBytes(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliInputException($"{path}: file not found");
        }

        if (new FileInfo(path).Length > MaxBytes)
        {
            throw new CliInputException($"{path}: file is larger than {MaxBytes / (1024 * 1024)} MiB");
        }

        return File.ReadAllBytes(path);
    }

    /// <summary>Reads and parses a JSON file.</summary>
    internal static JsonDocument Load(string path) => Parse(path, ReadBytes(path), DocumentOptions);

    private static JsonDocument Parse(string path, byte[] bytes, JsonDocumentOptions options)
    {
        try
        {
            return JsonDocument.Parse(bytes, options);
        }
        catch (JsonException ex)
        {
            throw new CliInputException($"{path}: invalid JSON at line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}: {FirstSentence(ex.Message)}");
        }
    }

    /// <summary>The message without the position details the serializer and the parser append (the caller reports them).</summary>
    private static string FirstSentence(string message)
    {
        foreach (string tail in new[] { " Path: ", " LineNumber: " })
        {
            int cut = message.IndexOf(tail, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message.Substring(0, cut);
            }
        }

        return message;
    }

    private static JsonSerializerOptions CreateRequestOptions()
    {
        var options = new JsonSerializerOptions(ProjectDeliveryJson.Options) { AllowDuplicateProperties = false };
        options.MakeReadOnly();
        return options;
    }
}
