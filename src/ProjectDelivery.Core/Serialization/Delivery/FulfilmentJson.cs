using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using ProjectDelivery.Delivery.Fulfilment.Promises;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

namespace ProjectDelivery.Serialization.Delivery;

/// <summary>
/// JSON of <see cref="SlaStatus"/>. Durations are seconds
/// (whole numbers when whole; fractions down to the tick); the remaining time is written for readers and derived on
/// read from the goal and the elapsed time.
/// </summary>
internal sealed class SlaStatusJson
{
    [JsonRequired]
    public SlaState State { get; set; }

    [JsonRequired]
    public double ElapsedSeconds { get; set; }

    public double? RemainingSeconds { get; set; }

    public Instant? BreachAt { get; set; }

    public bool AtRisk { get; set; }

    public double? GoalSeconds { get; set; }

    public int Cycle { get; set; }

    public Instant? CycleStartedAt { get; set; }

    public double TimePausedSeconds { get; set; }

    internal static SlaStatusJson From(SlaStatus status) => new()
    {
        State = status.State,
        ElapsedSeconds = Seconds(status.Elapsed),
        RemainingSeconds = Seconds(status.Remaining),
        BreachAt = status.BreachAt,
        AtRisk = status.IsAtRisk,
        GoalSeconds = Seconds(status.Goal),
        Cycle = status.Cycle,
        CycleStartedAt = status.CycleStartedAt,
        TimePausedSeconds = Seconds(status.TimePaused),
    };

    internal SlaStatus ToStatus()
    {
        long elapsed = Ticks(ElapsedSeconds, "elapsedSeconds");
        long goal = GoalSeconds is { } g ? Ticks(g, "goalSeconds")
            : RemainingSeconds is { } r ? elapsed + Ticks(r, "remainingSeconds")
            : throw new JsonException("An SLA status needs goalSeconds (or remainingSeconds).");
        if (goal < 0 || Cycle < 0 || (Cycle == 0) != (CycleStartedAt is null) || TimePausedSeconds < 0)
        {
            throw new ArgumentException($"SLA status: goal and time paused must not be negative, and cycleStartedAt is given exactly when cycle is at least 1.");
        }

        return new SlaStatus(State, Cycle, CycleStartedAt?.ToUnixTimeTicks() ?? 0, elapsed, goal, Ticks(TimePausedSeconds, "timePausedSeconds"),
            BreachAt?.ToUnixTimeTicks() ?? 0, BreachAt.HasValue, AtRisk);
    }

    internal static double Seconds(Duration duration) => (double)duration.BclCompatibleTicks / NodaConstants.TicksPerSecond;

    internal static long Ticks(double seconds, string name)
    {
        double ticks = Math.Round(seconds * NodaConstants.TicksPerSecond);
        if (double.IsNaN(ticks) || Math.Abs(ticks) > 9e18)
        {
            throw new JsonException($"{name}: {seconds} seconds is out of range.");
        }

        return (long)ticks;
    }
}

/// <summary>Maps <see cref="SlaStatus"/> to and from <see cref="SlaStatusJson"/>.</summary>
internal sealed class SlaStatusJsonConverter : DtoJsonConverter<SlaStatus, SlaStatusJson>
{
    protected override SlaStatus FromDto(SlaStatusJson dto) => dto.ToStatus();

    protected override SlaStatusJson ToDto(SlaStatus value) => SlaStatusJson.From(value);
}

/// <summary>JSON of <see cref="SlaTicketStatus"/>: the six fields of an <c>sla --json</c> ticket, durations in seconds.</summary>
internal sealed class SlaTicketStatusJson
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public SlaState State { get; set; }

    [JsonRequired]
    public double ElapsedSeconds { get; set; }

    [JsonRequired]
    public double RemainingSeconds { get; set; }

    public Instant? BreachAt { get; set; }

    public bool AtRisk { get; set; }
}

/// <summary>Maps <see cref="SlaTicketStatus"/> to and from <see cref="SlaTicketStatusJson"/>.</summary>
internal sealed class SlaTicketStatusJsonConverter : DtoJsonConverter<SlaTicketStatus, SlaTicketStatusJson>
{
    protected override SlaTicketStatus FromDto(SlaTicketStatusJson dto) =>
        new(string.IsNullOrEmpty(dto.Id) ? throw new JsonException("An SLA ticket status needs an id.") : dto.Id, dto.State,
            Duration.FromTicks(SlaStatusJson.Ticks(dto.ElapsedSeconds, "elapsedSeconds")), Duration.FromTicks(SlaStatusJson.Ticks(dto.RemainingSeconds, "remainingSeconds")),
            dto.BreachAt, dto.AtRisk);

    protected override SlaTicketStatusJson ToDto(SlaTicketStatus value) => new()
    {
        Id = value.Id,
        State = value.State,
        ElapsedSeconds = SlaStatusJson.Seconds(value.Elapsed),
        RemainingSeconds = SlaStatusJson.Seconds(value.Remaining),
        BreachAt = value.BreachAt,
        AtRisk = value.IsAtRisk,
    };
}

/// <summary>Maps <see cref="SlaEventLog"/> to and from an array of timelines (arrays of events).</summary>
internal sealed class SlaEventLogJsonConverter : DtoJsonConverter<SlaEventLog, SlaEvent[][]>
{
    protected override SlaEventLog FromDto(SlaEvent[][] dto) =>
        dto is null ? throw new JsonException("An SLA event log must be an array of timelines.") :
        SlaEventLog.Create(dto.Select((t, i) => t ?? throw new JsonException($"Timeline {i} is null.")));

    protected override SlaEvent[][] ToDto(SlaEventLog value)
    {
        var timelines = new SlaEvent[value.Count][];
        for (int i = 0; i < timelines.Length; i++)
        {
            timelines[i] = value.GetTimeline(i).ToArray();
        }

        return timelines;
    }
}

/// <summary>JSON of <see cref="PromiseStep"/>: <c>{ "step", "at", "explanation" }</c>.</summary>
internal sealed class PromiseStepJson
{
    [JsonRequired]
    public string Step { get; set; } = null!;

    public Instant? At { get; set; }

    [JsonRequired]
    public string Explanation { get; set; } = null!;
}

/// <summary>Maps <see cref="PromiseStep"/> to and from <see cref="PromiseStepJson"/>.</summary>
internal sealed class PromiseStepJsonConverter : DtoJsonConverter<PromiseStep, PromiseStepJson>
{
    internal static PromiseStep ToStep(PromiseStepJson dto) =>
        new(dto.Step ?? throw new JsonException("A promise step needs a step name."), dto.At, dto.Explanation ?? throw new JsonException($"Promise step '{dto.Step}' needs an explanation."));

    internal static PromiseStepJson From(PromiseStep value) => new() { Step = value.Name, At = value.At, Explanation = value.Explanation };

    protected override PromiseStep FromDto(PromiseStepJson dto) => ToStep(dto);

    protected override PromiseStepJson ToDto(PromiseStep value) => From(value);
}

/// <summary>
/// JSON of <see cref="DeliveryPromise"/> (and, with the order fields, of <see cref="OrderPromise"/>). The window bounds
/// are RFC 3339 offset date-times, local to <see cref="CustomerZone"/>.
/// </summary>
internal sealed class DeliveryPromiseJson
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; set; }

    [JsonRequired]
    public Instant OrderedAt { get; set; }

    [JsonRequired]
    public LocalDate PromisedDate { get; set; }

    [JsonRequired]
    public string WindowStart { get; set; } = null!;

    [JsonRequired]
    public string WindowEnd { get; set; } = null!;

    [JsonRequired]
    public string CustomerZone { get; set; } = null!;

    [JsonRequired]
    public LocalDate ReleaseDate { get; set; }

    [JsonRequired]
    public LocalDate ReadyDate { get; set; }

    public Instant? ReadyAt { get; set; }

    [JsonRequired]
    public Instant PickUpAt { get; set; }

    [JsonRequired]
    public LocalDate DeliveryDate { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? WantedBy { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LatestOrder? LatestOrderAt { get; set; }

    [JsonRequired]
    public PromiseStepJson[] Steps { get; set; } = null!;

    internal static DeliveryPromiseJson From(DeliveryPromise p) => new()
    {
        OrderedAt = p.OrderedAt,
        PromisedDate = p.PromisedDate,
        WindowStart = OffsetDateTimePattern.Rfc3339.Format(p.WindowStart.ToOffsetDateTime()),
        WindowEnd = OffsetDateTimePattern.Rfc3339.Format(p.WindowEnd.ToOffsetDateTime()),
        CustomerZone = p.WindowEnd.Zone.Id,
        ReleaseDate = p.ReleaseDate,
        ReadyDate = p.ReadyDate,
        ReadyAt = p.ReadyAt,
        PickUpAt = p.PickUpAt,
        DeliveryDate = p.DeliveryDate,
        Steps = p.Steps.Select(PromiseStepJsonConverter.From).ToArray(),
    };

    internal DeliveryPromise ToPromise()
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(CustomerZone ?? throw new JsonException("customerZone is required, got null."))
            ?? throw new JsonException($"customerZone: '{CustomerZone}' is not an IANA time-zone id.");
        return new DeliveryPromise(OrderedAt, ReleaseDate, ReadyDate, ReadyAt, PickUpAt, DeliveryDate,
            Zoned(WindowStart, zone, "windowStart"), Zoned(WindowEnd, zone, "windowEnd"), PromisedDate,
            (Steps ?? throw new JsonException("steps must be an array, got null.")).Select((s, i) => PromiseStepJsonConverter.ToStep(s ?? throw new JsonException($"steps[{i}] is null."))).ToArray());
    }

    private static ZonedDateTime Zoned(string text, DateTimeZone zone, string name)
    {
        ParseResult<OffsetDateTime> result = OffsetDateTimePattern.Rfc3339.Parse(text ?? throw new JsonException($"{name} is required, got null."));
        return result.Success
            ? result.Value.InZone(zone)
            : throw new JsonException($"{name}: '{text}' is not an RFC 3339 date-time with offset (e.g. 2027-04-05T09:00:00-04:00).");
    }
}

/// <summary>
/// The latest order instant of an <see cref="OrderPromise"/> with a wanted date: an instant, or <c>null</c> when no
/// order instant makes the date (written as JSON null, unlike an absent wanted date, which omits the field).
/// </summary>
[JsonConverter(typeof(LatestOrderJsonConverter))]
internal sealed class LatestOrder
{
    internal LatestOrder(Instant? at) => At = at;

    internal Instant? At { get; }
}

/// <summary>Writes a <see cref="LatestOrder"/> as an ISO instant or null.</summary>
internal sealed class LatestOrderJsonConverter : JsonConverter<LatestOrder>
{
    public override bool HandleNull => true;

    public override LatestOrder Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.TokenType == JsonTokenType.Null ? null : JsonSerializer.Deserialize(ref reader, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Instant>)options.GetTypeInfo(typeof(Instant))));

    public override void Write(Utf8JsonWriter writer, LatestOrder value, JsonSerializerOptions options)
    {
        if (value.At is { } at)
        {
            JsonSerializer.Serialize(writer, at, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Instant>)options.GetTypeInfo(typeof(Instant)));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>Maps <see cref="DeliveryPromise"/> to and from <see cref="DeliveryPromiseJson"/>.</summary>
internal sealed class DeliveryPromiseJsonConverter : DtoJsonConverter<DeliveryPromise, DeliveryPromiseJson>
{
    protected override DeliveryPromise FromDto(DeliveryPromiseJson dto) => dto.ToPromise();

    protected override DeliveryPromiseJson ToDto(DeliveryPromise value) => DeliveryPromiseJson.From(value);
}

/// <summary>Maps <see cref="OrderPromise"/> to and from <see cref="DeliveryPromiseJson"/> with the order fields.</summary>
internal sealed class OrderPromiseJsonConverter : DtoJsonConverter<OrderPromise, DeliveryPromiseJson>
{
    protected override OrderPromise FromDto(DeliveryPromiseJson dto)
    {
        if (string.IsNullOrEmpty(dto.Id))
        {
            throw new JsonException("An order promise needs an id.");
        }

        if (dto.WantedBy is null && dto.LatestOrderAt is not null)
        {
            throw new ArgumentException($"Order '{dto.Id}': latestOrderAt is given without wantedBy.");
        }

        return new OrderPromise(dto.Id!, dto.ToPromise(), dto.WantedBy, dto.LatestOrderAt?.At);
    }

    protected override DeliveryPromiseJson ToDto(OrderPromise value)
    {
        DeliveryPromiseJson dto = DeliveryPromiseJson.From(value.Promise);
        dto.Id = value.Id;
        dto.WantedBy = value.WantedBy;
        dto.LatestOrderAt = value.WantedBy is null ? null : new LatestOrder(value.LatestOrderAt);
        return dto;
    }
}

/// <summary>Maps <see cref="ProcessingTime"/> to and from <c>{ "workingDays": n }</c> or <c>{ "workingTime": duration }</c>.</summary>
internal sealed class ProcessingTimeJsonConverter : DtoJsonConverter<ProcessingTime, ProcessingTimeJson>
{
    protected override ProcessingTime FromDto(ProcessingTimeJson dto) =>
        (dto.WorkingDays, dto.WorkingTime) switch
        {
            ({ } days, null) => ProcessingTime.FromWorkingDays(days),
            (null, { } time) => ProcessingTime.FromWorkingTime(time),
            _ => throw new JsonException("A processing time needs exactly one of workingDays and workingTime."),
        };

    protected override ProcessingTimeJson ToDto(ProcessingTime value) =>
        value.WorkingTime is { } time ? new ProcessingTimeJson { WorkingTime = time } : new ProcessingTimeJson { WorkingDays = value.WorkingDays };
}

/// <summary>JSON of <see cref="ProcessingTime"/>.</summary>
internal sealed class ProcessingTimeJson
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? WorkingDays { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Duration? WorkingTime { get; set; }
}
