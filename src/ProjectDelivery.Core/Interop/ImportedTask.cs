using NodaTime;

namespace ProjectDelivery.Interop;

/// <summary>
/// What a schedule file says about one activity beyond the network itself: the tool's own computed dates and
/// floats (for comparison with this library's engine), deadline, percent complete and baseline.
/// </summary>
/// <remarks>Floats are in the imported schedule's <see cref="ImportedSchedule.TimeUnit"/> of working time on the activity's calendar.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ProjectDelivery.Serialization.Interop.ImportedTaskJsonConverter))]
public sealed record ImportedTask
{
    /// <summary>Creates the record for the activity with the given id.</summary>
    /// <param name="id">The activity id (MSPDI task UID, XER task_code).</param>
    public ImportedTask(string id)
    {
        Id = Utility.Preconditions.CheckNotNull(id, nameof(id));
    }

    /// <summary>Gets the activity id (MSPDI task UID, XER task_code).</summary>
    public string Id { get; }

    /// <summary>Gets the outline number or WBS code shown by the tool (e.g. "1.2.3"), if any.</summary>
    public string? OutlineNumber { get; init; }

    /// <summary>Gets the id of the activity calendar in the file, or null when the project calendar applies.</summary>
    public string? CalendarId { get; init; }

    /// <summary>Gets a value indicating whether the duration is elapsed time (MS Project e-units), scheduled on a 24×7 calendar.</summary>
    public bool ElapsedDuration { get; init; }

    /// <summary>Gets the task deadline (MS Project <c>Deadline</c>), if any. It is kept here and not applied to the network.</summary>
    public LocalDateTime? Deadline { get; init; }

    /// <summary>Gets the percent complete stored in the file (0..100), if any.</summary>
    public double? PercentComplete { get; init; }

    /// <summary>Gets the early start stored in the file, if any.</summary>
    public LocalDateTime? StoredEarlyStart { get; init; }

    /// <summary>Gets the early finish stored in the file, if any.</summary>
    public LocalDateTime? StoredEarlyFinish { get; init; }

    /// <summary>Gets the late start stored in the file, if any.</summary>
    public LocalDateTime? StoredLateStart { get; init; }

    /// <summary>Gets the late finish stored in the file, if any.</summary>
    public LocalDateTime? StoredLateFinish { get; init; }

    /// <summary>Gets the total float stored in the file, in time units, if any.</summary>
    public double? StoredTotalFloat { get; init; }

    /// <summary>Gets the free float stored in the file, in time units, if any.</summary>
    public double? StoredFreeFloat { get; init; }

    /// <summary>Gets the baseline start (MSPDI baseline 0, XER target start), if any.</summary>
    public LocalDateTime? BaselineStart { get; init; }

    /// <summary>Gets the baseline finish (MSPDI baseline 0, XER target end), if any.</summary>
    public LocalDateTime? BaselineFinish { get; init; }

    /// <summary>Gets the baseline duration in time units, if any.</summary>
    public double? BaselineDuration { get; init; }

    /// <summary>Gets the baseline cost (budget at completion of the task), if any.</summary>
    public decimal? BaselineCost { get; init; }
}
