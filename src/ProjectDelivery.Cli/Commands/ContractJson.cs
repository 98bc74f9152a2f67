using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ProjectDelivery.Serialization;

namespace ProjectDelivery.Cli.Commands;

/// <summary>
/// Reads input files whose format is the library's JSON contract (<see cref="ProjectDeliveryJson"/>), strictly as the
/// CLI always has: unknown fields are rejected (the library ignores them), trailing commas are tolerated. Every error
/// names the file, and for JSON errors the JSON path and line.
/// </summary>
internal static class ContractJson
{
    private static readonly JsonSerializerOptions Strict = CreateStrict();

    /// <summary>Reads a <typeparamref name="T"/> from a file.</summary>
    /// <exception cref="JsonException">The text is not valid JSON for <typeparamref name="T"/>; the message names file, path and line.</exception>
    /// <exception cref="ArgumentException">The JSON describes an invalid value; the message names the file and the item.</exception>
    internal static T Read<T>(string path)
    {
        string fileName = Path.GetFileName(path);
        byte[] bytes = File.ReadAllBytes(path);
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(bytes, (JsonTypeInfo<T>)Strict.GetTypeInfo(typeof(T)));
        }
        catch (JsonException ex)
        {
            throw new JsonException($"{fileName}: {WithPosition(ex)}", ex);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"{fileName}: {ex.Message}", ex);
        }

        return value ?? throw new JsonException($"{fileName}: the document is null.");
    }

    private static string WithPosition(JsonException ex)
    {
        if (ex.Path is null or "$" || ex.Message.Contains("Path: ", StringComparison.Ordinal))
        {
            return ex.Message;
        }

        return $"{ex.Message} Path: {ex.Path}" + (ex.LineNumber is { } line ? $" | LineNumber: {line}" : string.Empty);
    }

    private static JsonSerializerOptions CreateStrict()
    {
        var options = new JsonSerializerOptions(ProjectDeliveryJson.Options)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowTrailingCommas = true,
        };
        options.MakeReadOnly();
        return options;
    }
}
