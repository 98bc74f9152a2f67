namespace ProjectDelivery.Interop;

/// <summary>A resource read from a schedule file (MSPDI <c>Resource</c>, XER <c>RSRC</c>).</summary>
/// <param name="Id">The resource id (MSPDI UID, XER rsrc_id).</param>
/// <param name="Name">The resource name.</param>
/// <param name="Kind">Labour, material or cost (MSPDI Type 1, 0, 2; XER RT_Labor, RT_Mat, RT_Equip is labour).</param>
/// <param name="StandardRate">The cost per hour of work (per unit for material), or null when the file gives none.</param>
public sealed record ImportedResource(string Id, string? Name, ResourceKind Kind, decimal? StandardRate);

/// <summary>Kind of resource.</summary>
public enum ResourceKind
{
    /// <summary>People or equipment whose work is measured in time.</summary>
    Work = 0,

    /// <summary>Consumables measured in units.</summary>
    Material = 1,

    /// <summary>A cost item with no work.</summary>
    Cost = 2,
}

/// <summary>
/// A resource assignment read from a schedule file (MSPDI <c>Assignment</c>, XER <c>TASKRSRC</c>) with the costs
/// earned value needs.
/// </summary>
/// <param name="ActivityId">The activity id the assignment belongs to.</param>
/// <param name="ResourceId">The resource id.</param>
/// <param name="Units">Assignment units (1 = 100 %).</param>
/// <param name="PlannedWork">Planned (at completion) work in hours, or null.</param>
/// <param name="PlannedCost">Planned (at completion) cost, or null.</param>
/// <param name="ActualCost">Actual cost to date, or null.</param>
/// <param name="RemainingCost">Remaining cost, or null.</param>
/// <param name="BaselineCost">Baseline cost (MSPDI baseline 0, XER target cost), or null.</param>
public sealed record ImportedAssignment(
    string ActivityId,
    string ResourceId,
    double Units,
    double? PlannedWork,
    decimal? PlannedCost,
    decimal? ActualCost,
    decimal? RemainingCost,
    decimal? BaselineCost);
