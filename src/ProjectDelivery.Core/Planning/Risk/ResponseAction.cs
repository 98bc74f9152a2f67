using System;
using NodaTime;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Risk;

/// <summary>One action of a risk response: what is done, by whom, at what cost, by when.</summary>
public sealed class ResponseAction
{
    private ResponseAction(string description, string owner, double cost, LocalDate due)
    {
        Description = description;
        Owner = owner;
        Cost = cost;
        Due = due;
    }

    /// <summary>What is done.</summary>
    public string Description { get; }

    /// <summary>Who is responsible.</summary>
    public string Owner { get; }

    /// <summary>Cost of the action in money units (≥ 0).</summary>
    public double Cost { get; }

    /// <summary>Due date.</summary>
    public LocalDate Due { get; }

    /// <summary>Creates an action.</summary>
    /// <param name="description">What is done (not empty).</param>
    /// <param name="owner">Who is responsible (not empty).</param>
    /// <param name="cost">Cost (finite, ≥ 0).</param>
    /// <param name="due">Due date.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentException">Description or owner is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Cost is negative or not finite.</exception>
    public static ResponseAction Create(string description, string owner, double cost, LocalDate due)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(description), nameof(description), "A response action needs a description.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(owner), nameof(owner), $"Response action '{description}' needs an owner.");
        Preconditions.CheckArgumentRange(nameof(cost), cost, 0.0, double.MaxValue);
        return new ResponseAction(description, owner, cost, due);
    }
}
