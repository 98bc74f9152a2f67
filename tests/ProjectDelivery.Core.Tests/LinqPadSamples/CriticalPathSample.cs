using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Tests.LinqPadSamples;

/// <summary>The C# twin of linqpad-samples/Scheduling/CriticalPath.linq: <see cref="LinqPadSampleTests"/> checks that both say the same and runs this one.</summary>
internal sealed class CriticalPathSample
{
    // linqpad-sample-begin
    // Critical-path schedule of a small network, first in plain working days, then on a working calendar.
    // Schedule<T>.ToDump() turns the result into one flat row per activity (ScheduleRow).
    void Main()
    {
        var network = ProjectNetwork.Create(new[]
        {
            new Activity("A", 3, name: "Design"),
            new Activity("B", 2, new[] { new Dependency("A") }, name: "Build"),
            new Activity("C", 4, new[] { new Dependency("A", DependencyType.StartToStart, 1) }, name: "Test"),
            new Activity("D", 0, new[] { new Dependency("B"), new Dependency("C") }, name: "Handover"),
        });

        Schedule<double> plain = CriticalPathScheduler.Schedule(network);
        plain.Dump("Working days from the start");

        var options = new CalendarScheduleOptions(new LocalDateTime(2027, 3, 1, 8, 0), WorkingCalendar.Standard);
        Schedule<LocalDateTime> dated = CriticalPathScheduler.Schedule(network, options);
        dated.Dump("On the standard calendar (Mon-Fri, 08:00-12:00, 13:00-17:00)");
        dated.CriticalPaths.Dump("Critical paths");
    }
    // linqpad-sample-end
}
