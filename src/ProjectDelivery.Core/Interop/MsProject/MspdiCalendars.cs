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

// The calendar part of the MSPDI reader: base and derived calendars, work weeks and exceptions (recurring ones too).
public static partial class MspdiReader
{
    private sealed class RawCalendar
    {
        public RawCalendar(XElement element, string uid)
        {
            Element = element;
            Uid = uid;
        }

        public XElement Element { get; }

        public string Uid { get; }

        public string? Name { get; set; }

        public string? BaseUid { get; set; }

        public bool IsBase { get; set; }

        public WorkingDay?[] Week { get; } = new WorkingDay?[7];

        public List<CalendarException> Exceptions { get; } = new();

        public WorkingCalendar? Built { get; set; }

        public bool Building { get; set; }
    }

    private sealed partial class Parser
    {
        private void ReadCalendar(XElement element)
        {
            XmlScheduleSource s = _source;
            string uid = s.Long(element, "UID")?.ToString(CultureInfo.InvariantCulture) ?? throw s.Error(element, "UID", "a <Calendar> has no <UID>.");
            if (_calendars.ContainsKey(uid))
            {
                throw s.Error(element, "UID", $"calendar UID {uid} is defined twice.");
            }

            var raw = new RawCalendar(element, uid)
            {
                Name = s.Text(element, "Name"),
                // MS Project 2013-2019 write BaseCalendarUID 0 (some versions -1) on a base calendar: a base calendar
                // has no base, whatever the element says.
                IsBase = s.Bool(element, "IsBaseCalendar"),
                BaseUid = s.Bool(element, "IsBaseCalendar") ? null
                    : s.Long(element, "BaseCalendarUID", int.MinValue, int.MaxValue) is { } b && b >= 0 ? b.ToString(CultureInfo.InvariantCulture) : null,
            };
            foreach (XElement day in Items(element, "WeekDays", "WeekDay"))
            {
                int type = s.Int(day, "DayType", 0, 7) ?? throw s.Error(day, "DayType", "a <WeekDay> has no <DayType>.");
                WorkingDay working = Day(day);
                if (type == 0)
                {
                    XElement period = s.Child(day, "TimePeriod") ?? throw s.Error(day, "TimePeriod", "an exception day (DayType 0) has no <TimePeriod>.");
                    raw.Exceptions.Add(Exception(period, working, null));
                }
                else
                {
                    raw.Week[IsoIndex(type)] = working;
                }
            }

            foreach (XElement exception in Items(element, "Exceptions", "Exception"))
            {
                int type = s.Int(exception, "Type", 1, 8) ?? 1;
                if (type == 8)
                {
                    throw s.Error(s.Child(exception, "Type"), "Type",
                        $"calendar {uid}: recurring exception type 8 (by weekday count) is not supported; supported: daily (1, 7), yearly and monthly by date or by position (2-5), weekly (6).");
                }

                XElement period = s.Child(exception, "TimePeriod") ?? throw s.Error(exception, "TimePeriod", "a calendar <Exception> has no <TimePeriod>.");
                CalendarException range = Exception(period, Day(exception), s.Text(exception, "Name"));
                int every = s.Int(exception, "Period", 1, 999) ?? 1;
                if (type == 6)
                {
                    foreach (LocalDate d in WeeklyRecurrences(exception, uid, range.From, range.To, every))
                    {
                        raw.Exceptions.Add(CalendarException.Create(d, d, range.Day, range.Name));
                    }
                }
                else if (type is >= 2 and <= 5)
                {
                    foreach (LocalDate d in Recurrences(exception, uid, type, range.From, range.To, every))
                    {
                        raw.Exceptions.Add(CalendarException.Create(d, d, range.Day, range.Name));
                    }
                }
                else if (every == 1)
                {
                    raw.Exceptions.Add(range);
                }
                else
                {
                    for (LocalDate d = range.From; d <= range.To; d = d.PlusDays(every))
                    {
                        raw.Exceptions.Add(CalendarException.Create(d, d, range.Day, range.Name));
                    }
                }
            }

            foreach (XElement week in Items(element, "WorkWeeks", "WorkWeek"))
            {
                XElement period = s.Child(week, "TimePeriod") ?? throw s.Error(week, "TimePeriod", "a <WorkWeek> has no <TimePeriod>.");
                LocalDate from = (s.Date(period, "FromDate") ?? throw s.Error(period, "FromDate", "missing <FromDate>.")).Date;
                LocalDate to = (s.Date(period, "ToDate") ?? throw s.Error(period, "ToDate", "missing <ToDate>.")).Date;
                if (to < from || Period.DaysBetween(from, to) > 3660)
                {
                    throw s.Error(period, "ToDate", $"work week {from}..{to} is empty or longer than ten years.");
                }

                var days = new WorkingDay?[7];
                foreach (XElement day in Items(week, "WeekDays", "WeekDay"))
                {
                    int type = s.Int(day, "DayType", 1, 7) ?? throw s.Error(day, "DayType", "a <WeekDay> has no <DayType>.");
                    days[IsoIndex(type)] = Day(day);
                }

                for (LocalDate d = from; d <= to; d = d.PlusDays(1))
                {
                    if (days[(int)d.DayOfWeek - 1] is { } working)
                    {
                        raw.Exceptions.Add(CalendarException.Create(d, d, working, s.Text(week, "Name")));
                    }
                }
            }

            _calendars.Add(uid, raw);
        }

        /// <summary>
        /// The days of a yearly (Type 2 by date, 3 by position) or monthly (4 by date, 5 by position) exception between
        /// its FromDate and ToDate, every <paramref name="every"/> years or months: <c>Month</c> 0 January … 11 December,
        /// <c>MonthDay</c> 1–31 (a month without that day has no occurrence), <c>MonthPosition</c> 0–3 first to fourth,
        /// 4 last, <c>MonthItem</c> 0 day, 3 Sunday … 9 Saturday (MS Project XML schema, Exception element).
        /// </summary>
        private List<LocalDate> Recurrences(XElement exception, string uid, int type, LocalDate from, LocalDate to, int every)
        {
            XmlScheduleSource s = _source;
            bool yearly = type <= 3;
            bool byPosition = type is 3 or 5;
            int month = yearly ? s.Int(exception, "Month", 0, 11) ?? throw s.Error(exception, "Month", $"calendar {uid}: a yearly exception has no <Month> (0 January to 11 December).") : 0;
            int monthDay = 0, position = 0, item = 0;
            if (byPosition)
            {
                position = s.Int(exception, "MonthPosition", 0, 4) ?? throw s.Error(exception, "MonthPosition", $"calendar {uid}: an exception by position has no <MonthPosition> (0 first to 4 last).");
                item = s.Int(exception, "MonthItem", 0, 9) ?? throw s.Error(exception, "MonthItem", $"calendar {uid}: an exception by position has no <MonthItem> (0 day, 3 Sunday to 9 Saturday).");
                if (item is 1 or 2)
                {
                    throw s.Error(s.Child(exception, "MonthItem"), "MonthItem", $"calendar {uid}: exceptions on the nth weekday or weekend day (MonthItem {item}) are not supported; supported: 0 day, 3 Sunday to 9 Saturday.");
                }
            }
            else
            {
                monthDay = s.Int(exception, "MonthDay", 1, 31) ?? throw s.Error(exception, "MonthDay", $"calendar {uid}: an exception by date has no <MonthDay> (1 to 31).");
            }

            if (to.Year - from.Year > 200)
            {
                throw s.Error(exception, "TimePeriod", $"calendar {uid}: a recurring exception over more than 200 years ({from} to {to}).");
            }

            var days = new List<LocalDate>();
            int step = yearly ? 12 * every : every;
            for (var first = new LocalDate(from.Year, yearly ? month + 1 : from.Month, 1); first <= to; first = first.PlusMonths(step))
            {
                int length = first.Calendar.GetDaysInMonth(first.Year, first.Month);
                LocalDate? day = null;
                if (!byPosition)
                {
                    day = monthDay <= length ? first.PlusDays(monthDay - 1) : null;
                }
                else if (item == 0)
                {
                    day = position == 4 ? first.PlusDays(length - 1) : first.PlusDays(position);
                }
                else
                {
                    IsoDayOfWeek weekday = item == 3 ? IsoDayOfWeek.Sunday : (IsoDayOfWeek)(item - 3);
                    LocalDate firstMatch = first.DayOfWeek == weekday ? first : first.Next(weekday);
                    LocalDate candidate = position == 4 ? firstMatch.PlusWeeks((length - firstMatch.Day) / 7) : firstMatch.PlusWeeks(position);
                    day = candidate.Month == first.Month ? candidate : null;
                }

                if (day is { } d && d >= from && d <= to)
                {
                    days.Add(d);
                }
            }

            return days;
        }

        /// <summary>
        /// The days of a weekly exception (Type 6) between its FromDate and ToDate: the days of <c>DaysOfWeek</c> (a bit
        /// mask, 1 Sunday, 2 Monday, 4 Tuesday … 64 Saturday) in every <paramref name="every"/>th week, counted from the
        /// week of FromDate; weeks start on the project's <c>WeekStartDay</c> (0 Sunday … 6 Saturday, default Sunday).
        /// </summary>
        private List<LocalDate> WeeklyRecurrences(XElement exception, string uid, LocalDate from, LocalDate to, int every)
        {
            XmlScheduleSource s = _source;
            int mask = s.Int(exception, "DaysOfWeek", 0, 127) ?? throw s.Error(exception, "DaysOfWeek", $"calendar {uid}: a weekly exception has no <DaysOfWeek> (1 Sunday, 2 Monday … 64 Saturday, added up).");
            if (mask == 0)
            {
                throw s.Error(s.Child(exception, "DaysOfWeek"), "DaysOfWeek", $"calendar {uid}: a weekly exception with <DaysOfWeek> 0 names no day (1 Sunday, 2 Monday … 64 Saturday, added up).");
            }

            if (Period.DaysBetween(from, to) > 200 * 366)
            {
                throw s.Error(exception, "TimePeriod", $"calendar {uid}: a recurring exception over more than 200 years ({from} to {to}).");
            }

            int weekStart = s.Int(_root, "WeekStartDay", 0, 6) ?? 0; // 0 Sunday … 6 Saturday
            int offset = ((int)from.DayOfWeek % 7 - weekStart + 7) % 7; // days from the week's first day to FromDate
            LocalDate firstWeek = from.PlusDays(-offset);
            var days = new List<LocalDate>();
            for (LocalDate week = firstWeek; week <= to; week = week.PlusWeeks(every))
            {
                for (int i = 0; i < 7; i++)
                {
                    LocalDate d = week.PlusDays(i);
                    int bit = 1 << ((int)d.DayOfWeek % 7); // IsoDayOfWeek Sunday 7 → bit 0
                    if ((mask & bit) != 0 && d >= from && d <= to)
                    {
                        days.Add(d);
                    }
                }
            }

            return days;
        }

        private static int IsoIndex(int mspdiDayType) => mspdiDayType == 1 ? 6 : mspdiDayType - 2; // 1 = Sunday … 7 = Saturday

        private CalendarException Exception(XElement period, WorkingDay day, string? name)
        {
            XmlScheduleSource s = _source;
            LocalDate from = (s.Date(period, "FromDate") ?? throw s.Error(period, "FromDate", "missing <FromDate>.")).Date;
            LocalDateTime toMoment = s.Date(period, "ToDate") ?? throw s.Error(period, "ToDate", "missing <ToDate>.");
            LocalDate to = toMoment.TimeOfDay == LocalTime.Midnight && toMoment.Date > from ? toMoment.Date.PlusDays(-1) : toMoment.Date;
            try
            {
                return CalendarException.Create(from, to, day, name);
            }
            catch (ArgumentException ex)
            {
                throw s.Error(period, "TimePeriod", ex.Message, ex);
            }
        }

        private WorkingDay Day(XElement day)
        {
            XmlScheduleSource s = _source;
            if (!s.Bool(day, "DayWorking"))
            {
                return WorkingDay.NonWorking;
            }

            var intervals = new List<WorkingInterval>();
            foreach (XElement time in Items(day, "WorkingTimes", "WorkingTime"))
            {
                LocalTime from = s.Time(time, "FromTime");
                LocalTime to = s.Time(time, "ToTime");
                try
                {
                    intervals.Add(WorkingInterval.Create(from, to));
                }
                catch (ArgumentException ex)
                {
                    throw s.Error(time, "WorkingTime", ex.Message, ex);
                }
            }

            if (intervals.Count == 0)
            {
                return WorkingDay.Standard;
            }

            try
            {
                return WorkingDay.Create(intervals);
            }
            catch (ArgumentException ex)
            {
                throw s.Error(day, "WorkingTimes", ex.Message, ex);
            }
        }

        private WorkingCalendar Build(RawCalendar raw)
        {
            if (raw.Built is not null)
            {
                return raw.Built;
            }

            if (raw.Building)
            {
                throw _source.Error(raw.Element, "BaseCalendarUID", $"calendar {raw.Uid} derives from itself through its base calendars.");
            }

            raw.Building = true;
            WorkingCalendar? parent = null;
            if (raw.BaseUid is not null)
            {
                if (!_calendars.TryGetValue(raw.BaseUid, out RawCalendar? baseRaw) && raw.BaseUid == "0")
                {
                    baseRaw = null; // "no base calendar" as other writers spell it, when no calendar has UID 0
                }
                else if (baseRaw is null)
                {
                    throw _source.Error(raw.Element, "BaseCalendarUID", $"calendar {raw.Uid} names base calendar UID {raw.BaseUid}, which is not defined.");
                }

                parent = baseRaw is null ? null : Build(baseRaw);
            }

            var days = new WorkingDay[7];
            for (int i = 0; i < 7; i++)
            {
                days[i] = raw.Week[i] ?? (parent is null ? (i < 5 ? WorkingDay.Standard : WorkingDay.NonWorking) : parent.WorkWeek[(IsoDayOfWeek)(i + 1)]);
            }

            var own = new HashSet<LocalDate>();
            foreach (CalendarException e in raw.Exceptions)
            {
                for (LocalDate d = e.From; d <= e.To; d = d.PlusDays(1))
                {
                    own.Add(d);
                }
            }

            IEnumerable<CalendarException> inherited = parent is null
                ? Enumerable.Empty<CalendarException>()
                : parent.Exceptions.Where(e => !Enumerable.Range(0, Period.DaysBetween(e.From, e.To) + 1).Any(k => own.Contains(e.From.PlusDays(k))));
            try
            {
                raw.Built = WorkingCalendar.Create(raw.Name ?? "Calendar " + raw.Uid, WorkWeek.Create(days), raw.Exceptions.Concat(inherited));
            }
            catch (ArgumentException ex)
            {
                throw _source.Error(raw.Element, "Calendar", $"calendar {raw.Uid}: {ex.Message}", ex);
            }

            raw.Building = false;
            return raw.Built;
        }
    }
}
