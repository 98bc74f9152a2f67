using System;
using NodaTime;
using ProjectDelivery.Serialization;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

public sealed class ProjectDeliveryJsonTests
{
    [Fact]
    public void Serialize_LocalDateTime_WritesIsoWithoutOffset()
    {
        string json = ProjectDeliveryJson.Serialize(new LocalDateTime(2027, 3, 1, 8, 30));

        Assert.Equal("\"2027-03-01T08:30:00\"", json);
        Assert.Equal(new LocalDateTime(2027, 3, 1, 8, 30), ProjectDeliveryJson.Deserialize<LocalDateTime>(json));
    }

    [Fact]
    public void Deserialize_ZonedDateTime_UsesIanaZones()
    {
        ZonedDateTime value = ProjectDeliveryJson.Deserialize<ZonedDateTime>("\"2027-03-29T09:30:00+01:00 Europe/London\"");

        Assert.Equal("Europe/London", value.Zone.Id);
        Assert.Equal(Instant.FromUtc(2027, 3, 29, 8, 30), value.ToInstant());
    }

    [Fact]
    public void Serialize_TypeOutsideTheContract_Throws()
    {
        Assert.Throws<NotSupportedException>(() => ProjectDeliveryJson.Serialize(new Uri("https://example.org")));
    }
}
