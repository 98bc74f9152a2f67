using NodaTime;

namespace ProjectDelivery.Delivery.Routing.Solutions;

/// <summary>What the solver did.</summary>
/// <param name="Iterations">Ruin-and-recreate iterations.</param>
/// <param name="AcceptedIterations">Iterations whose result the acceptance criterion took.</param>
/// <param name="InsertionEvaluations">Insertion positions evaluated (each O(1)).</param>
/// <param name="LocalSearchMoves">Local-search moves applied.</param>
/// <param name="Elapsed">Wall-clock time spent.</param>
/// <param name="Seed">Random seed used.</param>
public sealed record SolverStatistics(long Iterations, long AcceptedIterations, long InsertionEvaluations, long LocalSearchMoves, Duration Elapsed, int Seed)
{
    /// <summary>Statistics of a plan that was evaluated rather than searched.</summary>
    public static SolverStatistics None { get; } = new(0, 0, 0, 0, Duration.Zero, 0);
}
