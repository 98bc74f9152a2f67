using NodaTime;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.Promises;

/// <summary>One step of how a promise date was derived: what rule applied and what it gave.</summary>
/// <remarks>Immutable.</remarks>
public sealed class PromiseStep
{
    internal PromiseStep(string name, Instant? at, string explanation)
    {
        Name = Preconditions.CheckNotNull(name, nameof(name));
        At = at;
        Explanation = Preconditions.CheckNotNull(explanation, nameof(explanation));
    }

    /// <summary>The step: <c>order</c>, <c>cut-off</c>, <c>processing</c>, <c>pick-up</c>, <c>transit</c>, <c>delivery window</c> or <c>promise</c>.</summary>
    public string Name { get; }

    /// <summary>The instant the step produced, when it produced one.</summary>
    public Instant? At { get; }

    /// <summary>A sentence for people, with local times and zone ids.</summary>
    public string Explanation { get; }

    /// <summary>A readable form.</summary>
    /// <returns>Name and explanation.</returns>
    public override string ToString() => $"{Name}: {Explanation}";
}
