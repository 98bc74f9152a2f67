using System;

namespace ProjectDelivery.Planning.Scheduling;

/// <summary>A date constraint: its type and (for the dated types) its moment.</summary>
/// <remarks>The default value is <see cref="ConstraintType.AsSoonAsPossible"/>.</remarks>
public readonly struct ActivityConstraint : IEquatable<ActivityConstraint>
{
    /// <summary>Creates a constraint.</summary>
    /// <param name="type">The constraint type.</param>
    /// <param name="moment">Its date or time; ignored for as-soon/as-late-as-possible.</param>
    public ActivityConstraint(ConstraintType type, ScheduleMoment moment = default)
    {
        Utility.Preconditions.CheckArgumentRange(nameof(type), (int)type, 0, 7);
        Type = type;
        Moment = IsDatedType(type) ? moment : default;
    }

    /// <summary>No constraint.</summary>
    public static ActivityConstraint None => default;

    /// <summary>The type.</summary>
    public ConstraintType Type { get; }

    /// <summary>The constraint date or time (default for the undated types).</summary>
    public ScheduleMoment Moment { get; }

    /// <summary>True when the type carries a date.</summary>
    public bool IsDated => IsDatedType(Type);

    /// <summary>True for must-start-on and must-finish-on.</summary>
    public bool IsMandatory => Type is ConstraintType.MustStartOn or ConstraintType.MustFinishOn;

    /// <summary>Parses the short codes used in files: ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO.</summary>
    /// <param name="code">The code (case-insensitive).</param>
    /// <returns>The type.</returns>
    /// <exception cref="FormatException">Unknown code.</exception>
    public static ConstraintType ParseType(string code) => (code ?? string.Empty).Trim().ToUpperInvariant() switch
    {
        "ASAP" => ConstraintType.AsSoonAsPossible,
        "ALAP" => ConstraintType.AsLateAsPossible,
        "SNET" => ConstraintType.StartNoEarlierThan,
        "SNLT" => ConstraintType.StartNoLaterThan,
        "FNET" => ConstraintType.FinishNoEarlierThan,
        "FNLT" => ConstraintType.FinishNoLaterThan,
        "MSO" => ConstraintType.MustStartOn,
        "MFO" => ConstraintType.MustFinishOn,
        _ => throw new FormatException($"Constraint type '{code}' is not one of ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO."),
    };

    private static bool IsDatedType(ConstraintType type) =>
        type is not ConstraintType.AsSoonAsPossible and not ConstraintType.AsLateAsPossible;

    /// <inheritdoc />
    public bool Equals(ActivityConstraint other) => Type == other.Type && Moment.Equals(other.Moment);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ActivityConstraint other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, Moment);

    /// <summary>Equality.</summary>
    public static bool operator ==(ActivityConstraint left, ActivityConstraint right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ActivityConstraint left, ActivityConstraint right) => !left.Equals(right);

    /// <summary>E.g. <c>StartNoEarlierThan 2027-01-04T08:00</c>.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => IsDated ? $"{Type} {Moment}" : Type.ToString();
}
