// docs/getting-started/scheduling.md, word for word (ConsumerProgramTests checks it): prints what the page's Output block shows.
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
var calendar = WorkingCalendar.Standard.WithHolidays(new LocalDate(2027, 4, 2)); // Mon-Fri 08:00-12:00, 13:00-17:00; Fri 2 April off
var network = ProjectNetwork.Create(new[]
{
    new Activity("design", 3, name: "Design"),
    new Activity("build", 5, new[] { new Dependency("design") }, name: "Build"),
    new Activity("test", 2, new[] { new Dependency("build", DependencyType.StartToStart, 3) }, name: "Test"),
    new Activity("docs", 1, new[] { new Dependency("design") }, name: "User guide"),
});
var options = new CalendarScheduleOptions(new LocalDateTime(2027, 3, 29, 8, 0), calendar);
Schedule<LocalDateTime> schedule = CriticalPathScheduler.Schedule(network, options);

Console.WriteLine($"Finish:        {schedule.ProjectFinish:uuuu-MM-dd HH:mm}");
Console.WriteLine($"Critical path: {string.Join(" -> ", schedule.CriticalPaths[0])}");
Console.WriteLine($"Docs float:    {schedule["docs"].TotalFloat} working days");
IReadOnlyList<ScheduleRow> rows = ScheduleRow.From(schedule); // flat rows for a report or a spreadsheet
foreach (ScheduleRow row in rows)
{
    Console.WriteLine($"{row.Id,-7} {row.EarlyStart:yyyy-MM-dd HH:mm} - {row.EarlyFinish:yyyy-MM-dd HH:mm}{(row.Critical ? "  critical" : "")}");
}
    }
}
