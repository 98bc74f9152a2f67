using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ProjectDelivery.Serialization;

namespace ProjectDelivery.Cli.Commands;

/// <summary>
/// The one reader of the command line's JSON inputs (<c>schedule</c>, <c>evm</c>, <c>risk</c>, <c>sla</c>, <c>promise</c>,
/// <c>route</c>), all in the library's JSON contract (<see cref="ProjectDeliveryJson"/>), with one policy: UTF-8 with or without
/// a byte order mark, at most 64 MiB (<see cref="InputFile"/>) and 64 levels deep; comments allowed; trailing commas, a key given
/// twice in an object, unknown fields and numbers too large for a double rejected. Every error names the file, the line where
/// it is known, the JSON path and what was expected.
/// </summary>
internal static class JsonInput
{
    /// <summary>Deepest nesting of objects and arrays accepted.</summary>
    internal const int MaxDepth = 64;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = MaxDepth,
    };

    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>Reads a <typeparamref name="T"/> of the library's JSON contract from a file, parsing it once.</summary>
    /// <typeparam name="T">The document's type (<c>ScheduleRequest</c>, <c>EarnedValueRequest</c>, …).</typeparam>
    /// <param name="path">The file, as the user named it.</param>
    /// <returns>The value, validated by the library.</returns>
    /// <exception cref="CliInputException">The file cannot be read, breaks the reading policy, or describes an invalid value.</exception>
    internal static T Read<T>(string path)
        where T : class
    {
        byte[] bytes = InputFile.ReadAllBytes(path);
        int skip = InputFile.HasByteOrderMark(bytes) ? 3 : 0;
        var json = new ReadOnlySpan<byte>(bytes, skip, bytes.Length - skip);
        Check(json, path);
        var info = (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
        try
        {
            return JsonSerializer.Deserialize(json, info) ?? throw new CliInputException($"{path}: expected a JSON object, found null");
        }
        catch (JsonException ex)
        {
            throw new CliInputException(Describe(path, ex), ex);
        }
        catch (ArgumentException ex)
        {
            throw new CliInputException(CliError.Describe(ex, path), ex);
        }
    }

    /// <summary>
    /// Checks the policy the serializer cannot check for every format, token by token without building a document: well-formed
    /// JSON, no trailing comma, no key twice in one object, no number beyond the range of a double, at most <see cref="MaxDepth"/> deep.
    /// Memory is proportional to the depth, not to the file.
    /// </summary>
    /// <param name="json">The document (without a byte order mark).</param>
    /// <param name="path">The file name for messages.</param>
    /// <exception cref="CliInputException">The first breach, with the line and the JSON path.</exception>
    internal static void Check(ReadOnlySpan<byte> json, string path)
    {
        var reader = new Utf8JsonReader(json, ReaderOptions);
        var frames = new List<Frame>();
        int depth = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        NextValue(frames, depth);
                        if (frames.Count == depth)
                        {
                            frames.Add(new Frame());
                        }

                        frames[depth++].Reset(reader.TokenType == JsonTokenType.StartArray);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        depth--;
                        break;
                    case JsonTokenType.PropertyName:
                        Frame owner = frames[depth - 1];
                        owner.Name = reader.GetString()!;
                        if (!owner.Keys.Add(owner.Name))
                        {
                            throw new CliInputException(At(path, json, reader.TokenStartIndex, PathOf(frames, depth), $"the field '{owner.Name}' is given twice in this object"));
                        }

                        break;
                    case JsonTokenType.Number:
                        NextValue(frames, depth);
                        if (!reader.TryGetDouble(out double number) || double.IsInfinity(number))
                        {
                            string text = Encoding.UTF8.GetString(reader.ValueSpan);
                            throw new CliInputException(At(path, json, reader.TokenStartIndex, PathOf(frames, depth), $"the number {Short(text)} is too large: expected a finite number within ±10^12"));
                        }

                        break;
                    default:
                        NextValue(frames, depth);
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            long line = (ex.LineNumber ?? 0) + 1;
            long position = (ex.BytePositionInLine ?? 0) + 1;
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0}: invalid JSON at line {1}, byte {2}: {3}", path, line, position, CliError.UserWords(ex.Message)));
        }
    }

    /// <summary>The message of a serializer or library reading error: file, line when known, JSON path, and what was expected.</summary>
    internal static string Describe(string path, JsonException ex)
    {
        string message = CliError.UserWords(ex.Message);
        string line = ex.LineNumber is { } l && ex.Path is not null ? $", line {(l + 1).ToString(CultureInfo.InvariantCulture)}" : string.Empty;
        if (message.StartsWith("$", StringComparison.Ordinal) || message.StartsWith("ticket '", StringComparison.Ordinal)
            || message.StartsWith("order '", StringComparison.Ordinal) || ex.Path is null)
        {
            return $"{path}{line}: {message}";
        }

        return $"{path}{line}: {ex.Path}: {message}";
    }

    private static void NextValue(List<Frame> frames, int depth)
    {
        if (depth > 0 && frames[depth - 1] is { IsArray: true } array)
        {
            array.Index++;
        }
    }

    private static string PathOf(List<Frame> frames, int depth)
    {
        var builder = new StringBuilder("$");
        for (int d = 0; d < depth; d++)
        {
            Frame frame = frames[d];
            if (frame.IsArray)
            {
                builder.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (frame.Name is not null)
            {
                builder.Append(Segment(frame.Name));
            }
        }

        return builder.ToString();
    }

    private static string Segment(string key)
    {
        foreach (char c in key)
        {
            if (!char.IsLetterOrDigit(c) && c != '_' && c != '-')
            {
                return "['" + key + "']";
            }
        }

        return key.Length == 0 ? "['']" : "." + key;
    }

    private static string At(string path, ReadOnlySpan<byte> json, long offset, string jsonPath, string message)
    {
        int line = json.Slice(0, (int)offset).Count((byte)'\n') + 1;
        return $"{path}, line {line.ToString(CultureInfo.InvariantCulture)}: {jsonPath}: {message}";
    }

    private static string Short(string text) => text.Length <= 24 ? text : text.Substring(0, 24) + "…";

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(ProjectDeliveryJson.Options)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Skip,
            MaxDepth = MaxDepth,
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>An open object or array while checking: its keys so far, or the index of its current item.</summary>
    private sealed class Frame
    {
        public bool IsArray { get; private set; }

        public int Index { get; set; }

        public string? Name { get; set; }

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public void Reset(bool isArray)
        {
            IsArray = isArray;
            Index = -1;
            Name = null;
            Keys.Clear();
        }
    }
}
