// A user's console program built against the packed ProjectDelivery.Core package: runs each getting-started
// guide (one file each, as a user would split them) and prints what it found; run.sh compares with expected.txt.
using System;
using System.Globalization;

internal static class Program
{
    internal static string F(double? value) => value is null ? "null" : value.Value.ToString("0.000", CultureInfo.InvariantCulture);

    private static int Main()
    {
        ReadmeGuide.Run();
        SchedulingGuide.Run();
        EarnedValueGuide.Run();
        RiskGuide.Run();
        RoutingGuide.Run();
        FulfilmentGuide.Run();
        Console.WriteLine("done");
        return 0;
    }
}
