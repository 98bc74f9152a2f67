using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Reporting;
using Xunit;

namespace ProjectDelivery.Tests.Docs.GettingStarted;

/// <summary>Runs the code of docs/getting-started/scheduling.md word for word (<see cref="GettingStartedGuideTests"/> checks they match).</summary>
public sealed class SchedulingGuideTests
{
    [Fact]
    public void Guide_Code_RunsAndGivesTheDocumentedResults()
    {
        // guide-begin
        var calendar = WorkingCalendar.Standard.WithHolidays(new LocalDate(2027, 4, 2)); // Mon-Fri 08:00-12:00, 13:00-17:00
        var network = ProjectNetwork.Create(new[]
        {
            new Activity("design", 3, name: "Design"),
            new Activity("build", 5, new[] { new Dependency("design") }, name: "Build"),
            new Activity("test", 2, new[] { new Dependency("build", DependencyType.StartToStart, 3) }, name: "Test"),
            new Activity("docs", 1, new[] { new Dependency("design") }, name: "User guide"),
        });
        var options = new CalendarScheduleOptions(new LocalDateTime(2027, 3, 29, 8, 0), calendar);
        Schedule<LocalDateTime> schedule = CriticalPathScheduler.Schedule(network, options);

        LocalDateTime finish = schedule.ProjectFinish;                 // 2027-04-09 17:00 (Good Friday is a holiday)
        IReadOnlyList<string> criticalPath = schedule.CriticalPaths[0]; // design -> build
        double docsFloat = schedule["docs"].TotalFloat;                 // 4 working days
        IReadOnlyList<ScheduleRow> rows = ScheduleRow.From(schedule);   // flat rows for a report or a spreadsheet
        // guide-end

        Assert.Equal(new LocalDateTime(2027, 4, 8, 17, 0), finish);
        Assert.Equal(new[] { "design", "build" }, criticalPath.Take(2));
        Assert.Equal(4.0, docsFloat, 9);
        Assert.Equal(4, rows.Count);
        Assert.Equal(new DateTime(2027, 3, 31, 17, 0, 0), rows[0].EarlyFinish);
        Assert.True(rows.Single(r => r.Id == "build").Critical);
        Assert.False(rows.Single(r => r.Id == "docs").Critical);
    }
}
