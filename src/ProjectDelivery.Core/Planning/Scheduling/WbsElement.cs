using System;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>A summary element of the work breakdown structure, to which activities and other elements roll up.</summary>
/// <remarks>Immutable.</remarks>
public sealed class WbsElement : IEquatable<WbsElement>
{
    /// <summary>Creates an element.</summary>
    /// <param name="id">Unique id (distinct from activity ids).</param>
    /// <param name="name">Optional name.</param>
    /// <param name="parentId">Optional id of the parent element.</param>
    public WbsElement(string id, string? name = null, string? parentId = null)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        Preconditions.CheckArgument(id.Length > 0, nameof(id), "A WBS element id must not be empty.");
        Id = id;
        Name = name;
        ParentId = string.IsNullOrEmpty(parentId) ? null : parentId;
    }

    /// <summary>Unique id.</summary>
    public string Id { get; }

    /// <summary>Optional name.</summary>
    public string? Name { get; }

    /// <summary>Parent element id, or null for a top-level element.</summary>
    public string? ParentId { get; }

    /// <inheritdoc />
    public bool Equals(WbsElement? other) => other is not null && Id == other.Id && Name == other.Name && ParentId == other.ParentId;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WbsElement);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, ParentId);
}
