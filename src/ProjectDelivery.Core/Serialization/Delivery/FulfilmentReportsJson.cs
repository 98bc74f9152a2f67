using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ProjectDelivery.Delivery.Fulfilment.Promises;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;

namespace ProjectDelivery.Serialization.Delivery;

/// <summary><see cref="SlaReport"/> as <c>{ "tickets": [ rows ] }</c>; the rows are required, non-null, with unique ids.</summary>
internal sealed class SlaReportJsonConverter : DtoJsonConverter<SlaReport, SlaReportJson>
{
    protected override SlaReport FromDto(SlaReportJson dto) =>
        ElementReader.Build("$.tickets", () => SlaReport.Create(dto.Tickets ?? throw new JsonException("missing required field 'tickets'")));

    protected override SlaReportJson ToDto(SlaReport value) => new() { Tickets = value.Tickets.ToList() };
}

/// <summary><see cref="PromiseReport"/> as <c>{ "orders": [ promises ] }</c>; the promises are required, non-null, with unique order ids.</summary>
internal sealed class PromiseReportJsonConverter : DtoJsonConverter<PromiseReport, PromiseReportJson>
{
    protected override PromiseReport FromDto(PromiseReportJson dto) =>
        ElementReader.Build("$.orders", () => PromiseReport.Create(dto.Orders ?? throw new JsonException("missing required field 'orders'")));

    protected override PromiseReportJson ToDto(PromiseReport value) => new() { Orders = value.Orders.ToList() };
}

/// <summary>The JSON shape of <see cref="SlaReport"/>.</summary>
internal sealed class SlaReportJson
{
    public List<SlaTicketStatus>? Tickets { get; set; }
}

/// <summary>The JSON shape of <see cref="PromiseReport"/>.</summary>
internal sealed class PromiseReportJson
{
    public List<OrderPromise>? Orders { get; set; }
}
