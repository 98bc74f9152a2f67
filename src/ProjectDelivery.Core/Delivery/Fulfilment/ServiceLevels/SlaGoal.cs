using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

/// <summary>
/// One row of an SLA policy: which subjects it applies to (a priority, or any predicate) and the business
/// time allowed for each metric, e.g. P1: <c>respond</c> within 1 hour, <c>resolve</c> within 8.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class SlaGoal
{
    private readonly Dictionary<string, Duration> _targets;

    private SlaGoal(string name, Func<SlaSubject, bool> appliesTo, IEnumerable<KeyValuePair<string, Duration>> targets)
    {
        Name = Preconditions.CheckNotNull(name, nameof(name));
        AppliesTo = Preconditions.CheckNotNull(appliesTo, nameof(appliesTo));
        _targets = new Dictionary<string, Duration>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, Duration> target in Preconditions.CheckNotNull(targets, nameof(targets)))
        {
            Preconditions.CheckArgument(!string.IsNullOrEmpty(target.Key), nameof(targets), $"SLA goal '{name}' has a target with an empty metric name.");
            if (target.Value <= Duration.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(targets), target.Value, $"SLA goal '{name}': target '{target.Key}' should be a positive duration.");
            }

            Preconditions.CheckArgument(!_targets.ContainsKey(target.Key), nameof(targets), $"SLA goal '{name}' sets metric '{target.Key}' twice.");
            _targets[target.Key] = target.Value;
        }

        Preconditions.CheckArgument(_targets.Count > 0, nameof(targets), $"SLA goal '{name}' has no targets.");
    }

    /// <summary>The goal's name (the priority for priority goals).</summary>
    public string Name { get; }

    /// <summary>The predicate choosing the subjects the goal applies to.</summary>
    public Func<SlaSubject, bool> AppliesTo { get; }

    /// <summary>Business time allowed per metric.</summary>
    public IReadOnlyDictionary<string, Duration> Targets => _targets;

    /// <summary>A goal for subjects of one priority.</summary>
    /// <param name="priority">The priority, compared ordinally ignoring case.</param>
    /// <param name="targets">Metric names and their business-time targets.</param>
    /// <returns>The goal.</returns>
    public static SlaGoal ForPriority(string priority, params (string Metric, Duration Target)[] targets)
    {
        Preconditions.CheckNotNull(priority, nameof(priority));
        return new SlaGoal(priority, s => string.Equals(s.Priority, priority, StringComparison.OrdinalIgnoreCase), Pairs(targets));
    }

    /// <summary>A goal for subjects matching a user predicate.</summary>
    /// <param name="name">A name for reports.</param>
    /// <param name="appliesTo">The predicate.</param>
    /// <param name="targets">Metric names and their business-time targets.</param>
    /// <returns>The goal.</returns>
    public static SlaGoal When(string name, Func<SlaSubject, bool> appliesTo, params (string Metric, Duration Target)[] targets) =>
        new(name, appliesTo, Pairs(targets));

    /// <summary>A goal that applies to every subject (put it last as a default).</summary>
    /// <param name="name">A name for reports.</param>
    /// <param name="targets">Metric names and their business-time targets.</param>
    /// <returns>The goal.</returns>
    public static SlaGoal Always(string name, params (string Metric, Duration Target)[] targets) =>
        new(name, _ => true, Pairs(targets));

    /// <summary>A readable form.</summary>
    /// <returns>Name and targets.</returns>
    public override string ToString() => $"{Name}: " + string.Join(", ", _targets.Select(t => $"{t.Key} {t.Value}"));

    private static IEnumerable<KeyValuePair<string, Duration>> Pairs((string Metric, Duration Target)[] targets) =>
        Preconditions.CheckNotNull(targets, nameof(targets)).Select(t => new KeyValuePair<string, Duration>(t.Metric, t.Target));
}
