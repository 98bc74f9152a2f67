namespace ProjectDelivery.Planning.Scheduling;

/// <summary>Roll-up of a WBS element over all activities below it (directly or through child elements).</summary>
/// <typeparam name="TTime">The schedule's moment type.</typeparam>
/// <remarks>Immutable. An element with no activities below it has <see cref="ActivityCount"/> 0 and default dates.</remarks>
public sealed class WbsSummary<TTime>
    where TTime : struct
{
    internal WbsSummary(WbsElement element, int activityCount, TTime earlyStart, TTime earlyFinish, TTime lateStart, TTime lateFinish, double totalFloat, bool critical)
    {
        Element = element;
        ActivityCount = activityCount;
        EarlyStart = earlyStart;
        EarlyFinish = earlyFinish;
        LateStart = lateStart;
        LateFinish = lateFinish;
        TotalFloat = totalFloat;
        Critical = critical;
    }

    /// <summary>The WBS element.</summary>
    public WbsElement Element { get; }

    /// <summary>Its id.</summary>
    public string Id => Element.Id;

    /// <summary>Number of activities below it.</summary>
    public int ActivityCount { get; }

    /// <summary>Earliest early start below it.</summary>
    public TTime EarlyStart { get; }

    /// <summary>Latest early finish below it.</summary>
    public TTime EarlyFinish { get; }

    /// <summary>Earliest late start below it.</summary>
    public TTime LateStart { get; }

    /// <summary>Latest late finish below it.</summary>
    public TTime LateFinish { get; }

    /// <summary>Smallest total float below it.</summary>
    public double TotalFloat { get; }

    /// <summary>True when any activity below it is critical.</summary>
    public bool Critical { get; }
}
