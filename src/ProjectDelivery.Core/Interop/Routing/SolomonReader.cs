using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Interop.Routing;

/// <summary>
/// Reads Solomon (1987) and Gehring–Homberger (1999) VRPTW text files: a name line, a <c>VEHICLE</c> block
/// with <c>NUMBER CAPACITY</c>, and a <c>CUSTOMER</c> block with rows
/// <c>CUST NO. XCOORD. YCOORD. DEMAND READY TIME DUE DATE SERVICE TIME</c>, the depot first.
/// </summary>
/// <remarks>
/// The vehicle count and capacity of the file become the fleet (start and end at the depot, shift = the
/// depot's window). Travel time equals distance. Job ids are the customer numbers.
/// Solomon, M. M. (1987), "Algorithms for the vehicle routing and scheduling problems with time window
/// constraints", Operations Research 35(2), 254–265.
/// </remarks>
public static class SolomonReader
{
    /// <summary>Reads an instance.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="fileName">File name used in error messages.</param>
    /// <param name="rounding">Distance convention (exact by default).</param>
    /// <returns>The instance.</returns>
    /// <exception cref="FormatException">The text is not a Solomon file; the message gives file, line and what was expected.</exception>
    public static RoutingInstance Read(TextReader reader, string fileName, DistanceRounding rounding = DistanceRounding.Exact)
    {
        Preconditions.CheckNotNull(reader, nameof(reader));
        Preconditions.CheckNotNull(fileName, nameof(fileName));
        string? name = null;
        int lineNo = 0;
        string? line;
        int vehicles = -1;
        double capacity = -1;
        var rows = new List<(int Line, double[] Values)>();
        int stage = 0; // 0 name, 1 want VEHICLE, 2 want numbers, 3 want CUSTOMER, 4 rows
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            string text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            switch (stage)
            {
                case 0:
                    name = text;
                    stage = 1;
                    break;
                case 1:
                    Expect(text.StartsWith("VEHICLE", StringComparison.OrdinalIgnoreCase), fileName, lineNo, "the VEHICLE heading", text);
                    stage = 2;
                    break;
                case 2:
                    if (!char.IsDigit(text[0]))
                    {
                        continue; // "NUMBER CAPACITY" heading
                    }

                    double[] fleet = Numbers(text, fileName, lineNo, 2, "NUMBER and CAPACITY");
                    Expect(fleet[0] >= 1 && fleet[0] == Math.Floor(fleet[0]) && fleet[0] <= int.MaxValue / 4, fileName, lineNo, "a whole vehicle NUMBER of at least 1", text);
                    Expect(fleet[1] >= 0, fileName, lineNo, "a non-negative CAPACITY", text);
                    vehicles = (int)fleet[0];
                    capacity = fleet[1];
                    stage = 3;
                    break;
                case 3:
                    Expect(text.StartsWith("CUSTOMER", StringComparison.OrdinalIgnoreCase), fileName, lineNo, "the CUSTOMER heading", text);
                    stage = 4;
                    break;
                default:
                    if (!char.IsDigit(text[0]) && text[0] != '-')
                    {
                        continue; // column headings
                    }

                    rows.Add((lineNo, Numbers(text, fileName, lineNo, 7, "7 numbers: CUST NO., XCOORD., YCOORD., DEMAND, READY TIME, DUE DATE, SERVICE TIME")));
                    break;
            }
        }

        Expect(stage == 4, fileName, lineNo, stage switch { 0 => "a name line", 1 => "the VEHICLE heading", 2 => "NUMBER and CAPACITY", _ => "the CUSTOMER heading" }, "end of file");
        Expect(rows.Count >= 1, fileName, lineNo, "the depot row", "end of file");
        var x = new double[rows.Count];
        var y = new double[rows.Count];
        var seen = new HashSet<int>();
        for (int i = 0; i < rows.Count; i++)
        {
            double[] r = rows[i].Values;
            Expect(r[0] >= 0 && r[0] == Math.Floor(r[0]) && r[0] <= int.MaxValue, fileName, rows[i].Line, "a whole customer number", r[0].ToString(CultureInfo.InvariantCulture));
            Expect(seen.Add((int)r[0]), fileName, rows[i].Line, "a customer number not used before", r[0].ToString(CultureInfo.InvariantCulture));
            Expect(r[3] >= 0 && r[6] >= 0, fileName, rows[i].Line, "non-negative DEMAND and SERVICE TIME", $"{r[3]} and {r[6]}");
            Expect(r[5] >= r[4], fileName, rows[i].Line, $"DUE DATE ≥ READY TIME for customer {r[0]}", $"window [{r[4]}, {r[5]}]");
            x[i] = r[1];
            y[i] = r[2];
        }

        double[] depot = rows[0].Values;
        var network = TravelNetwork.FromPlanarCoordinates(x, y, rounding);
        var fleetType = new VehicleType("vehicle", vehicles, new[] { capacity }, 0, 0, shiftStart: depot[4], shiftEnd: depot[5]);
        var jobs = new Job[rows.Count - 1];
        for (int i = 1; i < rows.Count; i++)
        {
            double[] r = rows[i].Values;
            jobs[i - 1] = new Job(((int)r[0]).ToString(CultureInfo.InvariantCulture), i, new[] { r[3] }, r[6], r[4], r[5]);
        }

        return new RoutingInstance(name ?? fileName, new RoutingProblem(network, jobs, new[] { fleetType }), (int)depot[0], RoutingInstanceKind.Solomon);
    }

    private static double[] Numbers(string text, string file, int line, int count, string expected)
    {
        string[] parts = text.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        Expect(parts.Length >= count, file, line, expected, text);
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            Expect(double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) && !double.IsNaN(values[i]) && !double.IsInfinity(values[i]),
                file, line, expected, parts[i]);
        }

        return values;
    }

    internal static void Expect(bool condition, string file, int line, string expected, string found)
    {
        if (!condition)
        {
            throw new FormatException($"{file}:{line}: expected {expected}, found '{found}'.");
        }
    }
}
