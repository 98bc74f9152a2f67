namespace ProjectDelivery.Delivery.Routing.Solutions;

/// <summary>A job left out of a plan, with the reason.</summary>
/// <param name="JobIndex">Index of the job in <see cref="Model.RoutingProblem.Jobs"/>.</param>
/// <param name="JobId">Id of the job.</param>
/// <param name="Reason">Why the job could not be placed.</param>
public sealed record UnassignedJob(int JobIndex, string JobId, UnassignedReason Reason);
