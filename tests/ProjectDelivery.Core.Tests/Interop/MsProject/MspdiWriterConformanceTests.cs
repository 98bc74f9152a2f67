using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Interop;
using ProjectDelivery.Interop.MsProject;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Tests.Interop;
using Xunit;

namespace ProjectDelivery.Tests.Interop.MsProject;

/// <summary>The writer's XML checked against the facts of Microsoft's MSPDI schema (<see cref="MspdiSchemaFacts"/>).</summary>
public sealed class MspdiWriterConformanceTests
{
    private static string Write(ImportedSchedule project, Schedule<LocalDateTime>? schedule = null)
    {
        var text = new StringWriter();
        MspdiWriter.Write(project, text, schedule);
        return text.ToString();
    }

    private static void AssertConforms(string xml)
    {
        IReadOnlyList<string> errors = MspdiConformance.Check(xml);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(30)));
    }

    [Theory]
    [InlineData(ScheduleSamples.Relations)]
    [InlineData(ScheduleSamples.Legacy)]
    [InlineData(ScheduleSamples.Durations)]
    [InlineData(ScheduleSamples.PercentComplete)]
    public void Write_SampleFile_ConformsToTheSchemaFacts(string file)
    {
        ImportedSchedule original = ScheduleSamples.Read(file);
        AssertConforms(Write(original));
        AssertConforms(Write(original, original.Schedule()));
    }

    [Theory]
    [InlineData("schedule-msproject.xml")]
    [InlineData("schedule-primavera.xer")]
    public void Write_CliSample_ConformsToTheSchemaFacts(string file)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(System.AppContext.BaseDirectory, "samples", file));
        ImportedSchedule original = ScheduleSamples.Read(file, bytes);
        AssertConforms(Write(original, original.Schedule()));
    }

    [Fact]
    public void Write_EveryFeature_ConformsAndRoundTrips()
    {
        ImportedSchedule textIds = EveryFeature();
        AssertConforms(Write(textIds, textIds.Schedule()));
        ImportedSchedule project = EveryFeature(textIds: false);
        string xml = Write(project, project.Schedule());
        AssertConforms(xml);

        ImportedSchedule again = MspdiReader.Read(new StringReader(xml), "every-feature.xml");
        MspdiWriterTests.AssertSameNetwork(project.Network, again.Network, project.Calendar, again.Calendar);
        Assert.Equal(project.Resources.Count, again.Resources.Count);
        Assert.Equal(project.Assignments.Count, again.Assignments.Count);

        // Every link type, constraint type and both lag formats are present, so the enumerations were really exercised.
        System.Xml.Linq.XNamespace ns = MspdiSchemaFacts.Namespace;
        var document = System.Xml.Linq.XDocument.Parse(xml);
        var links = document.Descendants(ns + "PredecessorLink").ToList();
        Assert.Equal(new[] { "0", "1", "2", "3" }, links.Select(l => l.Element(ns + "Type")!.Value).Distinct().OrderBy(x => x));
        Assert.Equal(new[] { "7", "8" }, links.Select(l => l.Element(ns + "LagFormat")!.Value).Distinct().OrderBy(x => x));
        Assert.Equal(8, document.Descendants(ns + "ConstraintType").Select(c => c.Value).Distinct().Count());
        Assert.Contains(document.Descendants(ns + "Exception"), e => e.Element(ns + "WorkingTimes") is not null);
        Assert.Equal(new[] { "1", "0", "1" }, document.Descendants(ns + "Resource").Select(r => r.Element(ns + "Type")!.Value));
        Assert.Equal("1", document.Descendants(ns + "Resource").Last().Element(ns + "IsCostResource")!.Value);
        Assert.Equal(project.Resources.Select(r => r.Kind), again.Resources.Select(r => r.Kind));
    }

    [Fact]
    public void Write_ProjectElement_CarriesTheRequiredChildren()
    {
        string xml = Write(EveryFeature());
        var root = System.Xml.Linq.XDocument.Parse(xml).Root!;
        System.Xml.Linq.XNamespace ns = MspdiSchemaFacts.Namespace;
        Assert.Equal(ns + "Project", root.Name);
        Assert.Equal("12", root.Element(ns + "SaveVersion")!.Value);
        Assert.Matches("^[A-Z]{3}$", root.Element(ns + "CurrencyCode")!.Value);
    }

    [Fact]
    public void Write_MixedResourceIds_GivesUniqueResolvableResourceUids()
    {
        var network = ProjectNetwork.Create(new[] { new Activity("1", 60), new Activity("2", 60) });
        var project = new ImportedSchedule(ScheduleFileFormat.MsProjectXml, network, WorkingCalendar.Standard, new LocalDateTime(2024, 1, 8, 8, 0), Duration.FromMinutes(1))
        {
            Resources = new[] { new ImportedResource("2", "Numeric", ResourceKind.Work, null), new ImportedResource("crane", "Named", ResourceKind.Work, null) },
            Assignments = new[] { new ImportedAssignment("1", "2", 1, null, null, null, null, null), new ImportedAssignment("2", "crane", 0.5, 4, null, null, null, null) },
        };
        AssertConforms(Write(project));
    }

    [Fact]
    public void Write_DayWithSixIntervals_ThrowsNamingTheCalendar()
    {
        WorkingCalendar split = WorkingCalendar.Create("Split", WorkWeek.Standard.With(IsoDayOfWeek.Monday, WorkingDay.Parse("06:00-07:00,08:00-09:00,10:00-11:00,12:00-13:00,14:00-15:00,16:00-17:00")));
        var network = ProjectNetwork.Create(new[] { new Activity("1", 60) });
        var project = new ImportedSchedule(ScheduleFileFormat.MsProjectXml, network, split, new LocalDateTime(2024, 1, 8, 6, 0), Duration.FromMinutes(1));
        var error = Assert.Throws<System.ArgumentException>(() => Write(project));
        Assert.Contains("'Split'", error.Message);
        Assert.Contains("Monday", error.Message);

        WorkingCalendar five = WorkingCalendar.Create("Five", WorkWeek.Standard.With(IsoDayOfWeek.Monday, WorkingDay.Parse("06:00-07:00,08:00-09:00,10:00-11:00,12:00-13:00,14:00-15:00")));
        AssertConforms(Write(new ImportedSchedule(ScheduleFileFormat.MsProjectXml, network, five, new LocalDateTime(2024, 1, 8, 6, 0), Duration.FromMinutes(1))));
    }

    [Fact]
    public void Check_SixWorkingTimes_ReportsTheLimit()
    {
        string xml = System.Xml.Linq.XDocument.Parse(Write(Small())).ToString(System.Xml.Linq.SaveOptions.DisableFormatting);
        const string period = "<WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>";
        Assert.Contains(period, xml);
        int at = xml.IndexOf(period, System.StringComparison.Ordinal);
        string broken = xml.Substring(0, at) + string.Concat(Enumerable.Repeat(period, 5)) + xml.Substring(at);
        Assert.Contains(MspdiConformance.Check(broken), e => e.Contains("more than 5 WorkingTime"));
    }

    // The checker itself must fail on each kind of defect, or the tests above prove nothing.
    [Theory]
    [InlineData("<SaveVersion>12</SaveVersion>", "", "required SaveVersion missing")]
    [InlineData("<DayType>1</DayType>", "", "required DayType missing")]
    [InlineData("<ScheduleFromStart>1</ScheduleFromStart>", "<ScheduleFromStart>yes</ScheduleFromStart>", "boolean")]
    [InlineData("<Summary>0</Summary>", "<Summary>0</Summary><Bogus>1</Bogus>", "unknown element")]
    [InlineData("<Duration>PT8H0M0S</Duration>", "<Duration>8d</Duration>", "duration")]
    [InlineData("<ConstraintType>0</ConstraintType>", "<ConstraintType>9</ConstraintType>", "code 9")]
    [InlineData("<PredecessorUID>1</PredecessorUID>", "<PredecessorUID>99</PredecessorUID>", "not the UID of a task")]
    [InlineData("<CalendarUID>1</CalendarUID>", "<CalendarUID>7</CalendarUID>", "not the UID of a calendar")]
    [InlineData("<StatusDate>2024-01-08T14:00:00</StatusDate>", "<StatusDate>2024-01-08 14:00</StatusDate>", "dateTime")]
    [InlineData("<UID>2</UID><ID>2</ID>", "<UID>1</UID><ID>2</ID>", "duplicate UID")]
    [InlineData("<MinutesPerDay>480</MinutesPerDay>", "<MinutesPerWeek>2400</MinutesPerWeek><MinutesPerDay>480</MinutesPerDay>", "out of schema order")]
    public void Check_BrokenDocument_ReportsTheDefect(string original, string replacement, string expected)
    {
        string xml = Write(Small()).Replace("\r", string.Empty);
        string compact = System.Xml.Linq.XDocument.Parse(xml).ToString(System.Xml.Linq.SaveOptions.DisableFormatting);
        Assert.Empty(MspdiConformance.Check(compact));
        Assert.Contains(original, compact);
        int at = compact.IndexOf(original, System.StringComparison.Ordinal);
        string broken = compact.Substring(0, at) + replacement + compact.Substring(at + original.Length);
        if (original.StartsWith("<MinutesPerDay>", System.StringComparison.Ordinal))
        {
            broken = broken.Replace("</MinutesPerDay><MinutesPerWeek>2400</MinutesPerWeek>", "</MinutesPerDay>");
        }

        IReadOnlyList<string> errors = MspdiConformance.Check(broken);
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Contains(expected));
    }

    private static ImportedSchedule Small()
    {
        var network = ProjectNetwork.Create(new[]
        {
            new Activity("1", 480, name: "A"),
            new Activity("2", 480, new[] { new Dependency("1") }, "B"),
        });
        return new ImportedSchedule(ScheduleFileFormat.MsProjectXml, network, WorkingCalendar.Standard, new LocalDateTime(2024, 1, 8, 8, 0), Duration.FromMinutes(1))
        {
            StatusDate = new LocalDateTime(2024, 1, 8, 14, 0),
        };
    }

    /// <summary>Every link type, lags of several signs and sizes on working and elapsed time, all constraint types, milestones, calendars with holiday and working-time exceptions, progress, baseline, resources of every kind and assignments, non-numeric ids (Text1 custom field).</summary>
    internal static ImportedSchedule EveryFeature(bool textIds = true)
    {
        string[] names = { "dig", "pour", "cure", "frame", "roof", "inspect", "fit", "paint", "handover", "kickoff", "site", "build", "frameworks", "crew", "concrete", "permit" };
        string Id(string name) => textIds ? name : (System.Array.IndexOf(names, name) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        WorkingCalendar office = WorkingCalendar.Standard.WithName("Office").WithExceptions(new[]
        {
            CalendarException.Holiday(new LocalDate(2024, 1, 15), "Closure"),
            CalendarException.Holidays(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 2)),
            CalendarException.WorkingHours(new LocalDate(2024, 1, 20), WorkingDay.Parse("09:00-12:00,13:00-15:30"), "Saturday shift"),
        });
        WorkingCalendar night = WorkingCalendar.Create("Night", WorkWeek.Create(Enumerable.Repeat(WorkingDay.Parse("18:00-23:00"), 7).ToArray()))
            .WithHolidays(new LocalDate(2024, 1, 24));
        var start = new LocalDateTime(2024, 1, 8, 8, 0);
        var constraints = new[]
        {
            new ActivityConstraint(ConstraintType.AsSoonAsPossible),
            new ActivityConstraint(ConstraintType.AsLateAsPossible),
            new ActivityConstraint(ConstraintType.MustStartOn, new LocalDateTime(2024, 1, 22, 8, 0)),
            new ActivityConstraint(ConstraintType.MustFinishOn, new LocalDateTime(2024, 2, 9, 17, 0)),
            new ActivityConstraint(ConstraintType.StartNoEarlierThan, new LocalDateTime(2024, 1, 10, 13, 0)),
            new ActivityConstraint(ConstraintType.StartNoLaterThan, new LocalDateTime(2024, 2, 5, 8, 0)),
            new ActivityConstraint(ConstraintType.FinishNoEarlierThan, new LocalDateTime(2024, 1, 31, 17, 0)),
            new ActivityConstraint(ConstraintType.FinishNoLaterThan, new LocalDateTime(2024, 3, 1, 17, 0)),
        };
        var activities = new List<Activity>
        {
            new(Id("dig"), 960, name: "Dig", wbsParent: Id("site"), progress: new ActivityProgress(start, new LocalDateTime(2024, 1, 9, 17, 0))),
            new(Id("pour"), 1440, new[] { new Dependency(Id("dig"), DependencyType.FinishToStart, 60) }, "Pour", constraints[4], wbsParent: Id("site"),
                progress: new ActivityProgress(new LocalDateTime(2024, 1, 10, 13, 0), null, 720)),
            new(Id("cure"), 4320, new[] { new Dependency(Id("pour"), DependencyType.FinishToStart, 0) }, "Cure", calendar: WorkingCalendar.Continuous, wbsParent: Id("site")),
            new(Id("frame"), 2400, new[] { new Dependency(Id("pour"), DependencyType.StartToStart, 240.5), new Dependency(Id("cure"), DependencyType.FinishToFinish, -120) },
                "Frame", constraints[1], night, Id("build")),
            new(Id("roof"), 960, new[] { new Dependency(Id("frame"), DependencyType.StartToFinish, 2880) }, "Roof", constraints[2], wbsParent: Id("build")),
            new(Id("inspect"), 120, new[] { new Dependency(Id("roof"), DependencyType.FinishToStart, -30) }, "Inspect", constraints[3], wbsParent: Id("build")),
            new(Id("fit"), 480, new[] { new Dependency(Id("inspect")) }, "Fit", constraints[5]),
            new(Id("paint"), 480, new[] { new Dependency(Id("fit"), DependencyType.StartToStart, 1440) }, "Paint", constraints[6], calendar: WorkingCalendar.Continuous),
            new(Id("handover"), 0, new[] { new Dependency(Id("paint")), new Dependency(Id("cure"), DependencyType.FinishToFinish, 0) }, "Handover", constraints[7]),
            new(Id("kickoff"), 0, name: "Kick-off", constraint: constraints[0]),
        };
        var network = ProjectNetwork.Create(activities, new[] { new WbsElement(Id("site"), "Site"), new WbsElement(Id("build"), "Build"), new WbsElement(Id("frameworks"), "Frame works", Id("build")) });
        var tasks = activities.Select(a => new ImportedTask(a.Id)
        {
            PercentComplete = a.Id == Id("dig") ? 100 : a.Id == Id("pour") ? 50 : null,
            Deadline = a.Id == Id("handover") ? new LocalDateTime(2024, 3, 8, 17, 0) : null,
            BaselineStart = a.Id == Id("dig") ? start : null,
            BaselineFinish = a.Id == Id("dig") ? new LocalDateTime(2024, 1, 9, 17, 0) : null,
            BaselineDuration = a.Id == Id("dig") ? 960 : null,
            BaselineCost = a.Id == Id("pour") ? 1250.5m : null,
            ElapsedDuration = a.Calendar is { } c && ReferenceEquals(c, WorkingCalendar.Continuous),
        });
        return new ImportedSchedule(ScheduleFileFormat.MsProjectXml, network, office, start, Duration.FromMinutes(1), tasks)
        {
            Name = "Every feature & <escaping>",
            StatusDate = new LocalDateTime(2024, 1, 10, 17, 0),
            Calendars = new Dictionary<string, WorkingCalendar> { ["office"] = office, ["night"] = night },
            Resources = new[]
            {
                new ImportedResource(Id("crew"), "Crew", ResourceKind.Work, 45.5m),
                new ImportedResource(Id("concrete"), "Concrete", ResourceKind.Material, 120m),
                new ImportedResource(Id("permit"), "Permit fee", ResourceKind.Cost, null),
            },
            Assignments = new[]
            {
                new ImportedAssignment(Id("dig"), Id("crew"), 2, 32, 1456m, 1456m, 0m, 1400m),
                new ImportedAssignment(Id("pour"), Id("concrete"), 0.25, null, 3000m, 1500m, 1500m, null),
                new ImportedAssignment(Id("inspect"), Id("permit"), 1, null, 250m, null, null, null),
                new ImportedAssignment(Id("frame"), Id("crew"), 1.5, 60, null, null, null, null),
            },
        };
    }
}
