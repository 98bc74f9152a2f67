using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Interop.MsProject;

/// <summary>
/// Writes an <see cref="ImportedSchedule"/> as Microsoft Project XML (MSPDI, the Project 2007+ schema) that
/// MS Project opens: calendars (work week and exceptions), WBS elements as summary tasks, activities with
/// durations, links and lags, constraints, actual dates, baseline 0, resources and assignments, and optionally
/// the dates and slack of a computed schedule.
/// </summary>
/// <remarks>
/// Ids that are non-negative integers not shared between WBS elements and activities are kept as UIDs (so
/// reading the written file gives the same network); otherwise UIDs are numbered 1, 2, … in outline order and
/// the original id is written to the Text1 custom field (an <c>ExtendedAttribute</c>). Elements follow the order of
/// the schema's sequences, which MS Project enforces. Activities on the 24×7 calendar whose file data says the duration
/// is elapsed are written with an elapsed duration format (ed) instead of a calendar.
/// </remarks>
public static class MspdiWriter
{
    /// <summary>Writes the project.</summary>
    /// <param name="project">The project to write.</param>
    /// <param name="writer">The destination; it is not closed.</param>
    /// <param name="schedule">A schedule of the project's network whose dates and floats are written as the tasks' Start/Finish, early/late dates and slack; null to write none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="schedule"/> is not a schedule of the project's network, an assignment names a resource that is not in <see cref="ImportedSchedule.Resources"/>, or a calendar day has more than five working intervals (the schema's limit).</exception>
    public static void Write(ImportedSchedule project, TextWriter writer, Schedule<LocalDateTime>? schedule = null)
    {
        Preconditions.CheckNotNull(project, nameof(project));
        Preconditions.CheckNotNull(writer, nameof(writer));
        Preconditions.CheckArgument(schedule is null || ReferenceEquals(schedule.Network, project.Network), nameof(schedule), "The schedule is not of this project's network.");
        var settings = new XmlWriterSettings { Indent = true, CloseOutput = false, OmitXmlDeclaration = false };
        using XmlWriter xml = XmlWriter.Create(writer, settings);
        new Emitter(project, xml, schedule).Emit();
    }

    private const string Text1FieldId = "188743731";

    private const string DefaultCurrencyCode = "USD";

    private sealed class Emitter
    {
        private readonly ImportedSchedule _project;
        private readonly XmlWriter _xml;
        private readonly Schedule<LocalDateTime>? _schedule;
        private readonly double _minutesPerUnit;
        private readonly Dictionary<string, int> _uids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _resourceUids = new(StringComparer.Ordinal);
        private readonly List<WorkingCalendar> _calendars = new();
        private bool _renumbered;

        public Emitter(ImportedSchedule project, XmlWriter xml, Schedule<LocalDateTime>? schedule)
        {
            _project = project;
            _xml = xml;
            _schedule = schedule;
            _minutesPerUnit = project.TimeUnit.TotalMinutes;
        }

        public void Emit()
        {
            AssignUids();
            AssignResourceUids();
            CollectCalendars();
            _xml.WriteStartDocument(true);
            _xml.WriteStartElement("Project", MspdiCodes.Namespace);
            Element("SaveVersion", "12");
            if (_project.Name is not null)
            {
                Element("Name", _project.Name);
                Element("Title", _project.Name);
            }

            Element("ScheduleFromStart", "1");
            Element("StartDate", XmlScheduleSource.FormatDate(_project.ProjectStart));

            // CurrencyCode is the one required child after SaveVersion (minOccurs 1 in mspdi_pj12.xsd). The model carries
            // no currency, so MS Project's default code is written; costs are plain amounts either way.
            Element("CurrencyCode", DefaultCurrencyCode);
            Element("CalendarUID", "1");
            Element("MinutesPerDay", Integer(_project.Calendar.StandardDay.TotalMinutes));
            Element("MinutesPerWeek", Integer(_project.Calendar.StandardDay.TotalMinutes * 5));
            if (_project.StatusDate is { } status)
            {
                Element("StatusDate", XmlScheduleSource.FormatDate(status));
            }

            if (_renumbered)
            {
                _xml.WriteStartElement("ExtendedAttributes");
                _xml.WriteStartElement("ExtendedAttribute");
                Element("FieldID", Text1FieldId);
                Element("FieldName", "Text1");
                Element("Alias", "Source id");
                _xml.WriteEndElement();
                _xml.WriteEndElement();
            }

            WriteCalendars();
            WriteTasks();
            WriteResources();
            WriteAssignments();
            _xml.WriteEndElement();
            _xml.WriteEndDocument();
        }

        private void AssignUids()
        {
            var ids = _project.Network.WbsElements.Select(w => w.Id).Concat(_project.Network.Activities.Select(a => a.Id)).ToList();
            bool numeric = ids.All(id => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 && n.ToString(CultureInfo.InvariantCulture) == id)
                && ids.Distinct(StringComparer.Ordinal).Count() == ids.Count;
            _renumbered = !numeric;
            int next = 1;
            foreach (string id in OutlineOrder().Select(x => x.Id))
            {
                _uids[id] = numeric ? int.Parse(id, CultureInfo.InvariantCulture) : next++;
            }
        }

        private List<(string Id, bool Summary, int Level, string Outline)> OutlineOrder()
        {
            ProjectNetwork network = _project.Network;
            var result = new List<(string, bool, int, string)>();
            var childWbs = network.WbsElements.ToLookup(w => w.ParentId ?? string.Empty);
            var childActivities = network.Activities.ToLookup(a => a.WbsParent ?? string.Empty);

            void Visit(string parent, int level, string prefix)
            {
                int n = 0;
                foreach (WbsElement w in childWbs[parent])
                {
                    string outline = prefix + (++n).ToString(CultureInfo.InvariantCulture);
                    result.Add((w.Id, true, level, outline));
                    Visit(w.Id, level + 1, outline + ".");
                }

                foreach (Activity a in childActivities[parent])
                {
                    result.Add((a.Id, false, level, prefix + (++n).ToString(CultureInfo.InvariantCulture)));
                }
            }

            Visit(string.Empty, 1, string.Empty);
            return result;
        }

        private void CollectCalendars()
        {
            _calendars.Add(_project.Calendar);
            foreach (WorkingCalendar calendar in _project.Calendars.Values.Concat(_project.Network.Activities.Select(a => a.Calendar).OfType<WorkingCalendar>()))
            {
                if (!_calendars.Any(c => ReferenceEquals(c, calendar)) && !IsElapsed(calendar))
                {
                    _calendars.Add(calendar);
                }
            }

            // The schema allows at most five WorkingTime elements per week day or exception.
            foreach (WorkingCalendar calendar in _calendars)
            {
                foreach (IsoDayOfWeek day in Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d).Where(d => calendar.WorkWeek[d].Intervals.Count > MaxWorkingTimes))
                {
                    throw new ArgumentException($"Calendar '{calendar.Name}': {day} has {calendar.WorkWeek[day].Intervals.Count} working intervals; MSPDI allows at most {MaxWorkingTimes} per day.", "project");
                }

                foreach (CalendarException exception in calendar.Exceptions.Where(e => e.Day.Intervals.Count > MaxWorkingTimes))
                {
                    throw new ArgumentException($"Calendar '{calendar.Name}': the exception from {exception.From:uuuu-MM-dd} has {exception.Day.Intervals.Count} working intervals; MSPDI allows at most {MaxWorkingTimes} per day.", "project");
                }
            }
        }

        private const int MaxWorkingTimes = 5;

        private static bool IsElapsed(WorkingCalendar calendar) => ReferenceEquals(calendar, WorkingCalendar.Continuous);

        private int CalendarUid(WorkingCalendar calendar) => _calendars.FindIndex(c => ReferenceEquals(c, calendar)) + 1;

        private void WriteCalendars()
        {
            _xml.WriteStartElement("Calendars");
            for (int i = 0; i < _calendars.Count; i++)
            {
                WorkingCalendar calendar = _calendars[i];
                _xml.WriteStartElement("Calendar");
                Element("UID", Number(i + 1));
                Element("Name", calendar.Name);
                Element("IsBaseCalendar", "1");
                Element("BaseCalendarUID", "-1");
                _xml.WriteStartElement("WeekDays");
                for (int type = 1; type <= 7; type++)
                {
                    IsoDayOfWeek day = type == 1 ? IsoDayOfWeek.Sunday : (IsoDayOfWeek)(type - 1);
                    _xml.WriteStartElement("WeekDay");
                    Element("DayType", Number(type));
                    WriteDay(calendar.WorkWeek[day]);
                    _xml.WriteEndElement();
                }

                _xml.WriteEndElement();
                if (calendar.Exceptions.Count > 0)
                {
                    _xml.WriteStartElement("Exceptions");
                    foreach (CalendarException exception in calendar.Exceptions)
                    {
                        _xml.WriteStartElement("Exception");
                        _xml.WriteStartElement("TimePeriod");
                        Element("FromDate", XmlScheduleSource.FormatDate(exception.From.AtMidnight()));
                        Element("ToDate", XmlScheduleSource.FormatDate(exception.To.At(new LocalTime(23, 59))));
                        _xml.WriteEndElement();
                        Element("Occurrences", "1");
                        if (exception.Name is not null)
                        {
                            Element("Name", exception.Name);
                        }

                        Element("Type", "1");
                        WriteDay(exception.Day);
                        _xml.WriteEndElement();
                    }

                    _xml.WriteEndElement();
                }

                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }

        private void WriteDay(WorkingDay day)
        {
            Element("DayWorking", day.IsWorking ? "1" : "0");
            if (!day.IsWorking)
            {
                return;
            }

            _xml.WriteStartElement("WorkingTimes");
            foreach (WorkingInterval interval in day.Intervals)
            {
                _xml.WriteStartElement("WorkingTime");
                Element("FromTime", XmlScheduleSource.FormatTime(interval.Start));
                Element("ToTime", XmlScheduleSource.FormatTime(interval.End));
                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }

        private void WriteTasks()
        {
            ProjectNetwork network = _project.Network;
            _xml.WriteStartElement("Tasks");
            int id = 1;
            foreach ((string taskId, bool summary, int level, string outline) in OutlineOrder())
            {
                _xml.WriteStartElement("Task");
                Element("UID", Number(_uids[taskId]));
                Element("ID", Number(id++));
                if (summary)
                {
                    WbsElement w = network.WbsElements.First(e => e.Id == taskId);
                    if (w.Name is not null)
                    {
                        Element("Name", w.Name);
                    }

                    WriteOutline(outline, level);
                    Element("Milestone", "0");
                    Element("Summary", "1");
                    WriteSourceId(taskId);
                }
                else
                {
                    WriteActivity(network[taskId], _project[taskId], outline, level);
                }

                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }

        private void WriteOutline(string outline, int level)
        {
            Element("WBS", outline);
            Element("OutlineNumber", outline);
            Element("OutlineLevel", Number(level));
        }

        private void WriteSourceId(string originalId)
        {
            if (_renumbered)
            {
                _xml.WriteStartElement("ExtendedAttribute");
                Element("FieldID", Text1FieldId);
                Element("Value", originalId);
                _xml.WriteEndElement();
            }
        }

        private void WriteActivity(Activity a, ImportedTask info, string outline, int level)
        {
            // Element order follows the MSPDI schema's xsd:sequence, which MS Project enforces.
            if (a.Name is not null)
            {
                Element("Name", a.Name);
            }

            WriteOutline(outline, level);
            bool elapsed = a.Calendar is { } c && IsElapsed(c);
            ActivitySchedule<LocalDateTime>? s = _schedule?[a.Id];
            if (s is not null)
            {
                Element("Start", XmlScheduleSource.FormatDate(s.ScheduledStart));
                Element("Finish", XmlScheduleSource.FormatDate(s.ScheduledFinish));
            }

            Element("Duration", XmlScheduleSource.FormatIsoDuration(Units(a.Duration)));
            Element("DurationFormat", elapsed ? "8" : "7");
            Element("Milestone", a.IsMilestone ? "1" : "0");
            Element("Summary", "0");
            if (s is not null)
            {
                Element("Critical", s.Critical ? "1" : "0");
                Element("EarlyStart", XmlScheduleSource.FormatDate(s.EarlyStart));
                Element("EarlyFinish", XmlScheduleSource.FormatDate(s.EarlyFinish));
                Element("LateStart", XmlScheduleSource.FormatDate(s.LateStart));
                Element("LateFinish", XmlScheduleSource.FormatDate(s.LateFinish));
                Element("FreeSlack", Integer(s.FreeFloat * _minutesPerUnit * 10));
                Element("TotalSlack", Integer(s.TotalFloat * _minutesPerUnit * 10));
            }

            if (info.PercentComplete is { } percent)
            {
                Element("PercentComplete", Integer(percent));
            }

            if (a.Progress is { } progress)
            {
                if (progress.ActualStart is { } start)
                {
                    Element("ActualStart", XmlScheduleSource.FormatDate(start.Date));
                }

                if (progress.ActualFinish is { } finish)
                {
                    Element("ActualFinish", XmlScheduleSource.FormatDate(finish.Date));
                }

                if (progress.RemainingDuration is { } remaining && !progress.Completed)
                {
                    Element("RemainingDuration", XmlScheduleSource.FormatIsoDuration(Units(remaining)));
                }
            }

            Element("ConstraintType", Number(MspdiCodes.ConstraintCode(a.Constraint.Type)));
            Element("CalendarUID", a.Calendar is null || elapsed ? "-1" : Number(CalendarUid(a.Calendar)));
            if (a.Constraint.IsDated)
            {
                Element("ConstraintDate", XmlScheduleSource.FormatDate(a.Constraint.Moment.Date));
            }

            if (info.Deadline is { } deadline)
            {
                Element("Deadline", XmlScheduleSource.FormatDate(deadline));
            }

            foreach (Dependency link in a.Predecessors)
            {
                _xml.WriteStartElement("PredecessorLink");
                Element("PredecessorUID", Number(_uids[link.PredecessorId]));
                Element("Type", Number(MspdiCodes.LinkCode(link.Type)));
                Element("CrossProject", "0");
                Element("LinkLag", Integer(link.Lag * _minutesPerUnit * 10));
                Element("LagFormat", elapsed ? "8" : "7");
                _xml.WriteEndElement();
            }

            WriteSourceId(a.Id);
            if (info.BaselineStart is not null || info.BaselineFinish is not null || info.BaselineDuration is not null || info.BaselineCost is not null)
            {
                _xml.WriteStartElement("Baseline");
                Element("Number", "0");
                if (info.BaselineStart is { } bs)
                {
                    Element("Start", XmlScheduleSource.FormatDate(bs));
                }

                if (info.BaselineFinish is { } bf)
                {
                    Element("Finish", XmlScheduleSource.FormatDate(bf));
                }

                if (info.BaselineDuration is { } bd)
                {
                    Element("Duration", XmlScheduleSource.FormatIsoDuration(Units(bd)));
                }

                if (info.BaselineCost is { } bc)
                {
                    Element("Cost", bc.ToString(CultureInfo.InvariantCulture));
                }

                _xml.WriteEndElement();
            }
        }

        private void WriteResources()
        {
            if (_project.Resources.Count == 0)
            {
                return;
            }

            _xml.WriteStartElement("Resources");
            int id = 1;
            foreach (ImportedResource r in _project.Resources)
            {
                _xml.WriteStartElement("Resource");
                Element("UID", ResourceUid(r.Id));
                Element("ID", Number(id++));
                if (r.Name is not null)
                {
                    Element("Name", r.Name);
                }

                // mspdi_pj12 knows Type 0 (material) and 1 (work) only; a cost resource is a work-type resource with IsCostResource 1.
                Element("Type", r.Kind == ResourceKind.Material ? "0" : "1");
                if (r.StandardRate is { } rate)
                {
                    Element("StandardRate", rate.ToString(CultureInfo.InvariantCulture));
                }

                if (r.Kind == ResourceKind.Cost)
                {
                    Element("IsCostResource", "1");
                }

                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }

        private string ResourceUid(string id) => Number(_resourceUids[id]);

        private void AssignResourceUids()
        {
            // Ids that are distinct non-negative integers are kept (so they read back unchanged); otherwise all resources are numbered 1, 2, ….
            var ids = _project.Resources.Select(r => r.Id).ToList();
            bool numeric = ids.All(id => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n.ToString(CultureInfo.InvariantCulture) == id)
                && ids.Distinct(StringComparer.Ordinal).Count() == ids.Count;
            for (int i = 0; i < ids.Count; i++)
            {
                _resourceUids[ids[i]] = numeric ? int.Parse(ids[i], CultureInfo.InvariantCulture) : i + 1;
            }

            foreach (ImportedAssignment a in _project.Assignments.Where(a => !_resourceUids.ContainsKey(a.ResourceId)))
            {
                throw new ArgumentException($"The assignment of activity '{a.ActivityId}' names resource '{a.ResourceId}', which is not a resource of the project.", "project");
            }
        }

        private void WriteAssignments()
        {
            if (_project.Assignments.Count == 0)
            {
                return;
            }

            _xml.WriteStartElement("Assignments");
            int uid = 1;
            foreach (ImportedAssignment a in _project.Assignments.Where(a => _uids.ContainsKey(a.ActivityId)))
            {
                _xml.WriteStartElement("Assignment");
                Element("UID", Number(uid++));
                Element("TaskUID", Number(_uids[a.ActivityId]));
                Element("ResourceUID", ResourceUid(a.ResourceId));
                Money("ActualCost", a.ActualCost);
                Money("Cost", a.PlannedCost);
                Money("RemainingCost", a.RemainingCost);
                Element("Units", Decimal(a.Units));
                if (a.PlannedWork is { } work)
                {
                    Element("Work", XmlScheduleSource.FormatIsoDuration(Duration.FromHours(work)));
                }

                if (a.BaselineCost is { } bc)
                {
                    _xml.WriteStartElement("Baseline");
                    Element("Number", "0");
                    Element("Cost", bc.ToString(CultureInfo.InvariantCulture));
                    _xml.WriteEndElement();
                }

                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }

        private void Money(string name, decimal? value)
        {
            if (value is { } v)
            {
                Element(name, v.ToString(CultureInfo.InvariantCulture));
            }
        }

        private Duration Units(double amount) => Duration.FromTicks((long)Math.Round(amount * _project.TimeUnit.BclCompatibleTicks));

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        // Integer-typed elements (tenths of minutes, minutes, percentages): rounded, never "-0" or an exponent.
        private static string Integer(double value) => ((long)Math.Round(value)).ToString(CultureInfo.InvariantCulture);

        // Decimal-typed elements: plain notation (the "R" format of a double may use an exponent, which xsd:decimal forbids).
        private static string Decimal(double value) => ((decimal)value).ToString(CultureInfo.InvariantCulture);

        private void Element(string name, string value) => _xml.WriteElementString(name, MspdiCodes.Namespace, value);
    }
}
