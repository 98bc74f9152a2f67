using System;

namespace ProjectDelivery.Planning.Risk.Simulation;

/// <summary>The compiled critical-path passes the simulation needs from a schedule network.</summary>
internal interface ISchedulePasses
{
    int ActivityCount { get; }

    string IdAt(int index);

    double NominalDuration(int index);

    double ForwardPass(ReadOnlySpan<double> durations, Span<double> earlyStart, Span<double> earlyFinish);

    void BackwardPass(ReadOnlySpan<double> durations, double projectFinish, Span<double> lateStart, Span<double> lateFinish);
}
