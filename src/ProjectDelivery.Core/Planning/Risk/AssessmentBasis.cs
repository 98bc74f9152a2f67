namespace ProjectDelivery.Planning.Risk;

/// <summary>Which assessment of a risk a report or calculation uses.</summary>
public enum AssessmentBasis
{
    /// <summary>Before any response (gross, pre-response exposure).</summary>
    Inherent = 0,

    /// <summary>After the planned response (net, post-response exposure); the inherent assessment when no response is planned.</summary>
    Residual = 1,
}
