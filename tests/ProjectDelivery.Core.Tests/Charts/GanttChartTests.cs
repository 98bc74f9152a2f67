using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CsCheck;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Charts;
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
}
