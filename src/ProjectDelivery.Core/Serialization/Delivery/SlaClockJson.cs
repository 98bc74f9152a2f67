using System.Text.Json.Serialization;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using ProjectDelivery.Serialization.Planning;

namespace ProjectDelivery.Serialization.Delivery;

/// <summary>
/// JSON of <see cref="SlaClock"/>, with the field names and formats of the <c>sla</c> input:
/// <c>{ "calendar"?: calendar object, "goal": "PT8H", "warning": 0.75, "multipleCycles": false }</c>. An absent calendar is
/// <see cref="WorkingCalendar.Continuous"/> (24×7, UTC), which is written by omitting it; <c>warning</c> defaults to
/// <see cref="SlaClock.DefaultWarningFraction"/> and <c>multipleCycles</c> to false. Unknown members are errors.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class SlaClockJson
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CalendarDto? Calendar { get; set; }

    [JsonRequired]
    public string? Goal { get; set; }

    public double? Warning { get; set; }

    public bool? MultipleCycles { get; set; }

    internal SlaClock ToClock()
    {
        WorkingCalendar calendar = Calendar is null ? WorkingCalendar.Continuous : WorkingCalendarJson.ToCalendar(Calendar, "$.calendar", "calendar", requireHours: true);
        Duration goal = SlaJsonValues.PositiveDuration(Goal ?? throw ElementReader.Error("$.goal", "a goal is required (ISO-8601, e.g. PT8H), got null"), "$.goal");
        double warning = Warning ?? SlaClock.DefaultWarningFraction;
        if (double.IsNaN(warning) || double.IsInfinity(warning) || warning < 0 || warning > 1)
        {
            throw ElementReader.Error("$.warning", $"{warning} should be a number in [0, 1]");
        }

        return ElementReader.Build("$", () => SlaClock.Create(calendar, goal, warning, MultipleCycles ?? false));
    }

    internal static SlaClockJson From(SlaClock value) => new()
    {
        Calendar = ReferenceEquals(value.Calendar, WorkingCalendar.Continuous) ? null : WorkingCalendarJson.ToDto(value.Calendar),
        Goal = SlaJsonValues.Format(value.Goal),
        Warning = value.WarningFraction,
        MultipleCycles = value.MultipleCycles,
    };
}

/// <summary>Maps <see cref="SlaClock"/> to and from <see cref="SlaClockJson"/>.</summary>
internal sealed class SlaClockJsonConverter : DtoJsonConverter<SlaClock, SlaClockJson>
{
    protected override SlaClock FromDto(SlaClockJson dto) => dto.ToClock();

    protected override SlaClockJson ToDto(SlaClock value) => SlaClockJson.From(value);
}
