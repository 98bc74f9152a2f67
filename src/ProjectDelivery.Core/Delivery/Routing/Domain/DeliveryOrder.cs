using System;
using System.Collections.Generic;
using NodaTime;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Routing.Domain;

/// <summary>An order to deliver: where, when service may start, how long it takes, how much it weighs, what it needs.</summary>
/// <remarks>Immutable; validated when converted into a <see cref="Model.RoutingProblem"/> (the window must not end before it starts).</remarks>
public sealed record DeliveryOrder
{
    private IReadOnlyList<Interval> _windows;
    private double _latenessCostPerHour;
    private int _priority;

    /// <summary>Creates an order with an <see cref="Instant"/> window for the start of service.</summary>
    /// <param name="id">Order id (unique within a request).</param>
    /// <param name="location">Delivery address position.</param>
    /// <param name="window">When service may start.</param>
    /// <param name="serviceTime">Time on site.</param>
    /// <param name="demand">Demand per capacity dimension (same dimensions as the vehicles' capacities).</param>
    /// <exception cref="ArgumentException">The id is empty or the service time is negative.</exception>
    public DeliveryOrder(string id, GeoPoint location, Interval window, Duration serviceTime, IReadOnlyList<double> demand)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        Preconditions.CheckArgument(id.Length > 0, nameof(id), "An order id must not be empty.");
        Preconditions.CheckArgument(serviceTime >= Duration.Zero, nameof(serviceTime), $"Order '{id}': service time {serviceTime} is negative.");
        Id = id;
        Location = location;
        Window = window;
        _windows = new[] { window };
        ServiceTime = serviceTime;
        Demand = Preconditions.CheckNotNull(demand, nameof(demand));
    }

    /// <summary>Creates an order whose window is given in local time of a zone.</summary>
    /// <param name="id">Order id.</param>
    /// <param name="location">Delivery address position.</param>
    /// <param name="from">Earliest start of service.</param>
    /// <param name="to">Latest start of service.</param>
    /// <param name="serviceTime">Time on site.</param>
    /// <param name="demand">Demand per capacity dimension.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static DeliveryOrder Between(string id, GeoPoint location, ZonedDateTime from, ZonedDateTime to, Duration serviceTime, IReadOnlyList<double> demand)
    {
        Preconditions.CheckArgument(to.ToInstant() >= from.ToInstant(), nameof(to), $"Order '{id}': window closes at {to} before it opens at {from}.");
        return new DeliveryOrder(id, location, new Interval(from.ToInstant(), to.ToInstant()), serviceTime, demand);
    }

    /// <summary>Order id.</summary>
    public string Id { get; }

    /// <summary>Delivery position.</summary>
    public GeoPoint Location { get; }

    /// <summary>When service may start (an interval without start or end is open on that side).</summary>
    public Interval Window { get; }

    /// <summary>Time on site.</summary>
    public Duration ServiceTime { get; }

    /// <summary>Demand per capacity dimension.</summary>
    public IReadOnlyList<double> Demand { get; }

    /// <summary>Skills the vehicle needs.</summary>
    public IReadOnlyList<string> RequiredSkills { get; init; } = Array.Empty<string>();

    /// <summary>Cost of not delivering; null for a mandatory order.</summary>
    public double? Penalty { get; init; }

    /// <summary>
    /// Every window in which service may start, sorted and disjoint (each opens after the previous one closes). Defaults
    /// to the single window given at construction; setting it (<c>order with { Windows = ... }</c>) replaces that window.
    /// Windows from <see cref="ZonedDateTime"/> values: <c>new Interval(from.ToInstant(), to.ToInstant())</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The list is null or empty (checked when set); order and overlap are checked when the problem is built.</exception>
    public IReadOnlyList<Interval> Windows
    {
        get => _windows;
        init
        {
            Preconditions.CheckNotNull(value, nameof(Windows));
            Preconditions.CheckArgument(value.Count > 0, nameof(Windows), $"Order '{Id}': at least one window is needed.");
            _windows = value;
        }
    }

    /// <summary>
    /// Cost per hour of starting service after the last window closes (soft window); 0, the default, makes the windows
    /// hard. Lateness is measured at the start of service.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, infinite or NaN.</exception>
    public double LatenessCostPerHour
    {
        get => _latenessCostPerHour;
        init
        {
            if (double.IsNaN(value) || double.IsInfinity(value) || value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(LatenessCostPerHour), value, $"Order '{Id}': lateness cost per hour must be finite and non-negative.");
            }

            _latenessCostPerHour = value;
        }
    }

    /// <summary>Priority (non-negative, default 0): the planner serves the orders with the highest total priority it can before minimising cost.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Priority
    {
        get => _priority;
        init
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(Priority), value, $"Order '{Id}': priority must be non-negative.");
            }

            _priority = value;
        }
    }


    /// <summary>A copy with <see cref="RequiredSkills"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="requiredSkills">Skills the vehicle needs.</param>
    /// <returns>A new deliveryOrder; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requiredSkills"/> is null.</exception>
    public DeliveryOrder WithRequiredSkills(IReadOnlyList<string> requiredSkills) => this with { RequiredSkills = Preconditions.CheckNotNull(requiredSkills, nameof(requiredSkills)) };

    /// <summary>A copy with <see cref="Penalty"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="penalty">Cost of leaving the order unserved (which makes it optional); null makes it mandatory.</param>
    /// <returns>A new deliveryOrder; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penalty"/> is negative, NaN or infinite.</exception>
    public DeliveryOrder WithPenalty(double? penalty) => this with { Penalty = penalty is { } value && (double.IsNaN(value) || double.IsInfinity(value) || value < 0) ? throw new ArgumentOutOfRangeException(nameof(penalty), value, $"Order '{Id}': the penalty must be finite and non-negative.") : penalty };

    /// <summary>A copy with <see cref="Windows"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="windows">Every window in which service may start, sorted and disjoint.</param>
    /// <returns>A new deliveryOrder; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="windows"/> is null or empty.</exception>
    public DeliveryOrder WithWindows(IReadOnlyList<Interval> windows) => this with { Windows = windows };

    /// <summary>A copy with <see cref="LatenessCostPerHour"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="latenessCostPerHour">Cost per hour of starting service after the last window closes; 0 makes the windows hard.</param>
    /// <returns>A new deliveryOrder; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="latenessCostPerHour"/> is negative, NaN or infinite.</exception>
    public DeliveryOrder WithLatenessCostPerHour(double latenessCostPerHour) => this with { LatenessCostPerHour = latenessCostPerHour };

    /// <summary>A copy with <see cref="Priority"/> set: the way to set it from C# 7.3 (no <c>init</c> or <c>with</c>).</summary>
    /// <param name="priority">Non-negative priority.</param>
    /// <returns>A new deliveryOrder; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="priority"/> is negative.</exception>
    public DeliveryOrder WithPriority(int priority) => this with { Priority = priority };
}
