using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using ProjectDelivery.Charts;
using ProjectDelivery.Interop;
using ProjectDelivery.Interop.MsProject;
using ProjectDelivery.Interop.Primavera;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Serialization;

namespace ProjectDelivery.Cli.Commands;

/// <summary><c>schedule FILE [--json] [--svg FILE]</c>: critical-path schedule of a project file (JSON, MS Project XML or Primavera XER).</summary>
internal sealed class ScheduleCommand : ICommand
{
    private static readonly LocalDateTimePattern DatePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss");

    public string Name => "schedule";

    public string Arguments => "FILE.json|FILE.xml|FILE.xer";

    public IReadOnlyList<CommandOption> Options { get; } = new[]
    {
        CommandOption.Json("the schedule (dates, floats, critical paths)"),
        CommandOption.Svg("the Gantt chart"),
    };

    public IReadOnlyList<string> Examples { get; } = new[]
    {
        "schedule samples/schedule-calendar.json",
        "schedule samples/schedule-primavera.xer --svg gantt.svg",
        "schedule samples/schedule-msproject.xml --json",
    };

    public string Summary => "Critical-path schedule: early/late dates, total and free float, critical path (docs/formats.md).";

    public int Execute(CommandArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        bool json = arguments.Has("json");
        string? svg = arguments.Value("svg");
        string file = arguments.RequiredFile(Name);
        arguments.RejectUnknownOptions(Name);
        ScheduleInput input = Load(file);

        if (input.CalendarOptions is { } calendarOptions)
        {
            Schedule<LocalDateTime> schedule = CriticalPathScheduler.Schedule(input.Network, calendarOptions);
            var amounts = new WorkingTimeText(calendarOptions.EffectiveTimeUnit, calendarOptions.Calendar.StandardDay);
            Write(schedule, input, stdout, json, Format, amounts.Format, amounts.Legend);
            if (svg is not null)
            {
                SvgFile.Write(svg, GanttChart.Render(schedule, null, calendarOptions.StatusDate?.Date));
            }
        }
        else
        {
            Schedule<double> schedule = CriticalPathScheduler.Schedule(input.Network, input.Options);
            Write(schedule, input, stdout, json, t => t, Number, "durations, dates and floats in the file's time units");
            if (svg is not null)
            {
                SvgFile.Write(svg, GanttChart.Render(schedule, null, input.Options.StatusDate?.Units));
            }
        }

        return Program.Success;
    }

    /// <summary>Reads a schedule by extension: .xml is MS Project XML (MSPDI), .xer is Primavera P6 XER, anything else the JSON format.</summary>
    internal static ScheduleInput Load(string file)
    {
        string extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension is ".xml" or ".xer")
        {
            using var stream = new MemoryStream(InputFile.ReadAllBytes(file), writable: false);
            ImportedSchedule imported = extension == ".xml" ? MspdiReader.Read(stream, file) : XerReader.Read(stream, file);
            CalendarScheduleOptions options = imported.CreateOptions();
            return new ScheduleInput(imported.Network, options, options, 0) { Imported = imported };
        }

        ScheduleRequest request = JsonInput.Read<ScheduleRequest>(file);
        return new ScheduleInput(request.Network, request.Options, request.CalendarOptions, request.NearCriticalThreshold);
    }

    private static string Format(LocalDateTime t) => DatePattern.Format(t);

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Writes the schedule as JSON, or as a table with dates by <paramref name="time"/> and durations and floats by <paramref name="amount"/>.</summary>
    internal static void Write<TTime>(Schedule<TTime> schedule, ScheduleInput input, TextWriter output, bool json, Func<TTime, object> time,
        Func<double, string> amount, string units)
        where TTime : struct
    {
        if (json)
        {
            output.WriteLine(ToJson(schedule, input));
            return;
        }

        var rows = new List<string[]>
        {
            new[] { "id", "name", "dur", "early start", "early finish", "late start", "late finish", "TF", "FF", "crit", "driver" },
        };
        foreach (ActivitySchedule<TTime> a in schedule.Activities)
        {
            rows.Add(new[]
            {
                a.Id, a.Activity.Name ?? string.Empty, amount(a.Activity.Duration), Text(time(a.EarlyStart)), Text(time(a.EarlyFinish)),
                Text(time(a.LateStart)), Text(time(a.LateFinish)), amount(TotalFloat(a, input)), amount(a.FreeFloat), a.Critical ? "*" : string.Empty,
                a.DrivingPredecessorId ?? string.Empty,
            });
        }

        Table.Write(output, rows);
        output.WriteLine($"({units})");
        output.WriteLine();
        output.WriteLine($"Project start:  {Text(time(schedule.ProjectStart))}");
        output.WriteLine($"Project finish: {Text(time(schedule.ProjectFinish))}");
        if (schedule.CriticalPaths.Count == 0)
        {
            output.WriteLine("Critical path:  none (every activity has positive total float)");
        }

        foreach (IReadOnlyList<string> path in schedule.CriticalPaths)
        {
            output.WriteLine("Critical path:  " + string.Join(" -> ", path));
        }

        if (schedule.CriticalPathsTruncated)
        {
            output.WriteLine("(more critical paths not listed)");
        }

        if (input.NearCriticalThreshold > 0)
        {
            output.WriteLine($"Near-critical (float ≤ {amount(input.NearCriticalThreshold)}): " +
                string.Join(", ", schedule.NearCritical(input.NearCriticalThreshold).Where(a => !a.Critical).Select(a => $"{a.Id} ({amount(a.TotalFloat)})")));
        }

        foreach (WbsSummary<TTime> w in schedule.WbsSummaries)
        {
            output.WriteLine($"WBS {w.Id}{(w.Element.Name is null ? string.Empty : " " + w.Element.Name)}: {w.ActivityCount} activities, " +
                $"{Text(time(w.EarlyStart))} – {Text(time(w.EarlyFinish))}, float {amount(w.TotalFloat)}{(w.Critical ? ", critical" : string.Empty)}");
        }
    }

    /// <summary>The engine's total float, or for an imported schedule file the float type the file asks for.</summary>
    private static double TotalFloat<TTime>(ActivitySchedule<TTime> activity, ScheduleInput input)
        where TTime : struct =>
        activity is ActivitySchedule<LocalDateTime> dated && input.Imported is { } imported ? imported.TotalFloatAsFile(dated) : activity.TotalFloat;

    private static string Text(object value) => value switch
    {
        double d => Number(d),
        string s => s,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string ToJson<TTime>(Schedule<TTime> schedule, ScheduleInput input)
        where TTime : struct
    {
        ScheduleReport report = schedule switch
        {
            Schedule<LocalDateTime> dated => ScheduleReport.FromSchedule(dated, input.NearCriticalThreshold, a => TotalFloat(a, input)),
            Schedule<double> plain => ScheduleReport.FromSchedule(plain, input.NearCriticalThreshold),
            _ => throw new InvalidOperationException($"Unexpected schedule time type {typeof(TTime).Name}."),
        };
        return ProjectDeliveryJson.Serialize(report, indented: true);
    }
}
