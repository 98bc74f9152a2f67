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
/// Job ids are the node ids of the file. The reader refuses what it cannot read faithfully: unknown header keys,
/// sections, types and formats, a node listed twice or missing from a section, a CVRP file without a complete
/// DEMAND_SECTION or a DEPOT_SECTION (one depot, ended by -1), negative demands or weights, numbers that are not
/// finite or exceed 10⁹ in magnitude, and lines longer than 65,536 characters. Memory grows with what the file holds,
/// not with what its header declares; a VEHICLES count above the number of customers costs nothing.
/// </remarks>
public static class TsplibReader
{
    /// <summary>Largest DIMENSION the reader accepts.</summary>
    internal const int MaxDimension = 10_000_000;

    private static readonly string[] KnownKeys =
    {
        "NAME", "TYPE", "COMMENT", "DIMENSION", "CAPACITY", "EDGE_WEIGHT_TYPE", "EDGE_WEIGHT_FORMAT", "EDGE_DATA_FORMAT",
        "NODE_COORD_TYPE", "DISPLAY_DATA_TYPE", "VEHICLES", "DISTANCE", "SERVICE_TIME",
    };

    /// <summary>Reads an instance.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="fileName">File name used in error messages.</param>
    /// <param name="rounding">Rounding for EUC_2D distances (nearest integer by default).</param>
    /// <returns>The instance.</returns>
    /// <exception cref="FormatException">The text is malformed; the message gives file, line, node and what was expected.</exception>
    public static RoutingInstance Read(TextReader reader, string fileName, DistanceRounding rounding = DistanceRounding.NearestInteger)
    {
        Preconditions.CheckNotNull(reader, nameof(reader));
        Preconditions.CheckNotNull(fileName, nameof(fileName));
        var file = new TsplibFile(fileName);
        int lineNo = 0;
        string? line;
        while ((line = RoutingFileText.ReadLine(reader, fileName, lineNo + 1)) is not null)
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

            file.Take(text, lineNo);
        }

        return file.Finish(lineNo, rounding);
    }

    private static TravelNetwork BuildNetwork(string edgeType, int edgeTypeLine, Dictionary<string, (string Value, int Line)> header, double[] x, double[] y,
        List<double> weights, int n, DistanceRounding rounding, string file)
    {
        if (edgeType == "EXPLICIT")
        {
            return TravelNetwork.FromMatrices(ExplicitMatrix(Format(header), weights, n));
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
            _ => (i, j) => Geo(x, y, i, j),
        };
        RoutingFileText.Expect(n <= TravelNetwork.DenseLimit, file, edgeTypeLine, $"at most {TravelNetwork.DenseLimit} nodes for EDGE_WEIGHT_TYPE {edgeType} (EUC_2D has no limit)",
            $"DIMENSION {n.ToString(CultureInfo.InvariantCulture)}");
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

    private static string Format(Dictionary<string, (string Value, int Line)> header) =>
        header.TryGetValue("EDGE_WEIGHT_FORMAT", out (string Value, int Line) f) ? f.Value.ToUpperInvariant() : "FULL_MATRIX";

    /// <summary>How many numbers EDGE_WEIGHT_SECTION holds for the format, or -1 for a format the reader does not know.</summary>
    private static long WeightCount(string format, int n) => format switch
    {
        "FULL_MATRIX" => (long)n * n,
        "UPPER_ROW" or "LOWER_ROW" => (long)n * (n - 1) / 2,
        "UPPER_DIAG_ROW" or "LOWER_DIAG_ROW" => (long)n * (n + 1) / 2,
        _ => -1,
    };

    private static double[,] ExplicitMatrix(string format, List<double> w, int n)
    {
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
        return Math.Floor((Radius * Math.Acos(Math.Max(-1, Math.Min(1, 0.5 * (((1.0 + q1) * q2) - ((1.0 - q1) * q3)))))) + 1.0);
    }

    /// <summary>The file as read so far: header, sections and their contents, each with the line it came from.</summary>
    private sealed class TsplibFile
    {
        private readonly string _file;
        private readonly Dictionary<string, (string Value, int Line)> _header = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, int> _sectionLine = new(StringComparer.Ordinal);
        private readonly List<(int Id, double X, double Y)> _coords = new();
        private readonly Dictionary<int, int> _coordLine = new();
        private readonly List<(int Id, double Demand)> _demands = new();
        private readonly Dictionary<int, int> _demandLine = new();
        private readonly List<int> _depots = new();
        private readonly List<double> _weights = new();
        private string? _section;
        private int _dimension = -1;
        private long _expectedWeights;
        private bool _depotsDone;
        private int _depotLine;

        internal TsplibFile(string file) => _file = file;

        internal void Take(string text, int line)
        {
            string[] words = text.Split(new[] { ' ', '\t', ':' }, StringSplitOptions.RemoveEmptyEntries);
            string word = words.Length > 0 ? words[0] : text; // a line of colons only
            if (word.EndsWith("_SECTION", StringComparison.OrdinalIgnoreCase))
            {
                StartSection(word.ToUpperInvariant(), text, line);
                return;
            }

            if (_section is null)
            {
                TakeHeader(text, line);
                return;
            }

            string[] parts = RoutingFileText.Words(text);
            switch (_section)
            {
                case "NODE_COORD_SECTION":
                {
                    Expect(parts.Length == 3, line, "a node line 'id x y' in NODE_COORD_SECTION (3 numbers)", text);
                    int id = Node(parts[0], line, "NODE_COORD_SECTION");
                    Expect(!_coordLine.TryGetValue(id, out int first), line, $"each node once in NODE_COORD_SECTION (node {id} is on line {first})", text);
                    _coordLine[id] = line;
                    _coords.Add((id, RoutingFileText.Number(parts[1], _file, line, $"the x coordinate of node {id}"),
                        RoutingFileText.Number(parts[2], _file, line, $"the y coordinate of node {id}")));
                    break;
                }

                case "DEMAND_SECTION":
                {
                    Expect(parts.Length == 2, line, "a demand line 'id demand' in DEMAND_SECTION (2 numbers)", text);
                    int id = Node(parts[0], line, "DEMAND_SECTION");
                    Expect(!_demandLine.TryGetValue(id, out int first), line, $"each node once in DEMAND_SECTION (node {id} is on line {first})", text);
                    _demandLine[id] = line;
                    _demands.Add((id, RoutingFileText.Number(parts[1], _file, line, $"a non-negative demand for node {id}", 0)));
                    break;
                }

                case "DEPOT_SECTION":
                    foreach (string p in parts)
                    {
                        Expect(!_depotsDone, line, "nothing after the -1 that ends DEPOT_SECTION", text);
                        if (p == "-1")
                        {
                            _depotsDone = true;
                            continue;
                        }

                        int id = Node(p, line, "DEPOT_SECTION");
                        Expect(_depots.Count == 0, line, $"one depot in DEPOT_SECTION (node {_depots.Count switch { 0 => 0, _ => _depots[0] }} is already the depot; several depots are not supported)", p);
                        _depots.Add(id);
                    }

                    break;
                case "EDGE_WEIGHT_SECTION":
                    foreach (string p in parts)
                    {
                        Expect(_weights.Count < _expectedWeights, line,
                            $"{_expectedWeights.ToString(CultureInfo.InvariantCulture)} numbers in EDGE_WEIGHT_SECTION for {Format(_header)} of DIMENSION {_dimension.ToString(CultureInfo.InvariantCulture)}", "more");
                        _weights.Add(RoutingFileText.Number(p, _file, line, $"a non-negative edge weight (number {(_weights.Count + 1).ToString(CultureInfo.InvariantCulture)} of EDGE_WEIGHT_SECTION)", 0));
                    }

                    break;
                default:
                    // DISPLAY_DATA_SECTION, FIXED_EDGES_SECTION and TOUR_SECTION carry nothing the solver needs.
                    break;
            }
        }

        internal RoutingInstance Finish(int lastLine, DistanceRounding rounding)
        {
            Expect(_dimension > 0, lastLine, "a DIMENSION header and a NODE_COORD_SECTION or EDGE_WEIGHT_SECTION", "end of file");
            string type = HeaderValue("TYPE", "TSP").ToUpperInvariant();
            string edgeType = HeaderValue("EDGE_WEIGHT_TYPE", "EUC_2D").ToUpperInvariant();
            int n = _dimension;
            if (_section == "DEPOT_SECTION" || _sectionLine.ContainsKey("DEPOT_SECTION"))
            {
                Expect(_depotsDone, lastLine, $"the -1 that ends DEPOT_SECTION (line {_depotLine})", "end of file");
            }

            double[] x = Array.Empty<double>();
            double[] y = Array.Empty<double>();
            if (edgeType == "EXPLICIT")
            {
                Expect(_sectionLine.ContainsKey("EDGE_WEIGHT_SECTION"), lastLine, "an EDGE_WEIGHT_SECTION for EDGE_WEIGHT_TYPE EXPLICIT", "end of file");
                Expect(_weights.Count == _expectedWeights, lastLine,
                    $"{_expectedWeights.ToString(CultureInfo.InvariantCulture)} numbers in EDGE_WEIGHT_SECTION (line {_sectionLine["EDGE_WEIGHT_SECTION"]}) for {Format(_header)} of DIMENSION {n}",
                    $"{_weights.Count.ToString(CultureInfo.InvariantCulture)} numbers");
                if (Format(_header) == "FULL_MATRIX")
                {
                    for (int i = 0; i < n; i++)
                    {
                        double d = _weights[(i * n) + i];
                        Expect(d == 0, _sectionLine["EDGE_WEIGHT_SECTION"], $"0 on the diagonal of the FULL_MATRIX (node {i + 1} to itself)", d.ToString(CultureInfo.InvariantCulture));
                    }
                }
            }
            else
            {
                Expect(_sectionLine.ContainsKey("NODE_COORD_SECTION"), lastLine, $"a NODE_COORD_SECTION for EDGE_WEIGHT_TYPE {edgeType}", "end of file");
                Complete("NODE_COORD_SECTION", _coordLine, n);
                x = new double[n];
                y = new double[n];
                foreach ((int id, double cx, double cy) in _coords)
                {
                    x[id - 1] = cx;
                    y[id - 1] = cy;
                }
            }

            (string Value, int Line) edge = _header.TryGetValue("EDGE_WEIGHT_TYPE", out var e) ? e : ("EUC_2D", lastLine);
            TravelNetwork network = BuildNetwork(edgeType, edge.Line, _header, x, y, _weights, n, rounding, _file);
            string name = HeaderValue("NAME", _file);
            var jobs = new List<Job>();
            if (type == "TSP")
            {
                Expect(!_sectionLine.ContainsKey("DEMAND_SECTION"), _sectionLine.TryGetValue("DEMAND_SECTION", out int dl) ? dl : lastLine,
                    "no DEMAND_SECTION in a TSP file (TYPE : CVRP has demands)", "DEMAND_SECTION");
                int tspDepot = _depots.Count > 0 ? _depots[0] : 1;
                for (int i = 1; i <= n; i++)
                {
                    if (i != tspDepot)
                    {
                        jobs.Add(new Job(i.ToString(CultureInfo.InvariantCulture), i - 1));
                    }
                }

                var salesman = new VehicleType("salesman", 1, null, tspDepot - 1, tspDepot - 1);
                return new RoutingInstance(name, new RoutingProblem(network, jobs, new[] { salesman }), tspDepot, RoutingInstanceKind.Tsp);
            }

            Expect(_header.ContainsKey("CAPACITY"), lastLine, "a CAPACITY header in a CVRP file", "none");
            double capacity = HeaderNumber("CAPACITY", "a non-negative CAPACITY");
            double service = _header.ContainsKey("SERVICE_TIME") ? HeaderNumber("SERVICE_TIME", "a non-negative SERVICE_TIME") : 0;
            double maxDistance = _header.ContainsKey("DISTANCE") ? HeaderNumber("DISTANCE", "a non-negative DISTANCE") : double.PositiveInfinity;
            Expect(_sectionLine.ContainsKey("DEMAND_SECTION"), lastLine, "a DEMAND_SECTION in a CVRP file", "end of file");
            Complete("DEMAND_SECTION", _demandLine, n);
            Expect(_sectionLine.ContainsKey("DEPOT_SECTION") && _depots.Count == 1, _sectionLine.TryGetValue("DEPOT_SECTION", out int dsl) ? dsl : lastLine,
                "a DEPOT_SECTION naming the depot in a CVRP file", _sectionLine.ContainsKey("DEPOT_SECTION") ? "no depot" : "end of file");
            int depot = _depots[0];
            var demand = new double[n];
            foreach ((int id, double d) in _demands)
            {
                demand[id - 1] = d;
            }

            Expect(demand[depot - 1] == 0, _demandLine[depot], $"demand 0 for the depot (node {depot})", demand[depot - 1].ToString(CultureInfo.InvariantCulture));
            for (int i = 1; i <= n; i++)
            {
                if (i != depot)
                {
                    jobs.Add(new Job(i.ToString(CultureInfo.InvariantCulture), i - 1, new[] { demand[i - 1] }, service));
                }
            }

            int vehicles = Math.Max(1, jobs.Count);
            if (_header.TryGetValue("VEHICLES", out (string Value, int Line) vs))
            {
                vehicles = RoutingFileText.Whole(vs.Value, _file, vs.Line, "a VEHICLES count", 1, int.MaxValue);
            }

            var fleet = new VehicleType("vehicle", vehicles, new[] { capacity }, depot - 1, depot - 1, maxDistance: maxDistance);
            return new RoutingInstance(name, new RoutingProblem(network, jobs, new[] { fleet }), depot, RoutingInstanceKind.Cvrp);
        }

        private void TakeHeader(string text, int line)
        {
            int colon = text.IndexOf(':');
            Expect(colon > 0, line, "a 'KEY : value' header line or a section", text);
            string key = text.Substring(0, colon).Trim();
            string value = text.Substring(colon + 1).Trim();
            Expect(Array.IndexOf(KnownKeys, key.ToUpperInvariant()) >= 0, line, "a TSPLIB or CVRPLIB header key (" + string.Join(", ", KnownKeys) + ")", key);
            int first = _header.TryGetValue(key, out (string Value, int Line) earlier) ? earlier.Line : 0;
            Expect(key.Equals("COMMENT", StringComparison.OrdinalIgnoreCase) || first == 0, line, $"{key.ToUpperInvariant()} once (it is on line {first})", text);
            _header[key] = (value, line);
            switch (key.ToUpperInvariant())
            {
                case "TYPE":
                    Expect(value.ToUpperInvariant() is "TSP" or "CVRP", line, "TYPE TSP or CVRP", value);
                    break;
                case "EDGE_WEIGHT_TYPE":
                    Expect(value.ToUpperInvariant() is "EUC_2D" or "CEIL_2D" or "MAN_2D" or "MAX_2D" or "ATT" or "GEO" or "EXPLICIT", line,
                        "EDGE_WEIGHT_TYPE EUC_2D, CEIL_2D, MAN_2D, MAX_2D, ATT, GEO or EXPLICIT", value);
                    break;
                case "EDGE_WEIGHT_FORMAT":
                    Expect(WeightCount(value.ToUpperInvariant(), 1) >= 0 || value.ToUpperInvariant() == "FUNCTION", line,
                        "EDGE_WEIGHT_FORMAT FULL_MATRIX, UPPER_ROW, LOWER_ROW, UPPER_DIAG_ROW or LOWER_DIAG_ROW", value);
                    break;
                case "NODE_COORD_TYPE":
                    Expect(value.ToUpperInvariant() is "TWOD_COORDS" or "NO_COORDS", line, "NODE_COORD_TYPE TWOD_COORDS (3D coordinates are not supported)", value);
                    break;
                case "DIMENSION":
                    _dimension = RoutingFileText.Whole(value, _file, line, "a DIMENSION", 1, MaxDimension);
                    break;
                default:
                    break;
            }
        }

        private void StartSection(string section, string text, int line)
        {
            Expect(section is "NODE_COORD_SECTION" or "DEMAND_SECTION" or "DEPOT_SECTION" or "EDGE_WEIGHT_SECTION" or "DISPLAY_DATA_SECTION" or "FIXED_EDGES_SECTION" or "TOUR_SECTION",
                line, "NODE_COORD_SECTION, EDGE_WEIGHT_SECTION, DEMAND_SECTION, DEPOT_SECTION, DISPLAY_DATA_SECTION, FIXED_EDGES_SECTION or TOUR_SECTION", section);
            Expect(!_sectionLine.TryGetValue(section, out int first), line, $"{section} once (it starts on line {first})", text);
            Expect(_section != "DEPOT_SECTION" || _depotsDone, line, $"the -1 that ends DEPOT_SECTION (line {_depotLine})", text);
            Expect(_dimension > 0, line, "a DIMENSION header before the first section", "none");
            _sectionLine[section] = line;
            _section = section;
            if (section == "DEPOT_SECTION")
            {
                _depotLine = line;
            }

            if (section == "EDGE_WEIGHT_SECTION")
            {
                Expect(HeaderValue("EDGE_WEIGHT_TYPE", "EUC_2D").ToUpperInvariant() == "EXPLICIT", line, "EDGE_WEIGHT_TYPE : EXPLICIT before an EDGE_WEIGHT_SECTION", HeaderValue("EDGE_WEIGHT_TYPE", "none"));
                string format = Format(_header);
                Expect(format != "FUNCTION", line, "an EDGE_WEIGHT_FORMAT for the explicit weights", format);
                Expect(_dimension <= TravelNetwork.DenseLimit, line, $"at most {TravelNetwork.DenseLimit} nodes for an explicit matrix", $"DIMENSION {_dimension.ToString(CultureInfo.InvariantCulture)}");
                _expectedWeights = WeightCount(format, _dimension);
            }
        }

        private void Complete(string section, Dictionary<int, int> seen, int n)
        {
            if (seen.Count == n)
            {
                return;
            }

            int missing = 1;
            while (seen.ContainsKey(missing))
            {
                missing++;
            }

            throw RoutingFileText.Error(_file, _sectionLine[section], $"every node 1..{n.ToString(CultureInfo.InvariantCulture)} of DIMENSION in {section}",
                $"{seen.Count.ToString(CultureInfo.InvariantCulture)} nodes (node {missing.ToString(CultureInfo.InvariantCulture)} is missing)");
        }

        private string HeaderValue(string key, string fallback) => _header.TryGetValue(key, out (string Value, int Line) v) ? v.Value : fallback;

        private double HeaderNumber(string key, string what) => RoutingFileText.Number(_header[key].Value, _file, _header[key].Line, what, 0);

        private int Node(string text, int line, string section) =>
            RoutingFileText.Whole(text, _file, line, $"a node id in {section} within DIMENSION {_dimension.ToString(CultureInfo.InvariantCulture)}", 1, _dimension);

        private void Expect(bool condition, int line, string expected, string found) => RoutingFileText.Expect(condition, _file, line, expected, found);
    }
}
