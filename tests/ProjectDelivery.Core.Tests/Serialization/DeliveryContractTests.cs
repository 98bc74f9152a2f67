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
        ["ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaClock"] = "a service over a WorkingCalendar (calendar JSON is the planning contract; SLA inputs keep the CLI's calendar reader until merge)",
        ["ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaPolicy"] = "holds a WorkingCalendar and goals with predicates",
        ["ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaGoal"] = "holds a predicate (Func<SlaSubject, bool>), which is code",
        ["ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaEventLogBuilder"] = "a mutable builder; the SlaEventLog it builds is in the contract",
        ["ProjectDelivery.Delivery.Fulfilment.ServiceLevels.SlaTimelineException"] = "an exception",
        ["ProjectDelivery.Delivery.Fulfilment.Promises.PromiseDateCalculator"] = "a service over Warehouse and CarrierService",
        ["ProjectDelivery.Delivery.Fulfilment.Promises.Warehouse"] = "holds a WorkingCalendar (calendar JSON is the planning contract)",
        ["ProjectDelivery.Delivery.Fulfilment.Promises.CarrierService"] = "holds a WorkingCalendar (calendar JSON is the planning contract)",
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

    private static IEnumerable<Type> PublicDeliveryTypes() =>
        typeof(RoutingSolver).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("ProjectDelivery.Delivery", StringComparison.Ordinal))
            .Where(t => !(t.IsAbstract && t.IsSealed) && !t.IsInterface)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
}
