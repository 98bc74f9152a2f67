using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CsCheck;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Charts;
using ProjectDelivery.Interop;
using ProjectDelivery.Interop.Primavera;
using ProjectDelivery.Planning.Scheduling;
using Xunit;

namespace ProjectDelivery.Tests.Charts;

public sealed class GanttChartTests
{
    // A 3 → B 2 → D 4 is the critical path (9); C 1 after A has float 5; M is a milestone after D and C.
    private static ProjectNetwork Network(string nameOfC = "Order") => ProjectNetwork.Create(new[]
    {
        new Activity("A", 3, name: "Design"),
        new Activity("B", 2, new[] { new Dependency("A") }, name: "Build"),
        new Activity("C", 1, new[] { new Dependency("A") }, name: nameOfC),
        new Activity("D", 4, new[] { new Dependency("B") }, name: "Test"),
        new Activity("M", 0, new[] { new Dependency("D"), new Dependency("C") }, name: "Handover"),
    });

    private static int CriticalShapes(XDocument doc) =>
        Svg.WithClass(doc, "bar critical").Count + Svg.WithClass(doc, "milestone critical").Count;

    [Fact]
    public void Render_SmallNetwork_HighlightsExactlyTheCriticalActivities()
    {
        Schedule<double> schedule = CriticalPathScheduler.Schedule(Network());
        XDocument doc = Svg.Parse(GanttChart.Render(schedule));

        Assert.Equal(4, schedule.CriticalActivities.Count());
        Assert.Equal(4, CriticalShapes(doc));
        var criticalIds = Svg.WithClass(doc, "bar critical").Concat(Svg.WithClass(doc, "milestone critical"))
            .Select(e => e.Attribute("data-activity")!.Value).OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(new[] { "A", "B", "D", "M" }, criticalIds);
        Assert.Equal("C", Assert.Single(Svg.WithClass(doc, "bar")).Attribute("data-activity")!.Value);
        Assert.Single(Svg.WithClass(doc, "milestone critical"));
    }

    [Fact]
    public void Render_SmallNetwork_BarsAndFloatAreProportionalToTime()
    {
        Schedule<double> schedule = CriticalPathScheduler.Schedule(Network());
        XDocument doc = Svg.Parse(GanttChart.Render(schedule));
        XElement Bar(string id) => doc.Descendants(Svg.Ns + "rect").Single(e => e.Attribute("class")!.Value.StartsWith("bar", StringComparison.Ordinal) &&
                                                                            e.Attribute("data-activity")!.Value == id);
        double a = Svg.Number(Bar("A"), "width"), d = Svg.Number(Bar("D"), "width"), c = Svg.Number(Bar("C"), "width");
        Assert.Equal(4.0 / 3.0, d / a, 2);
        Assert.Equal(1.0 / 3.0, c / a, 2);
        Assert.Equal(Svg.Number(Bar("A"), "x") + a, Svg.Number(Bar("B"), "x"), 1);

        // C: early finish 4, late finish 9 → float bar 5 units long, from C's end.
        XElement f = Assert.Single(Svg.WithClass(doc, "float"));
        Assert.Equal("C", f.Attribute("data-activity")!.Value);
        Assert.Equal(5.0 / 3.0, Svg.Number(f, "width") / a, 2);
        Assert.Equal(Svg.Number(Bar("C"), "x") + c, Svg.Number(f, "x"), 1);
    }

    [Fact]
    public void Render_HostileNames_AreEscapedText()
    {
        const string hostile = "<script>alert('x')</script> & \"Co\" \u0001";
        Schedule<double> schedule = CriticalPathScheduler.Schedule(Network(hostile));
        string svg = GanttChart.Render(schedule, new ChartOptions { Title = "A & B <b>" });
        XDocument doc = Svg.Parse(svg);

        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "b");
        Assert.DoesNotContain("<script", svg);
        Assert.Contains(doc.Descendants(Svg.Ns + "text"), t => t.Value == "C <script>alert('x')</script> & \"Co\" \uFFFD");
        Assert.Contains(doc.Descendants(Svg.Ns + "text"), t => t.Value == "A & B <b>");
    }

    [Fact]
    public void Render_CalendarSchedule_LabelsTheAxisWithDates()
    {
        var options = new CalendarScheduleOptions(new LocalDateTime(2027, 1, 4, 8, 0), WorkingCalendar.Standard);
        Schedule<LocalDateTime> schedule = CriticalPathScheduler.Schedule(Network(), options);
        XDocument doc = Svg.Parse(GanttChart.Render(schedule));

        List<string> ticks = Svg.WithClass(doc, "tick-label").Select(t => t.Value).ToList();
        Assert.True(ticks.Count >= 2, string.Join(", ", ticks));
        Assert.All(ticks, t => Assert.Matches(new Regex(@"^\d{4}-\d{2}(-\d{2})?( \d{2}:\d{2})?$|^\d{2}-\d{2} \d{2}:\d{2}$"), t));
        Assert.Equal(ticks.OrderBy(t => t, StringComparer.Ordinal), ticks);
        double[] xs = Svg.WithClass(doc, "tick-label").Select(t => Svg.Number(t, "x")).ToArray();
        Assert.All(xs.Zip(xs.Skip(1), (a, b) => b - a), gap => Assert.Equal(xs[1] - xs[0], gap, 1));
        Assert.Equal(4, CriticalShapes(doc));
    }

    [Fact]
    public void Render_SameInputUnderAnotherCulture_GivesIdenticalOutput()
    {
        Schedule<double> schedule = CriticalPathScheduler.Schedule(Network().WithActivity(new Activity("E", 1.25, name: "Fraction")));
        string invariant = GanttChart.Render(schedule);
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(invariant, GanttChart.Render(schedule));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.Matches(new Regex(@"width=""\d+\.\d+"""), invariant);
    }

    [Fact]
    public void Render_FixedHeight_FitsTheRowsInside()
    {
        Schedule<double> schedule = CriticalPathScheduler.Schedule(Network());
        XDocument doc = Svg.Parse(GanttChart.Render(schedule, new ChartOptions { Width = 600, Height = 300 }));
        Assert.Equal("300", doc.Root!.Attribute("height")!.Value);
        Assert.All(doc.Descendants(Svg.Ns + "rect").Where(r => r.Attribute("data-activity") is not null),
            r => Assert.InRange(Svg.Number(r, "y") + Svg.Number(r, "height"), 0, 300));
    }

    [Fact]
    public void Render_RandomNetworks_CriticalShapesMatchScheduleAndOutputIsClean()
    {
        Gen<(int N, int[] Durations, int[] Links)> gen =
            from n in Gen.Int[1, 25]
            from durations in Gen.Int[0, 12].Array[n]
            from links in Gen.Int[0, 1000].Array[n * 2]
            select (n, durations, links);
        gen.Sample(c =>
        {
            var activities = new List<Activity>();
            for (int i = 0; i < c.N; i++)
            {
                var preds = new HashSet<int>();
                for (int k = 0; k < 2 && i > 0; k++)
                {
                    if (c.Links[(2 * i) + k] % 3 != 0)
                    {
                        preds.Add(c.Links[(2 * i) + k] % i);
                    }
                }

                activities.Add(new Activity("A" + i, c.Durations[i], preds.Select(p => new Dependency("A" + p))));
            }

            Schedule<double> schedule = CriticalPathScheduler.Schedule(ProjectNetwork.Create(activities));
            XDocument doc = Svg.Parse(GanttChart.Render(schedule));
            Assert.Equal(schedule.CriticalActivities.Count(), CriticalShapes(doc));
            Assert.Equal(c.N, doc.Descendants().Count(e => e.Attribute("class")?.Value.Split(' ')[0] is "bar" or "milestone"));
            Assert.Equal(schedule.Activities.Count(a => a.Activity.IsMilestone), doc.Descendants().Count(e => e.Attribute("class")?.Value.Split(' ')[0] == "milestone"));
        }, iter: 300);
    }

    [Fact]
    public void Render_InvalidOptions_ReportsEveryProblem()
    {
        Schedule<double> schedule = CriticalPathScheduler.Schedule(Network());
        var ex = Assert.Throws<ArgumentException>(() => GanttChart.Render(schedule, new ChartOptions { Width = 10, Height = 5, BarColour = " " }));
        Assert.Contains("Width", ex.Message);
        Assert.Contains("Height", ex.Message);
        Assert.Contains("BarColour", ex.Message);
        Assert.Throws<ArgumentNullException>(() => GanttChart.Render((Schedule<double>)null!));
    }

    private static ImportedSchedule PrimaveraSample()
    {
        // The CLI's bundled P6 sample (MPXJ percent-complete-8.4.xer): activities 0-100 % complete at a data date.
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "samples", "schedule-primavera.xer"));
        return XerReader.Read(stream, "schedule-primavera.xer");
    }

    [Fact]
    public void Render_NothingCritical_TitleDoesNotPromiseACriticalPath()
    {
        // A deadline ten units after the natural finish leaves every activity with positive float.
        Schedule<double> schedule = CriticalPathScheduler.Schedule(Network().WithDeadline(ScheduleMoment.FromUnits(19)));
        Assert.Empty(schedule.CriticalActivities);
        XDocument doc = Svg.Parse(GanttChart.Render(schedule));

        Assert.DoesNotContain("critical path highlighted", doc.ToString(), StringComparison.Ordinal);
        Assert.Contains("no critical activities", doc.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, CriticalShapes(doc));
    }

    [Fact]
    public void Render_SomethingCritical_TitleSaysTheCriticalPathIsHighlighted()
    {
        XDocument doc = Svg.Parse(GanttChart.Render(CriticalPathScheduler.Schedule(Network())));
        Assert.Contains("critical path highlighted", doc.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FinishedActivitiesOnTheLongestPath_AreDrawnCompleteNotCritical()
    {
        // A finished (actual finish 3), B finished work (in progress, nothing remaining), C after both still to do:
        // the engine keeps A and B on the longest path; the picture must not call finished work critical.
        var network = ProjectNetwork.Create(new[]
        {
            new Activity("A", 3, progress: new ActivityProgress(ScheduleMoment.FromUnits(0), ScheduleMoment.FromUnits(3))),
            new Activity("B", 2, new[] { new Dependency("A") }, progress: new ActivityProgress(ScheduleMoment.FromUnits(3), null, 0)),
            new Activity("C", 4, new[] { new Dependency("B") }),
        });
        Schedule<double> schedule = CriticalPathScheduler.Schedule(network, new ScheduleOptions { StatusDate = ScheduleMoment.FromUnits(5) });
        XDocument doc = Svg.Parse(GanttChart.Render(schedule, null, 5));

        Assert.Equal(new[] { "A", "B" }, Svg.WithClass(doc, "bar complete").Select(e => e.Attribute("data-activity")!.Value));
        Assert.Equal("C", Assert.Single(Svg.WithClass(doc, "bar critical")).Attribute("data-activity")!.Value);
        Assert.Contains("critical path highlighted", doc.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PrimaveraFileInProgress_ActivitiesWithNoWorkLeftAreNotCritical()
    {
        ImportedSchedule project = PrimaveraSample();
        Schedule<LocalDateTime> schedule = project.Schedule();
        XDocument doc = Svg.Parse(GanttChart.Render(schedule, null, project.StatusDate));

        // A1030 "Duration 100%" has no remaining duration in the file: drawn as finished work.
        Assert.Contains("A1030", Svg.WithClass(doc, "bar complete").Select(e => e.Attribute("data-activity")!.Value));
        var criticalIds = Svg.WithClass(doc, "bar critical").Concat(Svg.WithClass(doc, "milestone critical")).Select(e => e.Attribute("data-activity")!.Value);
        Assert.Equal(
            schedule.Activities.Where(a => a.Critical && a.Status != ActivityStatus.Complete && a.Activity.Progress?.RemainingDuration != 0).Select(a => a.Id).OrderBy(i => i, StringComparer.Ordinal),
            criticalIds.OrderBy(i => i, StringComparer.Ordinal));
    }

    [Fact]
    public void Render_WithStatusDate_DrawsTheDataDateLineAtThatDate()
    {
        ImportedSchedule project = PrimaveraSample();
        LocalDateTime dataDate = Assert.NotNull(project.StatusDate);
        Schedule<LocalDateTime> schedule = project.Schedule();
        XDocument doc = Svg.Parse(GanttChart.Render(schedule, null, dataDate));

        XElement line = Assert.Single(Svg.WithClass(doc, "data-date"));
        Assert.Contains(dataDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), Assert.Single(Svg.WithClass(doc, "data-date-label")).Value, StringComparison.Ordinal);

        // The line sits between the bars that start before and after it: proportional to the axis of the bars.
        XElement Bar(ActivitySchedule<LocalDateTime> a) => doc.Descendants(Svg.Ns + "rect").First(e => e.Attribute("data-activity")?.Value == a.Id &&
            e.Attribute("class")!.Value.StartsWith("bar", StringComparison.Ordinal));
        ActivitySchedule<LocalDateTime> first = schedule.Activities.OrderBy(a => a.EarlyStart).First();
        double x = Svg.Number(line, "x1");
        Assert.Equal(x, Svg.Number(line, "x2"), 6);
        Assert.True(first.EarlyStart <= dataDate ? Svg.Number(Bar(first), "x") <= x + 0.01 : Svg.Number(Bar(first), "x") >= x - 0.01);

        Assert.Empty(Svg.WithClass(Svg.Parse(GanttChart.Render(schedule)), "data-date"));
    }

    [Fact]
    public void Render_PlainScheduleWithStatusDate_DrawsTheLineBetweenTheRightTicks()
    {
        Schedule<double> schedule = CriticalPathScheduler.Schedule(Network());
        XDocument doc = Svg.Parse(GanttChart.Render(schedule, null, 4.5));
        XElement line = Assert.Single(Svg.WithClass(doc, "data-date"));
        XElement Bar(string id) => doc.Descendants(Svg.Ns + "rect").Single(e => e.Attribute("data-activity")?.Value == id &&
            e.Attribute("class")!.Value.StartsWith("bar", StringComparison.Ordinal));

        // B runs 3 to 5: the data date 4.5 is three quarters along its bar.
        double x = Svg.Number(line, "x1");
        Assert.Equal(Svg.Number(Bar("B"), "x") + (0.75 * Svg.Number(Bar("B"), "width")), x, 1);
        Assert.Contains("data date 4.5", Assert.Single(Svg.WithClass(doc, "data-date-label")).Value, StringComparison.Ordinal);
    }
}
