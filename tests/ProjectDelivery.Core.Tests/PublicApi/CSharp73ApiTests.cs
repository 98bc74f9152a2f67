using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.Kpis;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Domain;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Planning.EarnedValue;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Scheduling;
using Xunit;

namespace ProjectDelivery.Tests.PublicApi;

/// <summary>
/// The public API must be usable from C# 7.3 (.NET Framework 4.8 report servers), which cannot call <c>init</c>
/// accessors: every type a user configures gets <c>With…</c> methods (or a constructor taking every init-only
/// property), each returning a copy that keeps every other setting. The rule is checked over the whole assembly so
/// that a new options type without them fails here, not on a user's report server. The consumer projects in
/// tests/consumers compile the getting-started code against the packed package with C# 7.3.
/// </summary>
public sealed class CSharp73ApiTests
{
    private static readonly Assembly Library = typeof(RoutingSolverOptions).Assembly;

    /// <summary>
    /// Types with init-only properties that users only read (results, report rows, file readers' output): they are
    /// made by the library, so C# 7.3 callers never need to set those properties. (ImportedSchedule is a file
    /// reader's output; a C# 7.3 caller who builds one for the MSPDI writer sets its extra data in a newer-C# helper.)
    /// </summary>
    private static readonly HashSet<string> ReadOnlyResults = new(StringComparer.Ordinal)
    {
        "ProjectDelivery.Planning.Scheduling.ScheduleReport",
        "ProjectDelivery.Planning.Scheduling.ScheduleReportActivity",
        "ProjectDelivery.Planning.Scheduling.ScheduleReportWbs",
        "ProjectDelivery.Planning.Risk.Simulation.ScheduleRiskReport",
        "ProjectDelivery.Planning.EarnedValue.EarnedValueStatement",
        "ProjectDelivery.Planning.EarnedValue.EarnedValueStatementCurve",
        "ProjectDelivery.Planning.EarnedValue.EarnedValueStatementMetrics",
        "ProjectDelivery.Planning.EarnedValue.EarnedValueStatementPoint",
        "ProjectDelivery.Planning.Risk.Simulation.FinishDateSummary",
        "ProjectDelivery.Planning.Risk.Simulation.HistogramRow",
        "ProjectDelivery.Planning.Risk.Simulation.OutcomeSummary",
        "ProjectDelivery.Planning.Risk.Simulation.RiskReportRow",
        "ProjectDelivery.Delivery.Routing.Domain.PlannedStop",
        "ProjectDelivery.Delivery.Routing.Solutions.VehicleRoute",
        "ProjectDelivery.Delivery.Routing.Solutions.Stop",
        "ProjectDelivery.Delivery.Routing.Solutions.UnassignedJob",
        "ProjectDelivery.Delivery.Routing.Solutions.LeftOutJob",
        "ProjectDelivery.Delivery.Routing.Solutions.SolverStatistics",
        "ProjectDelivery.Delivery.Routing.RoutingProgress",
        "ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaTicketStatus",
        "ProjectDelivery.Delivery.Fulfilment.Promises.OrderPromise",
        "ProjectDelivery.Interop.ImportedSchedule",
    };

    private static readonly Instant Noon = Instant.FromUtc(2027, 3, 1, 12, 0);

    /// <summary>Instances to start from, for the configurable types without a parameterless constructor.</summary>
    private static readonly Dictionary<Type, Func<object>> Seeds = new()
    {
        [typeof(global::ProjectDelivery.Interop.ImportedTask)] = () => new global::ProjectDelivery.Interop.ImportedTask("A1"),
        [typeof(ActivityProgress)] = () => new ActivityProgress(ScheduleMoment.FromUnits(1), null, 2),
        [typeof(CalendarScheduleOptions)] = () => new CalendarScheduleOptions(new LocalDateTime(2027, 3, 1, 8, 0), WorkingCalendar.Standard),
        [typeof(DeliveryVehicle)] = () => new DeliveryVehicle("van", new GeoPoint(51.5, -0.1), null, new Interval(Noon, Noon.Plus(Duration.FromHours(8))), new double[] { 10 }),
        [typeof(DeliveryOrder)] = () => new DeliveryOrder("o1", new GeoPoint(51.6, -0.1), new Interval(Noon, Noon.Plus(Duration.FromHours(2))), Duration.FromMinutes(5), new double[] { 1 }),
        [typeof(ShipmentOrder)] = () => new ShipmentOrder("s1", new GeoPoint(51.6, -0.1), new Interval(Noon, Noon.Plus(Duration.FromHours(2))), Duration.FromMinutes(5),
            new GeoPoint(51.7, -0.1), new Interval(Noon, Noon.Plus(Duration.FromHours(4))), Duration.FromMinutes(5), new double[] { 1 }),
    };

    public static TheoryData<string> ConfigurableTypes()
    {
        var data = new TheoryData<string>();
        foreach (Type type in Library.GetExportedTypes().Where(t => InitOnlyProperties(t).Any() && !ReadOnlyResults.Contains(t.FullName!) && !CoveredByConstructor(t))
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ConfigurableTypes))]
    public void InitOnlyProperties_ConfigurableType_EachHasAWithMethodReturningTheType(string typeName)
    {
        Type type = Library.GetType(typeName, throwOnError: true)!;
        var missing = InitOnlyProperties(type).Where(p => WithMethod(type, p) is null).Select(p => p.Name).ToList();
        Assert.True(missing.Count == 0, $"{type.Name} has init-only properties that C# 7.3 cannot set: {string.Join(", ", missing)}. Add With… methods.");
    }

    [Theory]
    [MemberData(nameof(ConfigurableTypes))]
    public void WithMethods_AppliedInTurn_EachKeepsEverySettingMadeBefore(string typeName)
    {
        Type type = Library.GetType(typeName, throwOnError: true)!;
        object instance = Seeds.TryGetValue(type, out Func<object>? seed) ? seed() : Activator.CreateInstance(type)!;
        var expected = new Dictionary<PropertyInfo, object?>();

        // Internal tuning settings (with setters) must survive the copies too.
        foreach (PropertyInfo p in type.GetProperties(BindingFlags.Instance | BindingFlags.NonPublic).Where(p => p.SetMethod is { IsAssembly: true }))
        {
            object? value = SampleFor(p, p.GetValue(instance));
            p.SetValue(instance, value);
            expected[p] = value;
        }

        foreach (PropertyInfo p in InitOnlyProperties(type))
        {
            MethodInfo with = WithMethod(type, p)!;
            object? value = SampleFor(p, p.GetValue(instance));
            object before = instance;
            instance = with.Invoke(instance, new[] { value })!;
            Assert.IsType(type, instance);
            Assert.NotSame(before, instance);
            expected[p] = value;
        }

        foreach (KeyValuePair<PropertyInfo, object?> e in expected)
        {
            Assert.True(Equals(e.Value, e.Key.GetValue(instance)), $"{type.Name}.{e.Key.Name} was lost by a later With… call.");
        }
    }

    [Fact]
    public void WithStatusDate_CalendarOptionsThroughBaseType_StaysCalendarOptions()
    {
        ScheduleOptions options = new CalendarScheduleOptions(new LocalDateTime(2027, 3, 1, 8, 0), WorkingCalendar.Standard).WithTimeUnit(Duration.FromHours(4));
        ScheduleOptions copy = options.WithStatusDate(new LocalDateTime(2027, 3, 3, 17, 0)).WithMaxCriticalPaths(3);

        CalendarScheduleOptions calendar = Assert.IsType<CalendarScheduleOptions>(copy);
        Assert.Equal(Duration.FromHours(4), calendar.TimeUnit);
        Assert.Equal(3, calendar.MaxCriticalPaths);
        Assert.Equal(ScheduleMoment.FromDate(new LocalDateTime(2027, 3, 3, 17, 0)), calendar.StatusDate);
    }

    [Fact]
    public void WithTimeLimit_RoutingOptionsFromCSharp73_SolvesLikeTheObjectInitializer()
    {
        var network = TravelNetwork.FromPlanarCoordinates(new double[] { 0, 10, 10, 0 }, new double[] { 0, 0, 10, 10 });
        var problem = new RoutingProblem(network,
            new[] { new Job("a", 1), new Job("b", 2), new Job("c", 3) },
            new[] { new VehicleType("van", 1, null, 0, 0) });

        var modern = RoutingSolver.Solve(problem, new RoutingSolverOptions { TimeLimit = null, MaxIterations = 200, Seed = 7 }, TestContext.Current.CancellationToken);
        var classic = RoutingSolver.Solve(problem, new RoutingSolverOptions().WithTimeLimit(null).WithMaxIterations(200).WithSeed(7), TestContext.Current.CancellationToken);

        Assert.Equal(modern.Distance, classic.Distance);
        Assert.Equal(40, classic.Distance, 9);
    }

    public static TheoryData<Func<object>, string> InvalidSettings() => new()
    {
        { () => new RoutingSolverOptions().WithTimeLimit(Duration.FromSeconds(-1)), "timeLimit" },
        { () => new RoutingSolverOptions().WithMaxIterations(-1), "maxIterations" },
        { () => new RoutingSolverOptions().WithThreads(0), "threads" },
        { () => new RoutingSolverOptions().WithObjective((RoutingObjective)99), "objective" },
        { () => new RoutingSolverOptions().WithProgressInterval(Duration.FromSeconds(-1)), "progressInterval" },
        { () => new ScheduleOptions().WithMaxCriticalPaths(-1), "maxCriticalPaths" },
        { () => new ScheduleOptions().WithCriticalFloatThreshold(double.NaN), "criticalFloatThreshold" },
        { () => new ScheduleOptions().WithProgressMode((ProgressMode)5), "progressMode" },
        { () => new CalendarScheduleOptions(new LocalDateTime(2027, 3, 1, 8, 0), WorkingCalendar.Standard).WithTimeUnit(Duration.Zero), "timeUnit" },
        { () => new CalendarScheduleOptions(new LocalDateTime(2027, 3, 1, 8, 0), WorkingCalendar.Standard).WithLagCalendar((LagCalendar)9), "lagCalendar" },
        { () => new RiskScoringSettings().WithSize(2), "size" },
        { () => new RiskScoringSettings().WithAmber(double.PositiveInfinity), "amber" },
        { () => new EarnedValueOptions().WithCompositeCpiWeight(1.5), "compositeCpiWeight" },
        { () => new EarnedValueOptions().WithPrimaryEstimate((EstimateAtCompletionMethod)99), "primaryEstimate" },
        { () => new KpiOptions().WithInFullTolerance(1), "inFullTolerance" },
        { () => new KpiOptions().WithLateTolerance(Duration.FromHours(-1)), "lateTolerance" },
        { () => new KpiOptions().WithEarlyTolerance(Duration.FromHours(-1)), "earlyTolerance" },
        { () => ((DeliveryVehicle)Seeds[typeof(DeliveryVehicle)]()).WithFixedCost(-1), "fixedCost" },
        { () => ((DeliveryOrder)Seeds[typeof(DeliveryOrder)]()).WithPenalty(double.NaN), "penalty" },
        { () => ((ShipmentOrder)Seeds[typeof(ShipmentOrder)]()).WithPenalty(-2), "penalty" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void WithMethod_InvalidValue_ThrowsNamingTheSetting(Func<object> configure, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(configure);
        Assert.Equal(parameter, ex.ParamName);
        Assert.DoesNotContain("System.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overloads_SpanAndSequenceOfTheSameElement_HaveAnArrayTieBreaker()
    {
        // An array converts to ReadOnlySpan<T> and to IEnumerable<T> equally well before C# 14: error CS0121 unless an
        // overload takes the array itself.
        var missing = new List<string>();
        foreach (Type type in Library.GetExportedTypes())
        {
            foreach (IGrouping<string, MethodInfo> group in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                         .GroupBy(m => m.Name))
            {
                foreach (MethodInfo span in group)
                {
                    ParameterInfo[] ps = span.GetParameters();
                    for (int i = 0; i < ps.Length; i++)
                    {
                        if (!ps[i].ParameterType.IsGenericType || ps[i].ParameterType.GetGenericTypeDefinition() != typeof(ReadOnlySpan<>))
                        {
                            continue;
                        }

                        Type element = ps[i].ParameterType.GetGenericArguments()[0];
                        bool SameElsewhere(MethodInfo m, Type at) => m.GetParameters() is { } qs && qs.Length == ps.Length
                            && qs[i].ParameterType == at && Enumerable.Range(0, qs.Length).All(k => k == i || qs[k].ParameterType == ps[k].ParameterType);
                        if (group.Any(m => SameElsewhere(m, typeof(IEnumerable<>).MakeGenericType(element))) && !group.Any(m => SameElsewhere(m, element.MakeArrayType())))
                        {
                            missing.Add($"{type.Name}.{span.Name}");
                        }
                    }
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void WithThresholds_Null_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new EarnedValueOptions().WithThresholds(null!));
        Assert.Equal("thresholds", ex.ParamName);
    }

    private static IEnumerable<PropertyInfo> InitOnlyProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } setter
                        && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .OrderBy(p => p.Name, StringComparer.Ordinal);

    /// <summary>Positional records: a public constructor whose parameters cover every init-only property.</summary>
    private static bool CoveredByConstructor(Type type)
    {
        var names = InitOnlyProperties(type).Select(p => p.Name).ToList();
        return type.GetConstructors().Any(c =>
            names.All(n => c.GetParameters().Any(q => string.Equals(q.Name, n, StringComparison.OrdinalIgnoreCase))));
    }

    private static MethodInfo? WithMethod(Type type, PropertyInfo property) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == "With" + property.Name && m.ReturnType == type)
            .SingleOrDefault(m => m.GetParameters() is { Length: 1 } ps && ps[0].ParameterType == property.PropertyType);

    /// <summary>A valid value different from <paramref name="current"/>.</summary>
    private static object? SampleFor(PropertyInfo property, object? current)
    {
        Type type = property.PropertyType;
        Type underlying = Nullable.GetUnderlyingType(type) ?? type;
        object value = underlying switch
        {
            _ when underlying == typeof(int) => property.Name switch { "Width" => 640, "Height" => 480, _ => 4 },
            _ when underlying == typeof(string) => "#123456",
            _ when underlying == typeof(long) => 4_000L,
            _ when underlying == typeof(double) => 0.375,
            _ when underlying == typeof(bool) => current is true ? false : true,
            _ when underlying == typeof(Duration) => Duration.FromMinutes(90),
            _ when underlying == typeof(Instant) => Noon,
            _ when underlying == typeof(LocalDateTime) => new LocalDateTime(2027, 3, 2, 17, 0),
            _ when underlying == typeof(decimal) => 12.5m,
            _ when underlying == typeof(ScheduleMoment) => ScheduleMoment.FromDate(new LocalDateTime(2027, 3, 2, 17, 0)),
            _ when underlying.IsEnum => Enum.GetValues(underlying).Cast<object>().Last(v => !Equals(v, current)),
            _ when underlying == typeof(IReadOnlyList<double>) => new[] { 0.0, 0.2, 0.4, 0.6, 0.8, 1.0 },
            _ when underlying == typeof(IReadOnlyList<string>) => new[] { "fridge" },
            _ when underlying == typeof(IReadOnlyList<Interval>) => new[] { new Interval(Noon, Noon.Plus(Duration.FromHours(1))) },
            _ when underlying == typeof(ThresholdBand) => ThresholdBand.HigherIsBetterFrom(0.8, 0.7),
            _ when underlying == typeof(EarnedValueThresholds) => new EarnedValueThresholds().WithCostVariancePercent(ThresholdBand.HigherIsBetterFrom(-1, -2)),
            _ when underlying == typeof(IProgress<RoutingProgress>) => new Progress<RoutingProgress>(),
            _ => throw new InvalidOperationException($"No sample value for {type}; add one to {nameof(SampleFor)}."),
        };
        Assert.False(Equals(value, current), $"The sample {value} of {type} equals the current value.");
        return value;
    }
}
