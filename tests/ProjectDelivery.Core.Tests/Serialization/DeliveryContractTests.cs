using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Serialization;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

public sealed class DeliveryContractTests
{
    /// <summary>Public types of the Delivery namespaces that are not inputs or results, each with the reason.</summary>
    private static readonly Dictionary<string, string> NotData = new(StringComparer.Ordinal)
    {
        ["ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaPolicy"] = "holds SlaGoals, whose AppliesTo predicates (Func<SlaSubject, bool>) are code; the SlaClocks it hands out (calendar, goal, warning, cycles) are in the contract",
        ["ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaGoal"] = "holds a predicate (Func<SlaSubject, bool>), which is code",
        ["ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaEventLogBuilder"] = "a mutable builder; the SlaEventLog it builds is in the contract",
        ["ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaTimelineException"] = "an exception",
        ["ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaTicketException"] = "an exception",
        ["ProjectDelivery.Delivery.Fulfilment.Promises.PromiseDateCalculator"] = "a service over a Warehouse and a CarrierService, both in the contract (PromiseRequest holds the three)",
        ["ProjectDelivery.Delivery.Routing.RoutingProgress"] = "a progress-callback payload; its RoutingSolution is in the contract",
    };

    public static TheoryData<string> DeliveryTypes()
    {
        var data = new TheoryData<string>();
        foreach (Type type in PublicDeliveryTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeliveryTypes))]
    public void EveryPublicDeliveryType_InputOrResult_IsInTheContract(string name)
    {
        Type type = typeof(RoutingSolver).Assembly.GetType(name)!;
        if (NotData.ContainsKey(name))
        {
            Assert.False(ProjectDeliveryJson.Options.TryGetTypeInfo(type, out _), $"{name} is listed as not data but is in the contract; remove it from the list.");
            return;
        }

        Assert.True(ProjectDeliveryJson.Options.TryGetTypeInfo(type, out JsonTypeInfo? info), $"{name} is public in a Delivery namespace but not in DeliveryJsonContext.");
        Assert.NotNull(info);
    }

    [Fact]
    public void DeliveryTypes_FoundByReflection_CoverTheKnownAreas()
    {
        string[] names = PublicDeliveryTypes().Select(t => t.Name).ToArray();

        Assert.Contains("RoutingProblem", names);
        Assert.Contains("SlaStatus", names);
        Assert.Contains("DeliveryKpis", names);
        Assert.Contains("DeliveryPromise", names);
        Assert.All(NotData.Keys, n => Assert.Contains(n, PublicDeliveryTypes().Select(t => t.FullName)));
    }

    /// <summary>
    /// The delivery report rows of <c>ProjectDelivery.Reporting</c>: public types built from a delivery type (a public
    /// constructor or static method takes a type of a Delivery namespace), and the row types their list properties hold.
    /// </summary>
    private static IEnumerable<Type> DeliveryRowTypes()
    {
        Type[] built = typeof(RoutingSolver).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "ProjectDelivery.Reporting" && !(t.IsAbstract && t.IsSealed))
            .Where(t => t.GetConstructors().Cast<System.Reflection.MethodBase>().Concat(t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
                .SelectMany(m => m.GetParameters()).Any(p => IsDelivery(p.ParameterType)))
            .ToArray();
        IEnumerable<Type> held = built.SelectMany(t => t.GetProperties())
            .Select(p => p.PropertyType)
            .Where(p => p.IsGenericType && p.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            .Select(p => p.GetGenericArguments()[0])
            .Where(e => e.Namespace == "ProjectDelivery.Reporting");
        return built.Concat(held).Distinct();
    }

    private static bool IsDelivery(Type type) =>
        (type.Namespace?.StartsWith("ProjectDelivery.Delivery", StringComparison.Ordinal) ?? false)
        || (type.IsGenericType && type.GetGenericArguments().Any(IsDelivery));

    public static TheoryData<string> DeliveryRows()
    {
        var data = new TheoryData<string>();
        foreach (Type type in DeliveryRowTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeliveryRows))]
    public void EveryDeliveryReportRow_IsInTheContractAndReadsBack(string name)
    {
        Type type = typeof(RoutingSolver).Assembly.GetType(name)!;

        Assert.True(ProjectDeliveryJson.Options.TryGetTypeInfo(type, out JsonTypeInfo? info), $"{name} is a delivery report row but not in DeliveryJsonContext.");
        Assert.Equal(JsonTypeInfoKind.Object, info!.Kind);
        Assert.All(info.Properties, p => Assert.True(p.AssociatedParameter is not null || p.Set is not null, $"{name}.{p.Name} would not be read back."));
    }

    [Fact]
    public void DeliveryRows_FoundByReflection_CoverTheKnownRows()
    {
        string[] names = DeliveryRowTypes().Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        Assert.Equal(new[] { "DeliveryStopRow", "RouteRow", "RouteStopRow", "RoutingSummary", "SlaStatusRow", "UnassignedJobRow" }, names);
    }

    private static IEnumerable<Type> PublicDeliveryTypes() =>
        typeof(RoutingSolver).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("ProjectDelivery.Delivery", StringComparison.Ordinal))
            .Where(t => !(t.IsAbstract && t.IsSealed) && !t.IsInterface)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
}
