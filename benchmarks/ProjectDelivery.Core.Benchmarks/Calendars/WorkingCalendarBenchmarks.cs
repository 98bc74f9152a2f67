using System;
using BenchmarkDotNet.Attributes;
using NodaTime;
using ProjectDelivery.Calendars;

namespace ProjectDelivery.Benchmarks.Calendars;

/// <summary>
/// Calendar arithmetic: adding working time and measuring it, over short (hours) and long (years) spans,
/// against a naive minute-by-minute walk as the baseline.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("ci")]
public class WorkingCalendarBenchmarks
{
    private WorkingCalendar _calendar = null!;
    private LocalDateTime[] _starts = null!;
    private readonly LocalDateTime _origin = new(2027, 1, 4, 8, 0);

    [Params(8, 2_000)]
    public int Hours { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _calendar = WorkingCalendar.Standard.WithHolidays(new LocalDate(2027, 4, 2), new LocalDate(2027, 12, 25), new LocalDate(2028, 1, 1));
        var random = new Random(1);
        _starts = new LocalDateTime[1024];
        for (int i = 0; i < _starts.Length; i++)
        {
            _starts[i] = _origin.PlusMinutes(random.Next(0, 60 * 24 * 365));
        }

        // warm the year blocks
        _calendar.AddWorkingTime(_origin, Duration.FromHours(20_000));
    }

    private int _i;

    [Benchmark]
    public LocalDateTime AddWorkingTime() => _calendar.AddWorkingTime(_starts[_i++ & 1023], Duration.FromHours(Hours));

    [Benchmark]
    public Duration WorkingTimeBetween()
    {
        LocalDateTime a = _starts[_i++ & 1023];
        return _calendar.WorkingTimeBetween(a, a.PlusHours(Hours * 3));
    }

    [Benchmark]
    public Instant AddWorkingTimeInstant() => _calendar.AddWorkingTime(Instant.FromUtc(2027, 1, 4, 8, 0) + Duration.FromMinutes(_i++ & 1023), Duration.FromHours(Hours));

    /// <summary>What the precomputation replaces: walking minute by minute.</summary>
    [Benchmark(Baseline = true)]
    public LocalDateTime MinuteWalkBaseline()
    {
        LocalDateTime t = _starts[_i++ & 1023];
        long remaining = Hours * 60L;
        while (remaining > 0)
        {
            if (_calendar.IsWorking(t))
            {
                remaining--;
            }

            t = t.PlusMinutes(1);
        }

        return t;
    }
}
