using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;

namespace ProjectDelivery.Serialization.Delivery;

/// <summary>
/// JSON of <see cref="RoutingSolution"/>: totals, routes with their stops and schedules, unassigned jobs with reasons,
/// solver statistics, and the problem, so that the document stands alone.
/// </summary>
internal sealed class RoutingSolutionJson
{
    public double Distance { get; set; }

    public double Duration { get; set; }

    public double Cost { get; set; }

    public double Penalty { get; set; }

    public double LatenessCost { get; set; }

    public double BalanceCost { get; set; }

    public long UnservedPriority { get; set; }

    public int VehiclesUsed { get; set; }

    [JsonRequired]
    public VehicleRoute[] Routes { get; set; } = null!;

    public UnassignedJob[]? Unassigned { get; set; }

    public SolverStatistics? Statistics { get; set; }

    [JsonRequired]
    public RoutingProblemJson Problem { get; set; } = null!;
}

/// <summary>
/// Maps <see cref="RoutingSolution"/> to and from <see cref="RoutingSolutionJson"/>. Reading keeps only what defines a
/// plan (each route's vehicle index and its stops' job ids, and the statistics) and evaluates it against the problem
/// with <see cref="RoutingSolution.FromRoutes"/>: schedules, totals and unassigned reasons are recomputed, so a
/// document cannot describe a plan that breaks its problem's constraints.
/// </summary>
internal sealed class RoutingSolutionJsonConverter : DtoJsonConverter<RoutingSolution, RoutingSolutionJson>
{
    protected override RoutingSolution FromDto(RoutingSolutionJson dto)
    {
        RoutingProblem problem = RoutingProblemJsonConverter.ToProblem(dto.Problem ?? throw new JsonException("problem is required, got null."));
        VehicleRoute[] plan = dto.Routes ?? throw new JsonException("routes must be an array, got null.");
        var routes = new Dictionary<int, IReadOnlyList<int>>();
        for (int r = 0; r < plan.Length; r++)
        {
            VehicleRoute route = plan[r] ?? throw new JsonException($"routes[{r}] is null.");
            if (route.VehicleIndex < 0 || route.VehicleIndex >= problem.VehicleCount)
            {
                throw new ArgumentOutOfRangeException(nameof(dto), route.VehicleIndex, $"Route {r}: vehicle index should be in range [0, {problem.VehicleCount - 1}].");
            }

            if (routes.ContainsKey(route.VehicleIndex))
            {
                throw new ArgumentException($"Route {r}: vehicle {route.VehicleIndex} has two routes.", nameof(dto));
            }

            IReadOnlyList<Stop> stops = route.Stops ?? throw new JsonException($"routes[{r}].stops is required.");
            var jobs = new int[stops.Count];
            for (int s = 0; s < jobs.Length; s++)
            {
                string id = stops[s]?.JobId ?? throw new JsonException($"routes[{r}].stops[{s}].jobId is required.");
                jobs[s] = problem.IndexOfJob(id);
                if (jobs[s] < 0)
                {
                    throw new ArgumentException($"Route of vehicle {route.VehicleIndex}: job '{id}' is not in the problem.", nameof(dto));
                }
            }

            routes[route.VehicleIndex] = jobs;
        }

        RoutingSolution solution = RoutingSolution.FromRoutes(problem, routes);
        return dto.Statistics is { } statistics ? solution.WithStatistics(statistics) : solution;
    }

    protected override RoutingSolutionJson ToDto(RoutingSolution value) => new()
    {
        Distance = value.Distance,
        Duration = value.Duration,
        Cost = value.Cost,
        Penalty = value.Penalty,
        LatenessCost = value.LatenessCost,
        BalanceCost = value.BalanceCost,
        UnservedPriority = value.UnservedPriority,
        VehiclesUsed = value.VehiclesUsed,
        Routes = value.Routes.ToArray(),
        Unassigned = value.Unassigned.ToArray(),
        Statistics = value.Statistics,
        Problem = RoutingProblemJsonConverter.From(value.Problem),
    };
}
