using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Interop.MsProject;

/// <summary>MSPDI code tables (MS Project XML schema, MicrosoftDocs office-developer-msproject-xml-docs).</summary>
internal static class MspdiCodes
{
    public const string Namespace = "http://schemas.microsoft.com/project";

    /// <summary>DurationFormat / LagFormat codes that denote elapsed time (em, eh, ed, ew, emo, e% and their "estimated" +32 forms).</summary>
    public static bool IsElapsedFormat(int format) => (format & ~32) is 4 or 6 or 8 or 10 or 12 or 20;

    /// <summary>LagFormat codes for a lag given as a percentage of the predecessor's duration.</summary>
    public static bool IsPercentFormat(int format) => (format & ~32) is 19 or 20;

    public static DependencyType LinkType(int code) => code switch
    {
        0 => DependencyType.FinishToFinish,
        2 => DependencyType.StartToFinish,
        3 => DependencyType.StartToStart,
        _ => DependencyType.FinishToStart,
    };

    public static int LinkCode(DependencyType type) => type switch
    {
        DependencyType.FinishToFinish => 0,
        DependencyType.StartToFinish => 2,
        DependencyType.StartToStart => 3,
        _ => 1,
    };

    public static ConstraintType Constraint(int code) => code switch
    {
        1 => ConstraintType.AsLateAsPossible,
        2 => ConstraintType.MustStartOn,
        3 => ConstraintType.MustFinishOn,
        4 => ConstraintType.StartNoEarlierThan,
        5 => ConstraintType.StartNoLaterThan,
        6 => ConstraintType.FinishNoEarlierThan,
        7 => ConstraintType.FinishNoLaterThan,
        _ => ConstraintType.AsSoonAsPossible,
    };

    public static int ConstraintCode(ConstraintType type) => type switch
    {
        ConstraintType.AsLateAsPossible => 1,
        ConstraintType.MustStartOn => 2,
        ConstraintType.MustFinishOn => 3,
        ConstraintType.StartNoEarlierThan => 4,
        ConstraintType.StartNoLaterThan => 5,
        ConstraintType.FinishNoEarlierThan => 6,
        ConstraintType.FinishNoLaterThan => 7,
        _ => 0,
    };
}
