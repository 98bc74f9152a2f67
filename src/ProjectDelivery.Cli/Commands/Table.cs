using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ProjectDelivery.Cli.Commands;

/// <summary>Prints rows as an aligned plain-text table; the first row is the header.</summary>
internal static class Table
{
    public static void Write(TextWriter output, IReadOnlyList<string[]> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        int columns = rows.Max(r => r.Length);
        var widths = new int[columns];
        foreach (string[] row in rows)
        {
            for (int c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        for (int r = 0; r < rows.Count; r++)
        {
            output.WriteLine(string.Join("  ", rows[r].Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
            if (r == 0)
            {
                output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
            }
        }
    }
}
