using System;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>A summary element of the work breakdown structure into which control accounts and other elements roll up.</summary>
/// <remarks>The default value has a null id and is rejected by <see cref="EarnedValueProject.Create"/>.</remarks>
public readonly record struct WbsElement
{
    /// <summary>Creates an element.</summary>
    /// <param name="id">Unique identifier among elements and accounts (non-empty).</param>
    /// <param name="parentId">The element it rolls up into, or null for the project directly.</param>
    /// <param name="name">Display name, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public WbsElement(string id, string? parentId = null, string? name = null)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        Preconditions.CheckArgument(id.Length > 0, nameof(id), "A WBS element id must not be empty.");
        Id = id;
        ParentId = parentId;
        Name = name;
    }

    /// <summary>Unique identifier.</summary>
    public string Id { get; }

    /// <summary>The element it rolls up into, or null for the project directly.</summary>
    public string? ParentId { get; }

    /// <summary>Display name, or null.</summary>
    public string? Name { get; }
}
