using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Benchmarks.Planning.Scheduling;

/// <summary>
/// Forward + backward pass over an already-built network (plain numbers, through <see cref="CompiledNetwork"/>,
/// the Monte Carlo path), the full scheduler in plain and calendar mode, and building the network from
/// activity objects with string ids. Sizes 1,000 / 100,000 / 1,000,000 activities, ~2 links each.
/// </summary>
[MemoryDiagnoser]
public class CriticalPathBenchmarks
{
    private List<Activity> _activities = null!;
    private ProjectNetwork _network = null!;
    private double[] _es = null!, _ef = null!, _ls = null!, _lf = null!;
    private CalendarScheduleOptions _calendarOptions = null!;

    [Params(1_000, 100_000, 1_000_000)]
    public int Activities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _activities = RandomNetworks.Activities(Activities, 42);
        _network = ProjectNetwork.Create(_activities);
        int n = _network.Count;
        _es = new double[n];
        _ef = new double[n];
        _ls = new double[n];
        _lf = new double[n];
        WorkingCalendar calendar = WorkingCalendar.Standard.WithHolidays(new LocalDate(2027, 12, 25), new LocalDate(2028, 1, 1));
        _calendarOptions = new CalendarScheduleOptions(new LocalDateTime(2027, 1, 4, 8, 0), calendar) { TimeUnit = Duration.FromHours(1) };
    }

    /// <summary>Both passes over the compiled network: allocation-free.</summary>
    [Benchmark(Baseline = true)]
    public double ForwardAndBackwardPass()
    {
        CompiledNetwork c = _network.Compiled;
        double finish = c.ForwardPass(c.NominalDurations, _es, _ef);
        c.BackwardPass(c.NominalDurations, finish, _ls, _lf);
        return finish + _lf[0];
    }

    /// <summary>The full plain-number schedule: passes, floats, critical paths, result objects.</summary>
    [Benchmark]
    public double ScheduleNumbers() => CriticalPathScheduler.Schedule(_network).ProjectFinish;

    /// <summary>The full calendar schedule (durations in working hours on a standard calendar with holidays).</summary>
    [Benchmark]
    public LocalDateTime ScheduleCalendar() => CriticalPathScheduler.Schedule(_network, _calendarOptions).ProjectFinish;

    /// <summary>Validating and compiling the network from activity objects with string ids.</summary>
    [Benchmark]
    public int BuildNetwork() => ProjectNetwork.Create(_activities).Count;
}

/// <summary>The cheapest configuration of the scheduling benchmarks, which CI runs once so they cannot rot.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("ci")]
public class CriticalPathSmokeBenchmarks
{
    private ProjectNetwork _network = null!;

    [GlobalSetup]
    public void Setup() => _network = ProjectNetwork.Create(RandomNetworks.Activities(1_000, 7));

    [Benchmark]
    public double ScheduleThousand() => CriticalPathScheduler.Schedule(_network).ProjectFinish;
}
