namespace ProjectDelivery.Planning.Scheduling;

/// <summary>The four precedence relationships between a predecessor and a successor activity.</summary>
public enum DependencyType
{
    /// <summary>FS: the successor starts after the predecessor finishes (plus lag).</summary>
    FinishToStart = 0,

    /// <summary>SS: the successor starts after the predecessor starts (plus lag).</summary>
    StartToStart = 1,

    /// <summary>FF: the successor finishes after the predecessor finishes (plus lag).</summary>
    FinishToFinish = 2,

    /// <summary>SF: the successor finishes after the predecessor starts (plus lag).</summary>
    StartToFinish = 3,
}
