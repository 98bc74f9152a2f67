using NodaTime;
using ProjectDelivery.Delivery.Routing.Solutions;

namespace ProjectDelivery.Delivery.Routing;

/// <summary>A progress report: the best plan so far and how far the search has got.</summary>
/// <param name="Best">Best plan found so far.</param>
/// <param name="Iterations">Iterations done.</param>
/// <param name="Elapsed">Time spent.</param>
/// <param name="Fraction">Fraction of the time or iteration budget used, in [0, 1].</param>
public sealed record RoutingProgress(RoutingSolution Best, long Iterations, Duration Elapsed, double Fraction);
