using System;
using System.Collections.Generic;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>What an SLA goal is chosen by: a ticket's or order's id, priority and free attributes (customer, channel, ...).</summary>
/// <remarks>Immutable.</remarks>
public sealed class SlaSubject
{
    private static readonly IReadOnlyDictionary<string, string> NoAttributes = new Dictionary<string, string>();

    /// <summary>Creates a subject.</summary>
    /// <param name="id">Ticket or order id, used in messages.</param>
    /// <param name="priority">Optional priority, e.g. <c>P1</c>.</param>
    /// <param name="attributes">Optional attributes for predicates.</param>
    public SlaSubject(string id, string? priority = null, IReadOnlyDictionary<string, string>? attributes = null)
    {
        Id = Preconditions.CheckNotNull(id, nameof(id));
        Priority = priority;
        Attributes = attributes is null ? NoAttributes : Copy(attributes);
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The priority, or null.</summary>
    public string? Priority { get; }

    /// <summary>Free attributes (a copy of those given).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }

    /// <summary>A readable form.</summary>
    /// <returns>Id and priority.</returns>
    public override string ToString() => Priority is null ? Id : $"{Id} ({Priority})";

    private static Dictionary<string, string> Copy(IReadOnlyDictionary<string, string> attributes)
    {
        var copy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> pair in attributes)
        {
            copy[pair.Key] = pair.Value;
        }

        return copy;
    }
}
