using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProjectDelivery.Serialization.Planning;

/// <summary>Writes and reads an enum as its camelCase name (<c>notStarted</c>); numbers are rejected.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
