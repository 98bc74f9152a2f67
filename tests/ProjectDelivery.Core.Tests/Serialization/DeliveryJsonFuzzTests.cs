using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using NodaTime;
using ProjectDelivery.Delivery.Fulfilment.Kpis;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using ProjectDelivery.Delivery.Routing;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;
using ProjectDelivery.Serialization;
using ProjectDelivery.Tests.Delivery.Routing;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

/// <summary>Corrupted documents fail only with the contract's exceptions (JSON or domain), never with a crash such as a null reference.</summary>
public sealed class DeliveryJsonFuzzTests
{
    private static readonly JsonNode?[] Replacements =
    {
        null, JsonValue.Create(-1), JsonValue.Create(1e308), JsonValue.Create("x"), JsonValue.Create("NaN"), JsonValue.Create(true), new JsonArray(), new JsonObject(),
        JsonValue.Create(0), JsonValue.Create(2147483648L), JsonValue.Create(""),
    };

    [Fact]
    public void Deserialize_CorruptedRoutingProblem_OnlyContractExceptions()
    {
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, Replacements.Length - 1])
            .Sample((seed, pick, replacement) => Check<RoutingProblem>(ProjectDeliveryJson.Serialize(DeliveryRoutingJsonTests.RandomProblem(seed)), pick, replacement), iter: 1500);
    }

    [Fact]
    public void Deserialize_CorruptedRoutingSolution_OnlyContractExceptions()
    {
        RoutingProblem problem = RandomInstances.Create(5, 8, windows: true, extras: true);
        string json = ProjectDeliveryJson.Serialize(RoutingSolver.Solve(problem, new RoutingSolverOptions { TimeLimit = null, MaxIterations = 30 }, TestContext.Current.CancellationToken));
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, Replacements.Length - 1]).Sample((pick, replacement) => Check<RoutingSolution>(json, pick, replacement), iter: 600);
    }

    [Fact]
    public void Deserialize_CorruptedFulfilmentDocuments_OnlyContractExceptions()
    {
        Instant t = Instant.FromUtc(2027, 3, 1, 8, 0);
        SlaStatus status = SlaClock.Create(ProjectDelivery.Calendars.WorkingCalendar.Continuous, Duration.FromHours(8))
            .Evaluate(new[] { SlaEvent.Start(t), SlaEvent.Pause(t + Duration.FromHours(1)) }, t + Duration.FromHours(3));
        FulfilmentOrder order = FulfilmentOrder.Create("O-1", t, t + Duration.FromDays(2), new[] { OrderLine.Create("L1", 4, 3, t + Duration.FromDays(1)) }, shippedAt: t);
        var documents = new List<Action<int, int>>
        {
            (p, r) => Check<SlaStatus>(ProjectDeliveryJson.Serialize(status), p, r),
            (p, r) => Check<SlaTicketStatus>(ProjectDeliveryJson.Serialize(SlaTicketStatus.From("T", status)), p, r),
            (p, r) => Check<SlaEventLog>(ProjectDeliveryJson.Serialize(SlaEventLog.Create(new[] { new[] { SlaEvent.Start(t), SlaEvent.Stop(t) } })), p, r),
            (p, r) => Check<FulfilmentOrder>(ProjectDeliveryJson.Serialize(order), p, r),
            (p, r) => Check<DeliveryKpis>(ProjectDeliveryJson.Serialize(DeliveryKpiCalculator.Compute(new[] { order })), p, r),
            (p, r) => Check<KpiRow>(ProjectDeliveryJson.Serialize(DeliveryKpiCalculator.Compute(new[] { order }).ToRows()[0]), p, r),
        };
        Gen.Select(Gen.Int[0, documents.Count - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, Replacements.Length - 1]).Sample((d, p, r) => documents[d](p, r), iter: 1500);
    }

    [Fact]
    public void Deserialize_CorruptedPromiseInput_OnlyContractExceptions()
    {
        // The promise input (PromiseRequest) and its parts, and the SLA clock configuration.
        string sample = System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "samples", "promise.json"));
        ProjectDelivery.Delivery.Fulfilment.Promises.PromiseRequest request = ProjectDeliveryJson.Deserialize<ProjectDelivery.Delivery.Fulfilment.Promises.PromiseRequest>(sample);
        SlaClock clock = SlaClock.Create(request.Warehouse.Calendar, Duration.FromHours(8), 0.5, multipleCycles: true);
        var documents = new List<Action<int, int>>
        {
            (p, r) => Check<ProjectDelivery.Delivery.Fulfilment.Promises.PromiseRequest>(sample, p, r),
            (p, r) => Check<ProjectDelivery.Delivery.Fulfilment.Promises.PromiseRequest>(ProjectDeliveryJson.Serialize(request), p, r),
            (p, r) => Check<ProjectDelivery.Delivery.Fulfilment.Promises.Warehouse>(ProjectDeliveryJson.Serialize(request.Warehouse), p, r),
            (p, r) => Check<ProjectDelivery.Delivery.Fulfilment.Promises.CarrierService>(ProjectDeliveryJson.Serialize(request.Carrier), p, r),
            (p, r) => Check<ProjectDelivery.Delivery.Fulfilment.Promises.PromiseOrder>(ProjectDeliveryJson.Serialize(request.Orders[2]), p, r),
            (p, r) => Check<SlaClock>(ProjectDeliveryJson.Serialize(clock), p, r),
        };
        Gen.Select(Gen.Int[0, documents.Count - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, Replacements.Length - 1]).Sample((d, p, r) => documents[d](p, r), iter: 1500);
    }

    private static void Check<T>(string json, int pick, int replacement)
    {
        JsonNode root = JsonNode.Parse(json)!;
        List<(JsonNode Parent, object Key)> slots = Slots(root).ToList();
        if (slots.Count == 0)
        {
            return;
        }

        (JsonNode parent, object key) = slots[pick % slots.Count];
        JsonNode? value = Replacements[replacement]?.DeepClone();
        if (key is string name)
        {
            parent.AsObject()[name] = value;
        }
        else
        {
            parent.AsArray()[(int)key] = value;
        }

        string corrupted = root.ToJsonString();
        try
        {
            ProjectDeliveryJson.Deserialize<T>(corrupted);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
        }
        catch (Exception ex)
        {
            Assert.Fail($"{typeof(T).Name} from {corrupted} threw {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static IEnumerable<(JsonNode Parent, object Key)> Slots(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (KeyValuePair<string, JsonNode?> pair in obj.ToList())
            {
                yield return (obj, pair.Key);
                if (pair.Value is not null)
                {
                    foreach ((JsonNode, object) inner in Slots(pair.Value))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (int i = 0; i < array.Count; i++)
            {
                yield return (array, i);
                if (array[i] is { } item)
                {
                    foreach ((JsonNode, object) inner in Slots(item))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }
}
