using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Interop.MsProject;

/// <summary>
/// Reads Microsoft Project XML (MSPDI) into an <see cref="ImportedSchedule"/>: tasks with outline (summary tasks
/// become WBS elements), durations, milestones, predecessor links of every type with lags, constraints, deadlines,
/// project and task calendars (work weeks, alternate work weeks and exceptions), actual dates and percent complete,
/// baseline 0, resources and assignments with costs, and the file's own early/late dates and slack.
/// </summary>
/// <remarks>
/// DTDs are prohibited and no external resource is resolved. Time unit: one minute of working time.
/// Every problem in the file raises <see cref="ScheduleFileException"/> with the line and element.
/// Mapping details and what is approximated are in docs/interop.md.
/// </remarks>
public static partial class MspdiReader
{
    private static readonly Duration Minute = Duration.FromMinutes(1);

    /// <summary>Reads an MSPDI document from a stream (encoding from the XML declaration, UTF-8 by default).</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="sourceName">The file name (or other description) used in error messages.</param>
    /// <returns>The imported project.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ScheduleFileException">The document is malformed, hostile or inconsistent.</exception>
    public static ImportedSchedule Read(Stream stream, string sourceName)
    {
        Preconditions.CheckNotNull(stream, nameof(stream));
        using var reader = new StreamReader(stream, Encoding.UTF8, true, 4096, leaveOpen: true);
        return Read(reader, sourceName);
    }

    /// <summary>Reads an MSPDI document from a text reader.</summary>
    /// <param name="reader">The reader; it is not closed.</param>
    /// <param name="sourceName">The file name (or other description) used in error messages.</param>
    /// <returns>The imported project.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ScheduleFileException">The document is malformed, hostile or inconsistent.</exception>
    public static ImportedSchedule Read(TextReader reader, string sourceName)
    {
        Preconditions.CheckNotNull(reader, nameof(reader));
        Preconditions.CheckNotNull(sourceName, nameof(sourceName));
        XmlScheduleSource source = XmlScheduleSource.Load(reader, sourceName);
        return new Parser(source).Parse();
    }

    private sealed class RawLink
    {
        public RawLink(XElement element, string successor, string predecessor, DependencyType type, double lag, double? percent)
        {
            Element = element;
            Successor = successor;
            Predecessor = predecessor;
            Type = type;
            Lag = lag;
            Percent = percent;
        }

        public XElement Element { get; }

        public string Successor { get; }

        public string Predecessor { get; }

        public DependencyType Type { get; }

        public double Lag { get; }

        public double? Percent { get; }
    }

    private sealed class RawTask
    {
        public RawTask(XElement element, string uid)
        {
            Element = element;
            Uid = uid;
        }

        public XElement Element { get; }

        public string Uid { get; }

        public string? Name { get; set; }

        public string? Parent { get; set; }

        public bool Summary { get; set; }

        public double Duration { get; set; }

        public ActivityConstraint Constraint { get; set; }

        public WorkingCalendar? Calendar { get; set; }

        public ActivityProgress? Progress { get; set; }

        public List<string> Children { get; } = new();

        public List<Dependency> Predecessors { get; } = new();

        public ImportedTask? Info { get; set; }
    }

    private sealed partial class Parser
    {
        private readonly XmlScheduleSource _source;
        private readonly XElement _root;
        private readonly XNamespace _ns;
        private readonly Dictionary<string, RawCalendar> _calendars = new(StringComparer.Ordinal);
        private readonly Dictionary<string, RawTask> _tasks = new(StringComparer.Ordinal);
        private readonly List<RawTask> _order = new();
        private readonly List<RawLink> _links = new();

        public Parser(XmlScheduleSource source)
        {
            _source = source;
            _root = source.Document.Root ?? throw source.Error(null, null, "the document has no root element.");
            if (_root.Name.LocalName != "Project")
            {
                throw source.Error(_root, _root.Name.LocalName, "the root element should be <Project> (MS Project XML).");
            }

            _ns = _root.Name.Namespace;
        }

        private IEnumerable<XElement> Items(XElement parent, string group, string item) =>
            parent.Element(_ns + group)?.Elements(_ns + item) ?? Enumerable.Empty<XElement>();

        public ImportedSchedule Parse()
        {
            XmlScheduleSource s = _source;
            if (!s.Bool(_root, "ScheduleFromStart", true))
            {
                throw s.Error(s.Child(_root, "ScheduleFromStart"), "ScheduleFromStart", "projects scheduled from their finish date are not supported.");
            }

            LocalDateTime projectStart = s.Date(_root, "StartDate") ?? throw s.Error(_root, "StartDate", "the project <StartDate> is missing.");
            foreach (XElement element in Items(_root, "Calendars", "Calendar"))
            {
                ReadCalendar(element);
            }

            var calendars = new Dictionary<string, WorkingCalendar>(StringComparer.Ordinal);
            foreach (RawCalendar raw in _calendars.Values)
            {
                calendars[raw.Uid] = Build(raw);
            }

            string? projectCalendarUid = s.Long(_root, "CalendarUID")?.ToString(CultureInfo.InvariantCulture);
            WorkingCalendar projectCalendar;
            if (projectCalendarUid is null || projectCalendarUid == "-1")
            {
                // Other writers may leave the project calendar out: the first base calendar (MS Project's "Standard"), else the first.
                RawCalendar? first = _calendars.Values.FirstOrDefault(c => c.IsBase) ?? _calendars.Values.FirstOrDefault();
                projectCalendar = first is null ? WorkingCalendar.Standard : calendars[first.Uid];
            }
            else if (!calendars.TryGetValue(projectCalendarUid, out projectCalendar!))
            {
                throw s.Error(s.Child(_root, "CalendarUID"), "CalendarUID", $"the project calendar UID {projectCalendarUid} is not defined under <Calendars>.");
            }

            ReadTasks(calendars, projectCalendar);
            ResolveLinks();
            List<ImportedResource> resources = ReadResources();
            List<ImportedAssignment> assignments = ReadAssignments(resources);

            var activities = new List<Activity>();
            var wbs = new List<WbsElement>();
            var infos = new List<ImportedTask>();
            foreach (RawTask t in _order)
            {
                try
                {
                    if (t.Summary)
                    {
                        wbs.Add(new WbsElement(t.Uid, t.Name, t.Parent));
                    }
                    else
                    {
                        activities.Add(new Activity(t.Uid, t.Duration, t.Predecessors, t.Name, t.Constraint, t.Calendar, t.Parent, t.Progress));
                        infos.Add(t.Info!);
                    }
                }
                catch (ArgumentException ex)
                {
                    throw s.Error(t.Element, "Task", $"task UID {t.Uid}: {ex.Message}", ex);
                }
            }

            ProjectNetwork network;
            try
            {
                network = ProjectNetwork.Create(activities, wbs);
            }
            catch (Exception ex) when (ex is ArgumentException or ScheduleCycleException)
            {
                throw s.Error(_root.Element(_ns + "Tasks"), "Tasks", ex.Message, ex);
            }

            // Only <StatusDate> is a status date. <CurrentDate> is the day the file was opened or saved; MS Project does not
            // schedule remaining work from it, so a file with progress and no status date is scheduled from its actual dates
            // (ImportedSchedule.CreateOptions, ProgressWithoutStatusDate.ContinueFromActualStart).
            LocalDateTime? status = s.Date(_root, "StatusDate");

            return new ImportedSchedule(ScheduleFileFormat.MsProjectXml, network, projectCalendar, projectStart, Minute, infos)
            {
                Name = s.Text(_root, "Title") ?? s.Text(_root, "Name"),
                Calendars = calendars,
                StatusDate = status,
                LagCalendar = LagCalendar.Successor,
                TotalFloatType = TotalFloatType.FinishFloat,
                Resources = resources,
                Assignments = assignments,
            };
        }

        private void ReadTasks(Dictionary<string, WorkingCalendar> calendars, WorkingCalendar projectCalendar)
        {
            XmlScheduleSource s = _source;
            var stack = new List<(RawTask Task, int Level)>();
            var rows = new List<(XElement Element, string Uid, int Level)>();
            foreach (XElement element in Items(_root, "Tasks", "Task"))
            {
                long uidNumber = s.Long(element, "UID", 0, int.MaxValue) ?? throw s.Error(element, "UID", "a <Task> has no <UID>.");
                if (s.Bool(element, "IsNull") || !s.Bool(element, "Active", true))
                {
                    continue;
                }

                int level = s.Int(element, "OutlineLevel", 0, 1000) ?? 1;
                if (level != 0)
                {
                    rows.Add((element, uidNumber.ToString(CultureInfo.InvariantCulture), level)); // level 0 is the project summary task
                }
            }

            for (int index = 0; index < rows.Count; index++)
            {
                (XElement element, string uid, int level) = rows[index];

                if (_tasks.ContainsKey(uid))
                {
                    throw s.Error(element, "UID", $"task UID {uid} is defined twice.");
                }

                while (stack.Count > 0 && stack[stack.Count - 1].Level >= level)
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                // Writers that leave <Summary> out still give the outline: a task followed by a deeper one is a summary.
                bool summary = s.Text(element, "Summary") is null
                    ? index + 1 < rows.Count && rows[index + 1].Level > level
                    : s.Bool(element, "Summary");
                var task = new RawTask(element, uid)
                {
                    Name = s.Text(element, "Name"),
                    Summary = summary,
                    Parent = stack.Count > 0 ? stack[stack.Count - 1].Task.Uid : null,
                };
                if (task.Parent is not null)
                {
                    _tasks[task.Parent].Children.Add(uid);
                }

                _tasks.Add(uid, task);
                _order.Add(task);
                if (task.Summary)
                {
                    stack.Add((task, level));
                }

                ReadTaskDetail(task, calendars, projectCalendar);
            }
        }

        private void ReadTaskDetail(RawTask task, Dictionary<string, WorkingCalendar> calendars, WorkingCalendar projectCalendar)
        {
            XmlScheduleSource s = _source;
            XElement e = task.Element;
            int durationFormat = Format(e, "DurationFormat", task.Uid);
            bool elapsed = MspdiCodes.IsElapsedFormat(durationFormat);
            Duration duration = s.IsoDuration(e, "Duration") ?? Duration.Zero;
            if (duration < Duration.Zero)
            {
                throw s.Error(s.Child(e, "Duration"), "Duration", $"task UID {task.Uid} has a negative duration.");
            }

            task.Duration = duration.TotalMinutes;
            string? calendarUid = s.Long(e, "CalendarUID")?.ToString(CultureInfo.InvariantCulture);
            if (elapsed)
            {
                task.Calendar = WorkingCalendar.Continuous;
            }
            else if (calendarUid is not null && calendarUid != "-1")
            {
                if (!calendars.TryGetValue(calendarUid, out WorkingCalendar? calendar))
                {
                    throw s.Error(s.Child(e, "CalendarUID"), "CalendarUID", $"task UID {task.Uid} names calendar UID {calendarUid}, which is not defined.");
                }

                task.Calendar = ReferenceEquals(calendar, projectCalendar) ? null : calendar;
            }

            int constraintCode = s.Int(e, "ConstraintType", 0, 7) ?? 0;
            ConstraintType constraintType = MspdiCodes.Constraint(constraintCode);
            if (constraintType is ConstraintType.AsSoonAsPossible or ConstraintType.AsLateAsPossible)
            {
                task.Constraint = new ActivityConstraint(constraintType);
            }
            else
            {
                LocalDateTime date = s.Date(e, "ConstraintDate") ?? throw s.Error(e, "ConstraintDate", $"task UID {task.Uid} has ConstraintType {constraintCode} but no <ConstraintDate>.");
                task.Constraint = new ActivityConstraint(constraintType, date);
            }

            // A manually scheduled task (Manual=1, MS Project 2010 and later) stays where the user put it: its start is fixed.
            if (s.Bool(e, "Manual") && !task.Summary && (s.Date(e, "ManualStart") ?? s.Date(e, "Start")) is { } manualStart)
            {
                task.Constraint = new ActivityConstraint(ConstraintType.MustStartOn, manualStart);
            }

            LocalDateTime? actualStart = s.Date(e, "ActualStart");
            LocalDateTime? actualFinish = s.Date(e, "ActualFinish");
            if (actualFinish is not null && actualStart is null)
            {
                throw s.Error(s.Child(e, "ActualFinish"), "ActualFinish", $"task UID {task.Uid} has an actual finish but no actual start.");
            }

            if (actualStart is not null && !task.Summary)
            {
                double? remaining = actualFinish is null ? s.IsoDuration(e, "RemainingDuration")?.TotalMinutes : null;
                if (remaining < 0)
                {
                    throw s.Error(s.Child(e, "RemainingDuration"), "RemainingDuration", $"task UID {task.Uid} has a negative remaining duration.");
                }

                task.Progress = new ActivityProgress(ScheduleMoment.FromDate(actualStart.Value), actualFinish is { } f ? ScheduleMoment.FromDate(f) : null, remaining);

                // MS Project writes Stop/Resume on every task; Resume is only meant when ResumeValid is 1 (else it is the
                // actual start or the end of the actual work, which the engine derives itself).
                if (actualFinish is null && s.Bool(e, "ResumeValid") && s.Date(e, "Resume") is { } resume)
                {
                    if (resume < actualStart.Value)
                    {
                        throw s.Error(s.Child(e, "Resume"), "Resume", $"task UID {task.Uid} resumes at {resume:yyyy-MM-dd'T'HH:mm}, before its actual start.");
                    }

                    task.Progress = task.Progress.WithResume(ScheduleMoment.FromDate(resume));
                }
            }

            XElement? baseline = e.Elements(_ns + "Baseline").FirstOrDefault(b => (s.Int(b, "Number") ?? 0) == 0);
            double minutesPerSlackTenth = 0.1;
            task.Info = new ImportedTask(task.Uid)
            {
                OutlineNumber = s.Text(e, "OutlineNumber") ?? s.Text(e, "WBS"),
                CalendarId = elapsed || calendarUid == "-1" ? null : calendarUid,
                ElapsedDuration = elapsed,
                Deadline = s.Date(e, "Deadline"),
                PercentComplete = s.Double(e, "PercentComplete", 0, 100),
                StoredEarlyStart = s.Date(e, "EarlyStart"),
                StoredEarlyFinish = s.Date(e, "EarlyFinish"),
                StoredLateStart = s.Date(e, "LateStart"),
                StoredLateFinish = s.Date(e, "LateFinish"),
                StoredTotalFloat = s.Long(e, "TotalSlack", -1_000_000_000_000, 1_000_000_000_000) * minutesPerSlackTenth,
                StoredFreeFloat = s.Long(e, "FreeSlack", -1_000_000_000_000, 1_000_000_000_000) * minutesPerSlackTenth,
                BaselineStart = baseline is null ? null : s.Date(baseline, "Start"),
                BaselineFinish = baseline is null ? null : s.Date(baseline, "Finish"),
                BaselineDuration = baseline is null ? null : s.IsoDuration(baseline, "Duration")?.TotalMinutes,
                BaselineCost = baseline is null ? null : s.Decimal(baseline, "Cost"),
            };

            foreach (XElement link in e.Elements(_ns + "PredecessorLink"))
            {
                if (s.Bool(link, "CrossProject"))
                {
                    continue;
                }

                string predecessor = s.Long(link, "PredecessorUID", 0, int.MaxValue)?.ToString(CultureInfo.InvariantCulture)
                    ?? throw s.Error(link, "PredecessorUID", $"a predecessor link of task UID {task.Uid} has no <PredecessorUID>.");
                int type = s.Int(link, "Type", 0, 3) ?? 1;
                long lag = s.Long(link, "LinkLag", -1_000_000_000_000, 1_000_000_000_000) ?? 0;
                int lagFormat = Format(link, "LagFormat", task.Uid);
                double? percent = MspdiCodes.IsPercentFormat(lagFormat) ? lag : null; // percent formats store the percentage itself
                _links.Add(new RawLink(link, task.Uid, predecessor, MspdiCodes.LinkType(type), lag / 10.0, percent));
            }
        }

        /// <summary>A DurationFormat or LagFormat code: 3..12 (m, em, h, eh, d, ed, w, ew, mo, emo), 19/20 (%, e%), 21 (none), each also +32 (estimated).</summary>
        private int Format(XElement parent, string name, string taskUid)
        {
            int code = _source.Int(parent, name, 0, 255) ?? 7;
            int plain = code & ~32;
            if (code > 63 || !(plain is >= 3 and <= 12 or 19 or 20 or 21))
            {
                throw _source.Error(_source.Child(parent, name), name,
                    $"task UID {taskUid}: {name} {code} is not an MS Project format code (3-12 minutes to elapsed months, 19/20 percent, 21 none; each +32 when estimated).");
            }

            return plain == 21 ? 7 : code;
        }

        private void ResolveLinks()
        {
            XmlScheduleSource s = _source;
            foreach (RawLink link in _links)
            {
                if (!_tasks.TryGetValue(link.Predecessor, out RawTask? predecessor))
                {
                    throw s.Error(link.Element, "PredecessorUID", $"task UID {link.Successor} names predecessor UID {link.Predecessor}, which is not a task of the file.");
                }

                if (link.Predecessor == link.Successor)
                {
                    throw s.Error(link.Element, "PredecessorUID", $"task UID {link.Successor} names itself as predecessor.");
                }

                if (predecessor.Summary && link.Type is DependencyType.StartToStart or DependencyType.StartToFinish)
                {
                    throw s.Error(link.Element, "Type", $"task UID {link.Successor}: start-based links from summary task UID {link.Predecessor} are not supported.");
                }

                List<RawTask> froms = Leaves(predecessor);
                foreach (RawTask successor in Leaves(_tasks[link.Successor]))
                {
                    foreach (RawTask from in froms)
                    {
                        double lag = link.Percent is { } percent ? percent / 100.0 * from.Duration : link.Lag;
                        if (successor.Predecessors.Any(d => d.PredecessorId == from.Uid) || successor == from)
                        {
                            continue;
                        }

                        try
                        {
                            successor.Predecessors.Add(new Dependency(from.Uid, link.Type, lag));
                        }
                        catch (ArgumentException ex)
                        {
                            throw s.Error(link.Element, "LinkLag", $"task UID {link.Successor}: {ex.Message}", ex);
                        }
                    }
                }
            }
        }

        private List<RawTask> Leaves(RawTask task)
        {
            var result = new List<RawTask>();
            var pending = new Stack<RawTask>();
            pending.Push(task);
            while (pending.Count > 0)
            {
                RawTask t = pending.Pop();
                if (!t.Summary)
                {
                    result.Add(t);
                    continue;
                }

                foreach (string child in t.Children)
                {
                    pending.Push(_tasks[child]);
                }
            }

            return result;
        }

        private List<ImportedResource> ReadResources()
        {
            XmlScheduleSource s = _source;
            var list = new List<ImportedResource>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (XElement element in Items(_root, "Resources", "Resource"))
            {
                string uid = s.Long(element, "UID", int.MinValue, int.MaxValue)?.ToString(CultureInfo.InvariantCulture) ?? throw s.Error(element, "UID", "a <Resource> has no <UID>.");
                if (s.Bool(element, "IsNull"))
                {
                    continue;
                }

                if (!seen.Add(uid))
                {
                    throw s.Error(element, "UID", $"resource UID {uid} is defined twice.");
                }

                // The Project 2007 schema (pj12) has Type 0 material / 1 work and marks cost resources with IsCostResource;
                // later files may also write Type 2 for a cost resource.
                ResourceKind kind = s.Bool(element, "IsCostResource")
                    ? ResourceKind.Cost
                    : (s.Int(element, "Type", 0, 2) ?? 1) switch { 0 => ResourceKind.Material, 2 => ResourceKind.Cost, _ => ResourceKind.Work };
                list.Add(new ImportedResource(uid, s.Text(element, "Name"), kind, s.Decimal(element, "StandardRate")));
            }

            return list;
        }

        private List<ImportedAssignment> ReadAssignments(List<ImportedResource> resources)
        {
            XmlScheduleSource s = _source;
            var resourceIds = new HashSet<string>(resources.Select(r => r.Id), StringComparer.Ordinal);
            var list = new List<ImportedAssignment>();
            var uids = new HashSet<long>();
            foreach (XElement element in Items(_root, "Assignments", "Assignment"))
            {
                if (s.Long(element, "UID") is { } assignmentUid && !uids.Add(assignmentUid))
                {
                    throw s.Error(s.Child(element, "UID"), "UID", $"assignment UID {assignmentUid} is defined twice.");
                }

                string taskUid = s.Long(element, "TaskUID")?.ToString(CultureInfo.InvariantCulture) ?? throw s.Error(element, "TaskUID", "an <Assignment> has no <TaskUID>.");
                string resourceUid = s.Long(element, "ResourceUID")?.ToString(CultureInfo.InvariantCulture) ?? throw s.Error(element, "ResourceUID", "an <Assignment> has no <ResourceUID>.");
                if (resourceUid == "-65535")
                {
                    continue; // MS Project's placeholder for "no resource"
                }

                if (!_tasks.TryGetValue(taskUid, out RawTask? task))
                {
                    throw s.Error(s.Child(element, "TaskUID"), "TaskUID", $"assignment names task UID {taskUid}, which is not a task of the file.");
                }

                if (!resourceIds.Contains(resourceUid))
                {
                    throw s.Error(s.Child(element, "ResourceUID"), "ResourceUID", $"assignment names resource UID {resourceUid}, which is not a resource of the file.");
                }

                if (task.Summary)
                {
                    continue;
                }

                XElement? baseline = element.Elements(_ns + "Baseline").FirstOrDefault(b => (s.Int(b, "Number") ?? 0) == 0);
                list.Add(new ImportedAssignment(
                    taskUid,
                    resourceUid,
                    s.Double(element, "Units", 0, 1e6) ?? 1,
                    s.IsoDuration(element, "Work")?.TotalHours,
                    s.Decimal(element, "Cost"),
                    s.Decimal(element, "ActualCost"),
                    s.Decimal(element, "RemainingCost"),
                    baseline is null ? null : s.Decimal(baseline, "Cost")));
            }

            return list;
        }
    }
}
