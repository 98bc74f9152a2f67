using NodaTime;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Cli.Commands;

/// <summary>A risk analysis read from the risk JSON format (the library's <see cref="ScheduleRiskRequest"/>), with the command line's overrides.</summary>
internal sealed class RiskInput
{
    public RiskInput(ScheduleRiskRequest request, int? iterationsOverride, long? seedOverride)
    {
        Request = request;
        Iterations = iterationsOverride ?? request.Iterations;
        Seed = seedOverride ?? request.Seed;
    }

    public ScheduleRiskRequest Request { get; }

    public ProjectNetwork Network => Request.Schedule.Network;

    public ScheduleRiskModel Model => Request.Model;

    public RiskRegister Register => Request.Register;

    public int Iterations { get; }

    public long Seed { get; }

    public double? TargetFinish => Request.TargetFinishUnits;

    /// <summary>The project start and calendar when the file is in calendar mode (has <c>start</c>): units convert to dates.</summary>
    public CalendarScheduleOptions? Calendar => Request.Schedule.CalendarOptions;

    /// <summary>Converts time units from the project start to a date (calendar mode only).</summary>
    public LocalDateTime ToDate(double units) => Request.ToDate(units);

    public double? Budget => Request.Budget;

    public double Confidence => Request.Confidence;

    public bool HasCost => Request.HasCost;
}
