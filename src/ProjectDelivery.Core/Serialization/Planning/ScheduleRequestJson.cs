using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Serialization.Planning;

/// <summary>Reads and writes <see cref="ScheduleRequest"/> as the schedule file format (docs/formats.md, "Schedule").</summary>
internal sealed class ScheduleRequestJsonConverter : JsonConverter<ScheduleRequest>
{
    public override ScheduleRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        return ScheduleRequestJson.Read(document.RootElement, null);
    }

    public override void Write(Utf8JsonWriter writer, ScheduleRequest value, JsonSerializerOptions options) =>
        ScheduleRequestJson.Write(writer, value, options);
}

/// <summary>
/// The schedule format. Plain-number mode without <c>start</c>; calendar mode with <c>start</c> (and optionally <c>calendar</c>,
/// <c>calendars</c>, <c>timeUnit</c>): numbers are time units (working days by default), strings are ISO-8601 durations of working time.
/// </summary>
internal static class ScheduleRequestJson
{
    /// <summary>The fields of the schedule document.</summary>
    internal static readonly HashSet<string> RootFields = ElementReader.Fields(
        "name", "start", "calendar", "calendars", "timeUnit", "activities", "wbs", "deadline", "statusDate", "progressMode", "criticalThreshold", "nearCriticalThreshold");

    /// <summary>The fields of an activity.</summary>
    internal static readonly HashSet<string> ActivityFields = ElementReader.Fields(
        "id", "name", "duration", "predecessors", "constraint", "calendar", "wbs", "actualStart", "actualFinish", "remaining");

    private static readonly HashSet<string> PredecessorFields = ElementReader.Fields("id", "type", "lag");

    private static readonly HashSet<string> ConstraintDateFields = ElementReader.Fields("type", "date");

    private static readonly HashSet<string> ConstraintTimeFields = ElementReader.Fields("type", "time");

    private static readonly HashSet<string> WbsFields = ElementReader.Fields("id", "name", "parent");

    /// <summary>Reads the schedule part of a file.</summary>
    /// <param name="root">The document.</param>
    /// <param name="durationOverride">Reads an activity duration that is not a number or string (the risk format's distributions), or null.</param>
    /// <param name="rootFields">The fields a document may have (<see cref="RootFields"/>, or more for a format built on this one).</param>
    /// <param name="activityFields">The fields an activity may have (<see cref="ActivityFields"/>, or more).</param>
    internal static ScheduleRequest Read(JsonElement root, Func<JsonElement, string, double?>? durationOverride, ICollection<string>? rootFields = null, ICollection<string>? activityFields = null)
    {
        ElementReader.RequireObject(root, "$");
        ElementReader.CheckFields(root, "$", rootFields ?? RootFields);
        bool calendarMode = ElementReader.TryGet(root, "start", out JsonElement startElement);
        WorkingCalendar projectCalendar = WorkingCalendar.Standard;
        var calendars = new Dictionary<string, WorkingCalendar>(StringComparer.Ordinal);
        Duration unit = Duration.FromDays(1);
        Duration? explicitUnit = null;
        LocalDateTime start = default;
        if (calendarMode)
        {
            start = ElementReader.LocalDateTime(startElement, "$.start");
            if (ElementReader.TryGet(root, "calendar", out JsonElement cal))
            {
                projectCalendar = WorkingCalendarJson.Read(cal, "$.calendar", "calendar");
            }

            if (ElementReader.TryGet(root, "calendars", out JsonElement named))
            {
                ElementReader.RequireObject(named, "$.calendars");
                foreach (JsonProperty p in named.EnumerateObject())
                {
                    calendars[p.Name] = WorkingCalendarJson.Read(p.Value, "$.calendars." + p.Name, p.Name);
                }
            }

            unit = projectCalendar.StandardDay;
            if (ElementReader.TryGet(root, "timeUnit", out JsonElement tu))
            {
                string text = ElementReader.String(tu, "$.timeUnit");
                unit = text switch
                {
                    "day" or "days" => projectCalendar.StandardDay,
                    "hour" or "hours" => Duration.FromHours(1),
                    "minute" or "minutes" => Duration.FromMinutes(1),
                    "week" or "weeks" => projectCalendar.WorkWeek.TotalWork,
                    _ => PositiveDuration(tu, "$.timeUnit"),
                };
                explicitUnit = unit;
            }
        }
        else
        {
            foreach (string dateOnly in new[] { "calendar", "calendars", "timeUnit" })
            {
                if (ElementReader.TryGet(root, dateOnly, out _))
                {
                    throw ElementReader.Error("$." + dateOnly, "needs a project \"start\" date (calendar mode)");
                }
            }
        }

        var activities = new List<Activity>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((JsonElement item, string path) in ElementReader.Array(ElementReader.RequireProperty(root, "activities", "$"), "$.activities"))
        {
            ElementReader.RequireObject(item, path);
            string id = ElementReader.String(ElementReader.RequireProperty(item, "id", path), path + ".id");
            if (id.Length == 0)
            {
                throw ElementReader.Error(path + ".id", "an activity id must not be empty");
            }

            if (seen.TryGetValue(id, out string? firstPath))
            {
                throw ElementReader.Error(path + ".id", $"duplicate activity id '{id}' (first at {firstPath})");
            }

            seen[id] = path;
            string ap = $"{path} (activity '{id}')";
            ElementReader.CheckFields(item, ap, activityFields ?? ActivityFields);
            JsonElement durationElement = ElementReader.RequireProperty(item, "duration", ap);
            double duration = durationOverride?.Invoke(durationElement, ap + ".duration")
                ?? Amount(durationElement, ap + ".duration", calendarMode, unit, 0);
            string? name = ElementReader.OptionalString(item, "name", ap);
            IReadOnlyList<Dependency> predecessors = ReadPredecessors(item, ap, (e, p) => Amount(e, p, calendarMode, unit, -1e9));
            ActivityConstraint constraint = default;
            if (ElementReader.TryGet(item, "constraint", out JsonElement c))
            {
                constraint = ReadConstraint(c, ap + ".constraint", calendarMode);
            }

            WorkingCalendar? calendar = null;
            if (ElementReader.TryGet(item, "calendar", out JsonElement calName))
            {
                string key = ElementReader.String(calName, ap + ".calendar");
                if (!calendars.TryGetValue(key, out calendar))
                {
                    throw ElementReader.Error(ap + ".calendar", $"unknown calendar '{key}' (define it under \"calendars\")");
                }
            }

            string? wbs = ElementReader.OptionalString(item, "wbs", ap);
            ActivityProgress? progress = null;
            bool hasStart = ElementReader.TryGet(item, "actualStart", out JsonElement asEl);
            bool hasFinish = ElementReader.TryGet(item, "actualFinish", out JsonElement afEl);
            bool hasRemaining = ElementReader.TryGet(item, "remaining", out JsonElement remEl);
            if (hasStart || hasFinish || hasRemaining)
            {
                if (!hasStart)
                {
                    throw ElementReader.Error(ap, "actualFinish/remaining need an actualStart");
                }

                ScheduleMoment actualStart = Moment(asEl, ap + ".actualStart", calendarMode);
                ScheduleMoment? actualFinish = hasFinish ? Moment(afEl, ap + ".actualFinish", calendarMode) : null;
                double? remaining = hasRemaining ? Amount(remEl, ap + ".remaining", calendarMode, unit, 0) : null;
                progress = ElementReader.Build(ap, () => new ActivityProgress(actualStart, actualFinish, remaining));
            }

            activities.Add(ElementReader.Build(ap, () => new Activity(id, duration, predecessors, name, constraint, calendar, wbs, progress)));
        }

        List<WbsElement>? wbsElements = null;
        if (ElementReader.TryGet(root, "wbs", out JsonElement wbsList))
        {
            wbsElements = new List<WbsElement>();
            foreach ((JsonElement item, string path) in ElementReader.Array(wbsList, "$.wbs"))
            {
                ElementReader.RequireObject(item, path);
                ElementReader.CheckFields(item, path, WbsFields);
                string id = ElementReader.String(ElementReader.RequireProperty(item, "id", path), path + ".id");
                string? name = ElementReader.OptionalString(item, "name", path);
                string? parent = ElementReader.OptionalString(item, "parent", path);
                wbsElements.Add(ElementReader.Build(path, () => new WbsElement(id, name, parent)));
            }
        }

        ScheduleMoment? deadline = ElementReader.TryGet(root, "deadline", out JsonElement dl) ? Moment(dl, "$.deadline", calendarMode) : null;
        ScheduleMoment? statusDate = ElementReader.TryGet(root, "statusDate", out JsonElement sd) ? Moment(sd, "$.statusDate", calendarMode) : null;
        ProgressMode mode = ProgressMode.RetainedLogic;
        if (ElementReader.TryGet(root, "progressMode", out JsonElement pm))
        {
            string text = ElementReader.String(pm, "$.progressMode");
            mode = text switch
            {
                "retainedLogic" => ProgressMode.RetainedLogic,
                "progressOverride" => ProgressMode.ProgressOverride,
                _ => throw ElementReader.Error("$.progressMode", $"'{text}' is not retainedLogic or progressOverride"),
            };
        }

        double criticalThreshold = ElementReader.TryGet(root, "criticalThreshold", out JsonElement ct) ? ElementReader.Number(ct, "$.criticalThreshold") : 0;
        double nearCritical = ElementReader.TryGet(root, "nearCriticalThreshold", out JsonElement nc) ? ElementReader.Number(nc, "$.nearCriticalThreshold", 0) : 0;
        string? projectName = ElementReader.TryGet(root, "name", out JsonElement nameElement) && nameElement.ValueKind == JsonValueKind.String ? nameElement.GetString() : null;

        ProjectNetwork network = ProjectNetwork.Create(activities, wbsElements, deadline);
        ScheduleOptions options = calendarMode
            ? new CalendarScheduleOptions(start, projectCalendar) { TimeUnit = explicitUnit, StatusDate = statusDate, ProgressMode = mode, CriticalFloatThreshold = criticalThreshold }
            : new ScheduleOptions { StatusDate = statusDate, ProgressMode = mode, CriticalFloatThreshold = criticalThreshold };
        return ScheduleRequest.Create(network, options, calendars, nearCritical, projectName);
    }

    /// <summary>Reads an activity's <c>predecessors</c> array: items <c>{ "id", "type"?: FS|SS|FF|SF, "lag"? }</c>.</summary>
    internal static IReadOnlyList<Dependency> ReadPredecessors(JsonElement activity, string path, Func<JsonElement, string, double> readLag)
    {
        var list = new List<Dependency>();
        if (!ElementReader.TryGet(activity, "predecessors", out JsonElement preds))
        {
            return list;
        }

        foreach ((JsonElement item, string p) in ElementReader.Array(preds, path + ".predecessors"))
        {
            ElementReader.RequireObject(item, p);
            ElementReader.CheckFields(item, p, PredecessorFields);
            string id = ElementReader.String(ElementReader.RequireProperty(item, "id", p), p + ".id");
            DependencyType type = DependencyType.FinishToStart;
            if (ElementReader.TryGet(item, "type", out JsonElement t))
            {
                try
                {
                    type = Dependency.ParseType(ElementReader.String(t, p + ".type"));
                }
                catch (FormatException ex)
                {
                    throw ElementReader.Error(p + ".type", ex.Message);
                }
            }

            double lag = ElementReader.TryGet(item, "lag", out JsonElement l) ? readLag(l, p + ".lag") : 0;
            list.Add(ElementReader.Build(p, () => new Dependency(id, type, lag)));
        }

        return list;
    }

    private static ActivityConstraint ReadConstraint(JsonElement element, string path, bool calendarMode)
    {
        ElementReader.RequireObject(element, path);
        ElementReader.CheckFields(element, path, calendarMode ? ConstraintDateFields : ConstraintTimeFields);
        string code = ElementReader.String(ElementReader.RequireProperty(element, "type", path), path + ".type");
        ConstraintType type;
        try
        {
            type = ActivityConstraint.ParseType(code);
        }
        catch (FormatException ex)
        {
            throw ElementReader.Error(path + ".type", ex.Message);
        }

        if (type is ConstraintType.AsSoonAsPossible or ConstraintType.AsLateAsPossible)
        {
            return new ActivityConstraint(type);
        }

        string field = calendarMode ? "date" : "time";
        JsonElement value = ElementReader.RequireProperty(element, field, path);
        return new ActivityConstraint(type, Moment(value, path + "." + field, calendarMode));
    }

    private static ScheduleMoment Moment(JsonElement element, string path, bool calendarMode) =>
        calendarMode ? ScheduleMoment.FromDate(ElementReader.LocalDateTime(element, path)) : ScheduleMoment.FromUnits(ElementReader.Number(element, path));

    internal static double Amount(JsonElement element, string path, bool calendarMode, Duration unit, double min)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            if (!calendarMode)
            {
                throw ElementReader.Error(path, "ISO-8601 durations need a project \"start\" (calendar mode); use a number");
            }

            Duration d = ElementReader.IsoDuration(element, path);
            double units = d.BclCompatibleTicks / (double)unit.BclCompatibleTicks;
            if (units < min)
            {
                throw ElementReader.Error(path, "must not be negative");
            }

            return units;
        }

        return ElementReader.Number(element, path, min);
    }

    private static Duration PositiveDuration(JsonElement element, string path)
    {
        Duration d = ElementReader.IsoDuration(element, path);
        if (d <= Duration.Zero)
        {
            throw ElementReader.Error(path, "must be a positive duration, 'day', 'hour', 'minute' or 'week'");
        }

        return d;
    }

    /// <summary>Writes the request in the file format: durations and lags as numbers of time units, moments by mode.</summary>
    internal static void Write(Utf8JsonWriter writer, ScheduleRequest request, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteBody(writer, request, options, null);
        writer.WriteEndObject();
    }

    /// <summary>Writes the schedule fields (no braces); <paramref name="activityExtras"/> adds fields to each activity.</summary>
    internal static void WriteBody(Utf8JsonWriter writer, ScheduleRequest request, JsonSerializerOptions options, Action<Utf8JsonWriter, Activity>? activityExtras)
    {
        if (request.Name is not null)
        {
            writer.WriteString("name", request.Name);
        }

        ScheduleOptions o = request.Options;
        if (request.CalendarOptions is { } c)
        {
            writer.WriteString("start", ScheduleMomentJsonConverter.Format(c.ProjectStart));
            writer.WritePropertyName("calendar");
            JsonSerializer.Serialize(writer, WorkingCalendarJson.ToDto(c.Calendar), WorkingCalendarJson.DtoInfo(options));
            if (request.Calendars.Count > 0)
            {
                writer.WriteStartObject("calendars");
                foreach (KeyValuePair<string, WorkingCalendar> pair in request.Calendars)
                {
                    writer.WritePropertyName(pair.Key);
                    JsonSerializer.Serialize(writer, WorkingCalendarJson.ToDto(pair.Value), WorkingCalendarJson.DtoInfo(options));
                }

                writer.WriteEndObject();
            }

            if (c.TimeUnit is { } unit)
            {
                writer.WriteString("timeUnit", PeriodPattern.NormalizingIso.Format(Period.FromTicks(unit.BclCompatibleTicks)));
            }
        }

        if (request.Network.Deadline is { } deadline)
        {
            writer.WritePropertyName("deadline");
            WriteMoment(writer, deadline);
        }

        if (o.StatusDate is { } status)
        {
            writer.WritePropertyName("statusDate");
            WriteMoment(writer, status);
        }

        if (o.ProgressMode != ProgressMode.RetainedLogic)
        {
            writer.WriteString("progressMode", "progressOverride");
        }

        if (o.CriticalFloatThreshold != 0)
        {
            writer.WriteNumber("criticalThreshold", o.CriticalFloatThreshold);
        }

        if (request.NearCriticalThreshold > 0)
        {
            writer.WriteNumber("nearCriticalThreshold", request.NearCriticalThreshold);
        }

        if (request.Network.WbsElements.Count > 0)
        {
            writer.WriteStartArray("wbs");
            foreach (WbsElement w in request.Network.WbsElements)
            {
                writer.WriteStartObject();
                writer.WriteString("id", w.Id);
                if (w.Name is not null)
                {
                    writer.WriteString("name", w.Name);
                }

                if (w.ParentId is not null)
                {
                    writer.WriteString("parent", w.ParentId);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("activities");
        foreach (Activity a in request.Network.Activities)
        {
            writer.WriteStartObject();
            writer.WriteString("id", a.Id);
            if (a.Name is not null)
            {
                writer.WriteString("name", a.Name);
            }

            if (activityExtras is null)
            {
                writer.WriteNumber("duration", a.Duration);
            }
            else
            {
                activityExtras(writer, a);
            }

            if (a.Predecessors.Count > 0)
            {
                writer.WriteStartArray("predecessors");
                foreach (Dependency d in a.Predecessors)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", d.PredecessorId);
                    writer.WriteString("type", d.TypeCode);
                    if (d.Lag != 0)
                    {
                        writer.WriteNumber("lag", d.Lag);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (a.Constraint.Type != ConstraintType.AsSoonAsPossible)
            {
                writer.WriteStartObject("constraint");
                writer.WriteString("type", ConstraintCode(a.Constraint.Type));
                if (a.Constraint.IsDated)
                {
                    writer.WritePropertyName(a.Constraint.Moment.IsDate ? "date" : "time");
                    WriteMoment(writer, a.Constraint.Moment);
                }

                writer.WriteEndObject();
            }

            if (a.Calendar is not null)
            {
                writer.WriteString("calendar", request.CalendarName(a.Calendar));
            }

            if (a.WbsParent is not null)
            {
                writer.WriteString("wbs", a.WbsParent);
            }

            if (a.Progress is { } progress)
            {
                if (progress.ActualStart is { } s)
                {
                    writer.WritePropertyName("actualStart");
                    WriteMoment(writer, s);
                }

                if (progress.ActualFinish is { } f)
                {
                    writer.WritePropertyName("actualFinish");
                    WriteMoment(writer, f);
                }

                if (progress.RemainingDuration is { } r)
                {
                    writer.WriteNumber("remaining", r);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteMoment(Utf8JsonWriter writer, ScheduleMoment moment)
    {
        if (moment.IsDate)
        {
            writer.WriteStringValue(ScheduleMomentJsonConverter.Format(moment.Date));
        }
        else
        {
            writer.WriteNumberValue(moment.Units);
        }
    }

    internal static string ConstraintCode(ConstraintType type) => type switch
    {
        ConstraintType.AsLateAsPossible => "ALAP",
        ConstraintType.StartNoEarlierThan => "SNET",
        ConstraintType.StartNoLaterThan => "SNLT",
        ConstraintType.FinishNoEarlierThan => "FNET",
        ConstraintType.FinishNoLaterThan => "FNLT",
        ConstraintType.MustStartOn => "MSO",
        ConstraintType.MustFinishOn => "MFO",
        _ => "ASAP",
    };
}
