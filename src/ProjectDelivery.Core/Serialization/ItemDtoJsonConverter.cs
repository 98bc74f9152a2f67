using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ProjectDelivery.Serialization;

/// <summary>
/// A <see cref="DtoJsonConverter{T, TDto}"/> whose shape errors name the item as well as the field: when it reads a
/// whole document (the value at the top), a <see cref="JsonException"/> from the data-transfer object, e.g. at
/// <c>$.tasks[2].baselineCost</c>, is re-thrown as <c>$.tasks[2] (id 'C').baselineCost: …</c>, with the id of every
/// array item on the path (its <c>id</c>, <c>activityId</c>/<c>resourceId</c> or <c>name</c>). Nested values read as usual.
/// </summary>
/// <typeparam name="T">The domain type.</typeparam>
/// <typeparam name="TDto">Its JSON shape.</typeparam>
internal abstract class ItemDtoJsonConverter<T, TDto> : DtoJsonConverter<T, TDto>
    where TDto : class
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.CurrentDepth > 0)
        {
            try
            {
                return base.Read(ref reader, typeToConvert, options);
            }
            catch (JsonException ex) when (ex.Path is not null)
            {
                throw NestedJsonException.From(ex);
            }
        }

        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        TDto? dto;
        try
        {
            dto = document.RootElement.Deserialize((JsonTypeInfo<TDto>)options.GetTypeInfo(typeof(TDto)));
        }
        catch (JsonException ex) when (ex.Path is not null)
        {
            string path = NestedJsonException.FullPath(ex);
            throw new JsonException($"{ItemPath.Describe(document.RootElement, path)}: {NestedJsonException.MessageOf(ex)}", path, ex.LineNumber, ex.BytePositionInLine, ex);
        }

        return FromDto(dto ?? throw new JsonException($"Expected a {typeof(T).Name} object, found null."));
    }
}
