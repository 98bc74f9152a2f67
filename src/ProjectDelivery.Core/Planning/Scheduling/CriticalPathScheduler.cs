using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>
/// Critical-path scheduling (CPM) of a <see cref="ProjectNetwork"/>: forward and backward passes, total
/// and free float, critical paths, driving predecessors, progress against a status date and WBS roll-up,
/// in plain numbers or on working-time calendars.
/// </summary>
/// <remarks>
/// Activity-on-node precedence diagramming (Kelley and Walker 1959; Fondahl 1961) with the four link types
/// and lags; total float is late finish minus early finish (P6 "finish float"). Thread-safe and pure.
/// </remarks>
public static class CriticalPathScheduler
{
    private const double Epsilon = 1e-9;

    /// <summary>Schedules in plain-number mode with default options: the project starts at 0; durations, lags and constraint moments are numbers.</summary>
    /// <param name="network">The network.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentException">Dates where numbers are needed, or progress (which needs a status date).</exception>
    /// <exception cref="ScheduleConstraintException">Mandatory constraints contradict each other.</exception>
    public static Schedule<double> Schedule(ProjectNetwork network) => Schedule(network, (ScheduleOptions?)null);

    /// <summary>Schedules in plain-number mode: the project starts at 0; durations, lags and constraint moments are numbers.</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentException">Dates where numbers are needed, inconsistent progress, invalid options (naming the activity).</exception>
    /// <exception cref="ScheduleConstraintException">Mandatory constraints contradict each other.</exception>
    public static Schedule<double> Schedule(ProjectNetwork network, ScheduleOptions? options)
    {
        Preconditions.CheckNotNull(network, nameof(network));
        options ??= new ScheduleOptions();
        options.Validate();
        var arithmetic = default(PlainArithmetic);
        return Run(network, options, ref arithmetic, 0.0, m => Units(m, "numbers"), t => t);
    }

    /// <summary>Schedules on working-time calendars from a project start date.</summary>
    /// <param name="network">The network; durations and lags are in <see cref="CalendarScheduleOptions.EffectiveTimeUnit"/>s of working time.</param>
    /// <param name="options">Project start, calendar and other options.</param>
    /// <returns>The schedule with wall-clock dates.</returns>
    /// <exception cref="ArgumentException">Numbers where dates are needed, inconsistent progress, invalid options (naming the activity).</exception>
    /// <exception cref="ScheduleConstraintException">Mandatory constraints contradict each other.</exception>
    public static Schedule<LocalDateTime> Schedule(ProjectNetwork network, CalendarScheduleOptions options)
    {
        Preconditions.CheckNotNull(network, nameof(network));
        Preconditions.CheckNotNull(options, nameof(options));
        options.Validate();
        CompiledNetwork net = network.Compiled;
        var calendars = new WorkingCalendar[net.ActivityCount];
        for (int p = 0; p < calendars.Length; p++)
        {
            calendars[p] = network.Activities[net.NetworkIndex[p]].Calendar ?? options.Calendar;
        }

        var arithmetic = new CalendarArithmetic(calendars, options.EffectiveTimeUnit.BclCompatibleTicks, options.LagCalendar, options.Calendar);
        long start = options.Calendar.NextWorkingTick(WorkingCalendar.ToTicks(options.ProjectStart));
        return Run(network, options, ref arithmetic, start, m => WorkingCalendar.ToTicks(Date(m)), WorkingCalendar.FromTicks);
    }

    private static double Units(ScheduleMoment moment, string mode) =>
        moment.IsDate ? throw new ArgumentException($"Date {moment} given where plain-number mode needs {mode}; schedule with CalendarScheduleOptions.") : moment.Units;

    private static LocalDateTime Date(ScheduleMoment moment) =>
        moment.IsDate ? moment.Date : throw new ArgumentException($"Number {moment} given where calendar mode needs a date.");

    private static Schedule<TTime> Run<T, TArithmetic, TTime>(
        ProjectNetwork network,
        ScheduleOptions options,
        ref TArithmetic arithmetic,
        T start,
        Func<ScheduleMoment, T> toTime,
        Func<T, TTime> toResult)
        where T : struct, IComparable<T>
        where TArithmetic : struct, ITimeArithmetic<T>
        where TTime : struct
    {
        CompiledNetwork net = network.Compiled;
        int n = net.ActivityCount;
        double[] durations = net.Durations;

        var constraintMoment = new T[n];
        for (int p = 0; p < n; p++)
        {
            ActivityConstraint constraint = network.Activities[net.NetworkIndex[p]].Constraint;
            if (constraint.IsDated)
            {
                constraintMoment[p] = Convert(toTime, constraint.Moment, net.IdAt(p), "constraint");
            }
        }

        ProgressArrays<T>? progress = BuildProgress(network, options, ref arithmetic, toTime);

        var es = new T[n];
        var ef = new T[n];
        var ls = new T[n];
        var lf = new T[n];
        var driving = new int[n];
        T finish = SchedulingPasses.Forward(net, ref arithmetic, durations, start, net.ConstraintType, constraintMoment, progress, es, ef, driving);
        CheckMandatoryConflicts(net, ref arithmetic, durations, constraintMoment, es, ef, driving);

        T anchor = network.Deadline is { } deadline ? Convert(toTime, deadline, "(project)", "deadline") : finish;
        SchedulingPasses.Backward(net, ref arithmetic, durations, anchor, net.ConstraintType, constraintMoment, progress, ls, lf);

        var totalFloat = new double[n];
        var freeFloat = new double[n];
        var critical = new bool[n];
        for (int p = 0; p < n; p++)
        {
            bool complete = progress is not null && progress.State[p] == SchedulingPasses.Complete;
            totalFloat[p] = complete ? 0 : Clean(arithmetic.Between(ef[p], lf[p], p));
            double ff = double.PositiveInfinity;
            for (int k = net.SuccStart[p]; k < net.SuccStart[p + 1]; k++)
            {
                ff = Math.Min(ff, LinkSlack(net, ref arithmetic, k, p, es, ef));
            }

            if (double.IsPositiveInfinity(ff))
            {
                ff = arithmetic.Between(ef[p], finish, p);
            }

            freeFloat[p] = complete ? 0 : Clean(Math.Min(ff, totalFloat[p]));
            critical[p] = !complete && totalFloat[p] <= options.CriticalFloatThreshold + Epsilon;
        }

        List<IReadOnlyList<string>> paths = CriticalPaths(net, ref arithmetic, critical, es, ef, options.MaxCriticalPaths, out bool truncated);

        var results = new ActivitySchedule<TTime>[n];
        for (int p = 0; p < n; p++)
        {
            int i = net.NetworkIndex[p];
            ActivityStatus status = progress is null ? ActivityStatus.NotStarted : (ActivityStatus)progress.State[p];
            results[i] = new ActivitySchedule<TTime>(network.Activities[i], toResult(es[p]), toResult(ef[p]), toResult(ls[p]), toResult(lf[p]),
                totalFloat[p], freeFloat[p], critical[p], driving[p] >= 0 ? net.IdAt(driving[p]) : null, status);
        }

        WbsSummary<TTime>[] wbs = RollUp(network, net, es, ef, ls, lf, totalFloat, critical, toResult);
        return new Schedule<TTime>(network, results, toResult(start), toResult(finish), paths, truncated, wbs);
    }

    private static T Convert<T>(Func<ScheduleMoment, T> toTime, ScheduleMoment moment, string id, string what)
    {
        try
        {
            return toTime(moment);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"Activity '{id}' {what}: {ex.Message}", ex);
        }
    }

    private static double Clean(double value) => Math.Abs(value) < Epsilon ? 0 : value;

    /// <summary>Slack of link k (in successor CSR) from activity p: how far p can slip before the link pushes its successor.</summary>
    private static double LinkSlack<T, TArithmetic>(CompiledNetwork net, ref TArithmetic arithmetic, int k, int p, T[] es, T[] ef)
        where T : struct
        where TArithmetic : struct, ITimeArithmetic<T>
    {
        int j = net.SuccTo[k];
        double lag = net.SuccLag[k];
        return net.SuccType[k] switch
        {
            0 => arithmetic.Between(ef[p], arithmetic.AddLag(es[j], -lag, p, j), p),
            1 => arithmetic.Between(es[p], arithmetic.AddLag(es[j], -lag, p, j), p),
            2 => arithmetic.Between(ef[p], arithmetic.AddLag(ef[j], -lag, p, j), p),
            _ => arithmetic.Between(es[p], arithmetic.AddLag(ef[j], -lag, p, j), p),
        };
    }

    private static ProgressArrays<T>? BuildProgress<T, TArithmetic>(ProjectNetwork network, ScheduleOptions options, ref TArithmetic arithmetic, Func<ScheduleMoment, T> toTime)
        where T : struct, IComparable<T>
        where TArithmetic : struct, ITimeArithmetic<T>
    {
        CompiledNetwork net = network.Compiled;
        bool anyProgress = network.Activities.Any(a => a.Progress?.ActualStart is not null);
        bool fromActuals = options.StatusDate is null;
        if (fromActuals)
        {
            if (!anyProgress)
            {
                return null;
            }

            if (options.ProgressWithoutStatusDate == ProgressWithoutStatusDate.Refuse)
            {
                string id = network.Activities.First(a => a.Progress?.ActualStart is not null).Id;
                throw new ArgumentException($"Activity '{id}' has progress but no status date was given.");
            }
        }

        T status = fromActuals ? default : Convert(toTime, options.StatusDate!.Value, "(project)", "status date");
        var progress = new ProgressArrays<T>(net.ActivityCount, status, !fromActuals, options.ProgressMode == ProgressMode.RetainedLogic);
        for (int p = 0; p < net.ActivityCount; p++)
        {
            Activity a = network.Activities[net.NetworkIndex[p]];
            if (a.Progress?.ActualStart is not { } actualStart)
            {
                continue;
            }

            T s = Convert(toTime, actualStart, a.Id, "actual start");
            if (!fromActuals && s.CompareTo(status) > 0)
            {
                throw new ArgumentException($"Activity '{a.Id}': actual start {actualStart} is after the status date {options.StatusDate}.");
            }

            progress.ActualStart[p] = s;
            if (a.Progress.ActualFinish is { } actualFinish)
            {
                T f = Convert(toTime, actualFinish, a.Id, "actual finish");
                if (f.CompareTo(s) < 0)
                {
                    throw new ArgumentException($"Activity '{a.Id}': actual finish {actualFinish} is before its actual start {actualStart}.");
                }

                if (!fromActuals && f.CompareTo(status) > 0)
                {
                    throw new ArgumentException($"Activity '{a.Id}': actual finish {actualFinish} is after the status date {options.StatusDate}.");
                }

                progress.ActualFinish[p] = f;
                progress.State[p] = SchedulingPasses.Complete;
            }
            else if (!fromActuals)
            {
                progress.State[p] = SchedulingPasses.InProgress;
                progress.Remaining[p] = a.Progress.RemainingDuration
                    ?? Math.Max(0, a.Duration - arithmetic.Between(s, status, p));
                progress.Resume[p] = status;
            }
            else
            {
                // No status date: the remaining work follows the actual work (duration less remaining, from the actual
                // start), or resumes where the activity says; without a remaining duration nothing is known to be done.
                progress.State[p] = SchedulingPasses.InProgress;
                double remaining = a.Progress.RemainingDuration ?? a.Duration;
                progress.Remaining[p] = remaining;
                if (a.Progress.Resume is { } resume)
                {
                    T r = Convert(toTime, resume, a.Id, "resume");
                    if (r.CompareTo(s) < 0)
                    {
                        throw new ArgumentException($"Activity '{a.Id}': resume {resume} is before its actual start {actualStart}.");
                    }

                    progress.Resume[p] = r;
                }
                else
                {
                    double actual = Math.Max(0, a.Duration - remaining);
                    progress.Resume[p] = actual > 0 ? arithmetic.Add(arithmetic.NormaliseStart(s, p), actual, p) : s;
                }
            }
        }

        return progress;
    }

    /// <summary>
    /// A mandatory-constrained activity whose predecessors' logic pushes it past its date, where that logic
    /// is itself anchored on another mandatory date, cannot be scheduled without breaking one of them.
    /// </summary>
    private static void CheckMandatoryConflicts<T, TArithmetic>(CompiledNetwork net, ref TArithmetic arithmetic, double[] durations,
        T[] constraintMoment, T[] es, T[] ef, int[] driving)
        where T : struct
        where TArithmetic : struct, ITimeArithmetic<T>
    {
        int n = net.ActivityCount;
        for (int p = 0; p < n; p++)
        {
            byte c = net.ConstraintType[p];
            if (c != (byte)ConstraintType.MustStartOn && c != (byte)ConstraintType.MustFinishOn)
            {
                continue;
            }

            double d = durations[p];
            int worst = -1;
            T logicStart = es[p];
            for (int k = net.PredStart[p]; k < net.PredStart[p + 1]; k++)
            {
                int q = net.PredFrom[k];
                T candidate = SchedulingPasses.StartFromLink<T, TArithmetic>(ref arithmetic, net.PredType[k], net.PredLag[k], q, p, d, es, ef);
                if (d > 0)
                {
                    candidate = arithmetic.NormaliseStart(candidate, p);
                }

                if (arithmetic.Later(candidate, logicStart))
                {
                    logicStart = candidate;
                    worst = q;
                }
            }

            if (worst < 0)
            {
                continue;
            }

            // follow the driving chain back to what anchors it
            var chain = new List<int> { p, worst };
            int current = worst;
            while (driving[current] >= 0)
            {
                current = driving[current];
                chain.Add(current);
            }

            byte anchorType = net.ConstraintType[current];
            if (anchorType == (byte)ConstraintType.MustStartOn || anchorType == (byte)ConstraintType.MustFinishOn)
            {
                chain.Reverse();
                string path = string.Join(" -> ", chain.Select(net.IdAt));
                throw new ScheduleConstraintException(
                    new[] { net.IdAt(current), net.IdAt(p) },
                    $"Mandatory constraints of '{net.IdAt(current)}' and '{net.IdAt(p)}' contradict each other: the logic {path} needs more time than their fixed dates allow.");
            }
        }
    }

    private static List<IReadOnlyList<string>> CriticalPaths<T, TArithmetic>(CompiledNetwork net, ref TArithmetic arithmetic, bool[] critical,
        T[] es, T[] ef, int maxPaths, out bool truncated)
        where T : struct
        where TArithmetic : struct, ITimeArithmetic<T>
    {
        int n = net.ActivityCount;
        truncated = false;
        var paths = new List<IReadOnlyList<string>>();

        // tight critical successors of each critical activity
        var tightNext = new List<int>?[n];
        var hasTightPred = new bool[n];
        for (int p = 0; p < n; p++)
        {
            if (!critical[p])
            {
                continue;
            }

            for (int k = net.SuccStart[p]; k < net.SuccStart[p + 1]; k++)
            {
                int j = net.SuccTo[k];
                if (critical[j] && LinkSlack(net, ref arithmetic, k, p, es, ef) <= Epsilon)
                {
                    (tightNext[p] ??= new List<int>()).Add(j);
                    hasTightPred[j] = true;
                }
            }
        }

        // depth-first enumeration, iterative so that long chains do not overflow the stack
        var stack = new List<(int Node, int NextChild)>();
        for (int s = 0; s < n; s++)
        {
            if (!critical[s] || hasTightPred[s])
            {
                continue;
            }

            stack.Add((s, 0));
            while (stack.Count > 0)
            {
                (int node, int child) = stack[stack.Count - 1];
                List<int>? next = tightNext[node];
                if (next is null || next.Count == 0)
                {
                    if (paths.Count >= maxPaths)
                    {
                        truncated = true;
                        return paths;
                    }

                    paths.Add(stack.Select(e => net.IdAt(e.Node)).ToArray());
                    stack.RemoveAt(stack.Count - 1);
                    continue;
                }

                if (child >= next.Count)
                {
                    stack.RemoveAt(stack.Count - 1);
                    continue;
                }

                stack[stack.Count - 1] = (node, child + 1);
                stack.Add((next[child], 0));
            }
        }

        return paths;
    }

    private static WbsSummary<TTime>[] RollUp<T, TTime>(ProjectNetwork network, CompiledNetwork net, T[] es, T[] ef, T[] ls, T[] lf,
        double[] totalFloat, bool[] critical, Func<T, TTime> toResult)
        where T : struct, IComparable<T>
        where TTime : struct
    {
        if (network.WbsElements.Count == 0)
        {
            return Array.Empty<WbsSummary<TTime>>();
        }

        var parentOf = network.WbsElements.ToDictionary(e => e.Id, e => e.ParentId, StringComparer.Ordinal);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < network.WbsElements.Count; i++)
        {
            index[network.WbsElements[i].Id] = i;
        }

        int m = network.WbsElements.Count;
        var count = new int[m];
        var minEs = new T[m];
        var maxEf = new T[m];
        var minLs = new T[m];
        var maxLf = new T[m];
        var minFloat = new double[m];
        var anyCritical = new bool[m];
        for (int p = 0; p < net.ActivityCount; p++)
        {
            string? parent = network.Activities[net.NetworkIndex[p]].WbsParent;
            while (parent is not null)
            {
                int w = index[parent];
                if (count[w] == 0)
                {
                    minEs[w] = es[p];
                    maxEf[w] = ef[p];
                    minLs[w] = ls[p];
                    maxLf[w] = lf[p];
                    minFloat[w] = totalFloat[p];
                }
                else
                {
                    if (es[p].CompareTo(minEs[w]) < 0)
                    {
                        minEs[w] = es[p];
                    }

                    if (ef[p].CompareTo(maxEf[w]) > 0)
                    {
                        maxEf[w] = ef[p];
                    }

                    if (ls[p].CompareTo(minLs[w]) < 0)
                    {
                        minLs[w] = ls[p];
                    }

                    if (lf[p].CompareTo(maxLf[w]) > 0)
                    {
                        maxLf[w] = lf[p];
                    }

                    minFloat[w] = Math.Min(minFloat[w], totalFloat[p]);
                }

                count[w]++;
                anyCritical[w] |= critical[p];
                parent = parentOf[parent];
            }
        }

        var result = new WbsSummary<TTime>[m];
        for (int w = 0; w < m; w++)
        {
            result[w] = count[w] == 0
                ? new WbsSummary<TTime>(network.WbsElements[w], 0, default, default, default, default, 0, false)
                : new WbsSummary<TTime>(network.WbsElements[w], count[w], toResult(minEs[w]), toResult(maxEf[w]), toResult(minLs[w]), toResult(maxLf[w]), minFloat[w], anyCritical[w]);
        }

        return result;
    }
}
