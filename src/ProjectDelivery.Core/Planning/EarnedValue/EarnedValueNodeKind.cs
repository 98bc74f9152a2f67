namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>What a node of an <see cref="EarnedValueReport"/> stands for.</summary>
public enum EarnedValueNodeKind
{
    /// <summary>The whole project (id <see cref="EarnedValueProject.TotalId"/>).</summary>
    Project = 0,

    /// <summary>A summary WBS element.</summary>
    WbsElement = 1,

    /// <summary>A control account.</summary>
    ControlAccount = 2,
}
