using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Risk;

/// <summary>A planned response to a risk: its strategy, its actions and the residual assessment expected after it.</summary>
public sealed class RiskResponse
{
    private readonly ResponseAction[] _actions;

    private RiskResponse(ResponseStrategy strategy, ResponseAction[] actions, RiskAssessment residual)
    {
        Strategy = strategy;
        _actions = actions;
        Residual = residual;
        Cost = actions.Sum(a => a.Cost);
    }

    /// <summary>The strategy.</summary>
    public ResponseStrategy Strategy { get; }

    /// <summary>The actions.</summary>
    public IReadOnlyList<ResponseAction> Actions => _actions;

    /// <summary>Post-response (residual) assessment.</summary>
    public RiskAssessment Residual { get; }

    /// <summary>Total cost of the actions.</summary>
    public double Cost { get; }

    /// <summary>Creates a response.</summary>
    /// <param name="strategy">The strategy (checked against the risk's kind when attached to a risk).</param>
    /// <param name="actions">The actions (may be empty, e.g. for acceptance).</param>
    /// <param name="residual">The residual assessment.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentException">An action is null.</exception>
    public static RiskResponse Create(ResponseStrategy strategy, IEnumerable<ResponseAction> actions, RiskAssessment residual)
    {
        Preconditions.CheckNotNull(actions, nameof(actions));
        ResponseAction[] list = actions.ToArray();
        Preconditions.CheckArgument(Array.TrueForAll(list, a => a is not null), nameof(actions), "A response action is null.");
        Preconditions.CheckArgument(Enum.IsDefined(typeof(ResponseStrategy), strategy), nameof(strategy), $"Unknown response strategy {(int)strategy}.");
        return new RiskResponse(strategy, list, residual);
    }
}
