using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ProjectDelivery.Calendars;

namespace ProjectDelivery.Serialization.Planning;

/// <summary>A <see cref="WorkingInterval"/> is its text <c>"09:00-17:00"</c> (<c>24:00</c> may end a day), as in a calendar's <c>hours</c>.</summary>
internal sealed class WorkingIntervalJsonConverter : JsonConverter<WorkingInterval>
{
    public override WorkingInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A working interval must be a string such as \"09:00-17:00\", not {reader.TokenType}.");
        }

        try
        {
            return WorkingInterval.Parse(reader.GetString()!);
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, WorkingInterval value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

/// <summary>A <see cref="WorkingDay"/> is its text <c>"08:00-12:00,13:00-17:00"</c>, or <c>"closed"</c> (an empty string also reads as closed).</summary>
internal sealed class WorkingDayJsonConverter : JsonConverter<WorkingDay>
{
    public override WorkingDay Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A working day must be a string such as \"08:00-12:00,13:00-17:00\" or \"closed\", not {reader.TokenType}.");
        }

        try
        {
            return WorkingDay.Parse(reader.GetString()!);
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, WorkingDay value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

/// <summary>
/// A <see cref="WorkWeek"/> is a calendar's <c>hours</c> object: <c>{ "Mon": "08:00-12:00,13:00-17:00", … }</c>, working days only
/// (Monday first, three-letter names; full names read too); days not listed are closed.
/// </summary>
internal sealed class WorkWeekJsonConverter : JsonConverter<WorkWeek>
{
    public override WorkWeek Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A work week must be an object of day → hours such as {{ \"Mon\": \"09:00-17:00\" }}, not {reader.TokenType}.");
        }

        Dictionary<string, string> hours = JsonSerializer.Deserialize(ref reader, HoursInfo(options))!;
        return WorkingCalendarJson.ToWeek(hours, "$");
    }

    public override void Write(Utf8JsonWriter writer, WorkWeek value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, WorkingCalendarJson.ToHours(value), HoursInfo(options));

    private static JsonTypeInfo<Dictionary<string, string>> HoursInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<Dictionary<string, string>>)options.GetTypeInfo(typeof(Dictionary<string, string>));
}

/// <summary>
/// A <see cref="CalendarException"/> is an item of a calendar's <c>exceptions</c>: <c>{ "date", "hours"?, "name"? }</c> for one day or
/// <c>{ "from", "to", "hours"?, "name"? }</c> for a range; without <c>hours</c> the days are closed (unknown fields are errors).
/// </summary>
internal sealed class CalendarExceptionJsonConverter : DtoJsonConverter<CalendarException, CalendarExceptionDto>
{
    protected override CalendarException FromDto(CalendarExceptionDto dto) => WorkingCalendarJson.ToException(dto, "$");

    protected override CalendarExceptionDto ToDto(CalendarException value) => WorkingCalendarJson.ToExceptionDto(value);
}
