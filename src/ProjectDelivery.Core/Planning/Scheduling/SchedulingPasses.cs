using System;
using System.Runtime.CompilerServices;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>Progress of each activity by position, converted to the pass's time type.</summary>
/// <typeparam name="T">The moment type.</typeparam>
internal sealed class ProgressArrays<T>
    where T : struct
{
    internal ProgressArrays(int count, T statusDate, bool hasStatusDate, bool retainedLogic)
    {
        Resume = new T[count];
        HasStatusDate = hasStatusDate;
        State = new byte[count];
        ActualStart = new T[count];
        ActualFinish = new T[count];
        Remaining = new double[count];
        StatusDate = statusDate;
        RetainedLogic = retainedLogic;
    }

    /// <summary>0 not started, 1 in progress, 2 complete.</summary>
    internal byte[] State { get; }

    internal T[] ActualStart { get; }

    internal T[] ActualFinish { get; }

    internal double[] Remaining { get; }

    /// <summary>Where the remaining work of an activity in progress resumes at the earliest: the status date, or without one the end of the actual work (or the activity's resume).</summary>
    internal T[] Resume { get; }

    /// <summary>The status date; meaningful only when <see cref="HasStatusDate"/>.</summary>
    internal T StatusDate { get; }

    /// <summary>False when scheduling from the actual dates without a status date (unstarted work is then not held after any date).</summary>
    internal bool HasStatusDate { get; }

    internal bool RetainedLogic { get; }
}

/// <summary>
/// The forward and backward passes of the critical path method over a <see cref="CompiledNetwork"/>,
/// generic over the time arithmetic. Activity-on-node with FS/SS/FF/SF links and lags (Kelley and
/// Walker 1959; precedence diagramming as in Moder, Phillips and Davis, "Project Management with CPM,
/// PERT and Precedence Diagramming", 1983). Allocation-free.
/// </summary>
internal static class SchedulingPasses
{
    internal const byte NotStarted = 0;
    internal const byte InProgress = 1;
    internal const byte Complete = 2;

    /// <summary>
    /// The earliest start of activity <paramref name="p"/> (duration <paramref name="d"/>) that the link from
    /// predecessor <paramref name="q"/> allows: FS EF+lag, SS ES+lag, FF EF+lag−d, SF ES+lag−d.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static T StartFromLink<T, TArithmetic>(ref TArithmetic arithmetic, byte type, double lag, int q, int p, double d,
        ReadOnlySpan<T> earlyStart, ReadOnlySpan<T> earlyFinish)
        where T : struct
        where TArithmetic : struct, ITimeArithmetic<T> => type switch
    {
        0 => arithmetic.AddLag(earlyFinish[q], lag, q, p),
        1 => arithmetic.AddLag(earlyStart[q], lag, q, p),
        2 => arithmetic.Add(arithmetic.AddLag(earlyFinish[q], lag, q, p), -d, p),
        _ => arithmetic.Add(arithmetic.AddLag(earlyStart[q], lag, q, p), -d, p),
    };

    /// <summary>Early dates; returns the project finish (the latest early finish, or <paramref name="start"/>).</summary>
    internal static T Forward<T, TArithmetic>(
        CompiledNetwork net,
        ref TArithmetic arithmetic,
        ReadOnlySpan<double> durations,
        T start,
        byte[] constraintType,
        T[] constraintMoment,
        ProgressArrays<T>? progress,
        Span<T> earlyStart,
        Span<T> earlyFinish,
        Span<int> driving)
        where T : struct
        where TArithmetic : struct, ITimeArithmetic<T>
    {
        int n = net.ActivityCount;
        int[] predStart = net.PredStart, predFrom = net.PredFrom;
        byte[] predType = net.PredType;
        double[] predLag = net.PredLag;
        bool recordDriving = driving.Length >= n;
        T finish = start;

        // Scheduling from actual dates without a status date, the project finishes with its latest activity even when the
        // work (actual dates, or dates the manual tasks keep) lies before the project start, as MS Project's finish date does.
        bool finishFromActivities = progress is { HasStatusDate: false } && n > 0;
        for (int p = 0; p < n; p++)
        {
            double d = durations[p];
            T best = start;
            int drv = -1;
            for (int k = predStart[p], end = predStart[p + 1]; k < end; k++)
            {
                int q = predFrom[k];
                T candidate = StartFromLink(ref arithmetic, predType[k], predLag[k], q, p, d, earlyStart, earlyFinish);
                if (arithmetic.Later(candidate, best))
                {
                    best = candidate;
                    drv = q;
                }
            }

            byte c = constraintType[p];
            if (c >= 2)
            {
                switch (c)
                {
                    case (byte)ConstraintType.StartNoEarlierThan:
                        if (arithmetic.Later(constraintMoment[p], best))
                        {
                            best = constraintMoment[p];
                            drv = -1;
                        }

                        break;
                    case (byte)ConstraintType.FinishNoEarlierThan:
                        T fnet = arithmetic.Add(constraintMoment[p], -d, p);
                        if (arithmetic.Later(fnet, best))
                        {
                            best = fnet;
                            drv = -1;
                        }

                        break;
                    case (byte)ConstraintType.MustStartOn:
                        best = constraintMoment[p];
                        drv = -1;
                        break;
                    case (byte)ConstraintType.MustFinishOn:
                        best = arithmetic.Add(constraintMoment[p], -d, p);
                        drv = -1;
                        break;
                }
            }

            T es, ef;
            if (progress is null || progress.State[p] == NotStarted)
            {
                if (progress is { HasStatusDate: true } && arithmetic.Later(progress.StatusDate, best))
                {
                    best = progress.StatusDate;
                    drv = -1;
                }

                es = d > 0 ? arithmetic.NormaliseStart(best, p) : best;
                ef = arithmetic.Add(es, d, p);
            }
            else if (progress.State[p] == Complete)
            {
                es = progress.ActualStart[p];
                ef = progress.ActualFinish[p];
                drv = -1;
            }
            else
            {
                es = progress.ActualStart[p];
                double remaining = progress.Remaining[p];
                T resume = progress.Resume[p];
                drv = -1;
                if (progress.RetainedLogic)
                {
                    for (int k = predStart[p], end = predStart[p + 1]; k < end; k++)
                    {
                        int q = predFrom[k];
                        byte type = predType[k];
                        if (type == 1)
                        {
                            continue; // start-to-start is satisfied: the activity has started
                        }

                        T candidate = type switch
                        {
                            0 => arithmetic.AddLag(earlyFinish[q], predLag[k], q, p),
                            2 => arithmetic.Add(arithmetic.AddLag(earlyFinish[q], predLag[k], q, p), -remaining, p),
                            _ => arithmetic.Add(arithmetic.AddLag(earlyStart[q], predLag[k], q, p), -remaining, p),
                        };
                        if (arithmetic.Later(candidate, resume))
                        {
                            resume = candidate;
                            drv = q;
                        }
                    }
                }

                if (remaining > 0)
                {
                    resume = arithmetic.NormaliseStart(resume, p);
                }

                ef = arithmetic.Add(resume, remaining, p);
            }

            earlyStart[p] = es;
            earlyFinish[p] = ef;
            if (recordDriving)
            {
                driving[p] = drv;
            }

            if (arithmetic.Later(ef, finish) || (finishFromActivities && p == 0))
            {
                finish = ef;
            }
        }

        return finish;
    }

    /// <summary>Late dates back from <paramref name="finishAnchor"/> (project finish or deadline).</summary>
    internal static void Backward<T, TArithmetic>(
        CompiledNetwork net,
        ref TArithmetic arithmetic,
        ReadOnlySpan<double> durations,
        T finishAnchor,
        byte[] constraintType,
        T[] constraintMoment,
        ProgressArrays<T>? progress,
        Span<T> lateStart,
        Span<T> lateFinish)
        where T : struct
        where TArithmetic : struct, ITimeArithmetic<T>
    {
        int n = net.ActivityCount;
        int[] succStart = net.SuccStart, succTo = net.SuccTo;
        byte[] succType = net.SuccType;
        double[] succLag = net.SuccLag;
        for (int p = n - 1; p >= 0; p--)
        {
            if (progress is not null && progress.State[p] == Complete)
            {
                lateStart[p] = progress.ActualStart[p];
                lateFinish[p] = progress.ActualFinish[p];
                continue;
            }

            double d = durations[p];
            T best = finishAnchor;
            for (int k = succStart[p], end = succStart[p + 1]; k < end; k++)
            {
                int j = succTo[k];
                T candidate = succType[k] switch
                {
                    0 => arithmetic.AddLag(lateStart[j], -succLag[k], p, j),
                    1 => arithmetic.Add(arithmetic.AddLag(lateStart[j], -succLag[k], p, j), d, p),
                    2 => arithmetic.AddLag(lateFinish[j], -succLag[k], p, j),
                    _ => arithmetic.Add(arithmetic.AddLag(lateFinish[j], -succLag[k], p, j), d, p),
                };
                if (arithmetic.Later(best, candidate))
                {
                    best = candidate;
                }
            }

            byte c = constraintType[p];
            if (c >= 2)
            {
                switch (c)
                {
                    case (byte)ConstraintType.FinishNoLaterThan:
                        if (arithmetic.Later(best, constraintMoment[p]))
                        {
                            best = constraintMoment[p];
                        }

                        break;
                    case (byte)ConstraintType.StartNoLaterThan:
                        T snlt = arithmetic.Add(constraintMoment[p], d, p);
                        if (arithmetic.Later(best, snlt))
                        {
                            best = snlt;
                        }

                        break;
                    case (byte)ConstraintType.MustStartOn:
                        best = arithmetic.Add(constraintMoment[p], d, p);
                        break;
                    case (byte)ConstraintType.MustFinishOn:
                        best = constraintMoment[p];
                        break;
                }
            }

            if (progress is not null && progress.State[p] == InProgress)
            {
                T lf = progress.Remaining[p] > 0 ? arithmetic.NormaliseFinish(best, p) : best;
                lateFinish[p] = lf;
                lateStart[p] = progress.ActualStart[p];
                continue;
            }

            T finish = d > 0 ? arithmetic.NormaliseFinish(best, p) : best;
            lateFinish[p] = finish;
            lateStart[p] = arithmetic.Add(finish, -d, p);
        }
    }
}
