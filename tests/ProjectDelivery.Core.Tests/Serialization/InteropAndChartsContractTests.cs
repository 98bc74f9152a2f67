using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ProjectDelivery.Interop;
using ProjectDelivery.Serialization;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

public sealed class InteropAndChartsContractTests
{
    /// <summary>Public types of the Interop and Charts namespaces that are not inputs or results, each with the reason.</summary>
    private static readonly Dictionary<string, string> NotData = new(StringComparer.Ordinal)
    {
        ["ProjectDelivery.Interop.ScheduleFileException"] = "an exception",
        ["ProjectDelivery.Interop.MsProject.MspdiReader"] = "a reader (service): reads MSPDI XML into an ImportedSchedule, which is in the contract",
        ["ProjectDelivery.Interop.MsProject.MspdiWriter"] = "a writer (service): writes an ImportedSchedule, which is in the contract, as MSPDI XML",
        ["ProjectDelivery.Interop.Primavera.XerReader"] = "a reader (service): reads P6 XER into an ImportedSchedule, which is in the contract",
        ["ProjectDelivery.Interop.Routing.SolomonReader"] = "a reader (service): reads Solomon files into a RoutingInstance, which is in the contract",
        ["ProjectDelivery.Interop.Routing.TsplibReader"] = "a reader (service): reads TSPLIB/CVRPLIB files into a RoutingInstance, which is in the contract",
        ["ProjectDelivery.Charts.GanttChart"] = "a renderer (service): draws a schedule (in the contract) as SVG text",
        ["ProjectDelivery.Charts.SCurveChart"] = "a renderer (service): draws earned value S-curves (in the contract) as SVG text",
        ["ProjectDelivery.Charts.HistogramChart"] = "a renderer (service): draws outcome histograms (in the contract) as SVG text",
        ["ProjectDelivery.Charts.RouteMapChart"] = "a renderer (service): draws a RouteMap, which is in the contract, as SVG text",
        ["ProjectDelivery.Charts.RoutingMaps"] = "a service: builds RouteMaps (in the contract) from routing problems and solutions",
    };

    public static TheoryData<string> Types()
    {
        var data = new TheoryData<string>();
        foreach (Type type in PublicTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void EveryPublicInteropOrChartsType_Data_IsInTheContractWithItsConverter(string name)
    {
        Type type = typeof(ImportedSchedule).Assembly.GetType(name)!;
        if (NotData.ContainsKey(name))
        {
            Assert.False(ProjectDeliveryJson.Options.TryGetTypeInfo(type, out _), $"{name} is listed as not data but is in the contract; remove it from the list.");
            return;
        }

        Assert.True(ProjectDeliveryJson.Options.TryGetTypeInfo(type, out JsonTypeInfo? info), $"{name} is public in an Interop or Charts namespace but in no JSON context.");
        Assert.Null(type.GetCustomAttribute<JsonConverterAttribute>());
        JsonConverter? registered = ProjectDeliveryJson.Options.Converters.FirstOrDefault(c => c.CanConvert(type));
        Assert.True(registered is not null, $"{name} has no converter registered in ProjectDeliveryJson.Options.");
        Type converter = registered!.GetType();
        if (type.IsEnum)
        {
            Assert.Equal(typeof(CamelCaseEnumJsonConverter<>).MakeGenericType(type), converter);
        }
        else
        {
            Assert.True(DerivesFromDtoConverter(converter), $"{name}'s converter {converter.Name} does not derive from DtoJsonConverter<T, TDto>.");
            Assert.IsType(converter, info!.Converter);
        }
    }

    [Fact]
    public void Types_FoundByReflection_CoverTheKnownAreas()
    {
        string[] names = PublicTypes().Select(t => t.FullName!).ToArray();

        Assert.Contains("ProjectDelivery.Interop.ImportedSchedule", names);
        Assert.Contains("ProjectDelivery.Interop.Routing.RoutingInstance", names);
        Assert.Contains("ProjectDelivery.Charts.ChartOptions", names);
        Assert.Contains("ProjectDelivery.Charts.RouteMap", names);
        Assert.All(NotData.Keys, n => Assert.Contains(n, names));
        Assert.Equal(13, names.Length - NotData.Count);
    }

    private static bool DerivesFromDtoConverter(Type converter)
    {
        for (Type? t = converter; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(DtoJsonConverter<,>))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<Type> PublicTypes() =>
        typeof(ImportedSchedule).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is { } ns
                && (ns == "ProjectDelivery.Interop" || ns.StartsWith("ProjectDelivery.Interop.", StringComparison.Ordinal) || ns == "ProjectDelivery.Charts"))
            .Where(t => !t.IsInterface)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
}
