using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Planning.EarnedValue;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Serialization;
using WbsElement = ProjectDelivery.Planning.Scheduling.WbsElement;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

/// <summary>The planning types the command line reads or writes are in the JSON contract, and the CLI's JSON is exactly theirs.</summary>
public sealed class PlanningJsonContractTests
{
    /// <summary>Every public planning type whose JSON is a CLI format (input files and <c>--json</c> outputs) or part of one, and the network's own types.</summary>
    private static readonly Type[] Contract =
    {
        typeof(WorkingCalendar), typeof(WorkWeek), typeof(WorkingDay), typeof(WorkingInterval), typeof(CalendarException), typeof(ScheduleMoment), typeof(Dependency), typeof(ActivityConstraint), typeof(Activity), typeof(ProjectNetwork), typeof(UncertainValue),
        typeof(ActivityProgress), typeof(WbsElement), typeof(RankCorrelation), typeof(ActivityUncertainty), typeof(RiskDriver), typeof(RiskAssessment), typeof(EarnedValuePeriod),
        typeof(ScheduleRequest), typeof(ScheduleReport), typeof(ScheduleReportActivity), typeof(ScheduleReportWbs),
        typeof(EarnedValueRequest), typeof(EarnedValueStatement), typeof(EarnedValueStatementMetrics), typeof(EarnedValueStatementCurve), typeof(EarnedValueStatementPoint),
        typeof(ActivityBudget), typeof(Milestone), typeof(SCurvePoint), typeof(EarnedValueReport), typeof(OutcomeDistribution), typeof(HistogramBin),
        typeof(ProjectDelivery.Reporting.ActivityRiskRow), typeof(ProjectDelivery.Reporting.SimulationPercentileRow), typeof(ProjectDelivery.Reporting.ScheduleRow), typeof(ProjectDelivery.Reporting.ScheduleRiskSummary),
        typeof(ScheduleRiskRequest), typeof(RiskScoringSettings), typeof(ScheduleRiskReport), typeof(OutcomeSummary), typeof(FinishDateSummary), typeof(HistogramRow), typeof(RiskReportRow),
        typeof(ThresholdBand), typeof(EarnedValueThresholds), typeof(EarnedValueOptions), typeof(ControlAccount), typeof(ReportingCalendar),
        typeof(ProjectDelivery.Planning.EarnedValue.WbsElement), typeof(EarnedValueProject),
        typeof(ResponseAction), typeof(RiskResponse), typeof(RiskScale), typeof(ProbabilityImpactMatrix), typeof(RiskScoringModel), typeof(ProjectRisk), typeof(RiskRegister),
        typeof(RiskRating), typeof(RiskRevision), typeof(ScaleLevel), typeof(HeatMapCell), typeof(ExposureRow), typeof(SensitivityRow), typeof(MonteCarloOptions),
        typeof(ScheduleOptions), typeof(CalendarScheduleOptions), typeof(Schedule<double>), typeof(Schedule<LocalDateTime>), typeof(ActivitySchedule<double>), typeof(ActivitySchedule<LocalDateTime>),
        typeof(WbsSummary<double>), typeof(WbsSummary<LocalDateTime>),
        typeof(EarnedValueMetrics), typeof(EarnedValueNode), typeof(EarnedValueRow), typeof(RiskListingRow), typeof(ScheduleRiskModel), typeof(ScheduleRiskResult),
        typeof(LocalDate), typeof(LocalDateTime),
    };

    /// <summary>The contract types as theory data.</summary>
    public static readonly TheoryData<Type> CliTypes = new(Contract);

    /// <summary>Public planning types that carry no data of their own to serialise, with the reason.</summary>
    private static readonly (Type Type, string Reason)[] NotData =
    {
        (typeof(CompiledNetwork), "the scheduler's compiled (array) form of a ProjectNetwork; serialise the network"),
        (typeof(SCurve), "a view computed from an EarnedValueReport (its points are derived, not stored)"),
        (typeof(SpreadingRule), "a spreading function (linear, front-, back-loaded or weighted) applied when planned value is generated"),
    };

    /// <summary>The delivery (routing) rows of ProjectDelivery.Reporting belong to the delivery contract, not the planning one.</summary>
    private static readonly string[] DeliveryRows = { "DeliveryStopRow", "RouteRow", "RouteStopRow", "RoutingSummary", "UnassignedJobRow", "SlaStatusRow" };

    [Fact]
    public void Contract_EveryPublicPlanningDataType_IsInTheContractOrListedWithAReason()
    {
        Type[] dataTypes = typeof(ProjectDeliveryJson).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is { } ns && (ns.StartsWith("ProjectDelivery.Planning", StringComparison.Ordinal) || ns == "ProjectDelivery.Calendars" || ns == "ProjectDelivery.Reporting"))
            .Where(t => !(t.IsAbstract && t.IsSealed) && !t.IsInterface && !t.IsEnum && !typeof(Exception).IsAssignableFrom(t))
            .Where(t => !(t.Namespace == "ProjectDelivery.Reporting" && DeliveryRows.Contains(t.Name)))
            .Select(t => t.IsGenericTypeDefinition ? t.MakeGenericType(typeof(double)) : t)
            .ToArray();
        Type[] listed = Contract.Concat(NotData.Select(n => n.Type)).ToArray();

        Assert.NotEmpty(dataTypes);
        Assert.All(dataTypes, t => Assert.True(listed.Contains(t), $"{t.FullName} is neither in the JSON contract nor listed with a reason."));
        Assert.All(NotData, n => Assert.False(string.IsNullOrWhiteSpace(n.Reason)));
    }

    [Theory]
    [MemberData(nameof(CliTypes))]
    public void Options_CliType_HasSourceGeneratedMetadata(Type type)
    {
        Assert.NotNull(ProjectDeliveryJson.Options.GetTypeInfo(type));
    }

    [Fact]
    public void Options_EveryPlanningTypeWithAConverter_IsInTheContract()
    {
        Type[] withConverter = typeof(ProjectDeliveryJson).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is { } ns && (ns.StartsWith("ProjectDelivery.Planning", StringComparison.Ordinal) || ns == "ProjectDelivery.Calendars"))
            .Where(t => t.GetCustomAttribute<JsonConverterAttribute>() is not null)
            .ToArray();

        Assert.NotEmpty(withConverter);
        Assert.All(withConverter, t => Assert.Contains(t.IsGenericTypeDefinition ? t.MakeGenericType(typeof(double)) : t, Contract));
        Assert.All(withConverter.Where(t => !t.IsGenericTypeDefinition), t => Assert.NotNull(ProjectDeliveryJson.Options.GetTypeInfo(t)));
    }

    [Theory]
    [InlineData("schedule.json")]
    [InlineData("schedule-calendar.json")]
    public void ScheduleCommand_JsonOutput_IsTheLibrarysScheduleReport(string sample)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "samples", sample);
        ScheduleRequest request = ProjectDeliveryJson.Deserialize<ScheduleRequest>(File.ReadAllText(path));
        string expected = request.CalendarOptions is { } calendar
            ? ProjectDeliveryJson.Serialize(ScheduleReport.FromSchedule(CriticalPathScheduler.Schedule(request.Network, calendar), request.NearCriticalThreshold, null), indented: true)
            : ProjectDeliveryJson.Serialize(ScheduleReport.FromSchedule(CriticalPathScheduler.Schedule(request.Network, request.Options), request.NearCriticalThreshold), indented: true);

        Assert.Equal(expected, Run("schedule", path));
    }

    [Fact]
    public void EvmCommand_JsonOutput_IsTheLibrarysStatement()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "samples", "evm.json");
        EarnedValueRequest request = ProjectDeliveryJson.Deserialize<EarnedValueRequest>(File.ReadAllText(path));

        Assert.Equal(ProjectDeliveryJson.Serialize(EarnedValueStatement.FromReport(request.Analyse()), indented: true), Run("evm", path));
    }

    [Fact]
    public void RiskCommand_JsonOutput_IsTheLibrarysReport()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "samples", "risk.json");
        ScheduleRiskRequest request = ProjectDeliveryJson.Deserialize<ScheduleRiskRequest>(File.ReadAllText(path));
        ScheduleRiskResult result = MonteCarloSimulator.Run(request.Model, new MonteCarloOptions { Iterations = 500, Seed = request.Seed });

        Assert.Equal(ProjectDeliveryJson.Serialize(ScheduleRiskReport.FromResult(request, result, request.Seed), indented: true), Run("risk", path, "--iterations", "500"));
    }

    private static string Run(string command, string path, params string[] extra)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = ProjectDelivery.Cli.Program.Run(new[] { command, path, "--json" }.Concat(extra).ToArray(), stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        return stdout.ToString().TrimEnd('\r', '\n');
    }
}
