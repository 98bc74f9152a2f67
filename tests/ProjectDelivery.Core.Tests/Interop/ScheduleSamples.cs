using System;
using System.IO;
using System.Linq;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Interop;
using ProjectDelivery.Interop.MsProject;
using ProjectDelivery.Interop.Primavera;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Tests.Interop;

/// <summary>The real sample files under TestData/schedules and the agreement count used by docs/interop.md.</summary>
internal static class ScheduleSamples
{
    public const string Relations = "mpxj_mspdirelations.xml";
    public const string Legacy = "mpxj_legacy_sample.xml";
    public const string Durations = "mpxj_mspdiduration.xml";
    public const string PercentComplete = "mpxj_percent-complete-8.4.xer";

    public const string Assignments2019 = "mpxj_assignment-assignments-project2019-mspdi.xml";
    public const string TaskCosts2019 = "mpxj_task-costs-project2019-mspdi.xml";
    public const string ResourceTypes2016 = "mpxj_resource-type-project2016-mspdi.xml";

    /// <summary>Hand-written files in the layouts of other writers (TestData/schedules/field/README.md).</summary>
    public const string P6FieldLayout = "field/p6-23-field-layout.xer";
    public const string ProjectLibreStyle = "field/projectlibre-style.xml";
    public const string GanttProjectStyle = "field/ganttproject-style.xml";
    public const string ProjectOnlineStyle = "field/projectonline-style.xml";

    /// <summary>The four older samples (fuzzed and round-tripped byte for byte).</summary>
    public static string[] All { get; } = { Relations, Legacy, Durations, PercentComplete };

    /// <summary>Every file saved by MS Project or P6 (the copies of /work/shared/data/schedules).</summary>
    public static string[] Real { get; } = { Relations, Legacy, Durations, PercentComplete, Assignments2019, TaskCosts2019, ResourceTypes2016 };

    /// <summary>The hand-written files in other writers' layouts.</summary>
    public static string[] Field { get; } = { P6FieldLayout, ProjectLibreStyle, GanttProjectStyle, ProjectOnlineStyle };

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "schedules", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static ImportedSchedule Read(string name) => Read(name, Bytes(name));

    public static ImportedSchedule Read(string name, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return name.EndsWith(".xer", StringComparison.Ordinal) ? XerReader.Read(stream, name) : MspdiReader.Read(stream, name);
    }

    /// <summary>Counts of stored values that agree / differ with the engine's schedule.</summary>
    public sealed record Agreement(int EarlyStartEqual, int EarlyStartDiffer, int EarlyFinishEqual, int EarlyFinishDiffer, int FloatEqual, int FloatDiffer, string Differences);

    public static Agreement Compare(ImportedSchedule project)
    {
        Schedule<LocalDateTime> schedule = project.Schedule();
        int esEq = 0, esNe = 0, efEq = 0, efNe = 0, tfEq = 0, tfNe = 0;
        var differences = new System.Text.StringBuilder();
        foreach (ImportedTask task in project.Tasks)
        {
            ActivitySchedule<LocalDateTime> s = schedule[task.Id];
            WorkingCalendar calendar = s.Activity.Calendar ?? project.Calendar;
            if (task.StoredEarlyStart is { } es)
            {
                bool same = SameWorkingMoment(calendar, es, s.EarlyStart);
                esEq += same ? 1 : 0;
                esNe += same ? 0 : 1;
                if (!same)
                {
                    differences.Append($"{task.Id} ES {s.EarlyStart} vs {es}; ");
                }
            }

            if (task.StoredEarlyFinish is { } ef)
            {
                bool same = SameWorkingMoment(calendar, ef, s.EarlyFinish);
                efEq += same ? 1 : 0;
                efNe += same ? 0 : 1;
                if (!same)
                {
                    differences.Append($"{task.Id} EF {s.EarlyFinish} vs {ef}; ");
                }
            }

            if (task.StoredTotalFloat is { } tf)
            {
                bool same = Math.Abs(tf - s.TotalFloat) < 1e-6;
                tfEq += same ? 1 : 0;
                tfNe += same ? 0 : 1;
                if (!same)
                {
                    differences.Append($"{task.Id} TF {s.TotalFloat} vs {tf}; ");
                }
            }
        }

        return new Agreement(esEq, esNe, efEq, efNe, tfEq, tfNe, differences.ToString());
    }

    /// <summary>Two moments are the same point of working time when no working time lies between them (17:00 and 08:00 next working day).</summary>
    public static bool SameWorkingMoment(WorkingCalendar calendar, LocalDateTime a, LocalDateTime b) =>
        a == b || calendar.WorkingTimeBetween(a < b ? a : b, a < b ? b : a) == Duration.Zero;
}
