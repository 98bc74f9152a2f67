namespace ProjectDelivery.Planning.Scheduling;

/// <summary>Date constraints on an activity, as in MS Project and Primavera P6.</summary>
public enum ConstraintType
{
    /// <summary>No date constraint: scheduled as early as logic allows.</summary>
    AsSoonAsPossible = 0,

    /// <summary>Scheduled at its late dates (its start and finish are the late start and finish).</summary>
    AsLateAsPossible = 1,

    /// <summary>Early start is not before the date.</summary>
    StartNoEarlierThan = 2,

    /// <summary>Late start is not after the date (negative float when logic makes it later).</summary>
    StartNoLaterThan = 3,

    /// <summary>Early finish is not before the date.</summary>
    FinishNoEarlierThan = 4,

    /// <summary>Late finish is not after the date (negative float when logic makes it later).</summary>
    FinishNoLaterThan = 5,

    /// <summary>Early and late start are the date (P6 "mandatory start"): logic from predecessors is overridden.</summary>
    MustStartOn = 6,

    /// <summary>Early and late finish are the date (P6 "mandatory finish"): logic from predecessors is overridden.</summary>
    MustFinishOn = 7,
}
