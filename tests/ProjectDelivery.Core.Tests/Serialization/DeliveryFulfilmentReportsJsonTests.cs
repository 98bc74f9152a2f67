using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ProjectDelivery.Cli;
using ProjectDelivery.Delivery.Fulfilment.Promises;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using ProjectDelivery.Serialization;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

/// <summary>
/// <see cref="SlaReport"/> and <see cref="PromiseReport"/>, the documents <c>sla --json</c> and <c>promise --json</c> print: the CLI's output
/// reads back as the report and writes again byte for byte; duplicate ids and missing rows are rejected.
/// </summary>
public sealed class DeliveryFulfilmentReportsJsonTests
{
    [Fact]
    public void SlaCommand_Json_IsTheSlaReportWrittenAgainByteForByte()
    {
        string output = RunCli("sla", "sla.json");

        SlaReport report = ProjectDeliveryJson.Deserialize<SlaReport>(output);

        Assert.NotEmpty(report.Tickets);
        Assert.Equal(output, Indented(report));
        Assert.Equal(report.Tickets, ProjectDeliveryJson.Deserialize<SlaReport>(ProjectDeliveryJson.Serialize(report)).Tickets);
    }

    [Fact]
    public void PromiseCommand_Json_IsThePromiseReportWrittenAgainByteForByte()
    {
        string output = RunCli("promise", "promise.json");

        PromiseReport report = ProjectDeliveryJson.Deserialize<PromiseReport>(output);

        Assert.NotEmpty(report.Orders);
        Assert.Equal(output, Indented(report));
        Assert.Equal(report.Orders.Select(o => o.Id), ProjectDeliveryJson.Deserialize<PromiseReport>(ProjectDeliveryJson.Serialize(report)).Orders.Select(o => o.Id));
    }

    [Fact]
    public void SlaReport_DuplicateTicket_FailsNamingIt()
    {
        SlaReport report = ProjectDeliveryJson.Deserialize<SlaReport>(RunCli("sla", "sla.json"));
        string row = ProjectDeliveryJson.Serialize(report.Tickets[0]);

        var error = Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<SlaReport>($$"""{ "tickets": [ {{row}}, {{row}} ] }"""));

        Assert.Contains($"Ticket '{report.Tickets[0].Id}' is listed twice", error.Message);
        Assert.StartsWith("$.tickets", error.Message);
    }

    [Fact]
    public void PromiseReport_DuplicateOrder_FailsNamingIt()
    {
        PromiseReport report = ProjectDeliveryJson.Deserialize<PromiseReport>(RunCli("promise", "promise.json"));
        string row = ProjectDeliveryJson.Serialize(report.Orders[0]);

        var error = Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<PromiseReport>($$"""{ "orders": [ {{row}}, {{row}} ] }"""));

        Assert.Contains($"Order '{report.Orders[0].Id}' is listed twice", error.Message);
    }

    [Theory]
    [InlineData("{}", "'tickets'")]
    [InlineData("""{ "tickets": [ null ] }""", "Ticket 0 is null")]
    public void SlaReport_MissingRows_Fails(string json, string expected)
    {
        Exception error = Assert.ThrowsAny<Exception>(() => ProjectDeliveryJson.Deserialize<SlaReport>(json));

        Assert.True(error is JsonException or ArgumentException, error.GetType().Name);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void PromiseReport_MissingOrders_Fails()
    {
        var error = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<PromiseReport>("{}"));

        Assert.Contains("'orders'", error.Message);
    }

    private static string RunCli(string command, string sample)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = Program.Run(new[] { command, Path.Combine(AppContext.BaseDirectory, "samples", sample), "--json" }, stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        return stdout.ToString().TrimEnd();
    }

    private static string Indented<T>(T value)
    {
        var info = (JsonTypeInfo<T>)ProjectDeliveryJson.Options.GetTypeInfo(typeof(T));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            JsonSerializer.Serialize(writer, value, info);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
