// docs/getting-started/scheduling.md, changed only where C# 7.3 demands it (each change marked "C# 7.3:"), then what it found.
using System;
using System.Collections.Generic;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Reporting;

internal static class SchedulingGuide
{
    public static void Run()
    {
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
        Console.WriteLine($"scheduling: finish {finish:uuuu-MM-dd HH:mm}, critical {string.Join(" -> ", criticalPath)}, docs float {Program.F(docsFloat)}, {rows.Count} rows");
    }
}
