// the README's "In ten lines", word for word (ConsumerProgramTests checks it): prints what the page's Output block shows.
using System;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.Scheduling;

internal static class ReadmeGuide
{
    public static void Run()
    {
var calendar = WorkingCalendar.Standard.WithHolidays(new LocalDate(2027, 4, 2));
var network = ProjectNetwork.Create(new[]
{
    new Activity("design", 3),
    new Activity("build", 5, new[] { new Dependency("design") }),
    new Activity("test", 2, new[] { new Dependency("build", DependencyType.StartToStart, 3) }),
});
var schedule = CriticalPathScheduler.Schedule(network, new CalendarScheduleOptions(new LocalDateTime(2027, 3, 29, 8, 0), calendar));
Console.WriteLine($"{schedule.ProjectFinish:uuuu-MM-dd HH:mm}: {string.Join(" -> ", schedule.CriticalPaths[0])}");
    }
}
