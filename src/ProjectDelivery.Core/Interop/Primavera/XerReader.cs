using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Utility;
using XerRecord = ProjectDelivery.Interop.Primavera.XerTable.XerRecord;

namespace ProjectDelivery.Interop.Primavera;

/// <summary>
/// Reads an Oracle Primavera P6 XER export into an <see cref="ImportedSchedule"/>: PROJECT (data date, scheduling
/// options), SCHEDOPTIONS, CALENDAR (work weeks and exceptions from <c>clndr_data</c>), PROJWBS (WBS elements),
/// TASK (activities, constraints, progress, stored early/late dates and floats), TASKPRED (links and lags),
/// RSRC, RSRCRATE and TASKRSRC (resources and assignments with costs).
/// </summary>
/// <remarks>
/// Activity ids are <c>task_code</c>s; time unit one hour of working time (P6 stores hours). Only the first project
/// of a multi-project file is read. Every problem raises <see cref="ScheduleFileException"/> naming the line,
/// table and field. Mapping details are in docs/interop.md.
/// </remarks>
public static class XerReader
{
    private static readonly Duration Hour = Duration.FromHours(1);
    private static readonly LocalDate ExcelEpoch = new(1899, 12, 30);

    /// <summary>Reads an XER file from a stream (P6 writes Windows-1252; it is decoded as Latin-1, or UTF-8 when it has a byte-order mark).</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="sourceName">The file name (or other description) used in error messages.</param>
    /// <returns>The imported project.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ScheduleFileException">The file is malformed or inconsistent.</exception>
    public static ImportedSchedule Read(Stream stream, string sourceName)
    {
        Preconditions.CheckNotNull(stream, nameof(stream));
        using var reader = new StreamReader(stream, Encoding.GetEncoding(28591), true, 4096, leaveOpen: true);
        return Read(reader, sourceName);
    }

    /// <summary>Reads an XER file from a text reader.</summary>
    /// <param name="reader">The reader; it is not closed.</param>
    /// <param name="sourceName">The file name (or other description) used in error messages.</param>
    /// <returns>The imported project.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ScheduleFileException">The file is malformed or inconsistent.</exception>
    public static ImportedSchedule Read(TextReader reader, string sourceName)
    {
        Preconditions.CheckNotNull(reader, nameof(reader));
        Preconditions.CheckNotNull(sourceName, nameof(sourceName));
        Dictionary<string, XerTable> tables = XerTable.ReadAll(reader, sourceName);
        return new Parser(tables, sourceName).Parse();
    }

    private sealed class Parser
    {
        private readonly Dictionary<string, XerTable> _tables;
        private readonly string _source;

        public Parser(Dictionary<string, XerTable> tables, string source)
        {
            _tables = tables;
            _source = source;
        }

        private XerTable Table(string name) =>
            _tables.TryGetValue(name, out XerTable? table) ? table : throw new ScheduleFileException(_source, 0, name, $"required table {name} is missing.");

        private IEnumerable<XerRecord> Rows(string name) =>
            _tables.TryGetValue(name, out XerTable? table) ? table.Records : Enumerable.Empty<XerRecord>();

        /// <summary>Record ids that other records refer to must be unique within their table.</summary>
        private void CheckUniqueIds()
        {
            foreach ((string table, string field) in new[] { ("PROJECT", "proj_id"), ("TASKPRED", "task_pred_id"), ("TASKRSRC", "taskrsrc_id"), ("SCHEDOPTIONS", "schedoptions_id") })
            {
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (XerRecord r in Rows(table))
                {
                    if (r.Text(field) is not { } id)
                    {
                        continue;
                    }

                    if (seen.TryGetValue(id, out int first))
                    {
                        throw r.Error(field, $"{field} {ScheduleFileException.Quote(id, 30)} is listed twice in {table} (first on line {first}); each record needs its own id.");
                    }

                    seen.Add(id, r.Line);
                }
            }
        }

        public ImportedSchedule Parse()
        {
            CheckUniqueIds();
            XerTable projects = Table("PROJECT");
            XerRecord project = projects.Records.FirstOrDefault() ?? throw new ScheduleFileException(_source, projects.Line, "PROJECT", "the PROJECT table has no record.");
            string projectId = project.Required("proj_id");
            XerRecord options = Rows("SCHEDOPTIONS").FirstOrDefault(r => r.Text("proj_id") == projectId) ?? project;

            Dictionary<string, WorkingCalendar> calendars = ReadCalendars();
            string? defaultCalendarId = project.Text("clndr_id")
                ?? Rows("CALENDAR").FirstOrDefault(r => r.Flag("default_flag", false))?.Text("clndr_id");
            WorkingCalendar projectCalendar;
            if (defaultCalendarId is null)
            {
                projectCalendar = calendars.Values.FirstOrDefault() ?? WorkingCalendar.Standard;
            }
            else if (!calendars.TryGetValue(defaultCalendarId, out projectCalendar!))
            {
                throw project.Error("clndr_id", $"project calendar {defaultCalendarId} is not in the CALENDAR table.");
            }

            LocalDateTime? dataDate = project.Date("last_recalc_date");
            LocalDateTime projectStart = project.Date("plan_start_date") ?? dataDate ?? throw project.Error("plan_start_date", "the project has neither a planned start nor a data date.");
            LocalDateTime? statusDate = dataDate is { } dd ? projectCalendar.NextWorkingMoment(dd) : null;

            var wbs = new List<WbsElement>();
            var wbsIds = new HashSet<string>(StringComparer.Ordinal);
            string? rootWbs = null;
            var wbsRows = Rows("PROJWBS").Where(r => r.Text("proj_id") == projectId).ToList();
            foreach (XerRecord r in wbsRows)
            {
                string id = r.Required("wbs_id");
                if (r.Flag("proj_node_flag", false))
                {
                    rootWbs = id;
                }
                else if (!wbsIds.Add(id))
                {
                    throw r.Error("wbs_id", $"WBS {id} is listed twice.");
                }
            }

            foreach (XerRecord r in wbsRows.Where(r => r.Text("proj_node_flag") != "Y"))
            {
                string? parent = r.Text("parent_wbs_id");
                if (parent == rootWbs)
                {
                    parent = null;
                }
                else if (parent is not null && !wbsIds.Contains(parent))
                {
                    throw r.Error("parent_wbs_id", $"WBS {r.Text("wbs_id")} names parent WBS {parent}, which is not in PROJWBS.");
                }

                wbs.Add(new WbsElement(r.Required("wbs_id"), r.Text("wbs_name") ?? r.Text("wbs_short_name"), parent));
            }

            var codeById = new Dictionary<string, string>(StringComparer.Ordinal);
            var records = new List<XerRecord>();
            foreach (XerRecord r in Table("TASK").Records.Where(r => r.Text("proj_id") == projectId))
            {
                string taskId = r.Required("task_id");
                string code = r.Required("task_code");
                if (codeById.ContainsKey(taskId))
                {
                    throw r.Error("task_id", $"task_id {taskId} is listed twice.");
                }

                if (codeById.ContainsValue(code))
                {
                    throw r.Error("task_code", $"activity code '{code}' is used twice.");
                }

                codeById.Add(taskId, code);
                records.Add(r);
            }

            var predecessors = new Dictionary<string, List<Dependency>>(StringComparer.Ordinal);
            foreach (XerRecord r in Rows("TASKPRED"))
            {
                string successor = r.Required("task_id");
                string predecessor = r.Required("pred_task_id");
                if (r.Text("proj_id") is { } p && p != projectId && r.Text("pred_proj_id") is { } pp && pp != projectId)
                {
                    continue;
                }

                if (!codeById.TryGetValue(successor, out string? successorCode))
                {
                    throw r.Error("task_id", $"link names task_id {successor}, which is not an activity of project {projectId}.");
                }

                if (!codeById.TryGetValue(predecessor, out string? predecessorCode))
                {
                    throw r.Error("pred_task_id", $"link of '{successorCode}' names pred_task_id {predecessor}, which is not an activity of project {projectId}.");
                }

                DependencyType type = r.Text("pred_type") switch
                {
                    "PR_FS" or null => DependencyType.FinishToStart,
                    "PR_SS" => DependencyType.StartToStart,
                    "PR_FF" => DependencyType.FinishToFinish,
                    "PR_SF" => DependencyType.StartToFinish,
                    string other => throw r.Error("pred_type", $"{ScheduleFileException.Quote(other)} is not one of PR_FS, PR_SS, PR_FF, PR_SF."),
                };
                if (!predecessors.TryGetValue(successorCode, out List<Dependency>? list))
                {
                    predecessors[successorCode] = list = new List<Dependency>();
                }

                if (successorCode == predecessorCode || list.Any(d => d.PredecessorId == predecessorCode))
                {
                    throw r.Error("pred_task_id", $"activity '{successorCode}' links to '{predecessorCode}' twice or to itself.");
                }

                list.Add(new Dependency(predecessorCode, type, r.Number("lag_hr_cnt", -1e7, 1e7) ?? 0));
            }

            var activities = new List<Activity>();
            var infos = new List<ImportedTask>();
            foreach (XerRecord r in records)
            {
                (Activity activity, ImportedTask info) = ReadTask(r, calendars, projectCalendar, predecessors, wbsIds);
                activities.Add(activity);
                infos.Add(info);
            }

            ProjectNetwork network;
            try
            {
                network = ProjectNetwork.Create(activities, wbs);
            }
            catch (Exception ex) when (ex is ArgumentException or ScheduleCycleException)
            {
                throw new ScheduleFileException(_source, _tables.TryGetValue("TASKPRED", out XerTable? links) ? links.Line : Table("TASK").Line, "TASKPRED", ScheduleFileException.Describe(ex), ex);
            }

            (List<ImportedResource> resources, List<ImportedAssignment> assignments, Dictionary<string, decimal> baselineCost) = ReadResources(codeById);
            infos = infos.Select(i => baselineCost.TryGetValue(i.Id, out decimal cost) ? i with { BaselineCost = cost } : i).ToList();

            return new ImportedSchedule(ScheduleFileFormat.PrimaveraXer, network, projectCalendar, projectStart, Hour, infos)
            {
                Name = project.Text("proj_short_name"),
                Calendars = calendars,
                StatusDate = statusDate,
                ProgressMode = options.Flag("sched_progress_override", false) ? ProgressMode.ProgressOverride : ProgressMode.RetainedLogic,
                LagCalendar = options.Code("sched_calendar_on_relationship_lag", "rcal_Predecessor", "rcal_Successor", "rcal_24Hour", "rcal_ProjDefault") switch
                {
                    "rcal_Successor" => LagCalendar.Successor,
                    "rcal_24Hour" => LagCalendar.Continuous,
                    "rcal_ProjDefault" => LagCalendar.Project,
                    _ => LagCalendar.Predecessor,
                },
                TotalFloatType = options.Code("sched_float_type", "FT_FF", "FT_SF", "FT_Smallest") switch
                {
                    "FT_SF" => TotalFloatType.StartFloat,
                    "FT_Smallest" => TotalFloatType.Smallest,
                    _ => TotalFloatType.FinishFloat,
                },
                Resources = resources,
                Assignments = assignments,
            };
        }

        private static (Activity, ImportedTask) ReadTask(XerRecord r, Dictionary<string, WorkingCalendar> calendars, WorkingCalendar projectCalendar,
            Dictionary<string, List<Dependency>> predecessors, HashSet<string> wbsIds)
        {
            string code = r.Required("task_code");
            WorkingCalendar? calendar = null;
            string? calendarId = r.Text("clndr_id");
            if (calendarId is not null)
            {
                if (!calendars.TryGetValue(calendarId, out calendar))
                {
                    throw r.Error("clndr_id", $"activity '{code}' names calendar {calendarId}, which is not in the CALENDAR table.");
                }

                calendar = ReferenceEquals(calendar, projectCalendar) ? null : calendar;
            }

            string? wbs = r.Text("wbs_id");
            if (wbs is not null && !wbsIds.Contains(wbs))
            {
                wbs = null; // the project node itself, or a WBS outside this project
            }

            string status = r.Text("status_code") ?? "TK_NotStart";
            if (status is not "TK_NotStart" and not "TK_Active" and not "TK_Complete")
            {
                throw r.Error("status_code", $"{ScheduleFileException.Quote(status)} is not one of TK_NotStart, TK_Active, TK_Complete.");
            }

            bool milestone = r.Code("task_type", "TT_Task", "TT_Rsrc", "TT_Mile", "TT_FinMile", "TT_LOE", "TT_WBS") is "TT_Mile" or "TT_FinMile";
            double target = r.Number("target_drtn_hr_cnt", 0, 1e7) ?? 0;
            double remaining = r.Number("remain_drtn_hr_cnt", 0, 1e7) ?? target;
            double duration = milestone ? 0 : status == "TK_NotStart" ? remaining : target;
            LocalDateTime? actualStart = r.Date("act_start_date");
            LocalDateTime? actualFinish = r.Date("act_end_date");
            ActivityProgress? progress = null;
            if (status != "TK_NotStart")
            {
                LocalDateTime start = actualStart ?? throw r.Error("act_start_date", $"activity '{code}' is {status} but has no actual start.");
                if (status == "TK_Complete" && actualFinish is null)
                {
                    throw r.Error("act_end_date", $"activity '{code}' is complete but has no actual finish.");
                }

                try
                {
                    progress = new ActivityProgress(start, status == "TK_Complete" ? actualFinish : null, status == "TK_Complete" ? null : (milestone ? 0 : remaining));
                }
                catch (ArgumentException ex)
                {
                    throw r.Error("act_start_date", $"activity '{code}': {ScheduleFileException.Describe(ex)}");
                }
            }

            ActivityConstraint constraint = Constraint(r, "cstr_type", "cstr_date", code);
            try
            {
                var activity = new Activity(code, duration, predecessors.TryGetValue(code, out List<Dependency>? links) ? links : null,
                    r.Text("task_name"), constraint, calendar, wbs, progress);
                var info = new ImportedTask(code)
                {
                    OutlineNumber = wbs,
                    CalendarId = calendarId,
                    PercentComplete = r.Code("complete_pct_type", "CP_Drtn", "CP_Phys", "CP_Units") == "CP_Phys" ? r.Number("phys_complete_pct", 0, 100)
                        : target > 0 && status == "TK_Active" ? Math.Round(100 * (target - remaining) / target, 6) : status == "TK_Complete" ? 100 : 0,
                    StoredEarlyStart = r.Date("early_start_date"),
                    StoredEarlyFinish = r.Date("early_end_date"),
                    StoredLateStart = r.Date("late_start_date"),
                    StoredLateFinish = r.Date("late_end_date"),
                    StoredTotalFloat = r.Number("total_float_hr_cnt", -1e7, 1e7),
                    StoredFreeFloat = r.Number("free_float_hr_cnt", -1e7, 1e7),
                    BaselineStart = r.Date("target_start_date"),
                    BaselineFinish = r.Date("target_end_date"),
                    BaselineDuration = target,
                };
                return (activity, info);
            }
            catch (ArgumentException ex)
            {
                throw r.Error("task_code", $"activity '{code}': {ScheduleFileException.Describe(ex)}");
            }
        }

        private static ActivityConstraint Constraint(XerRecord r, string typeField, string dateField, string code)
        {
            string? type = r.Text(typeField);
            if (type is null)
            {
                return ActivityConstraint.None;
            }

            ConstraintType mapped = type switch
            {
                "CS_ALAP" => ConstraintType.AsLateAsPossible,
                "CS_MSO" or "CS_MANDSTART" => ConstraintType.MustStartOn,
                "CS_MEO" or "CS_MANDFIN" => ConstraintType.MustFinishOn,
                "CS_MSOA" => ConstraintType.StartNoEarlierThan,
                "CS_MSOB" => ConstraintType.StartNoLaterThan,
                "CS_MEOA" => ConstraintType.FinishNoEarlierThan,
                "CS_MEOB" => ConstraintType.FinishNoLaterThan,
                _ => throw r.Error(typeField, $"activity '{code}': {ScheduleFileException.Quote(type)} is not a P6 constraint type (CS_ALAP, CS_MSO, CS_MEO, CS_MSOA, CS_MSOB, CS_MEOA, CS_MEOB, CS_MANDSTART, CS_MANDFIN)."),
            };
            if (mapped == ConstraintType.AsLateAsPossible)
            {
                return new ActivityConstraint(mapped);
            }

            LocalDateTime date = r.Date(dateField) ?? throw r.Error(dateField, $"activity '{code}' has constraint {type} but no date.");
            return new ActivityConstraint(mapped, date);
        }

        private Dictionary<string, WorkingCalendar> ReadCalendars()
        {
            var raw = new Dictionary<string, XerRecord>(StringComparer.Ordinal);
            foreach (XerRecord r in Rows("CALENDAR"))
            {
                string id = r.Required("clndr_id");
                if (raw.ContainsKey(id))
                {
                    throw r.Error("clndr_id", $"calendar {id} is listed twice.");
                }

                raw.Add(id, r);
            }

            var built = new Dictionary<string, WorkingCalendar>(StringComparer.Ordinal);
            foreach (string id in raw.Keys)
            {
                Build(id, raw, built, new HashSet<string>(StringComparer.Ordinal));
            }

            return built;
        }

        private static WorkingCalendar Build(string id, Dictionary<string, XerRecord> raw, Dictionary<string, WorkingCalendar> built, HashSet<string> visiting)
        {
            if (built.TryGetValue(id, out WorkingCalendar? done))
            {
                return done;
            }

            XerRecord r = raw[id];
            if (!visiting.Add(id))
            {
                throw r.Error("base_clndr_id", $"calendar {id} derives from itself through its base calendars.");
            }

            WorkingCalendar? parent = null;
            if (r.Text("base_clndr_id") is { } baseId)
            {
                if (!raw.ContainsKey(baseId))
                {
                    throw r.Error("base_clndr_id", $"calendar {id} names base calendar {baseId}, which is not in the CALENDAR table.");
                }

                parent = Build(baseId, raw, built, visiting);
            }

            XerCalendarData data;
            try
            {
                data = XerCalendarData.Parse(r.Text("clndr_data") ?? string.Empty);
            }
            catch (FormatException ex)
            {
                throw r.Error("clndr_data", $"calendar {id}: {ScheduleFileException.Describe(ex)}");
            }

            var days = new WorkingDay[7];
            for (int i = 0; i < 7; i++)
            {
                days[i] = data.Week[i] ?? parent?.WorkWeek[(IsoDayOfWeek)(i + 1)] ?? (i < 5 ? WorkingDay.Standard : WorkingDay.NonWorking);
            }

            var exceptions = new List<CalendarException>();
            var own = new HashSet<LocalDate>();
            foreach ((int serial, WorkingDay day) in data.Exceptions)
            {
                if (serial < 0 || serial > 120_000)
                {
                    throw r.Error("clndr_data", $"calendar {id}: exception day number {serial} is out of range.");
                }

                LocalDate date = ExcelEpoch.PlusDays(serial);
                if (own.Add(date))
                {
                    exceptions.Add(CalendarException.Create(date, date, day));
                }
            }

            if (parent is not null)
            {
                exceptions.AddRange(parent.Exceptions.Where(e => !own.Contains(e.From) && e.From == e.To));
            }

            double? dayHours = r.Number("day_hr_cnt", 0, 24);
            try
            {
                WorkWeek week = WorkWeek.Create(days);
                var calendar = WorkingCalendar.Create(r.Text("clndr_name") ?? "Calendar " + id, week, exceptions, null,
                    dayHours is > 0 ? Duration.FromHours(dayHours.Value) : null);
                built[id] = calendar;
                return calendar;
            }
            catch (ArgumentException ex)
            {
                throw r.Error("clndr_data", $"calendar {id}: {ScheduleFileException.Describe(ex)}");
            }
        }

        private (List<ImportedResource>, List<ImportedAssignment>, Dictionary<string, decimal>) ReadResources(Dictionary<string, string> codeById)
        {
            var rates = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (XerRecord r in Rows("RSRCRATE"))
            {
                string id = r.Required("rsrc_id");
                if (!rates.ContainsKey(id) && r.Money("cost_per_qty") is { } rate)
                {
                    rates[id] = rate;
                }
            }

            var resources = new List<ImportedResource>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (XerRecord r in Rows("RSRC"))
            {
                string id = r.Required("rsrc_id");
                if (!ids.Add(id))
                {
                    throw r.Error("rsrc_id", $"resource {id} is listed twice.");
                }

                ResourceKind kind = r.Code("rsrc_type", "RT_Labor", "RT_Equip", "RT_Mat") == "RT_Mat" ? ResourceKind.Material : ResourceKind.Work;
                resources.Add(new ImportedResource(id, r.Text("rsrc_name") ?? r.Text("rsrc_short_name"), kind, rates.TryGetValue(id, out decimal rate) ? rate : null));
            }

            var assignments = new List<ImportedAssignment>();
            var baselineCost = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (XerRecord r in Rows("TASKRSRC"))
            {
                string taskId = r.Required("task_id");
                if (!codeById.TryGetValue(taskId, out string? code))
                {
                    if (r.Text("proj_id") is { } p && Table("PROJECT").Records.FirstOrDefault()?.Text("proj_id") != p)
                    {
                        continue;
                    }

                    throw r.Error("task_id", $"assignment names task_id {taskId}, which is not an activity of the project.");
                }

                string resourceId = r.Required("rsrc_id");
                if (!ids.Contains(resourceId))
                {
                    throw r.Error("rsrc_id", $"assignment of '{code}' names resource {resourceId}, which is not in the RSRC table.");
                }

                decimal? actual = Sum(r.Money("act_reg_cost"), r.Money("act_ot_cost"));
                decimal? remaining = r.Money("remain_cost");
                decimal? target = r.Money("target_cost");
                if (target is { } t)
                {
                    baselineCost[code] = (baselineCost.TryGetValue(code, out decimal sum) ? sum : 0) + t;
                }

                assignments.Add(new ImportedAssignment(code, resourceId, r.Number("target_qty_per_hr", 0, 1e6) ?? 1, r.Number("target_qty", 0, 1e12),
                    Sum(actual, remaining), actual, remaining, target));
            }

            return (resources, assignments, baselineCost);
        }

        private static decimal? Sum(decimal? a, decimal? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);
    }
}
