using System;
using System.Collections.Generic;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Routing.Model;

/// <summary>
/// A visit to make: a location, a demand in each capacity dimension, a service time, one or several time windows
/// for the start of service (hard, or soft with a cost per unit of lateness), required skills, a priority, and
/// optionally a penalty that makes the job optional.
/// </summary>
/// <remarks>
/// Immutable; the <c>With...</c> methods return new jobs. Times are plain numbers in the time unit of the
/// <see cref="TravelNetwork"/>. Default: no demand, no service time, one window [0, +∞), hard, no skills, priority 0,
/// mandatory.
/// <para>
/// Several windows (<see cref="WithTimeWindows"/>): sorted and disjoint; service must start inside one of them and
/// the vehicle may wait for the next one to open. The earliest schedule takes the first window it can still make.
/// Soft windows (<see cref="WithLatenessCost"/>): service may then also start after the last window closes; the
/// lateness, measured at the start of service, costs <see cref="LatenessCost"/> per time unit. See docs/routing.md.
/// </para>
/// </remarks>
public sealed class Job
{
    private readonly double[] _demand;
    private readonly string[] _skills;
    private readonly TimeWindow[] _windows;

    /// <summary>Creates a job.</summary>
    /// <param name="id">Identifier, unique within the problem (reported back in solutions).</param>
    /// <param name="location">Index of the job's location in the network.</param>
    /// <param name="demand">Demand per capacity dimension (null: none); each finite and non-negative.</param>
    /// <param name="serviceTime">Time spent at the location, finite and non-negative.</param>
    /// <param name="readyTime">Earliest start of service.</param>
    /// <param name="dueTime">Latest start of service (may be positive infinity).</param>
    /// <param name="requiredSkills">Skills a vehicle must have to serve the job (null: none).</param>
    /// <param name="penalty">Cost of leaving the job out; null makes the job mandatory.</param>
    /// <exception cref="ArgumentException">The id is empty, a value is not finite, or the window closes before it opens.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative.</exception>
    public Job(string id, int location, IReadOnlyList<double>? demand = null, double serviceTime = 0, double readyTime = 0,
        double dueTime = double.PositiveInfinity, IReadOnlyList<string>? requiredSkills = null, double? penalty = null)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        Preconditions.CheckArgument(id.Length > 0, nameof(id), "A job id must not be empty.");
        Preconditions.CheckArgumentRange(nameof(location), location, 0, int.MaxValue);
        _demand = new double[demand?.Count ?? 0];
        for (int k = 0; k < _demand.Length; k++)
        {
            double v = demand![k];
            if (double.IsNaN(v) || double.IsInfinity(v) || v < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(demand), v, $"Job '{id}': demand in dimension {k} must be finite and non-negative.");
            }

            _demand[k] = v;
        }

        if (double.IsNaN(serviceTime) || double.IsInfinity(serviceTime) || serviceTime < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(serviceTime), serviceTime, $"Job '{id}': service time must be finite and non-negative.");
        }

        if (double.IsNaN(readyTime) || double.IsInfinity(readyTime) || double.IsNaN(dueTime) || double.IsNegativeInfinity(dueTime))
        {
            throw new ArgumentException($"Job '{id}': time window [{readyTime}, {dueTime}] must have a finite opening and a closing that is a number or +∞.", nameof(readyTime));
        }

        if (dueTime < readyTime)
        {
            throw new ArgumentException($"Job '{id}': time window closes at {dueTime} before it opens at {readyTime}.", nameof(dueTime));
        }

        if (penalty is { } p && (double.IsNaN(p) || double.IsInfinity(p) || p < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(penalty), p, $"Job '{id}': penalty must be finite and non-negative.");
        }

        _skills = requiredSkills is null ? Array.Empty<string>() : CopySkills(requiredSkills, id);
        _windows = new[] { new TimeWindow(readyTime, dueTime) };
        Id = id;
        Location = location;
        ServiceTime = serviceTime;
        ReadyTime = readyTime;
        DueTime = dueTime;
        Penalty = penalty;
    }

    private Job(Job source, TimeWindow[] windows, double latenessCost, int priority)
    {
        _demand = source._demand;
        _skills = source._skills;
        _windows = windows;
        Id = source.Id;
        Location = source.Location;
        ServiceTime = source.ServiceTime;
        ReadyTime = windows[0].Open;
        DueTime = windows[windows.Length - 1].Close;
        Penalty = source.Penalty;
        LatenessCost = latenessCost;
        Priority = priority;
    }

    /// <summary>Identifier, unique within the problem.</summary>
    public string Id { get; }

    /// <summary>Index of the location in the network.</summary>
    public int Location { get; }

    /// <summary>Demand per capacity dimension.</summary>
    public IReadOnlyList<double> Demand => _demand;

    /// <summary>Service time.</summary>
    public double ServiceTime { get; }

    /// <summary>Earliest start of service: the opening of the first window.</summary>
    public double ReadyTime { get; }

    /// <summary>Latest start of service without lateness: the closing of the last window (positive infinity when open-ended).</summary>
    public double DueTime { get; }

    /// <summary>The windows for the start of service, sorted and disjoint (at least one).</summary>
    public IReadOnlyList<TimeWindow> TimeWindows => _windows;

    /// <summary>Cost per time unit of starting service after the last window closes; 0 makes the windows hard.</summary>
    public double LatenessCost { get; }

    /// <summary>True when service may start late at <see cref="LatenessCost"/> per time unit.</summary>
    public bool HasSoftWindow => LatenessCost > 0;

    /// <summary>
    /// Priority (non-negative, default 0). The solver first serves the set of jobs with the highest total priority it
    /// can, then minimises cost: leaving out a job of priority p &gt; 0 costs more than any cost saving.
    /// </summary>
    public int Priority { get; }

    /// <summary>Skills a vehicle needs to serve this job.</summary>
    public IReadOnlyList<string> RequiredSkills => _skills;

    /// <summary>Cost of leaving the job unassigned; null when the job is mandatory.</summary>
    public double? Penalty { get; }

    /// <summary>True when the job may be left out at the cost of <see cref="Penalty"/>.</summary>
    public bool IsOptional => Penalty.HasValue;

    /// <summary>A copy of this job whose start of service must fall in one of <paramref name="windows"/>.</summary>
    /// <param name="windows">At least one window, sorted by opening and disjoint (each opens after the previous one closes).</param>
    /// <returns>The new job (lateness cost and priority kept).</returns>
    /// <exception cref="ArgumentException">There is no window, or the windows overlap or are out of order (the message names the job and windows).</exception>
    public Job WithTimeWindows(IReadOnlyList<TimeWindow> windows)
    {
        Preconditions.CheckNotNull(windows, nameof(windows));
        Preconditions.CheckArgument(windows.Count > 0, nameof(windows), $"Job '{Id}': at least one time window is needed.");
        var copy = new TimeWindow[windows.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = windows[i];
            if (i > 0)
            {
                Preconditions.CheckArgument(copy[i].Open > copy[i - 1].Close, nameof(windows),
                    $"Job '{Id}': time window {i} {copy[i]} must open after window {i - 1} {copy[i - 1]} closes (windows sorted and disjoint).");
            }
        }

        return new Job(this, copy, LatenessCost, Priority);
    }

    /// <summary>A copy of this job whose windows are soft: service may start after the last window closes at <paramref name="costPerTimeUnit"/> per time unit of lateness.</summary>
    /// <param name="costPerTimeUnit">Finite and non-negative; 0 makes the windows hard again.</param>
    /// <returns>The new job.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The cost is negative, infinite or NaN.</exception>
    public Job WithLatenessCost(double costPerTimeUnit)
    {
        if (double.IsNaN(costPerTimeUnit) || double.IsInfinity(costPerTimeUnit) || costPerTimeUnit < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(costPerTimeUnit), costPerTimeUnit, $"Job '{Id}': lateness cost must be finite and non-negative.");
        }

        return new Job(this, _windows, costPerTimeUnit, Priority);
    }

    /// <summary>A copy of this job with the given priority.</summary>
    /// <param name="priority">Non-negative; higher is served first (see <see cref="Priority"/>).</param>
    /// <returns>The new job.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The priority is negative.</exception>
    public Job WithPriority(int priority)
    {
        if (priority < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, $"Job '{Id}': priority must be non-negative.");
        }

        return new Job(this, _windows, LatenessCost, priority);
    }

    internal static string[] CopySkills(IReadOnlyList<string> skills, string owner)
    {
        var copy = new string[skills.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            if (string.IsNullOrEmpty(skills[i]))
            {
                throw new ArgumentException($"'{owner}': skill {i} is empty.", nameof(skills));
            }

            copy[i] = skills[i];
        }

        return copy;
    }
}
