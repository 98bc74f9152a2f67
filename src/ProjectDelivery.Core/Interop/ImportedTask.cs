using NodaTime;

namespace ProjectDelivery.Interop;

/// <summary>
/// What a schedule file says about one activity beyond the network itself: the tool's own computed dates and
/// floats (for comparison with this library's engine), deadline, percent complete and baseline.
/// </summary>
/// <remarks>Floats are in the imported schedule's <see cref="ImportedSchedule.TimeUnit"/> of working time on the activity's calendar.</remarks>
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

    /// <summary>A copy with <see cref="OutlineNumber"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="outlineNumber">The new value (see <see cref="OutlineNumber"/>).</param>
    /// <returns>A new record; this one is unchanged.</returns>
    public ImportedTask WithOutlineNumber(string? outlineNumber) => this with { OutlineNumber = outlineNumber };

    /// <summary>A copy with <see cref="CalendarId"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="calendarId">The new value (see <see cref="CalendarId"/>).</param>
    /// <returns>A new record; this one is unchanged.</returns>
    public ImportedTask WithCalendarId(string? calendarId) => this with { CalendarId = calendarId };

    /// <summary>A copy with <see cref="ElapsedDuration"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="elapsedDuration">The new value (see <see cref="ElapsedDuration"/>).</param>
    /// <returns>A new record; this one is unchanged.</returns>
    public ImportedTask WithElapsedDuration(bool elapsedDuration) => this with { ElapsedDuration = elapsedDuration };

    /// <summary>A copy with <see cref="Deadline"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="deadline">The new value (see <see cref="Deadline"/>).</param>
    /// <returns>A new record; this one is unchanged.</returns>
    public ImportedTask WithDeadline(LocalDateTime? deadline) => this with { Deadline = deadline };

    /// <summary>A copy with <see cref="PercentComplete"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="percentComplete">The new value (see <see cref="PercentComplete"/>).</param>
    /// <returns>A new record; this one is unchanged.</returns>
    public ImportedTask WithPercentComplete(double? percentComplete) => this with { PercentComplete = percentComplete };

    /// <summary>A copy with <see cref="StoredEarlyStart"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="storedEarlyStart">The new value (see <see cref="StoredEarlyStart"/>).</param>
    /// <returns>A new record; this one is unchanged.</returns>
    public ImportedTask WithStoredEarlyStart(LocalDateTime? storedEarlyStart) => this with { StoredEarlyStart = storedEarlyStart };

    /// <summary>A copy with <see cref="StoredEarlyFinish"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="storedEarlyFinish">The new value (see <see cref="StoredEarlyFinish"/>).</param>
    /// <returns>A new record; this one is unchanged.</returns>
    public ImportedTask WithStoredEarlyFinish(LocalDateTime? storedEarlyFinish) => this with { StoredEarlyFinish = storedEarlyFinish };

    /// <summary>A copy with <see cref="StoredLateStart"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="storedLateStart">The new value (see <see cref="StoredLateStart"/>).</param>
    /// <returns>A new record; this one is unchanged.</returns>
    public ImportedTask WithStoredLateStart(LocalDateTime? storedLateStart) => this with { StoredLateStart = storedLateStart };

    /// <summary>A copy with <see cref="StoredLateFinish"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="storedLateFinish">The new value (see <see cref="StoredLateFinish"/>).</param>
    /// <returns>A new record; this one is unchanged.</returns>
    public ImportedTask WithStoredLateFinish(LocalDateTime? storedLateFinish) => this with { StoredLateFinish = storedLateFinish };

    /// <summary>A copy with <see cref="StoredTotalFloat"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="storedTotalFloat">The new value (see <see cref="StoredTotalFloat"/>).</param>
    /// <returns>A new record; this one is unchanged.</returns>
    public ImportedTask WithStoredTotalFloat(double? storedTotalFloat) => this with { StoredTotalFloat = storedTotalFloat };

    /// <summary>A copy with <see cref="StoredFreeFloat"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="storedFreeFloat">The new value (see <see cref="StoredFreeFloat"/>).</param>
    /// <returns>A new record; this one is unchanged.</returns>
    public ImportedTask WithStoredFreeFloat(double? storedFreeFloat) => this with { StoredFreeFloat = storedFreeFloat };

    /// <summary>A copy with <see cref="BaselineStart"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="baselineStart">The new value (see <see cref="BaselineStart"/>).</param>
    /// <returns>A new record; this one is unchanged.</returns>
    public ImportedTask WithBaselineStart(LocalDateTime? baselineStart) => this with { BaselineStart = baselineStart };

    /// <summary>A copy with <see cref="BaselineFinish"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="baselineFinish">The new value (see <see cref="BaselineFinish"/>).</param>
    /// <returns>A new record; this one is unchanged.</returns>
    public ImportedTask WithBaselineFinish(LocalDateTime? baselineFinish) => this with { BaselineFinish = baselineFinish };

    /// <summary>A copy with <see cref="BaselineDuration"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="baselineDuration">The new value (see <see cref="BaselineDuration"/>).</param>
    /// <returns>A new record; this one is unchanged.</returns>
    public ImportedTask WithBaselineDuration(double? baselineDuration) => this with { BaselineDuration = baselineDuration };

    /// <summary>A copy with <see cref="BaselineCost"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="baselineCost">The new value (see <see cref="BaselineCost"/>).</param>
    /// <returns>A new record; this one is unchanged.</returns>
    public ImportedTask WithBaselineCost(decimal? baselineCost) => this with { BaselineCost = baselineCost };
}
