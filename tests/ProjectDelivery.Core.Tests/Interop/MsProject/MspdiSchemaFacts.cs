using System.Collections.Generic;

namespace ProjectDelivery.Tests.Interop.MsProject;

/// <summary>
/// Facts of Microsoft's MSPDI schema (mspdi_pj12.xsd, "Microsoft Office Project 2007 XML Data Interchange Schema") that
/// the MSPDI writer must respect: the xs:sequence order of the children of every element the writer emits, the
/// children that are required (minOccurs 1), and the enumerated codes.
/// </summary>
/// <remarks>
/// Sources (facts restated, not copied): the content models ("Regular expression: (…)") and element annotations in the
/// LinqToXsd code generated from mspdi_pj12.xsd, repository mamift/LinqToXsdCore, file
/// "GeneratedSchemaLibraries/Microsoft Project 2007/mspdi_pj12.xsd-g.cs" (Project, Calendar, WeekDay, Exception, Task,
/// Resource and Assignment sequences, PredecessorLink, task ExtendedAttribute and task Baseline; DayType, resource Type,
/// link Type, LagFormat, DurationFormat and ConstraintType codes); Microsoft's MSPDI element reference
/// (learn.microsoft.com, "PredecessorLink element", "XML Schema for the Tasks Element", Project 2007 SDK) for
/// TimePeriod, WorkingTime, the project-level ExtendedAttribute, the assignment Baseline and the exception Type codes. Assignment is listed up to Baseline (the enterprise f404… fields and TimephasedData
/// that follow cannot come from the writer, so they are reported as unknown).
/// </remarks>
internal static class MspdiSchemaFacts
{
    /// <summary>The namespace MS Project writes and reads (the pj12 XSD itself targets ".../project/2007"; MS Project accepts the unversioned one and writes it).</summary>
    public const string Namespace = "http://schemas.microsoft.com/project";

    /// <summary>Children of the root element in sequence order.</summary>
    public static readonly string[] Project =
    {
        "SaveVersion", "UID", "Name", "Title", "Subject", "Category", "Company", "Manager", "Author", "CreationDate", "Revision",
        "LastSaved", "ScheduleFromStart", "StartDate", "FinishDate", "FYStartDate", "CriticalSlackLimit", "CurrencyDigits",
        "CurrencySymbol", "CurrencyCode", "CurrencySymbolPosition", "CalendarUID", "DefaultStartTime", "DefaultFinishTime",
        "MinutesPerDay", "MinutesPerWeek", "DaysPerMonth", "DefaultTaskType", "DefaultFixedCostAccrual", "DefaultStandardRate",
        "DefaultOvertimeRate", "DurationFormat", "WorkFormat", "EditableActualCosts", "HonorConstraints", "EarnedValueMethod",
        "InsertedProjectsLikeSummary", "MultipleCriticalPaths", "NewTasksEffortDriven", "NewTasksEstimated", "SplitsInProgressTasks",
        "SpreadActualCost", "SpreadPercentComplete", "TaskUpdatesResource", "FiscalYearStart", "WeekStartDay", "MoveCompletedEndsBack",
        "MoveRemainingStartsBack", "MoveRemainingStartsForward", "MoveCompletedEndsForward", "BaselineForEarnedValue",
        "AutoAddNewResourcesAndTasks", "StatusDate", "CurrentDate", "MicrosoftProjectServerURL", "Autolink", "NewTaskStartDate",
        "DefaultTaskEVMethod", "ProjectExternallyEdited", "ExtendedCreationDate", "ActualsInSync", "RemoveFileProperties",
        "AdminProject", "OutlineCodes", "WBSMasks", "ExtendedAttributes", "Calendars", "Tasks", "Resources", "Assignments",
    };

    /// <summary>Project-level ExtendedAttribute (custom field definition).</summary>
    public static readonly string[] FieldDefinition =
    {
        "FieldID", "FieldName", "CFType", "Guid", "ElemType", "MaxMultiValues", "UserDef", "Alias", "SecondaryPID", "AutoRollDown",
        "DefaultGuid", "Ltuid", "PhoneticAlias", "RollupType", "CalculationType", "Formula", "RestrictValues", "ValuelistSortOrder",
        "AppendNewValues", "Default", "ValueList",
    };

    public static readonly string[] Calendar = { "UID", "Name", "IsBaseCalendar", "BaseCalendarUID", "WeekDays", "Exceptions", "WorkWeeks" };

    public static readonly string[] WeekDay = { "DayType", "DayWorking", "TimePeriod", "WorkingTimes" };

    public static readonly string[] TimePeriod = { "FromDate", "ToDate" };

    public static readonly string[] WorkingTime = { "FromTime", "ToTime" };

    /// <summary>Calendar exception (pj12 and later).</summary>
    public static readonly string[] Exception =
    {
        "EnteredByOccurrences", "TimePeriod", "Occurrences", "Name", "Type", "Period", "DaysOfWeek", "MonthItem", "MonthPosition",
        "Month", "MonthDay", "DayWorking", "WorkingTimes",
    };

    public static readonly string[] Task =
    {
        "UID", "ID", "Name", "Type", "IsNull", "CreateDate", "Contact", "WBS", "WBSLevel", "OutlineNumber", "OutlineLevel", "Priority",
        "Start", "Finish", "Duration", "DurationFormat", "Work", "Stop", "Resume", "ResumeValid", "EffortDriven", "Recurring",
        "OverAllocated", "Estimated", "Milestone", "Summary", "Critical", "IsSubproject", "IsSubprojectReadOnly", "SubprojectName",
        "ExternalTask", "ExternalTaskProject", "EarlyStart", "EarlyFinish", "LateStart", "LateFinish", "StartVariance",
        "FinishVariance", "WorkVariance", "FreeSlack", "TotalSlack", "FixedCost", "FixedCostAccrual", "PercentComplete",
        "PercentWorkComplete", "Cost", "OvertimeCost", "OvertimeWork", "ActualStart", "ActualFinish", "ActualDuration", "ActualCost",
        "ActualOvertimeCost", "ActualWork", "ActualOvertimeWork", "RegularWork", "RemainingDuration", "RemainingCost", "RemainingWork",
        "RemainingOvertimeCost", "RemainingOvertimeWork", "ACWP", "CV", "ConstraintType", "CalendarUID", "ConstraintDate", "Deadline",
        "LevelAssignments", "LevelingCanSplit", "LevelingDelay", "LevelingDelayFormat", "PreLeveledStart", "PreLeveledFinish",
        "Hyperlink", "HyperlinkAddress", "HyperlinkSubAddress", "IgnoreResourceCalendar", "Notes", "HideBar", "Rollup", "BCWS", "BCWP",
        "PhysicalPercentComplete", "EarnedValueMethod", "PredecessorLink", "ActualWorkProtected", "ActualOvertimeWorkProtected",
        "ExtendedAttribute", "Baseline", "OutlineCode", "IsPublished", "StatusManager", "CommitmentStart", "CommitmentFinish",
        "CommitmentType", "TimephasedData",
    };

    public static readonly string[] PredecessorLink = { "PredecessorUID", "Type", "CrossProject", "CrossProjectName", "LinkLag", "LagFormat" };

    /// <summary>ExtendedAttribute value inside a Task, Resource or Assignment.</summary>
    public static readonly string[] FieldValue = { "FieldID", "Value", "ValueGUID", "DurationFormat" };

    public static readonly string[] TaskBaseline =
    {
        "TimephasedData", "Number", "Interim", "Start", "Finish", "Duration", "DurationFormat", "EstimatedDuration", "Work", "Cost", "BCWS", "BCWP",
        "FixedCost",
    };

    public static readonly string[] AssignmentBaseline = { "TimephasedData", "Number", "Start", "Finish", "Work", "Cost", "BCWS", "BCWP" };

    public static readonly string[] Resource =
    {
        "UID", "ID", "Name", "Type", "IsNull", "Initials", "Phonetics", "NTAccount", "MaterialLabel", "Code", "Group", "WorkGroup",
        "EmailAddress", "Hyperlink", "HyperlinkAddress", "HyperlinkSubAddress", "MaxUnits", "PeakUnits", "OverAllocated",
        "AvailableFrom", "AvailableTo", "Start", "Finish", "CanLevel", "AccrueAt", "Work", "RegularWork", "OvertimeWork", "ActualWork",
        "RemainingWork", "ActualOvertimeWork", "RemainingOvertimeWork", "PercentWorkComplete", "StandardRate", "StandardRateFormat",
        "Cost", "OvertimeRate", "OvertimeRateFormat", "OvertimeCost", "CostPerUse", "ActualCost", "ActualOvertimeCost", "RemainingCost",
        "RemainingOvertimeCost", "WorkVariance", "CostVariance", "SV", "CV", "ACWP", "CalendarUID", "Notes", "BCWS", "BCWP", "IsGeneric",
        "IsInactive", "IsEnterprise", "BookingType", "ActualWorkProtected", "ActualOvertimeWorkProtected", "ActiveDirectoryGUID",
        "CreationDate", "ExtendedAttribute", "Baseline", "OutlineCode", "IsCostResource", "AssnOwner", "AssnOwnerGuid", "IsBudget",
        "AvailabilityPeriods", "Rates", "TimephasedData",
    };

    /// <summary>Assignment sequence up to Baseline (the f404… enterprise fields and TimephasedData follow).</summary>
    public static readonly string[] Assignment =
    {
        "UID", "TaskUID", "ResourceUID", "PercentWorkComplete", "ActualCost", "ActualFinish", "ActualOvertimeCost", "ActualOvertimeWork",
        "ActualStart", "ActualWork", "ACWP", "Confirmed", "Cost", "CostRateTable", "CostVariance", "CV", "Delay", "Finish",
        "FinishVariance", "Hyperlink", "HyperlinkAddress", "HyperlinkSubAddress", "WorkVariance", "HasFixedRateUnits", "FixedMaterial",
        "LevelingDelay", "LevelingDelayFormat", "LinkedFields", "Milestone", "Notes", "Overallocated", "OvertimeCost", "OvertimeWork",
        "PeakUnits", "RegularWork", "RemainingCost", "RemainingOvertimeCost", "RemainingOvertimeWork", "RemainingWork", "ResponsePending",
        "Start", "Stop", "Resume", "StartVariance", "Summary", "SV", "Units", "UpdateNeeded", "VAC", "Work", "WorkContour", "BCWS", "BCWP",
        "BookingType", "ActualWorkProtected", "ActualOvertimeWorkProtected", "CreationDate", "AssnOwner", "AssnOwnerGuid", "BudgetCost",
        "BudgetWork", "ExtendedAttribute", "Baseline",
    };

    /// <summary>Sequences by "Parent/Element" (the parent disambiguates ExtendedAttribute, Baseline, TimePeriod, Type, …).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Sequences = new Dictionary<string, string[]>
    {
        ["/Project"] = Project,
        ["Project/ExtendedAttributes"] = new[] { "ExtendedAttribute" },
        ["ExtendedAttributes/ExtendedAttribute"] = FieldDefinition,
        ["Project/Calendars"] = new[] { "Calendar" },
        ["Calendars/Calendar"] = Calendar,
        ["Calendar/WeekDays"] = new[] { "WeekDay" },
        ["WeekDays/WeekDay"] = WeekDay,
        ["WeekDay/TimePeriod"] = TimePeriod,
        ["WeekDay/WorkingTimes"] = new[] { "WorkingTime" },
        ["WorkingTimes/WorkingTime"] = WorkingTime,
        ["Calendar/Exceptions"] = new[] { "Exception" },
        ["Exceptions/Exception"] = Exception,
        ["Exception/TimePeriod"] = TimePeriod,
        ["Exception/WorkingTimes"] = new[] { "WorkingTime" },
        ["Project/Tasks"] = new[] { "Task" },
        ["Tasks/Task"] = Task,
        ["Task/PredecessorLink"] = PredecessorLink,
        ["Task/ExtendedAttribute"] = FieldValue,
        ["Task/Baseline"] = TaskBaseline,
        ["Project/Resources"] = new[] { "Resource" },
        ["Resources/Resource"] = Resource,
        ["Resource/ExtendedAttribute"] = FieldValue,
        ["Project/Assignments"] = new[] { "Assignment" },
        ["Assignments/Assignment"] = Assignment,
        ["Assignment/ExtendedAttribute"] = FieldValue,
        ["Assignment/Baseline"] = AssignmentBaseline,
    };

    /// <summary>Children with minOccurs 1 (no "?" in the content model).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Required = new Dictionary<string, string[]>
    {
        ["/Project"] = new[] { "SaveVersion", "CurrencyCode" },
        ["Calendars/Calendar"] = new[] { "UID" },
        ["WeekDays/WeekDay"] = new[] { "DayType" },
        ["Tasks/Task"] = new[] { "UID" },
        ["Resources/Resource"] = new[] { "UID" },
        ["Assignments/Assignment"] = new[] { "UID" },
    };

    /// <summary>Duration/lag format codes: m, em, h, eh, d, ed, w, ew, mo, emo, %, e%, their "estimated" forms (+32) and 21 (null duration, DurationFormat only).</summary>
    public static readonly int[] DurationFormats = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 19, 20, 21, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 51, 52, 53 };

    public static readonly int[] LagFormats = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 19, 20, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 51, 52 };

    /// <summary>PredecessorLink Type: 0 FF, 1 FS, 2 SF, 3 SS.</summary>
    public static readonly int[] LinkTypes = { 0, 1, 2, 3 };

    /// <summary>Task ConstraintType: 0 ASAP, 1 ALAP, 2 MSO, 3 MFO, 4 SNET, 5 SNLT, 6 FNET, 7 FNLT.</summary>
    public static readonly int[] ConstraintTypes = { 0, 1, 2, 3, 4, 5, 6, 7 };

    /// <summary>WeekDay DayType: 0 exception, 1 Sunday … 7 Saturday.</summary>
    public static readonly int[] DayTypes = { 0, 1, 2, 3, 4, 5, 6, 7 };

    /// <summary>Resource Type in pj12: 0 material, 1 work (a cost resource is flagged by IsCostResource; Type 2 = cost came with later schemas).</summary>
    public static readonly int[] ResourceTypes = { 0, 1 };

    /// <summary>Exception Type (recurrence): 1 daily, 2 yearly by month day, 3 yearly by position, 4 monthly by month day, 5 monthly by position, 6 weekly, 7 by day count, 8 by weekday count.</summary>
    public static readonly int[] ExceptionTypes = { 1, 2, 3, 4, 5, 6, 7, 8 };

    /// <summary>At most five WorkingTime elements per WeekDay or Exception (WorkingTimes annotation: "there can be no more than five").</summary>
    public const int MaxWorkingTimes = 5;

    /// <summary>The ResourceUID MS Project uses for an assignment without a resource.</summary>
    public const int UnassignedResourceUid = -65535;
}
