using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

namespace ProjectDelivery.Benchmarks.Delivery.Fulfilment;

/// <summary>
/// Replays SLA clocks for many tickets against one business-hours calendar (Europe/London, Mon–Fri, a
/// holiday), as of the end of the year: bulk replay (year block cached across tickets), ticket by ticket,
/// and a 24×7 UTC calendar as the baseline. Tickets start through 2027 (crossing both DST changes) and
/// 60% have a pause/resume, 30% are stopped.
/// </summary>
[MemoryDiagnoser]
public class SlaClockBenchmarks
{
    private SlaEventLog _log = null!;
    private SlaStatus[] _results = null!;
    private SlaClock _businessHours = null!;
    private SlaClock _continuous = null!;
    private Instant _asOf;

    /// <summary>Number of tickets.</summary>
    [Params(10_000, 1_000_000)]
    public int Tickets { get; set; }

    /// <summary>Builds the tickets and warms the calendar's year blocks.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20270326);
        DateTimeZone london = DateTimeZoneProviders.Tzdb["Europe/London"];
        WorkingCalendar calendar = WorkingCalendar.Create(
            "London office",
            WorkWeek.Create(new Dictionary<IsoDayOfWeek, WorkingDay>
            {
                [IsoDayOfWeek.Monday] = WorkingDay.Parse("09:00-17:00"),
                [IsoDayOfWeek.Tuesday] = WorkingDay.Parse("09:00-17:00"),
                [IsoDayOfWeek.Wednesday] = WorkingDay.Parse("09:00-17:00"),
                [IsoDayOfWeek.Thursday] = WorkingDay.Parse("09:00-17:00"),
                [IsoDayOfWeek.Friday] = WorkingDay.Parse("09:00-12:00,13:00-17:00"),
            }),
            new[] { CalendarException.Holiday(new LocalDate(2027, 4, 2)) },
            london);
        _businessHours = SlaClock.Create(calendar, Duration.FromHours(8));
        _continuous = SlaClock.Create(WorkingCalendar.Continuous, Duration.FromHours(8));
        _asOf = Instant.FromUtc(2027, 12, 31, 12, 0);
        Instant yearStart = Instant.FromUtc(2027, 1, 1, 0, 0);
        var builder = new SlaEventLogBuilder();
        var events = new SlaEvent[4];
        for (int i = 0; i < Tickets; i++)
        {
            Instant t = yearStart + Duration.FromMinutes(random.Next(360 * 24 * 60));
            int n = 0;
            events[n++] = SlaEvent.Start(t);
            if (random.NextDouble() < 0.6)
            {
                t += Duration.FromMinutes(random.Next(1, 3000));
                events[n++] = SlaEvent.Pause(t);
                t += Duration.FromMinutes(random.Next(1, 3000));
                events[n++] = SlaEvent.Resume(t);
            }

            if (random.NextDouble() < 0.3)
            {
                t += Duration.FromMinutes(random.Next(1, 3000));
                events[n++] = SlaEvent.Stop(t);
            }

            builder.Add(new ReadOnlySpan<SlaEvent>(events, 0, n));
        }

        _log = builder.Build();
        _results = new SlaStatus[Tickets];
        _businessHours.EvaluateMany(_log, _asOf, _results);
        _continuous.EvaluateMany(_log, _asOf, _results);
    }

    /// <summary>Bulk replay on a 24×7 UTC calendar (no business hours): the baseline.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ci")]
    public int ContinuousCalendar()
    {
        _continuous.EvaluateMany(_log, _asOf, _results);
        return _results.Length;
    }

    /// <summary>Bulk replay on the London business-hours calendar.</summary>
    [Benchmark]
    [BenchmarkCategory("ci")]
    public int BusinessHoursBulk()
    {
        _businessHours.EvaluateMany(_log, _asOf, _results);
        return _results.Length;
    }

    /// <summary>The same, one <see cref="SlaClock.Evaluate(ReadOnlySpan{SlaEvent}, Instant)"/> call per ticket.</summary>
    [Benchmark]
    public int BusinessHoursPerTicket()
    {
        for (int i = 0; i < _log.Count; i++)
        {
            _results[i] = _businessHours.Evaluate(_log.GetTimeline(i), _asOf);
        }

        return _results.Length;
    }
}
