using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Serialization;

/// <summary>
/// The library's JSON contract: every input and result type reads and writes through these options, which combine
/// source-generated metadata (no reflection; trimming- and AOT-friendly on net8.0+) with NodaTime's own converters
/// (ISO-8601 patterns, IANA time-zone ids). The command-line tool reads and writes exactly these formats.
/// </summary>
/// <remarks>
/// Field names are camelCase; absent optional fields take their documented defaults; unknown fields are errors in the
/// request documents (schedule, risk, earned value, routing problem, SLA and promise requests and their parts) and ignored
/// in result types; comments are allowed, trailing commas are not; at most 64 levels deep. Numbers must be
/// JSON numbers (no quoted numbers, no NaN). Thread-safe: the options are read-only.
/// </remarks>
public static class ProjectDeliveryJson
{
    /// <summary>Serializer options with the library's contract (read-only; pass them to <see cref="JsonSerializer"/>).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: false);

    /// <summary>Same as <see cref="Options"/>, with indented output for people to read.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = CreateOptions(indented: true);

    /// <summary>Writes <paramref name="value"/> as JSON.</summary>
    /// <typeparam name="T">A type of the library's JSON contract.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="indented">True for indented output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    public static string Serialize<T>(T value, bool indented = false) =>
        JsonSerializer.Serialize(value, TypeInfo<T>(indented ? IndentedOptions : Options));

    /// <summary>Reads a <typeparamref name="T"/> from JSON, validating it exactly as the type's constructor does.</summary>
    /// <typeparam name="T">A type of the library's JSON contract.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The text is not valid JSON for <typeparamref name="T"/> (the message names the path and line).</exception>
    /// <exception cref="ArgumentException">The JSON is well formed but describes an invalid value (the message names the item).</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    public static T Deserialize<T>(string json)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        T? value = JsonSerializer.Deserialize(json, TypeInfo<T>(Options));
        return value ?? throw new JsonException($"Expected a {typeof(T).Name}, found null.");
    }

    /// <summary>The source-generated metadata of <typeparamref name="T"/> under <paramref name="options"/>.</summary>
    internal static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) =>
        options.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException($"{typeof(T).FullName} is not part of the ProjectDelivery JSON contract.");

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(PlanningJsonContext.Default, DeliveryJsonContext.Default, InteropJsonContext.Default, ChartsJsonContext.Default),
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            WriteIndented = indented,
            NumberHandling = JsonNumberHandling.Strict,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = false,
            MaxDepth = 64,
        };
        foreach (JsonConverter converter in ProjectDeliveryJsonConverters.Create())
        {
            options.Converters.Add(converter);
        }

        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.MakeReadOnly();
        return options;
    }
}
