namespace ProjectDelivery.Planning.Risk;

/// <summary>The strategy of a risk response (PMBOK Guide, 6th/7th editions, §11.5).</summary>
/// <remarks>
/// Threats take <see cref="Avoid"/>, <see cref="Mitigate"/>, <see cref="Transfer"/>, <see cref="Escalate"/>
/// or <see cref="Accept"/>; opportunities take <see cref="Exploit"/>, <see cref="Enhance"/>, <see cref="Share"/>,
/// <see cref="Escalate"/> or <see cref="Accept"/>. <see cref="ResponseStrategies.AppliesTo"/> tells which.
/// </remarks>
public enum ResponseStrategy
{
    /// <summary>Accept the risk; no action beyond a contingency allowance.</summary>
    Accept = 0,

    /// <summary>Pass the risk to someone outside the project's authority.</summary>
    Escalate = 1,

    /// <summary>Threat: eliminate it or protect the project from it.</summary>
    Avoid = 2,

    /// <summary>Threat: reduce its probability or impact.</summary>
    Mitigate = 3,

    /// <summary>Threat: shift ownership and impact to a third party (insurance, contract).</summary>
    Transfer = 4,

    /// <summary>Opportunity: make sure it happens.</summary>
    Exploit = 5,

    /// <summary>Opportunity: raise its probability or impact.</summary>
    Enhance = 6,

    /// <summary>Opportunity: give it to a party best able to capture it.</summary>
    Share = 7,
}

/// <summary>Rules that relate strategies to risk kinds.</summary>
public static class ResponseStrategies
{
    /// <summary>True when <paramref name="strategy"/> is a valid response to a risk of <paramref name="kind"/>.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="kind">Threat or opportunity.</param>
    /// <returns>Whether the pair is allowed.</returns>
    public static bool AppliesTo(this ResponseStrategy strategy, RiskKind kind) => strategy switch
    {
        ResponseStrategy.Accept or ResponseStrategy.Escalate => true,
        ResponseStrategy.Avoid or ResponseStrategy.Mitigate or ResponseStrategy.Transfer => kind == RiskKind.Threat,
        ResponseStrategy.Exploit or ResponseStrategy.Enhance or ResponseStrategy.Share => kind == RiskKind.Opportunity,
        _ => false,
    };
}
