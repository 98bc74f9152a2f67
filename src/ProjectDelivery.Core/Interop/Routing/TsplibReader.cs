using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Interop.Routing;

/// <summary>
/// Reads TSPLIB <c>.tsp</c> (symmetric TSP) and CVRPLIB <c>.vrp</c> (capacitated VRP) files: <c>KEY : value</c>
/// header lines, then <c>NODE_COORD_SECTION</c>, <c>EDGE_WEIGHT_SECTION</c>, <c>DEMAND_SECTION</c>,
/// <c>DEPOT_SECTION</c> and <c>EOF</c>.
/// </summary>
/// <remarks>
/// Edge-weight types: EUC_2D (with the chosen rounding; TSPLIB's nint by default), CEIL_2D, MAN_2D, MAX_2D,
/// ATT (pseudo-Euclidean) and GEO (TSPLIB's idealised sphere, whole kilometres), and EXPLICIT with
/// FULL_MATRIX, UPPER_ROW, LOWER_ROW, UPPER_DIAG_ROW or LOWER_DIAG_ROW, all as defined in Reinelt (1991),
/// "TSPLIB — A traveling salesman problem library", ORSA Journal on Computing 3(4), and the TSPLIB 95
/// documentation. Types other than EUC_2D are turned into a matrix, so they are limited to
/// <see cref="TravelNetwork.DenseLimit"/> nodes. A TSP becomes one uncapacitated vehicle starting and ending
/// at node 1; a CVRP gets <c>VEHICLES</c> vehicles (one per customer when the field is absent) of
/// <c>CAPACITY</c>, with <c>DISTANCE</c> as the route-length limit and <c>SERVICE_TIME</c> per customer when given.
/// Job ids are the node ids of the file.
/// </remarks>
public static class TsplibReader
{
    /// <summary>Reads an instance.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="fileName">File name used in error messages.</param>
    /// <param name="rounding">Rounding for EUC_2D distances (nearest integer by default).</param>
    /// <returns>The instance.</returns>
    /// <exception cref="FormatException">The text is malformed; the message gives file, line and what was expected.</exception>
    public static RoutingInstance Read(TextReader reader, string fileName, DistanceRounding rounding = DistanceRounding.NearestInteger)
    {
        Preconditions.CheckNotNull(reader, nameof(reader));
        Preconditions.CheckNotNull(fileName, nameof(fileName));
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var headerLine = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int lineNo = 0;
        string? line;
        string? section = null;
        int dimension = -1;
        double[]? x = null;
        double[]? y = null;
        bool[]? hasCoord = null;
        double[]? demand = null;
        var weights = new List<double>();
        var depots = new List<int>();
        int nodeIndex = 0;
        bool depotsDone = false;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            string text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (text.Equals("EOF", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            string word = text.Split(new[] { ' ', '\t', ':' }, StringSplitOptions.RemoveEmptyEntries)[0];
            if (word.EndsWith("_SECTION", StringComparison.OrdinalIgnoreCase))
            {
                section = word.ToUpperInvariant();
                if (dimension < 0)
                {
                    dimension = ParseDimension(header, fileName, lineNo);
                    x = new double[dimension];
                    y = new double[dimension];
                    hasCoord = new bool[dimension];
                    demand = new double[dimension];
                }

                nodeIndex = 0;
                continue;
            }

            if (section is null)
            {
                int colon = text.IndexOf(':');
                SolomonReader.Expect(colon > 0, fileName, lineNo, "a 'KEY : value' header line or a section", text);
                string key = text.Substring(0, colon).Trim();
                header[key] = text.Substring(colon + 1).Trim();
                headerLine[key] = lineNo;
                continue;
            }

            string[] parts = text.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            switch (section)
            {
                case "NODE_COORD_SECTION":
                {
                    SolomonReader.Expect(parts.Length >= 3, fileName, lineNo, "'id x y' in NODE_COORD_SECTION", text);
                    int id = Node(parts[0], dimension, fileName, lineNo);
                    x![id - 1] = Number(parts[1], fileName, lineNo, "an x coordinate");
                    y![id - 1] = Number(parts[2], fileName, lineNo, "a y coordinate");
                    hasCoord![id - 1] = true;
                    break;
                }

                case "DEMAND_SECTION":
                {
                    SolomonReader.Expect(parts.Length >= 2, fileName, lineNo, "'id demand' in DEMAND_SECTION", text);
                    int id = Node(parts[0], dimension, fileName, lineNo);
                    double d = Number(parts[1], fileName, lineNo, "a demand");
                    SolomonReader.Expect(d >= 0, fileName, lineNo, "a non-negative demand", parts[1]);
                    demand![id - 1] = d;
                    break;
                }

                case "DEPOT_SECTION":
                    foreach (string p in parts)
                    {
                        if (depotsDone)
                        {
                            break;
                        }

                        if (p == "-1")
                        {
                            depotsDone = true;
                            break;
                        }

                        depots.Add(Node(p, dimension, fileName, lineNo));
                    }

                    break;
                case "EDGE_WEIGHT_SECTION":
                    foreach (string p in parts)
                    {
                        weights.Add(Number(p, fileName, lineNo, "an edge weight"));
                    }

                    break;
                default:
                    // DISPLAY_DATA_SECTION and other optional sections carry nothing the solver needs.
                    nodeIndex++;
                    break;
            }
        }

        SolomonReader.Expect(dimension > 0, fileName, lineNo, "a NODE_COORD_SECTION or EDGE_WEIGHT_SECTION", "end of file");
        string type = header.TryGetValue("TYPE", out string? t) ? t.ToUpperInvariant() : "TSP";
        int Line(string key) => headerLine.TryGetValue(key, out int l) ? l : lineNo;
        SolomonReader.Expect(type is "TSP" or "CVRP", fileName, Line("TYPE"), "TYPE TSP or CVRP", type);
        string edgeType = header.TryGetValue("EDGE_WEIGHT_TYPE", out string? e) ? e.ToUpperInvariant() : "EUC_2D";
        TravelNetwork network = BuildNetwork(edgeType, header, x!, y!, hasCoord!, weights, dimension, rounding, fileName, lineNo);
        string name = header.TryGetValue("NAME", out string? n) ? n : fileName;

        int depot = depots.Count > 0 ? depots[0] : 1;
        var jobs = new List<Job>();
        VehicleType fleet;
        if (type == "TSP")
        {
            for (int i = 1; i <= dimension; i++)
            {
                if (i != depot)
                {
                    jobs.Add(new Job(i.ToString(CultureInfo.InvariantCulture), i - 1));
                }
            }

            fleet = new VehicleType("salesman", 1, null, depot - 1, depot - 1);
            return new RoutingInstance(name, new RoutingProblem(network, jobs, new[] { fleet }), depot, RoutingInstanceKind.Tsp);
        }

        SolomonReader.Expect(header.ContainsKey("CAPACITY"), fileName, lineNo, "a CAPACITY header in a CVRP file", "none");
        double capacity = Number(header["CAPACITY"], fileName, Line("CAPACITY"), "a numeric CAPACITY");
        double service = header.TryGetValue("SERVICE_TIME", out string? st) ? Number(st, fileName, Line("SERVICE_TIME"), "a numeric SERVICE_TIME") : 0;
        double maxDistance = header.TryGetValue("DISTANCE", out string? md) ? Number(md, fileName, Line("DISTANCE"), "a numeric DISTANCE") : double.PositiveInfinity;
        for (int i = 1; i <= dimension; i++)
        {
            if (i != depot)
            {
                jobs.Add(new Job(i.ToString(CultureInfo.InvariantCulture), i - 1, new[] { demand![i - 1] }, service));
            }
        }

        int vehicles = Math.Max(1, jobs.Count);
        if (header.TryGetValue("VEHICLES", out string? vs))
        {
            double v = Number(vs, fileName, Line("VEHICLES"), "a whole VEHICLES count");
            SolomonReader.Expect(v >= 1 && v == Math.Floor(v) && v <= int.MaxValue / 4, fileName, Line("VEHICLES"), "a whole VEHICLES count of at least 1", vs);
            vehicles = (int)v;
        }

        fleet = new VehicleType("vehicle", vehicles, new[] { capacity }, depot - 1, depot - 1, maxDistance: maxDistance);
        return new RoutingInstance(name, new RoutingProblem(network, jobs, new[] { fleet }), depot, RoutingInstanceKind.Cvrp);
    }

    private static TravelNetwork BuildNetwork(string edgeType, Dictionary<string, string> header, double[] x, double[] y, bool[] hasCoord,
        List<double> weights, int n, DistanceRounding rounding, string file, int line)
    {
        if (edgeType == "EXPLICIT")
        {
            return TravelNetwork.FromMatrices(ExplicitMatrix(header, weights, n, file, line));
        }

        for (int i = 0; i < n; i++)
        {
            SolomonReader.Expect(hasCoord[i], file, line, $"coordinates for node {i + 1} in NODE_COORD_SECTION", "none");
        }

        if (edgeType == "EUC_2D")
        {
            return TravelNetwork.FromPlanarCoordinates(x, y, rounding);
        }

        Func<int, int, double> distance = edgeType switch
        {
            "CEIL_2D" => (i, j) => Math.Ceiling(Euclid(x, y, i, j)),
            "MAN_2D" => (i, j) => Math.Floor(Math.Abs(x[i] - x[j]) + Math.Abs(y[i] - y[j]) + 0.5),
            "MAX_2D" => (i, j) => Math.Max(Math.Floor(Math.Abs(x[i] - x[j]) + 0.5), Math.Floor(Math.Abs(y[i] - y[j]) + 0.5)),
            "ATT" => (i, j) =>
            {
                double r = Math.Sqrt((((x[i] - x[j]) * (x[i] - x[j])) + ((y[i] - y[j]) * (y[i] - y[j]))) / 10.0);
                double t = Math.Floor(r + 0.5);
                return t < r ? t + 1 : t;
            },
            "GEO" => (i, j) => Geo(x, y, i, j),
            _ => throw new FormatException($"{file}: EDGE_WEIGHT_TYPE '{edgeType}' is not supported; expected EUC_2D, CEIL_2D, MAN_2D, MAX_2D, ATT, GEO or EXPLICIT."),
        };
        SolomonReader.Expect(n <= TravelNetwork.DenseLimit, file, line, $"at most {TravelNetwork.DenseLimit} nodes for EDGE_WEIGHT_TYPE {edgeType}", n.ToString(CultureInfo.InvariantCulture));
        var m = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                m[i, j] = i == j ? 0 : distance(i, j);
            }
        }

        return TravelNetwork.FromMatrices(m);
    }

    private static double[,] ExplicitMatrix(Dictionary<string, string> header, List<double> w, int n, string file, int line)
    {
        string format = header.TryGetValue("EDGE_WEIGHT_FORMAT", out string? f) ? f.ToUpperInvariant() : "FULL_MATRIX";
        SolomonReader.Expect(n <= TravelNetwork.DenseLimit, file, line, $"at most {TravelNetwork.DenseLimit} nodes for an explicit matrix", n.ToString(CultureInfo.InvariantCulture));
        long expected = format switch
        {
            "FULL_MATRIX" => (long)n * n,
            "UPPER_ROW" or "LOWER_ROW" => (long)n * (n - 1) / 2,
            "UPPER_DIAG_ROW" or "LOWER_DIAG_ROW" => (long)n * (n + 1) / 2,
            _ => throw new FormatException($"{file}: EDGE_WEIGHT_FORMAT '{format}' is not supported; expected FULL_MATRIX, UPPER_ROW, LOWER_ROW, UPPER_DIAG_ROW or LOWER_DIAG_ROW."),
        };
        SolomonReader.Expect(w.Count == expected, file, line, $"{expected} numbers in EDGE_WEIGHT_SECTION for {format} of dimension {n}", w.Count.ToString(CultureInfo.InvariantCulture));
        var m = new double[n, n];
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            switch (format)
            {
                case "FULL_MATRIX":
                    for (int j = 0; j < n; j++)
                    {
                        m[i, j] = w[k++];
                    }

                    break;
                case "UPPER_ROW":
                    for (int j = i + 1; j < n; j++)
                    {
                        m[i, j] = m[j, i] = w[k++];
                    }

                    break;
                case "LOWER_ROW":
                    for (int j = 0; j < i; j++)
                    {
                        m[i, j] = m[j, i] = w[k++];
                    }

                    break;
                case "UPPER_DIAG_ROW":
                    for (int j = i; j < n; j++)
                    {
                        m[i, j] = m[j, i] = w[k++];
                    }

                    break;
                default:
                    for (int j = 0; j <= i; j++)
                    {
                        m[i, j] = m[j, i] = w[k++];
                    }

                    break;
            }
        }

        return m;
    }

    private static double Euclid(double[] x, double[] y, int i, int j)
    {
        double dx = x[i] - x[j];
        double dy = y[i] - y[j];
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    private static double Geo(double[] x, double[] y, int i, int j)
    {
        const double Pi = 3.141592;
        const double Radius = 6378.388;
        static double Radians(double v)
        {
            double deg = Math.Truncate(v);
            return Pi * (deg + (5.0 * (v - deg) / 3.0)) / 180.0;
        }

        double lati = Radians(x[i]);
        double latj = Radians(x[j]);
        double longi = Radians(y[i]);
        double longj = Radians(y[j]);
        double q1 = Math.Cos(longi - longj);
        double q2 = Math.Cos(lati - latj);
        double q3 = Math.Cos(lati + latj);
        return Math.Floor((Radius * Math.Acos(0.5 * (((1.0 + q1) * q2) - ((1.0 - q1) * q3)))) + 1.0);
    }

    private static int ParseDimension(Dictionary<string, string> header, string file, int line)
    {
        SolomonReader.Expect(header.TryGetValue("DIMENSION", out string? d), file, line, "a DIMENSION header before the first section", "none");
        SolomonReader.Expect(int.TryParse(d, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n >= 1 && n <= 10_000_000, file, line, "a positive whole DIMENSION", d!);
        return n;
    }

    private static int Node(string text, int dimension, string file, int line)
    {
        SolomonReader.Expect(int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int id) && id >= 1 && id <= dimension, file, line, $"a node id in [1, {dimension}]", text);
        return id;
    }

    private static double Number(string text, string file, int line, string what)
    {
        SolomonReader.Expect(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && !double.IsNaN(v) && !double.IsInfinity(v), file, line, what, text);
        return v;
    }
}
