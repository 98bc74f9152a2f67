using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Cli.Commands;

/// <summary>A project read from the schedule JSON format (see docs/formats.md).</summary>
internal sealed class ScheduleInput
{
    public ScheduleInput(ProjectNetwork network, ScheduleOptions options, CalendarScheduleOptions? calendarOptions, double nearCriticalThreshold)
    {
        Network = network;
        Options = options;
        CalendarOptions = calendarOptions;
        NearCriticalThreshold = nearCriticalThreshold;
    }

    public ProjectNetwork Network { get; }

    /// <summary>Plain-number options (used when <see cref="CalendarOptions"/> is null).</summary>
    public ScheduleOptions Options { get; }

    /// <summary>Calendar options when the file has a <c>start</c>.</summary>
    public CalendarScheduleOptions? CalendarOptions { get; }

    public double NearCriticalThreshold { get; }

    /// <summary>The imported MSPDI/XER project, when the input was a schedule file (its float type applies to the output).</summary>
    public ProjectDelivery.Interop.ImportedSchedule? Imported { get; init; }
}

/// <summary>
/// Reader of the schedule JSON format. Plain-number mode without <c>start</c>; calendar mode with
/// <c>start</c> (and optionally <c>calendar</c>, <c>calendars</c>, <c>timeUnit</c>): numbers are time units
/// (working days by default), strings are ISO-8601 durations of working time.
/// </summary>
internal static class ScheduleJson
{
    public static ScheduleInput Read(JsonElement root, string file)
    {
        JsonInput.RequireObject(root, "$");
        bool calendarMode = JsonInput.TryGet(root, "start", out JsonElement startElement);
        WorkingCalendar projectCalendar = WorkingCalendar.Standard;
        var calendars = new Dictionary<string, WorkingCalendar>(StringComparer.Ordinal);
        Duration unit = Duration.FromDays(1);
        LocalDateTime start = default;
        if (calendarMode)
        {
            start = JsonInput.LocalDateTime(startElement, "$.start");
            if (JsonInput.TryGet(root, "calendar", out JsonElement cal))
            {
                projectCalendar = CalendarJson.Read(cal, "$.calendar");
            }

            if (JsonInput.TryGet(root, "calendars", out JsonElement named))
            {
                JsonInput.RequireObject(named, "$.calendars");
                foreach (JsonProperty p in named.EnumerateObject())
                {
                    calendars[p.Name] = CalendarJson.Read(p.Value, "$.calendars." + p.Name, p.Name);
                }
            }

            unit = projectCalendar.StandardDay;
            if (JsonInput.TryGet(root, "timeUnit", out JsonElement tu))
            {
                string text = JsonInput.String(tu, "$.timeUnit");
                unit = text switch
                {
                    "day" or "days" => projectCalendar.StandardDay,
                    "hour" or "hours" => Duration.FromHours(1),
                    "minute" or "minutes" => Duration.FromMinutes(1),
                    "week" or "weeks" => projectCalendar.WorkWeek.TotalWork,
                    _ => PositiveDuration(tu, "$.timeUnit"),
                };
            }
        }
        else
        {
            foreach (string dateOnly in new[] { "calendar", "calendars", "timeUnit" })
            {
                if (JsonInput.TryGet(root, dateOnly, out _))
                {
                    throw new CliInputException($"$.{dateOnly}: needs a project \"start\" date (calendar mode)");
                }
            }
        }

        var activities = new List<Activity>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((JsonElement item, string path) in JsonInput.Array(JsonInput.RequireProperty(root, "activities", "$"), "$.activities"))
        {
            JsonInput.RequireObject(item, path);
            string id = JsonInput.String(JsonInput.RequireProperty(item, "id", path), path + ".id");
            if (id.Length == 0)
            {
                throw new CliInputException($"{path}.id: an activity id must not be empty");
            }

            if (seen.TryGetValue(id, out string? firstPath))
            {
                throw new CliInputException($"{path}.id: duplicate activity id '{id}' (first at {firstPath})");
            }

            seen[id] = path;
            string ap = $"{path} (activity '{id}')";
            double duration = Amount(JsonInput.RequireProperty(item, "duration", ap), ap + ".duration", calendarMode, unit, 0);
            string? name = JsonInput.TryGet(item, "name", out JsonElement nm) ? JsonInput.String(nm, ap + ".name") : null;
            IReadOnlyList<Dependency> predecessors = ReadPredecessors(item, ap, (e, p) => Amount(e, p, calendarMode, unit, -1e9));
            ActivityConstraint constraint = default;
            if (JsonInput.TryGet(item, "constraint", out JsonElement c))
            {
                constraint = ReadConstraint(c, ap + ".constraint", calendarMode);
            }

            WorkingCalendar? calendar = null;
            if (JsonInput.TryGet(item, "calendar", out JsonElement calName))
            {
                string key = JsonInput.String(calName, ap + ".calendar");
                if (!calendars.TryGetValue(key, out calendar))
                {
                    throw new CliInputException($"{ap}.calendar: unknown calendar '{key}' (define it under \"calendars\")");
                }
            }

            string? wbs = JsonInput.TryGet(item, "wbs", out JsonElement w) ? JsonInput.String(w, ap + ".wbs") : null;
            ActivityProgress? progress = null;
            bool hasStart = JsonInput.TryGet(item, "actualStart", out JsonElement asEl);
            bool hasFinish = JsonInput.TryGet(item, "actualFinish", out JsonElement afEl);
            bool hasRemaining = JsonInput.TryGet(item, "remaining", out JsonElement remEl);
            if (hasStart || hasFinish || hasRemaining)
            {
                if (!hasStart)
                {
                    throw new CliInputException($"{ap}: actualFinish/remaining need an actualStart");
                }

                ScheduleMoment actualStart = Moment(asEl, ap + ".actualStart", calendarMode);
                ScheduleMoment? actualFinish = hasFinish ? Moment(afEl, ap + ".actualFinish", calendarMode) : null;
                double? remaining = hasRemaining ? Amount(remEl, ap + ".remaining", calendarMode, unit, 0) : null;
                progress = new ActivityProgress(actualStart, actualFinish, remaining);
            }

            activities.Add(new Activity(id, duration, predecessors, name, constraint, calendar, wbs, progress));
        }

        List<WbsElement>? wbsElements = null;
        if (JsonInput.TryGet(root, "wbs", out JsonElement wbsList))
        {
            wbsElements = new List<WbsElement>();
            foreach ((JsonElement item, string path) in JsonInput.Array(wbsList, "$.wbs"))
            {
                JsonInput.RequireObject(item, path);
                string id = JsonInput.String(JsonInput.RequireProperty(item, "id", path), path + ".id");
                string? name = JsonInput.TryGet(item, "name", out JsonElement nm) ? JsonInput.String(nm, path + ".name") : null;
                string? parent = JsonInput.TryGet(item, "parent", out JsonElement pe) ? JsonInput.String(pe, path + ".parent") : null;
                wbsElements.Add(new WbsElement(id, name, parent));
            }
        }

        ScheduleMoment? deadline = JsonInput.TryGet(root, "deadline", out JsonElement dl) ? Moment(dl, "$.deadline", calendarMode) : null;
        ScheduleMoment? statusDate = JsonInput.TryGet(root, "statusDate", out JsonElement sd) ? Moment(sd, "$.statusDate", calendarMode) : null;
        ProgressMode mode = ProgressMode.RetainedLogic;
        if (JsonInput.TryGet(root, "progressMode", out JsonElement pm))
        {
            string text = JsonInput.String(pm, "$.progressMode");
            mode = text switch
            {
                "retainedLogic" => ProgressMode.RetainedLogic,
                "progressOverride" => ProgressMode.ProgressOverride,
                _ => throw new CliInputException($"$.progressMode: '{text}' is not retainedLogic or progressOverride"),
            };
        }

        double criticalThreshold = JsonInput.TryGet(root, "criticalThreshold", out JsonElement ct) ? JsonInput.Number(ct, "$.criticalThreshold") : 0;
        double nearCritical = JsonInput.TryGet(root, "nearCriticalThreshold", out JsonElement nc) ? JsonInput.Number(nc, "$.nearCriticalThreshold", 0) : 0;

        ProjectNetwork network = ProjectNetwork.Create(activities, wbsElements, deadline);
        var options = new ScheduleOptions { StatusDate = statusDate, ProgressMode = mode, CriticalFloatThreshold = criticalThreshold };
        CalendarScheduleOptions? calendarOptions = calendarMode
            ? new CalendarScheduleOptions(start, projectCalendar) { TimeUnit = unit, StatusDate = statusDate, ProgressMode = mode, CriticalFloatThreshold = criticalThreshold }
            : null;
        return new ScheduleInput(network, options, calendarOptions, nearCritical);
    }

    /// <summary>Reads an activity's <c>predecessors</c> array: items <c>{ "id", "type"?: FS|SS|FF|SF, "lag"? }</c>.</summary>
    public static IReadOnlyList<Dependency> ReadPredecessors(JsonElement activity, string path, Func<JsonElement, string, double> readLag)
    {
        var list = new List<Dependency>();
        if (!JsonInput.TryGet(activity, "predecessors", out JsonElement preds))
        {
            return list;
        }

        foreach ((JsonElement item, string p) in JsonInput.Array(preds, path + ".predecessors"))
        {
            JsonInput.RequireObject(item, p);
            string id = JsonInput.String(JsonInput.RequireProperty(item, "id", p), p + ".id");
            DependencyType type = DependencyType.FinishToStart;
            if (JsonInput.TryGet(item, "type", out JsonElement t))
            {
                try
                {
                    type = Dependency.ParseType(JsonInput.String(t, p + ".type"));
                }
                catch (FormatException ex)
                {
                    throw new CliInputException($"{p}.type: {ex.Message}");
                }
            }

            double lag = JsonInput.TryGet(item, "lag", out JsonElement l) ? readLag(l, p + ".lag") : 0;
            list.Add(new Dependency(id, type, lag));
        }

        return list;
    }

    private static ActivityConstraint ReadConstraint(JsonElement element, string path, bool calendarMode)
    {
        JsonInput.RequireObject(element, path);
        string code = JsonInput.String(JsonInput.RequireProperty(element, "type", path), path + ".type");
        ConstraintType type;
        try
        {
            type = ActivityConstraint.ParseType(code);
        }
        catch (FormatException ex)
        {
            throw new CliInputException($"{path}.type: {ex.Message}");
        }

        if (type is ConstraintType.AsSoonAsPossible or ConstraintType.AsLateAsPossible)
        {
            return new ActivityConstraint(type);
        }

        string field = calendarMode ? "date" : "time";
        JsonElement value = JsonInput.RequireProperty(element, field, path);
        return new ActivityConstraint(type, Moment(value, path + "." + field, calendarMode));
    }

    private static ScheduleMoment Moment(JsonElement element, string path, bool calendarMode) =>
        calendarMode ? ScheduleMoment.FromDate(JsonInput.LocalDateTime(element, path)) : ScheduleMoment.FromUnits(JsonInput.Number(element, path));

    private static double Amount(JsonElement element, string path, bool calendarMode, Duration unit, double min)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            if (!calendarMode)
            {
                throw new CliInputException($"{path}: ISO-8601 durations need a project \"start\" (calendar mode); use a number");
            }

            Duration d = JsonInput.IsoDuration(element, path);
            double units = d.BclCompatibleTicks / (double)unit.BclCompatibleTicks;
            if (units < min)
            {
                throw new CliInputException($"{path}: must not be negative");
            }

            return units;
        }

        return JsonInput.Number(element, path, min);
    }

    private static Duration PositiveDuration(JsonElement element, string path)
    {
        Duration d = JsonInput.IsoDuration(element, path);
        if (d <= Duration.Zero)
        {
            throw new CliInputException($"{path}: must be a positive duration, 'day', 'hour', 'minute' or 'week'");
        }

        return d;
    }
}
