using System;
using System.Diagnostics;
using System.Threading;

namespace ProjectDelivery.Delivery.Routing.Metaheuristics.Stopping;

/// <summary>Stopping rule: time limit, iteration limit and cancellation, whichever comes first.</summary>
internal sealed class SearchBudget
{
    private readonly Stopwatch _clock;
    private readonly double _seconds;
    private readonly long _iterations;
    private readonly CancellationToken _cancellation;
    private readonly double _startSeconds;
    private readonly long _startIteration;

    internal SearchBudget(Stopwatch clock, double seconds, long iterations, CancellationToken cancellation, long startIteration = 0)
    {
        _clock = clock;
        _startSeconds = clock.Elapsed.TotalSeconds;
        _seconds = seconds;
        _iterations = iterations;
        _cancellation = cancellation;
        _startIteration = startIteration;
    }

    internal bool IsOver(long iteration) =>
        _cancellation.IsCancellationRequested
        || iteration - _startIteration >= _iterations
        || ((iteration & 7) == 0 && _clock.Elapsed.TotalSeconds - _startSeconds >= _seconds);

    /// <summary>True once the time is up or cancellation is requested (the iteration limit aside): for work that is not counted in iterations.</summary>
    internal bool IsExpired() => _cancellation.IsCancellationRequested || _clock.Elapsed.TotalSeconds - _startSeconds >= _seconds;

    /// <summary>Fraction of the budget used, in [0, 1].</summary>
    internal double Progress(long iteration)
    {
        double byIterations = _iterations == long.MaxValue ? 0 : (double)(iteration - _startIteration) / _iterations;
        if (_iterations != long.MaxValue)
        {
            // Under an iteration limit the schedule depends on iterations only, so a seed reproduces the run.
            return Math.Min(1, byIterations);
        }

        double byTime = double.IsPositiveInfinity(_seconds) ? 0 : (_clock.Elapsed.TotalSeconds - _startSeconds) / _seconds;
        return Math.Min(1, Math.Max(byIterations, byTime));
    }
}
