using System.Text.Json.Serialization;
using NodaTime;
using ProjectDelivery.Delivery.Routing;

namespace ProjectDelivery.Serialization.Delivery;

/// <summary>
/// JSON of <see cref="RoutingSolverOptions"/>: the search settings (the progress callback is code, not data, and is
/// neither written nor read). Absent fields take the documented defaults; <c>"timeLimit": null</c> means no time limit.
/// </summary>
internal sealed class RoutingSolverOptionsJson
{
    public Duration? TimeLimit { get; set; } = new RoutingSolverOptions().TimeLimit;

    public long? MaxIterations { get; set; }

    public int Seed { get; set; } = new RoutingSolverOptions().Seed;

    public RoutingObjective Objective { get; set; } = new RoutingSolverOptions().Objective;

    public RoutingConstruction Construction { get; set; } = new RoutingSolverOptions().Construction;

    public int Threads { get; set; } = new RoutingSolverOptions().Threads;

    public Duration ProgressInterval { get; set; } = new RoutingSolverOptions().ProgressInterval;
}

/// <summary>Maps <see cref="RoutingSolverOptions"/> to and from <see cref="RoutingSolverOptionsJson"/>, validating as the solver does.</summary>
internal sealed class RoutingSolverOptionsJsonConverter : DtoJsonConverter<RoutingSolverOptions, RoutingSolverOptionsJson>
{
    protected override RoutingSolverOptions FromDto(RoutingSolverOptionsJson dto)
    {
        var options = new RoutingSolverOptions
        {
            TimeLimit = dto.TimeLimit,
            MaxIterations = dto.MaxIterations,
            Seed = dto.Seed,
            Objective = dto.Objective,
            Construction = dto.Construction,
            Threads = dto.Threads,
            ProgressInterval = dto.ProgressInterval,
        };
        options.Validate();
        return options;
    }

    protected override RoutingSolverOptionsJson ToDto(RoutingSolverOptions value) => new()
    {
        TimeLimit = value.TimeLimit,
        MaxIterations = value.MaxIterations,
        Seed = value.Seed,
        Objective = value.Objective,
        Construction = value.Construction,
        Threads = value.Threads,
        ProgressInterval = value.ProgressInterval,
    };
}
