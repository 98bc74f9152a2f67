using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ProjectDelivery.Tests.Interop.MsProject;

/// <summary>Checks an MSPDI document against <see cref="MspdiSchemaFacts"/> and lists every violation (empty when it conforms).</summary>
internal static class MspdiConformance
{
    private static readonly Regex DateTimeFormat = new(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$", RegexOptions.CultureInvariant);
    private static readonly Regex TimeFormat = new(@"^\d{2}:\d{2}:\d{2}$", RegexOptions.CultureInvariant);
    private static readonly Regex DurationFormat = new(@"^PT\d+H\d+M\d+S$", RegexOptions.CultureInvariant);
    private static readonly Regex BooleanFormat = new("^[01]$", RegexOptions.CultureInvariant);
    private static readonly Regex IntegerFormat = new(@"^-?\d+$", RegexOptions.CultureInvariant);
    private static readonly Regex DecimalFormat = new(@"^-?\d+(\.\d+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex OutlineFormat = new(@"^\d+(\.\d+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex CurrencyFormat = new("^[A-Z]{3}$", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> DateTimes = new(StringComparer.Ordinal)
    {
        "StartDate", "FinishDate", "StatusDate", "CurrentDate", "CreationDate", "Start", "Finish", "EarlyStart", "EarlyFinish", "LateStart",
        "LateFinish", "ActualStart", "ActualFinish", "ConstraintDate", "Deadline", "FromDate", "ToDate",
    };

    private static readonly HashSet<string> Times = new(StringComparer.Ordinal) { "FromTime", "ToTime" };

    private static readonly HashSet<string> Durations = new(StringComparer.Ordinal) { "Duration", "RemainingDuration", "ActualDuration", "Work" };

    private static readonly HashSet<string> Booleans = new(StringComparer.Ordinal)
    {
        "ScheduleFromStart", "IsBaseCalendar", "DayWorking", "Milestone", "Summary", "Critical", "CrossProject", "EnteredByOccurrences", "IsCostResource",
    };

    private static readonly HashSet<string> Integers = new(StringComparer.Ordinal)
    {
        "SaveVersion", "UID", "ID", "CalendarUID", "BaseCalendarUID", "MinutesPerDay", "MinutesPerWeek", "OutlineLevel", "FreeSlack",
        "TotalSlack", "PercentComplete", "PredecessorUID", "LinkLag", "TaskUID", "ResourceUID", "Number", "Occurrences", "FieldID",
        "DayType", "DurationFormat", "LagFormat", "ConstraintType",
    };

    private static readonly HashSet<string> Decimals = new(StringComparer.Ordinal) { "Cost", "ActualCost", "RemainingCost", "StandardRate", "Units" };

    public static IReadOnlyList<string> Check(string xml)
    {
        var errors = new List<string>();
        XDocument document = XDocument.Parse(xml);
        XElement root = document.Root!;
        if (root.Name != XName.Get("Project", MspdiSchemaFacts.Namespace))
        {
            errors.Add($"root is {root.Name}, expected {{{MspdiSchemaFacts.Namespace}}}Project");
            return errors;
        }

        CheckStructure(root, "/Project", errors);
        foreach (XElement element in root.DescendantsAndSelf())
        {
            if (element.Name.NamespaceName != MspdiSchemaFacts.Namespace)
            {
                errors.Add($"{Path(element)}: namespace '{element.Name.NamespaceName}'");
            }

            if (!element.HasElements)
            {
                CheckValue(element, errors);
            }
        }

        CheckReferences(root, errors);
        return errors;
    }

    private static string Key(XElement element) => element.Parent is null ? "/Project" : element.Parent.Name.LocalName + "/" + element.Name.LocalName;

    private static string Path(XElement element) =>
        string.Join("/", element.AncestorsAndSelf().Reverse().Select(e => e.Name.LocalName + (e.Parent is null ? string.Empty : "[" + (e.ElementsBeforeSelf(e.Name).Count() + 1).ToString(CultureInfo.InvariantCulture) + "]")));

    private static void CheckStructure(XElement element, string key, List<string> errors)
    {
        if (!MspdiSchemaFacts.Sequences.TryGetValue(key, out string[]? sequence))
        {
            if (element.HasElements)
            {
                errors.Add($"{Path(element)}: element with children that the schema facts do not describe ({key})");
            }

            return;
        }

        int last = -1;
        foreach (XElement child in element.Elements())
        {
            int position = Array.IndexOf(sequence, child.Name.LocalName);
            if (position < 0)
            {
                errors.Add($"{Path(child)}: unknown element in {key}");
                continue;
            }

            if (position < last)
            {
                errors.Add($"{Path(child)}: out of schema order in {key} (after {sequence[last]})");
            }

            bool repeatable = child.Name.LocalName is "PredecessorLink" or "ExtendedAttribute" or "Baseline" or "OutlineCode" or "TimephasedData"
                || sequence.Length == 1;
            if (position == last && !repeatable)
            {
                errors.Add($"{Path(child)}: repeated in {key}");
            }

            last = position;
            if (key.EndsWith("/WorkingTimes", StringComparison.Ordinal) && element.Elements().Count() > MspdiSchemaFacts.MaxWorkingTimes && child == element.Elements().Last())
            {
                errors.Add($"{Path(element)}: more than {MspdiSchemaFacts.MaxWorkingTimes} WorkingTime elements");
            }

            CheckStructure(child, Key(child), errors);
        }

        if (MspdiSchemaFacts.Required.TryGetValue(key, out string[]? required))
        {
            foreach (string name in required.Where(r => element.Element(XName.Get(r, MspdiSchemaFacts.Namespace)) is null))
            {
                errors.Add($"{Path(element)}: required {name} missing");
            }
        }
    }

    private static void CheckValue(XElement element, List<string> errors)
    {
        string name = element.Name.LocalName;
        string key = Key(element);
        string value = element.Value;
        void Expect(Regex format, string what)
        {
            if (!format.IsMatch(value))
            {
                errors.Add($"{Path(element)}: '{value}' is not {what}");
            }
        }

        if (DateTimes.Contains(name))
        {
            Expect(DateTimeFormat, "a dateTime yyyy-MM-ddTHH:mm:ss");
        }
        else if (Times.Contains(name))
        {
            Expect(TimeFormat, "a time HH:mm:ss");
        }
        else if (Durations.Contains(name))
        {
            Expect(DurationFormat, "a duration PTnHnMnS");
        }
        else if (Booleans.Contains(name))
        {
            Expect(BooleanFormat, "a boolean 0/1");
        }
        else if (Integers.Contains(name) || name == "Type")
        {
            Expect(IntegerFormat, "an integer");
        }
        else if (Decimals.Contains(name))
        {
            Expect(DecimalFormat, "a decimal number");
        }
        else if (name is "WBS" or "OutlineNumber")
        {
            Expect(OutlineFormat, "an outline number");
        }
        else if (name == "CurrencyCode")
        {
            Expect(CurrencyFormat, "an ISO 4217 code");
        }

        if (!IntegerFormat.IsMatch(value))
        {
            return;
        }

        int code = int.Parse(value, CultureInfo.InvariantCulture);
        int[]? allowed = key switch
        {
            "Task/DurationFormat" => MspdiSchemaFacts.DurationFormats,
            "PredecessorLink/LagFormat" => MspdiSchemaFacts.LagFormats,
            "PredecessorLink/Type" => MspdiSchemaFacts.LinkTypes,
            "Task/ConstraintType" => MspdiSchemaFacts.ConstraintTypes,
            "WeekDay/DayType" => MspdiSchemaFacts.DayTypes,
            "Resource/Type" => MspdiSchemaFacts.ResourceTypes,
            "Exception/Type" => MspdiSchemaFacts.ExceptionTypes,
            _ => null,
        };
        if (allowed is not null && !allowed.Contains(code))
        {
            errors.Add($"{Path(element)}: code {code} is not one of the schema's values");
        }

        if (key == "Task/PercentComplete" && code is < 0 or > 100)
        {
            errors.Add($"{Path(element)}: percentage {code} outside 0..100");
        }
    }

    private static void CheckReferences(XElement root, List<string> errors)
    {
        XNamespace ns = MspdiSchemaFacts.Namespace;
        IEnumerable<XElement> Items(string collection, string item) => root.Elements(ns + collection).Elements(ns + item);
        int Int(XElement e, string child) => int.Parse(e.Element(ns + child)!.Value, CultureInfo.InvariantCulture);
        HashSet<int> Unique(string collection, string item)
        {
            var seen = new HashSet<int>();
            foreach (XElement e in Items(collection, item).Where(e => e.Element(ns + "UID") is not null))
            {
                if (!seen.Add(Int(e, "UID")))
                {
                    errors.Add($"{Path(e)}: duplicate UID {Int(e, "UID")}");
                }
            }

            return seen;
        }

        HashSet<int> calendars = Unique("Calendars", "Calendar");
        HashSet<int> tasks = Unique("Tasks", "Task");
        HashSet<int> resources = Unique("Resources", "Resource");
        Unique("Assignments", "Assignment");
        var ids = new HashSet<int>();
        foreach (XElement task in Items("Tasks", "Task").Where(t => t.Element(ns + "ID") is not null))
        {
            if (!ids.Add(Int(task, "ID")))
            {
                errors.Add($"{Path(task)}: duplicate ID");
            }
        }

        void Resolve(XElement? reference, ICollection<int> targets, string what, params int[] allowed)
        {
            if (reference is null || !IntegerFormat.IsMatch(reference.Value))
            {
                return;
            }

            int value = int.Parse(reference.Value, CultureInfo.InvariantCulture);
            if (!targets.Contains(value) && !allowed.Contains(value))
            {
                errors.Add($"{Path(reference)}: {value} is not the UID of a {what}");
            }
        }

        Resolve(root.Element(ns + "CalendarUID"), calendars, "calendar");
        foreach (XElement calendar in Items("Calendars", "Calendar"))
        {
            Resolve(calendar.Element(ns + "BaseCalendarUID"), calendars, "calendar", -1);
        }

        var fields = new HashSet<int>(root.Elements(ns + "ExtendedAttributes").Elements(ns + "ExtendedAttribute").Select(e => Int(e, "FieldID")));
        foreach (XElement task in Items("Tasks", "Task"))
        {
            Resolve(task.Element(ns + "CalendarUID"), calendars, "calendar", -1);
            foreach (XElement link in task.Elements(ns + "PredecessorLink"))
            {
                Resolve(link.Element(ns + "PredecessorUID"), tasks, "task");
                if (link.Element(ns + "PredecessorUID")?.Value == task.Element(ns + "UID")?.Value)
                {
                    errors.Add($"{Path(link)}: a task is its own predecessor");
                }
            }

            foreach (XElement field in task.Elements(ns + "ExtendedAttribute"))
            {
                Resolve(field.Element(ns + "FieldID"), fields, "declared custom field");
            }
        }

        foreach (XElement assignment in Items("Assignments", "Assignment"))
        {
            Resolve(assignment.Element(ns + "TaskUID"), tasks, "task");
            Resolve(assignment.Element(ns + "ResourceUID"), resources, "resource", MspdiSchemaFacts.UnassignedResourceUid);
        }
    }
}
