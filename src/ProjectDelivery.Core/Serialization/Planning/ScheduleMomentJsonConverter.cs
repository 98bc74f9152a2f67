using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Serialization.Planning;

/// <summary>
/// A <see cref="ScheduleMoment"/> is a JSON number (time units, plain mode) or an ISO local date-time string (calendar mode;
/// <c>2027-01-04T08:00</c>, seconds and fractions optional, a date alone is midnight). Written as a number or
/// <c>uuuu-MM-ddTHH:mm:ss</c> (fractions of a second only when present).
/// </summary>
internal sealed class ScheduleMomentJsonConverter : JsonConverter<ScheduleMoment>
{
    internal static string Format(LocalDateTime date) => LocalDateTimePattern.ExtendedIso.Format(date);

    public override ScheduleMoment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (!reader.TryGetDouble(out double units) || double.IsNaN(units) || double.IsInfinity(units) || Math.Abs(units) > 1e12)
            {
                throw new JsonException("A schedule moment must be a finite number of time units within ±10¹² or an ISO local date-time.");
            }

            return ScheduleMoment.FromUnits(units);
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            string text = reader.GetString()!;
            if (ElementReader.TryParseLocalDateTime(text, out LocalDateTime date))
            {
                return ScheduleMoment.FromDate(date);
            }

            throw new JsonException($"'{text}' is not an ISO local date-time such as 2027-01-04T08:00.");
        }

        throw new JsonException($"A schedule moment must be a number of time units or an ISO local date-time, not {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, ScheduleMoment value, JsonSerializerOptions options)
    {
        if (value.IsDate)
        {
            writer.WriteStringValue(Format(value.Date));
        }
        else
        {
            writer.WriteNumberValue(value.Units);
        }
    }
}
