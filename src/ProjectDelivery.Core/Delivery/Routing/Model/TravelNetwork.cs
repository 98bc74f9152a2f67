using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Routing.Model;

/// <summary>
/// The locations of a routing problem and the travel distance and travel time between any two of them:
/// either given as matrices, or computed from planar or latitude/longitude coordinates.
/// </summary>
/// <remarks>
/// Networks built from coordinates keep a dense n×n matrix only while n is at most
/// <see cref="DenseLimit"/>; above that, distances are computed on demand from the coordinates so that memory
/// stays linear in n. Geographic distance is the haversine great-circle distance on a sphere of radius
/// 6,371,008.8 m (the IUGG mean Earth radius). Travel time is distance divided by speed, rounded with the same
/// convention as the distance. Immutable and thread-safe.
/// </remarks>
public sealed class TravelNetwork
{
    /// <summary>Largest location count for which coordinate networks precompute a dense matrix.</summary>
    public const int DenseLimit = 2500;

    private const double EarthRadiusMetres = 6371008.8;

    private readonly double[]? _x;
    private readonly double[]? _y;
    private readonly double[]? _givenA;
    private readonly double[]? _givenB;
    private readonly double[]? _distance;
    private readonly double[]? _time;
    private readonly bool _geographic;
    private readonly double _inverseSpeed;

    private TravelNetwork(int count, double[]? x, double[]? y, double[]? distance, double[]? time, bool geographic, DistanceRounding rounding, double speed,
        double[]? givenA = null, double[]? givenB = null)
    {
        Count = count;
        _givenA = givenA ?? x;
        _givenB = givenB ?? y;
        _x = x;
        _y = y;
        _distance = distance;
        _time = time;
        _geographic = geographic;
        Rounding = rounding;
        Speed = speed;
        _inverseSpeed = 1.0 / speed;
    }

    /// <summary>Number of locations; locations are numbered 0 to <c>Count - 1</c>.</summary>
    public int Count { get; }

    /// <summary>Rounding convention applied to computed distances and times (<see cref="DistanceRounding.Exact"/> for given matrices).</summary>
    public DistanceRounding Rounding { get; }

    /// <summary>Distance units per time unit used to derive travel times from coordinates (1 for given matrices).</summary>
    public double Speed { get; }

    /// <summary>True when distances come from coordinates rather than a given matrix.</summary>
    public bool HasCoordinates => _x is not null;

    /// <summary>Copies of the coordinates (coordinate networks only): planar x and y, or latitude and longitude in radians when <c>Geographic</c>.</summary>
    internal (double[] X, double[] Y, bool Geographic) CopyCoordinates() => ((double[])_x!.Clone(), (double[])_y!.Clone(), _geographic);

    /// <summary>True for coordinate networks built from latitude and longitude.</summary>
    internal bool IsGeographic => _geographic;

    /// <summary>The coordinates as given (planar x and y, or latitude and longitude in degrees); null for matrix networks.</summary>
    internal (IReadOnlyList<double> A, IReadOnlyList<double> B)? GivenCoordinates => _givenA is null ? null : (_givenA, _givenB!);

    /// <summary>The given distance matrix, row-major (matrix networks only).</summary>
    internal IReadOnlyList<double>? DistanceMatrix => _x is null ? _distance : null;

    /// <summary>The given travel-time matrix, row-major, or null when it is the distance matrix (matrix networks only).</summary>
    internal IReadOnlyList<double>? TimeMatrix => _x is null && !ReferenceEquals(_time, _distance) ? _time : null;

    /// <summary>True when the distance from a to b always equals the distance from b to a.</summary>
    public bool IsSymmetric { get; private set; } = true;

    /// <summary>
    /// Builds a network from planar coordinates with Euclidean distances.
    /// </summary>
    /// <param name="x">X coordinate of each location.</param>
    /// <param name="y">Y coordinate of each location.</param>
    /// <param name="rounding">Rounding convention for distances and times.</param>
    /// <param name="speed">Distance units per time unit (1: travel time equals distance).</param>
    /// <returns>The network.</returns>
    /// <exception cref="ArgumentException">The arrays differ in length, are empty, or hold a non-finite value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="speed"/> is not positive and finite.</exception>
    public static TravelNetwork FromPlanarCoordinates(IReadOnlyList<double> x, IReadOnlyList<double> y, DistanceRounding rounding = DistanceRounding.Exact, double speed = 1.0)
    {
        (double[] xs, double[] ys) = CheckCoordinates(x, y, nameof(x), nameof(y));
        CheckSpeed(speed);
        var network = new TravelNetwork(xs.Length, xs, ys, null, null, false, rounding, speed);
        return network.WithDenseMatrixIfSmall();
    }

    /// <summary>
    /// Builds a network from latitude/longitude in degrees with haversine distances in metres.
    /// </summary>
    /// <param name="latitude">Latitude of each location in degrees, in [-90, 90].</param>
    /// <param name="longitude">Longitude of each location in degrees, in [-180, 180].</param>
    /// <param name="speedMetresPerSecond">Travel speed; travel times are in seconds.</param>
    /// <returns>The network.</returns>
    /// <exception cref="ArgumentException">The arrays differ in length or are empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate or the speed is out of range.</exception>
    public static TravelNetwork FromGeographicCoordinates(IReadOnlyList<double> latitude, IReadOnlyList<double> longitude, double speedMetresPerSecond)
    {
        (double[] lat, double[] lon) = CheckCoordinates(latitude, longitude, nameof(latitude), nameof(longitude));
        CheckSpeed(speedMetresPerSecond);
        double[] latitudeDegrees = (double[])lat.Clone();
        double[] longitudeDegrees = (double[])lon.Clone();
        for (int i = 0; i < lat.Length; i++)
        {
            Preconditions.CheckArgumentRange($"{nameof(latitude)}[{i}]", lat[i], -90, 90);
            Preconditions.CheckArgumentRange($"{nameof(longitude)}[{i}]", lon[i], -180, 180);
            lat[i] *= Math.PI / 180;
            lon[i] *= Math.PI / 180;
        }

        var network = new TravelNetwork(lat.Length, lat, lon, null, null, true, DistanceRounding.Exact, speedMetresPerSecond, latitudeDegrees, longitudeDegrees);
        return network.WithDenseMatrixIfSmall();
    }

    /// <summary>Builds a network from given distance and travel-time matrices (row = from, column = to).</summary>
    /// <param name="distance">Square matrix of non-negative finite distances.</param>
    /// <param name="time">Square matrix of non-negative finite travel times, same size; null to use the distances.</param>
    /// <returns>The network.</returns>
    /// <exception cref="ArgumentException">A matrix is not square, the sizes differ, or an entry is negative or not finite.</exception>
    public static TravelNetwork FromMatrices(double[,] distance, double[,]? time = null)
    {
        Preconditions.CheckNotNull(distance, nameof(distance));
        int n = distance.GetLength(0);
        Preconditions.CheckArgument(n > 0 && distance.GetLength(1) == n, nameof(distance), $"The distance matrix must be square and non-empty, got {distance.GetLength(0)}×{distance.GetLength(1)}.");
        Preconditions.CheckArgument(time is null || (time.GetLength(0) == n && time.GetLength(1) == n), nameof(time), $"The time matrix must be {n}×{n} like the distance matrix.");
        double[] d = Flatten(distance, nameof(distance));
        double[] t = time is null ? d : Flatten(time, nameof(time));
        var network = new TravelNetwork(n, null, null, d, t, false, DistanceRounding.Exact, 1.0);
        network.IsSymmetric = IsSymmetricMatrix(d, n) && (ReferenceEquals(d, t) || IsSymmetricMatrix(t, n));
        return network;
    }

    /// <summary>
    /// The same planar locations with another rounding convention (e.g. a command-line override of the convention a
    /// file names). Geographic and matrix networks are never rounded: for them this returns this network.
    /// </summary>
    /// <param name="rounding">The rounding convention.</param>
    /// <returns>The network with distances and times rounded by <paramref name="rounding"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined value.</exception>
    public TravelNetwork WithRounding(DistanceRounding rounding)
    {
        Preconditions.CheckArgumentRange(nameof(rounding), (int)rounding, (int)DistanceRounding.Exact, (int)DistanceRounding.NearestInteger);
        if (_x is null || _geographic || rounding == Rounding)
        {
            return this;
        }

        return new TravelNetwork(Count, _x, _y, null, null, false, rounding, Speed).WithDenseMatrixIfSmall();
    }

    /// <summary>Travel distance from location <paramref name="from"/> to location <paramref name="to"/>.</summary>
    /// <param name="from">Origin location index.</param>
    /// <param name="to">Destination location index.</param>
    /// <returns>The distance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside [0, Count).</exception>
    public double GetDistance(int from, int to)
    {
        Preconditions.CheckArgumentRange(nameof(from), from, 0, Count - 1);
        Preconditions.CheckArgumentRange(nameof(to), to, 0, Count - 1);
        return Distance(from, to);
    }

    /// <summary>Travel time from location <paramref name="from"/> to location <paramref name="to"/>.</summary>
    /// <param name="from">Origin location index.</param>
    /// <param name="to">Destination location index.</param>
    /// <returns>The travel time.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside [0, Count).</exception>
    public double GetTime(int from, int to)
    {
        Preconditions.CheckArgumentRange(nameof(from), from, 0, Count - 1);
        Preconditions.CheckArgumentRange(nameof(to), to, 0, Count - 1);
        return Time(from, to);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double Distance(int from, int to) =>
        _distance is not null ? _distance[(from * Count) + to] : Compute(from, to);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double Time(int from, int to)
    {
        if (_time is not null)
        {
            return _time[(from * Count) + to];
        }

        return _inverseSpeed == 1.0 ? Compute(from, to) : Round(Raw(from, to) * _inverseSpeed);
    }

    private double Compute(int from, int to) => Round(Raw(from, to));

    private double Raw(int from, int to)
    {
        double[] x = _x!;
        double[] y = _y!;
        if (_geographic)
        {
            double dLat = x[to] - x[from];
            double dLon = y[to] - y[from];
            double s1 = Math.Sin(dLat * 0.5);
            double s2 = Math.Sin(dLon * 0.5);
            double h = (s1 * s1) + (Math.Cos(x[from]) * Math.Cos(x[to]) * s2 * s2);
            return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
        }

        double dx = x[from] - x[to];
        double dy = y[from] - y[to];
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    private double Round(double d) => Rounding switch
    {
        DistanceRounding.Dimacs => Math.Floor(d * 10) / 10,
        DistanceRounding.NearestInteger => Math.Floor(d + 0.5),
        _ => d,
    };

    private TravelNetwork WithDenseMatrixIfSmall()
    {
        if (Count > DenseLimit)
        {
            return this;
        }

        int n = Count;
        var d = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                d[(i * n) + j] = Compute(i, j);
            }
        }

        double[] t = d;
        if (_inverseSpeed != 1.0)
        {
            t = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    t[(i * n) + j] = Round(Raw(i, j) * _inverseSpeed);
                }
            }
        }

        return new TravelNetwork(n, _x, _y, d, t, _geographic, Rounding, Speed, _givenA, _givenB);
    }

    private static (double[] A, double[] B) CheckCoordinates(IReadOnlyList<double> a, IReadOnlyList<double> b, string nameA, string nameB)
    {
        Preconditions.CheckNotNull(a, nameA);
        Preconditions.CheckNotNull(b, nameB);
        Preconditions.CheckArgument(a.Count == b.Count, nameB, $"{nameA} has {a.Count} entries but {nameB} has {b.Count}.");
        Preconditions.CheckArgument(a.Count > 0, nameA, "A network needs at least one location.");
        var xa = new double[a.Count];
        var xb = new double[b.Count];
        for (int i = 0; i < xa.Length; i++)
        {
            Preconditions.CheckFinite($"{nameA}[{i}]", a[i]);
            Preconditions.CheckFinite($"{nameB}[{i}]", b[i]);
            xa[i] = a[i];
            xb[i] = b[i];
        }

        return (xa, xb);
    }

    private static void CheckSpeed(double speed)
    {
        if (!(speed > 0) || double.IsInfinity(speed))
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "Speed must be positive and finite.");
        }
    }

    private static double[] Flatten(double[,] m, string name)
    {
        int n = m.GetLength(0);
        var flat = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double v = m[i, j];
                if (double.IsNaN(v) || double.IsInfinity(v) || v < 0)
                {
                    throw new ArgumentException($"Entry [{i}, {j}] of the {name} matrix is {v}; entries must be finite and non-negative.", name);
                }

                flat[(i * n) + j] = v;
            }
        }

        return flat;
    }

    private static bool IsSymmetricMatrix(double[] m, int n)
    {
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                if (m[(i * n) + j] != m[(j * n) + i])
                {
                    return false;
                }
            }
        }

        return true;
    }
}
