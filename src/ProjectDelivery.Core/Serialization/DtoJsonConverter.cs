using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ProjectDelivery.Serialization;

/// <summary>
/// Reads and writes a domain type through an internal data-transfer object of the source-generated context: the
/// DTO carries the JSON shape, the domain type's public constructor or factory validates once when the DTO becomes
/// the domain value.
/// </summary>
/// <typeparam name="T">The domain type.</typeparam>
/// <typeparam name="TDto">Its JSON shape.</typeparam>
internal abstract class DtoJsonConverter<T, TDto> : JsonConverter<T>
    where TDto : class
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        TDto dto = JsonSerializer.Deserialize(ref reader, Info(options))
            ?? throw new JsonException($"Expected a {typeof(T).Name} object, found null.");
        return FromDto(dto);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, ToDto(value), Info(options));

    /// <summary>Builds the domain value (its constructor validates and throws the domain's exceptions).</summary>
    protected abstract T FromDto(TDto dto);

    /// <summary>The JSON shape of a domain value.</summary>
    protected abstract TDto ToDto(T value);

    private static JsonTypeInfo<TDto> Info(JsonSerializerOptions options) => (JsonTypeInfo<TDto>)options.GetTypeInfo(typeof(TDto));
}

/// <summary>Enum values as camelCase strings (<c>timeWindow</c>, <c>nearestInteger</c>); numbers are rejected.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumJsonConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumJsonConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
