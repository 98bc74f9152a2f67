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
/// depot's window). Travel time equals distance. Job ids are the customer numbers. After the first customer row every
/// non-empty line must be a customer row of exactly 7 numbers; customer numbers are whole and unique; coordinates,
/// demands and times are finite with magnitude at most 10⁹; lines longer than 65,536 characters are refused. A vehicle
/// NUMBER above the number of customers costs nothing (the solver never uses more vehicles than jobs).
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
    /// <exception cref="FormatException">The text is not a Solomon file; the message gives file, line, customer and what was expected.</exception>
    public static RoutingInstance Read(TextReader reader, string fileName, DistanceRounding rounding = DistanceRounding.Exact)
    {
        Preconditions.CheckNotNull(reader, nameof(reader));
        Preconditions.CheckNotNull(fileName, nameof(fileName));
        string? name = null;
        int lineNo = 0;
        string? line;
        int vehicles = -1;
        double capacity = -1;
        var rows = new List<Row>();
        var seen = new Dictionary<int, int>();
        int stage = 0; // 0 name, 1 want VEHICLE, 2 want numbers, 3 want CUSTOMER, 4 rows
        while ((line = RoutingFileText.ReadLine(reader, fileName, lineNo + 1)) is not null)
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
                    Expect(!text.StartsWith("CUSTOMER", StringComparison.OrdinalIgnoreCase), fileName, lineNo, "the vehicle NUMBER and CAPACITY line before the CUSTOMER heading", text);
                    if (IsHeading(text))
                    {
                        continue; // "NUMBER CAPACITY"
                    }

                    string[] fleet = Fields(text, fileName, lineNo, 2, "2 numbers on the vehicle line: NUMBER and CAPACITY");
                    vehicles = RoutingFileText.Whole(fleet[0], fileName, lineNo, "the vehicle NUMBER", 1, int.MaxValue);
                    capacity = RoutingFileText.Number(fleet[1], fileName, lineNo, "a non-negative vehicle CAPACITY", 0);
                    stage = 3;
                    break;
                case 3:
                    Expect(text.StartsWith("CUSTOMER", StringComparison.OrdinalIgnoreCase), fileName, lineNo, "the CUSTOMER heading", text);
                    stage = 4;
                    break;
                default:
                    if (rows.Count == 0 && IsHeading(text))
                    {
                        continue; // column headings before the first row
                    }

                    rows.Add(ReadRow(text, fileName, lineNo, rows.Count == 0, seen));
                    break;
            }
        }

        Expect(stage == 4, fileName, lineNo, stage switch { 0 => "a name line", 1 => "the VEHICLE heading", 2 => "the vehicle NUMBER and CAPACITY line", _ => "the CUSTOMER heading" }, "end of file");
        Expect(rows.Count >= 1, fileName, lineNo, "the depot row (customer 0) after the CUSTOMER heading", "end of file");
        Row depot = rows[0];
        var x = new double[rows.Count];
        var y = new double[rows.Count];
        var jobs = new Job[rows.Count - 1];
        for (int i = 0; i < rows.Count; i++)
        {
            Row r = rows[i];
            x[i] = r.X;
            y[i] = r.Y;
            if (i > 0)
            {
                jobs[i - 1] = new Job(r.Number.ToString(CultureInfo.InvariantCulture), i, new[] { r.Demand }, r.Service, r.Ready, r.Due);
            }
        }

        var network = TravelNetwork.FromPlanarCoordinates(x, y, rounding);
        var fleetType = new VehicleType("vehicle", vehicles, new[] { capacity }, 0, 0, shiftStart: depot.Ready, shiftEnd: depot.Due);
        return new RoutingInstance(name ?? fileName, new RoutingProblem(network, jobs, new[] { fleetType }), depot.Number, RoutingInstanceKind.Solomon);
    }

    /// <summary>A heading line: starts with a letter and holds no number (e.g. "NUMBER CAPACITY", "CUST NO. XCOORD. ...").</summary>
    private static bool IsHeading(string text)
    {
        if (!char.IsLetter(text[0]))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static Row ReadRow(string text, string file, int line, bool isDepot, Dictionary<int, int> seen)
    {
        const string Columns = "7 numbers on a customer row: CUST NO., XCOORD., YCOORD., DEMAND, READY TIME, DUE DATE, SERVICE TIME";
        string[] f = Fields(text, file, line, 7, Columns);
        int number = RoutingFileText.Whole(f[0], file, line, "a customer number (CUST NO.)", 0, int.MaxValue);
        string who = isDepot ? $"the depot (customer {number})" : $"customer {number}";
        Expect(!seen.TryGetValue(number, out int first), file, line, $"a customer number not used before (customer {number} is on line {first})", f[0]);
        seen[number] = line;
        double x = RoutingFileText.Number(f[1], file, line, $"the XCOORD. of {who}");
        double y = RoutingFileText.Number(f[2], file, line, $"the YCOORD. of {who}");
        double demand = RoutingFileText.Number(f[3], file, line, $"a non-negative DEMAND for {who}", 0);
        double ready = RoutingFileText.Number(f[4], file, line, $"the READY TIME of {who}");
        double due = RoutingFileText.Number(f[5], file, line, $"the DUE DATE of {who}");
        double service = RoutingFileText.Number(f[6], file, line, $"a non-negative SERVICE TIME for {who}", 0);
        Expect(due >= ready, file, line, $"DUE DATE ≥ READY TIME for {who}", $"window [{f[4]}, {f[5]}]");
        return new Row(number, x, y, demand, ready, due, service);
    }

    private static string[] Fields(string text, string file, int line, int count, string expected)
    {
        string[] parts = RoutingFileText.Words(text);
        Expect(parts.Length == count, file, line, $"{expected}; the line has {parts.Length}", text);
        return parts;
    }

    internal static void Expect(bool condition, string file, int line, string expected, string found) =>
        RoutingFileText.Expect(condition, file, line, expected, found);

    private readonly struct Row
    {
        internal Row(int number, double x, double y, double demand, double ready, double due, double service)
        {
            Number = number;
            X = x;
            Y = y;
            Demand = demand;
            Ready = ready;
            Due = due;
            Service = service;
        }

        internal int Number { get; }

        internal double X { get; }

        internal double Y { get; }

        internal double Demand { get; }

        internal double Ready { get; }

        internal double Due { get; }

        internal double Service { get; }
    }
}
