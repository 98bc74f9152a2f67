using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CsCheck;
using NodaTime;
using ProjectDelivery.Delivery.Fulfilment.Kpis;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Serialization;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

public sealed class DeliveryKpiJsonTests
{
    private static readonly Instant Monday = Instant.FromUtc(2027, 3, 1, 8, 0);

    private static readonly Gen<FulfilmentOrder> Orders =
        Gen.Select(Gen.Int[0, 3], Gen.Int[1, 10].Array[1, 4], Gen.Int[0, 12], Gen.Long[0, 200L * 3600 * NodaConstants.TicksPerSecond], Gen.Int[0, 15])
            .Select((customer, ordered, delivered, ticks, flags) => FulfilmentOrder.Create(
                $"O-{customer}-{ticks}", Monday, Monday + Duration.FromHours(48),
                ordered.Select((q, i) => OrderLine.Create($"L{i}", q, Math.Min(q, delivered + i), Math.Min(q, delivered + i) > 0 ? Monday + Duration.FromTicks(ticks + i) : null)),
                shippedAt: (flags & 1) == 0 ? Monday : null,
                damaged: (flags & 2) != 0,
                documentsCorrect: (flags & 4) == 0,
                slaMet: (flags & 8) == 0 ? null : customer % 2 == 0,
                attributes: customer == 0 ? null : new Dictionary<string, string> { ["customer"] = "c" + customer }));

    private static T RoundTrip<T>(T value) => ProjectDeliveryJson.Deserialize<T>(ProjectDeliveryJson.Serialize(value));

    [Fact]
    public void KpiTypes_RandomOrders_RoundTrip()
    {
        Orders.Array[0, 40].Sample(orders =>
        {
            foreach (FulfilmentOrder order in orders)
            {
                string json = ProjectDeliveryJson.Serialize(order);
                FulfilmentOrder back = ProjectDeliveryJson.Deserialize<FulfilmentOrder>(json);
                Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
                Assert.Equal((order.Id, order.OrderedAt, order.PromisedBy, order.ShippedAt, order.Damaged, order.DocumentsCorrect, order.SlaMet, order.FirstDeliveryAt, order.LastDeliveryAt),
                    (back.Id, back.OrderedAt, back.PromisedBy, back.ShippedAt, back.Damaged, back.DocumentsCorrect, back.SlaMet, back.FirstDeliveryAt, back.LastDeliveryAt));
                Assert.Equal(order.Attributes.OrderBy(p => p.Key), back.Attributes.OrderBy(p => p.Key));
                Assert.Equal(order.Lines.Select(l => (l.LineId, l.OrderedQuantity, l.DeliveredQuantity, l.DeliveredAt)), back.Lines.Select(l => (l.LineId, l.OrderedQuantity, l.DeliveredQuantity, l.DeliveredAt)));
            }

            IReadOnlyList<KpiGroup> groups = DeliveryKpiCalculator.ComputeGrouped(orders, KpiGrouping.ByAttribute("customer"));
            foreach (KpiGroup group in groups)
            {
                KpiGroup back = RoundTrip(group);
                Assert.Equal(group.Key, back.Key);
                Assert.Equal(Describe(group.Kpis), Describe(back.Kpis));
            }

            DeliveryKpis all = DeliveryKpiCalculator.Compute(orders);
            Assert.Equal(Describe(all), Describe(RoundTrip(all)));
            foreach (KpiRow row in DeliveryKpiCalculator.ToRows(groups))
            {
                KpiRow back = RoundTrip(row);
                Assert.Equal((row.Group, row.Metric, row.Value, row.Unit, row.Numerator, row.Denominator), (back.Group, back.Metric, back.Value, back.Unit, back.Numerator, back.Denominator));
            }
        }, iter: 150);
    }

    [Fact]
    public void FulfilmentOrder_SmallExample_GoldenJson()
    {
        FulfilmentOrder order = FulfilmentOrder.Create("O-1", Monday, Monday + Duration.FromDays(2),
            new[] { OrderLine.Create("L1", 4, 4, Monday + Duration.FromDays(1)), OrderLine.Create("L2", 2, 0, null) },
            damaged: true, attributes: new Dictionary<string, string> { ["carrier"] = "DPD" });

        Assert.Equal(
            """{"id":"O-1","orderedAt":"2027-03-01T08:00:00Z","promisedBy":"2027-03-03T08:00:00Z","lines":[{"lineId":"L1","orderedQuantity":4,"deliveredQuantity":4,"deliveredAt":"2027-03-02T08:00:00Z"},{"lineId":"L2","orderedQuantity":2,"deliveredQuantity":0}],"damaged":true,"attributes":{"carrier":"DPD"}}""",
            ProjectDeliveryJson.Serialize(order));
    }

    [Fact]
    public void DeliveryKpis_SmallExample_GoldenJson()
    {
        FulfilmentOrder order = FulfilmentOrder.Create("O-1", Monday, Monday + Duration.FromDays(2), new[] { OrderLine.Create("L1", 4, 4, Monday + Duration.FromDays(1)) }, shippedAt: Monday);

        string json = ProjectDeliveryJson.Serialize(DeliveryKpiCalculator.Compute(new[] { order }));

        Assert.StartsWith("""{"orders":1,"measuredOrders":1,"onTime":{"numerator":1,"denominator":1,"value":1,"percent":100},""", json, StringComparison.Ordinal);
        Assert.EndsWith("\"deliveryLeadTime\":{\"count\":1,\"mean\":\"24:00:00\",\"median\":\"24:00:00\",\"p90\":\"24:00:00\",\"p95\":\"24:00:00\"}}", json, StringComparison.Ordinal);
        Assert.Contains("\"slaAttainment\":{\"numerator\":0,\"denominator\":0,\"value\":null,\"percent\":null}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void OrderLine_DeliveredWithoutInstant_DomainExceptionNamingTheLine()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<OrderLine>("""{"lineId":"L7","orderedQuantity":3,"deliveredQuantity":1}"""));

        Assert.Contains("'L7'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"count":2,"mean":"1:00:00"}""")]
    [InlineData("""{"count":0,"mean":"1:00:00"}""")]
    [InlineData("""{"count":-1}""")]
    public void DurationSummary_Inconsistent_ArgumentException(string json)
    {
        Assert.ThrowsAny<ArgumentException>(() => ProjectDeliveryJson.Deserialize<DurationSummary>(json));
    }

    [Fact]
    public void KpiOptionsAndSolverOptions_RoundTrip()
    {
        var kpi = new KpiOptions { EarlyTolerance = Duration.FromHours(1), LateTolerance = Duration.FromMinutes(30), InFullTolerance = 0.02, AsOf = Monday };
        KpiOptions kpiBack = RoundTrip(kpi);
        Assert.Equal((kpi.EarlyTolerance, kpi.LateTolerance, kpi.InFullTolerance, kpi.AsOf), (kpiBack.EarlyTolerance, kpiBack.LateTolerance, kpiBack.InFullTolerance, kpiBack.AsOf));

        var solver = new RoutingSolverOptions { TimeLimit = null, MaxIterations = 500, Seed = 42, Objective = RoutingObjective.Vehicles, Construction = RoutingConstruction.SolomonI1, Threads = 2 };
        Assert.Equal("""{"timeLimit":null,"maxIterations":500,"seed":42,"objective":"vehicles","construction":"solomonI1","threads":2,"progressInterval":"0:00:00.25"}""", ProjectDeliveryJson.Serialize(solver));
        RoutingSolverOptions back = RoutingJsonDefaults("""{"timeLimit":null,"maxIterations":500,"seed":42,"objective":"vehicles","construction":"solomonI1","threads":2}""");
        Assert.Equal((solver.TimeLimit, solver.MaxIterations, solver.Seed, solver.Objective, solver.Construction, solver.Threads, solver.ProgressInterval),
            (back.TimeLimit, back.MaxIterations, back.Seed, back.Objective, back.Construction, back.Threads, back.ProgressInterval));
        Assert.Equal((RoutingConstruction.Savings, 1), (RoutingJsonDefaults("""{"maxIterations":1}""").Construction, RoutingJsonDefaults("""{"maxIterations":1}""").Threads));
        Assert.Throws<ArgumentException>(() => RoutingJsonDefaults("""{"maxIterations":1,"threads":0}"""));
        RoutingSolverOptions defaults = RoutingJsonDefaults("{}");
        Assert.Equal((Duration.FromSeconds(10), (long?)null, 1), (defaults.TimeLimit, defaults.MaxIterations, defaults.Seed));
        Assert.Throws<ArgumentException>(() => RoutingJsonDefaults("""{"timeLimit":null}"""));
    }

    private static RoutingSolverOptions RoutingJsonDefaults(string json) => ProjectDeliveryJson.Deserialize<RoutingSolverOptions>(json);

    private static string Describe(DeliveryKpis k) =>
        $"{k.Orders}/{k.MeasuredOrders}/{k.OnTime}/{k.InFull}/{k.Otif}/{k.PerfectOrder}/{k.LineFill}/{k.UnitFill}/{k.SlaAttainment}/{k.OrderCycleTime}/{k.DeliveryLeadTime}"
        + $"/{k.OnTime.Numerator}/{k.InFull.Denominator}/{k.UnitFill.Numerator}";
}
