using ProjectDelivery.Interop;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Cli.Commands;

/// <summary>A project to schedule: from the JSON format (the library's <see cref="ScheduleRequest"/>) or an imported MSPDI/XER file.</summary>
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
    public ImportedSchedule? Imported { get; init; }
}
