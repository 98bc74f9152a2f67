using System;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Routing.Domain;

/// <summary>A position on Earth in degrees. Default: (0, 0).</summary>
public readonly struct GeoPoint : IEquatable<GeoPoint>
{
    /// <summary>Creates a point.</summary>
    /// <param name="latitude">Latitude in degrees, in [-90, 90].</param>
    /// <param name="longitude">Longitude in degrees, in [-180, 180].</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is out of range or NaN.</exception>
    [System.Text.Json.Serialization.JsonConstructor]
    public GeoPoint(double latitude, double longitude)
    {
        Preconditions.CheckArgumentRange(nameof(latitude), latitude, -90, 90);
        Preconditions.CheckArgumentRange(nameof(longitude), longitude, -180, 180);
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Latitude in degrees.</summary>
    public double Latitude { get; }

    /// <summary>Longitude in degrees.</summary>
    public double Longitude { get; }

    /// <summary>Equality of both coordinates.</summary>
    public static bool operator ==(GeoPoint left, GeoPoint right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(GeoPoint left, GeoPoint right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(GeoPoint other) => Latitude.Equals(other.Latitude) && Longitude.Equals(other.Longitude);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GeoPoint other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Latitude, Longitude);

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"({Latitude}, {Longitude})");
}
