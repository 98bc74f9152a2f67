using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CsCheck;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.Promises;
using ProjectDelivery.Serialization;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

/// <summary>The <c>promise</c> input in the contract: <see cref="PromiseRequest"/>, <see cref="Warehouse"/>, <see cref="CarrierService"/>, <see cref="PromiseOrder"/>.</summary>
public sealed class DeliveryPromiseRequestJsonTests
{
    private static readonly string Sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "promise.json"));

    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
    private static readonly DateTimeZone[] Zones = { London, NewYork, Tokyo, DateTimeZoneProviders.Tzdb["Australia/Lord_Howe"], DateTimeZoneProviders.Tzdb["UTC"] };

    private static readonly Gen<LocalTime> Times = Gen.OneOf(
        Gen.Int[0, 24 * 60 - 1].Select(m => LocalTime.FromMinutesSinceMidnight(m)),
        Gen.Long[0, NodaConstants.TicksPerDay - 1].Select(LocalTime.FromTicksSinceMidnight));

    private static readonly Gen<ProcessingTime> Processing = Gen.OneOf(
        Gen.Int[0, 365].Select(ProcessingTime.FromWorkingDays),
        Gen.Long[0, 365 * NodaConstants.TicksPerDay].Select(t => ProcessingTime.FromWorkingTime(Duration.FromTicks(t))),
        Gen.Int[0, 40].Select(q => ProcessingTime.FromWorkingTime(Duration.FromMinutes(15 * q))));

    private static readonly Gen<string> Names = Gen.String[Gen.Char["abcXYZ -é'\"\\"], 0, 10];

    private static readonly Gen<Warehouse> Warehouses =
        from name in Names
        from calendar in PlanningJsonPropertyTests.Calendars
        from cutOff in Times
        from processing in Processing
        select Warehouse.Create(name, calendar, cutOff, processing);

    private static readonly Gen<WorkingInterval?> Windows = Gen.OneOf(
        Gen.Const((WorkingInterval?)null),
        Gen.Select(Gen.Int[0, 24 * 60 - 1], Gen.Int[1, 24 * 60]).Where(p => p.Item1 + p.Item2 <= 24 * 60)
            .Select((start, length) => (WorkingInterval?)WorkingInterval.Parse($"{Clock(start)}-{Clock(start + length)}")));

    private static readonly Gen<CarrierService> Carriers =
        from name in Names
        from calendar in PlanningJsonPropertyTests.Calendars
        from days in Gen.Int[1, 7].Array[1, 9]
        from pickUp in Times
        from transit in Gen.Int[0, 365]
        from window in Windows
        select CarrierService.Create(name, calendar, days.Select(d => (IsoDayOfWeek)d), pickUp, transit, window);

    private static readonly Gen<PromiseOrder> Orders =
        from id in Gen.String[Gen.Char["O-0123456789é"], 1, 6]
        from ticks in Gen.Long[-2_000_000_000L * NodaConstants.TicksPerSecond, 4_000_000_000L * NodaConstants.TicksPerSecond]
        from zone in Gen.Int[-1, Zones.Length - 1]
        from wanted in Gen.Int[-1, 20_000]
        select PromiseOrder.Create(id, Instant.FromUnixTimeTicks(ticks), zone < 0 ? null : Zones[zone], wanted < 0 ? null : new LocalDate(1990, 1, 1).PlusDays(wanted));

    private static readonly Gen<PromiseRequest> Requests =
        from warehouse in Warehouses
        from carrier in Carriers
        from sameCalendar in Gen.Bool
        from defaultZone in Gen.Int[-1, Zones.Length - 1]
        from orders in Orders.Array[0, 6]
        select PromiseRequest.Create(
            warehouse,
            sameCalendar ? CarrierService.Create(carrier.Name, warehouse.Calendar, carrier.PickUpDays, carrier.PickUpTime, carrier.TransitDays, carrier.DeliveryWindow) : carrier,
            defaultZone < 0 ? null : Zones[defaultZone],
            orders.GroupBy(o => o.Id, StringComparer.Ordinal).Select(g => g.First())
                .Select(o => o.CustomerZone is null && defaultZone < 0 ? PromiseOrder.Create(o.Id, o.OrderedAt, Tokyo, o.WantedBy) : o));

    // ---- golden JSON ---------------------------------------------------------------------------------------------------

    [Fact]
    public void Warehouse_Sample_GoldenJson()
    {
        Warehouse warehouse = ProjectDeliveryJson.Deserialize<PromiseRequest>(Sample).Warehouse;

        Assert.Equal(
            """{"name":"Leeds DC","calendar":{"name":"Europe/London","zone":"Europe/London","hours":{"Mon":"08:00-18:00","Tue":"08:00-18:00","Wed":"08:00-18:00","Thu":"08:00-18:00","Fri":"08:00-18:00"},"holidays":["2027-04-02","2027-04-05"]},"cutOff":"14:00","processingDays":0}""",
            ProjectDeliveryJson.Serialize(warehouse));
        Warehouse timed = Warehouse.Create("W", WorkingCalendar.Standard, new LocalTime(9, 30, 15), ProcessingTime.FromWorkingTime(Duration.FromMinutes(270)));
        Assert.Equal(
            """{"name":"W","calendar":{"name":"Standard","hours":{"Mon":"08:00-12:00,13:00-17:00","Tue":"08:00-12:00,13:00-17:00","Wed":"08:00-12:00,13:00-17:00","Thu":"08:00-12:00,13:00-17:00","Fri":"08:00-12:00,13:00-17:00"}},"cutOff":"09:30:15","processingTime":"PT4H30M"}""",
            ProjectDeliveryJson.Serialize(timed));
    }

    [Fact]
    public void CarrierService_Sample_GoldenJson()
    {
        CarrierService carrier = ProjectDeliveryJson.Deserialize<PromiseRequest>(Sample).Carrier;

        Assert.Equal(
            """{"name":"Transatlantic Express","calendar":{"name":"America/New_York","zone":"America/New_York","hours":{"Mon":"08:00-20:00","Tue":"08:00-20:00","Wed":"08:00-20:00","Thu":"08:00-20:00","Fri":"08:00-20:00"}},"pickUpDays":["Mon","Wed","Fri"],"pickUpTime":"16:00","transitDays":2,"deliveryWindow":"09:00-18:00"}""",
            ProjectDeliveryJson.Serialize(carrier));
    }

    [Fact]
    public void PromiseOrder_GoldenJson()
    {
        Assert.Equal("""{"id":"O-1","orderedAt":"2027-03-31T12:59:00Z","wantedBy":"2027-04-05"}""",
            ProjectDeliveryJson.Serialize(PromiseOrder.Create("O-1", Instant.FromUtc(2027, 3, 31, 12, 59), null, new LocalDate(2027, 4, 5))));
        Assert.Equal("""{"id":"O-3","orderedAt":"2027-03-26T14:00:00.5Z","customerZone":"Asia/Tokyo"}""",
            ProjectDeliveryJson.Serialize(PromiseOrder.Create("O-3", Instant.FromUtc(2027, 3, 26, 14, 0) + Duration.FromMilliseconds(500), Tokyo, null)));
        PromiseOrder utc = PromiseOrder.Create("U", Instant.FromUtc(2027, 3, 31, 12, 1), DateTimeZone.Utc, null);
        Assert.Equal(utc, ProjectDeliveryJson.Deserialize<PromiseOrder>(ProjectDeliveryJson.Serialize(utc)));
        Assert.NotEqual(utc, PromiseOrder.Create("U", utc.OrderedAt, London, null));
        Assert.NotEqual(utc, PromiseOrder.Create("U", utc.OrderedAt, null, null));
        Assert.Equal(PromiseOrder.Create("O-2", Instant.FromUtc(2027, 3, 31, 12, 1), null, null),
            ProjectDeliveryJson.Deserialize<PromiseOrder>("""{ "id": "O-2", "orderedAt": "2027-03-31T13:01:00+01:00" }"""));
    }

    [Fact]
    public void PromiseRequest_Sample_GoldenJsonOmitsTheSharedCalendar()
    {
        PromiseRequest request = ProjectDeliveryJson.Deserialize<PromiseRequest>(Sample);

        Assert.Equal(
            """{"warehouse":{"name":"Leeds DC","calendar":{"name":"Europe/London","zone":"Europe/London","hours":{"Mon":"08:00-18:00","Tue":"08:00-18:00","Wed":"08:00-18:00","Thu":"08:00-18:00","Fri":"08:00-18:00"},"holidays":["2027-04-02","2027-04-05"]},"cutOff":"14:00","processingDays":0},"carrier":{"name":"Transatlantic Express","calendar":{"name":"America/New_York","zone":"America/New_York","hours":{"Mon":"08:00-20:00","Tue":"08:00-20:00","Wed":"08:00-20:00","Thu":"08:00-20:00","Fri":"08:00-20:00"}},"pickUpDays":["Mon","Wed","Fri"],"pickUpTime":"16:00","transitDays":2,"deliveryWindow":"09:00-18:00"},"customerZone":"America/New_York","orders":[{"id":"O-1","orderedAt":"2027-03-31T12:59:00Z","wantedBy":"2027-04-05"},{"id":"O-2","orderedAt":"2027-03-31T13:01:00Z"},{"id":"O-3","orderedAt":"2027-03-26T14:00:00Z","customerZone":"Asia/Tokyo"}]}""",
            ProjectDeliveryJson.Serialize(request));

        PromiseRequest shared = PromiseRequest.Create(request.Warehouse,
            CarrierService.Create("c", request.Warehouse.Calendar, new[] { IsoDayOfWeek.Monday }, new LocalTime(16, 0), 1, null), null, Array.Empty<PromiseOrder>());
        Assert.Equal("""{"name":"c","pickUpDays":["Mon"],"pickUpTime":"16:00","transitDays":1}""",
            JsonDocument.Parse(ProjectDeliveryJson.Serialize(shared)).RootElement.GetProperty("carrier").GetRawText());
        PromiseRequest back = ProjectDeliveryJson.Deserialize<PromiseRequest>(ProjectDeliveryJson.Serialize(shared));
        Assert.Same(back.Warehouse.Calendar, back.Carrier.Calendar);
    }

    [Fact]
    public void Deserialize_Sample_ReadsEveryFieldWithDefaults()
    {
        string json = Sample.Replace("\"name\": \"Leeds DC\",", string.Empty, StringComparison.Ordinal)
            .Replace("\"name\": \"Transatlantic Express\",", string.Empty, StringComparison.Ordinal)
            .Replace("\"Mon\", \"Wed\", \"Fri\"", "\"monday\", \"WED\", \" Friday \", \"fri\"", StringComparison.Ordinal);

        PromiseRequest request = ProjectDeliveryJson.Deserialize<PromiseRequest>(json);

        Assert.Equal(("warehouse", "carrier"), (request.Warehouse.Name, request.Carrier.Name));
        Assert.Equal(new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday }, request.Carrier.PickUpDays);
        Assert.Equal((new LocalTime(14, 0), ProcessingTime.FromWorkingDays(0)), (request.Warehouse.CutOff, request.Warehouse.Processing));
        Assert.Equal((new LocalTime(16, 0), 2, (WorkingInterval?)WorkingInterval.Parse("09:00-18:00")), (request.Carrier.PickUpTime, request.Carrier.TransitDays, request.Carrier.DeliveryWindow));
        Assert.Same(NewYork, request.DefaultCustomerZone);
        Assert.Equal(
            new[] { PromiseOrder.Create("O-1", Instant.FromUtc(2027, 3, 31, 12, 59), null, new LocalDate(2027, 4, 5)), PromiseOrder.Create("O-2", Instant.FromUtc(2027, 3, 31, 13, 1), null, null), PromiseOrder.Create("O-3", Instant.FromUtc(2027, 3, 26, 14, 0), Tokyo, null) },
            request.Orders);
        Assert.Same(Tokyo, request.CustomerZoneOf(request.Orders[2]));
        Assert.Same(NewYork, request.CustomerZoneOf(request.Orders[0]));
    }

    [Fact]
    public void Deserialize_ProcessingTimeAndNoCarrierCalendar_UsesTheWarehouseCalendar()
    {
        string json = Sample.Replace("\"processingDays\": 0", "\"processingTime\": \"PT4H\"", StringComparison.Ordinal);
        int start = json.IndexOf("\"calendar\": { \"zone\": \"America/New_York\"", StringComparison.Ordinal);
        int end = json.IndexOf("\"pickUpDays\"", start, StringComparison.Ordinal);
        json = json.Remove(start, end - start);

        PromiseRequest request = ProjectDeliveryJson.Deserialize<PromiseRequest>(json);

        Assert.Equal(ProcessingTime.FromWorkingTime(Duration.FromHours(4)), request.Warehouse.Processing);
        Assert.Same(request.Warehouse.Calendar, request.Carrier.Calendar);
    }

    [Fact]
    public void CarrierService_OnItsOwnWithoutCalendar_NamesTheField()
    {
        var ex = Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<CarrierService>("""{ "pickUpDays": [ "Mon" ], "pickUpTime": "16:00", "transitDays": 1 }"""));

        Assert.StartsWith("$.calendar:", ex.Message, StringComparison.Ordinal);
    }

    // ---- round trips ---------------------------------------------------------------------------------------------------

    [Fact]
    public void Warehouse_Random_RoundTrips()
    {
        Warehouses.Sample(warehouse =>
        {
            string json = ProjectDeliveryJson.Serialize(warehouse);
            Warehouse back = ProjectDeliveryJson.Deserialize<Warehouse>(json);

            Assert.Equal((warehouse.Name, warehouse.CutOff, warehouse.Processing), (back.Name, back.CutOff, back.Processing));
            Assert.Equal(ProjectDeliveryJson.Serialize(warehouse.Calendar), ProjectDeliveryJson.Serialize(back.Calendar));
            Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
        }, iter: 1000);
    }

    [Fact]
    public void CarrierService_Random_RoundTrips()
    {
        Carriers.Sample(carrier =>
        {
            string json = ProjectDeliveryJson.Serialize(carrier);
            CarrierService back = ProjectDeliveryJson.Deserialize<CarrierService>(json);

            Assert.Equal((carrier.Name, carrier.PickUpTime, carrier.TransitDays, carrier.DeliveryWindow), (back.Name, back.PickUpTime, back.TransitDays, back.DeliveryWindow));
            Assert.Equal(carrier.PickUpDays, back.PickUpDays);
            Assert.Equal(ProjectDeliveryJson.Serialize(carrier.Calendar), ProjectDeliveryJson.Serialize(back.Calendar));
            Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
        }, iter: 1000);
    }

    [Fact]
    public void PromiseOrder_Random_RoundTrips()
    {
        Orders.Sample(order =>
        {
            string json = ProjectDeliveryJson.Serialize(order);
            PromiseOrder back = ProjectDeliveryJson.Deserialize<PromiseOrder>(json);

            Assert.Equal(order, back);
            Assert.Equal(order.GetHashCode(), back.GetHashCode());
            Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
        }, iter: 2000);
    }

    [Fact]
    public void PromiseRequest_Random_RoundTrips()
    {
        Requests.Sample(request =>
        {
            string json = ProjectDeliveryJson.Serialize(request);
            PromiseRequest back = ProjectDeliveryJson.Deserialize<PromiseRequest>(json);

            Assert.Equal(request.Orders, back.Orders);
            Assert.Same(request.DefaultCustomerZone, back.DefaultCustomerZone);
            Assert.Equal(ReferenceEquals(request.Carrier.Calendar, request.Warehouse.Calendar), ReferenceEquals(back.Carrier.Calendar, back.Warehouse.Calendar));
            Assert.Equal(ProjectDeliveryJson.Serialize(request.Warehouse), ProjectDeliveryJson.Serialize(back.Warehouse));
            Assert.Equal(ProjectDeliveryJson.Serialize(request.Carrier), ProjectDeliveryJson.Serialize(back.Carrier));
            Assert.Equal(json, ProjectDeliveryJson.Serialize(back));
        }, iter: 1000);
    }

    [Fact]
    public void PromiseRequest_RoundTrip_PromisesTheSame()
    {
        // Orders in 2027, where the random calendars work; the promises of the read-back request equal the original's.
        Gen.Select(Requests, Gen.Long[0, 300L * NodaConstants.TicksPerDay]).Sample((request, offset) =>
        {
            PromiseOrder order = PromiseOrder.Create("P", Instant.FromUtc(2027, 1, 4, 0, 0) + Duration.FromTicks(offset), Zones[(int)(offset % Zones.Length)], new LocalDate(2027, 12, 1));
            PromiseRequest one = PromiseRequest.Create(request.Warehouse, request.Carrier, request.DefaultCustomerZone, new[] { order });
            PromiseRequest back = ProjectDeliveryJson.Deserialize<PromiseRequest>(ProjectDeliveryJson.Serialize(one));

            Assert.Equal(Outcome(one), Outcome(back));
        }, iter: 60);

        static string Outcome(PromiseRequest request)
        {
            try
            {
                return ProjectDeliveryJson.Serialize(request.Evaluate()[0]);
            }
            catch (InvalidOperationException ex)
            {
                return ex.Message;
            }
        }
    }

    // ---- errors --------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("\"processingDays\": 0", "\"processingDays\": 0, \"processingTime\": \"PT4H\"", "$.warehouse:", "exactly one of processingDays")]
    [InlineData(",\n    \"processingDays\": 0", "", "$.warehouse:", "exactly one of processingDays")]
    [InlineData("\"processingDays\": 0", "\"processingDays\": 400", "$.warehouse.processingDays:", "[0, 365]")]
    [InlineData("\"processingDays\": 0", "\"processingTime\": \"P400D\"", "$.warehouse.processingTime:", "[0, 365 days]")]
    [InlineData("\"processingDays\": 0", "\"processingTime\": \"P1M\"", "$.warehouse.processingTime:", "years or months")]
    [InlineData("\"processingDays\": 0", "\"processingTime\": \"4h\"", "$.warehouse.processingTime:", "not an ISO-8601 duration")]
    [InlineData("\"cutOff\": \"14:00\"", "\"cutOff\": \"2pm\"", "$.warehouse.cutOff:", "not a time of day")]
    [InlineData("\"cutOff\": \"14:00\"", "\"cutOff\": null", "$.warehouse.cutOff:", "required")]
    [InlineData("\"zone\": \"Europe/London\"", "\"zone\": \"Europe/Leeds\"", "$.warehouse.calendar.zone:", "unknown time zone")]
    [InlineData("\"2027-04-02\"", "\"2027-02-30\"", "$.warehouse.calendar.holidays[0]:", "not a date")]
    [InlineData("\"Mon\": \"08:00-20:00\", \"Tue\": \"08:00-20:00\", \"Wed\": \"08:00-20:00\", \"Thu\": \"08:00-20:00\", \"Fri\": \"08:00-20:00\"", "\"Sat\": \"closed\"", "$.carrier.calendar.hours:", "every day is closed")]
    [InlineData("\"Mon\", \"Wed\", \"Fri\"", "\"Mon\", \"Someday\"", "$.carrier.pickUpDays[1]:", "not a day of the week")]
    [InlineData("\"Mon\", \"Wed\", \"Fri\"", "", "$.carrier.pickUpDays:", "at least one")]
    [InlineData("\"Mon\", \"Wed\", \"Fri\"", "\"Mon\", null", "$.carrier.pickUpDays[1]:", "not a day of the week")]
    [InlineData("\"pickUpDays\": [ \"Mon\", \"Wed\", \"Fri\" ]", "\"pickUpDays\": null", "$.carrier.pickUpDays:", "required")]
    [InlineData("\"pickUpTime\": \"16:00\"", "\"pickUpTime\": \"25:00\"", "$.carrier.pickUpTime:", "not a time of day")]
    [InlineData("\"transitDays\": 2", "\"transitDays\": -2", "$.carrier.transitDays:", "[0, 365]")]
    [InlineData("\"transitDays\": 2", "\"transitDays\": 366", "$.carrier.transitDays:", "[0, 365]")]
    [InlineData("\"deliveryWindow\": \"09:00-18:00\"", "\"deliveryWindow\": \"9 to 6\"", "$.carrier.deliveryWindow:", "should look like")]
    [InlineData("\"deliveryWindow\": \"09:00-18:00\"", "\"deliveryWindow\": \"18:00-09:00\"", "$.carrier.deliveryWindow:", "must end after it starts")]
    [InlineData("\"customerZone\": \"America/New_York\",", "\"customerZone\": \"Mars/Base\",", "$.customerZone:", "unknown time zone")]
    [InlineData("\"customerZone\": \"America/New_York\",", "", "order 'O-1' ($.orders[0]):", "no customer zone")]
    [InlineData("\"customerZone\": \"Asia/Tokyo\"", "\"customerZone\": \"Asia/Nowhere\"", "order 'O-3' ($.orders[2]).customerZone:", "unknown time zone")]
    [InlineData("\"2027-03-31T13:01:00Z\"", "\"2027-03-31 13:01\"", "order 'O-2' ($.orders[1]).orderedAt:", "not an ISO-8601 instant")]
    [InlineData("\"wantedBy\": \"2027-04-05\"", "\"wantedBy\": \"05/04/2027\"", "order 'O-1' ($.orders[0]).wantedBy:", "not a date")]
    [InlineData("\"id\": \"O-2\"", "\"id\": \"O-1\"", "$.orders[1]:", "order id 'O-1' is used twice")]
    [InlineData("\"id\": \"O-2\"", "\"id\": \"\"", "$.orders[1].id:", "an order id is required")]
    [InlineData("{ \"id\": \"O-2\", \"orderedAt\": \"2027-03-31T13:01:00Z\" }", "null", "$.orders[1]:", "an order is required")]
    public void Deserialize_InvalidValue_MessageNamesThePathAndOrder(string find, string replace, string prefix, string reason)
    {
        string json = Sample.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Sample, json);

        Exception ex = Assert.ThrowsAny<Exception>(() => ProjectDeliveryJson.Deserialize<PromiseRequest>(json));

        Assert.True(ex is JsonException or ArgumentException, ex.ToString());
        Assert.StartsWith(prefix, ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"transitDays\": 2", "\"transitDays\": NaN")]
    [InlineData("\"transitDays\": 2", "\"transitDays\": 1e308")]
    [InlineData("\"transitDays\": 2", "\"transitDays\": 2147483648")]
    [InlineData("\"transitDays\": 2", "\"transitDays\": 1.5")]
    [InlineData("\"transitDays\": 2", "\"transitDays\": \"2\"")]
    [InlineData("\"processingDays\": 0", "\"processingDays\": \"NaN\"")]
    [InlineData("\"processingDays\": 0", "\"processingDays\": -1e400")]
    [InlineData("\"Mon\", \"Wed\", \"Fri\"", "1")]
    [InlineData("\"name\": \"Leeds DC\"", "\"name\": 5")]
    [InlineData("\"cutOff\": \"14:00\",", "\"cutOff\": \"14:00\", \"colour\": \"red\",")]
    [InlineData("\"id\": \"O-2\",", "\"id\": \"O-2\", \"qty\": 3,")]
    [InlineData("\"zone\": \"Europe/London\",", "\"zone\": \"Europe/London\", \"colour\": \"red\",")]
    [InlineData("\"customerZone\": \"America/New_York\",", "\"customerZone\": 7,")]
    [InlineData("\"orders\": [", "\"orders\": {}, \"x\": [")]
    public void Deserialize_WrongTypeOrUnknownField_JsonExceptionWithPath(string find, string replace)
    {
        string json = Sample.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Sample, json);

        var ex = Assert.ThrowsAny<JsonException>(() => ProjectDeliveryJson.Deserialize<PromiseRequest>(json));

        Assert.True(ex.LineNumber is not null || ex.Message.StartsWith("$", StringComparison.Ordinal), ex.Message);
    }

    [Fact]
    public void Deserialize_MissingRequiredParts_JsonException()
    {
        Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<PromiseRequest>("""{ "carrier": { "pickUpDays": ["Mon"], "pickUpTime": "16:00", "transitDays": 1 }, "orders": [] }"""));
        Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<PromiseRequest>("""{ "warehouse": null, "carrier": null, "orders": [] }"""));
        Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<Warehouse>("""{ "cutOff": "14:00", "processingDays": 0 }"""));
        Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<PromiseOrder>("""{ "id": "A" }"""));
        Assert.StartsWith("order 'A' ($).orderedAt:", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<PromiseOrder>("""{ "id": "A", "orderedAt": null }""")).Message, StringComparison.Ordinal);
    }

    private static string Clock(int minutes) => minutes == 24 * 60 ? "24:00" : $"{minutes / 60:00}:{minutes % 60:00}";
}
