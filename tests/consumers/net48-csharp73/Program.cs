// A user's console program built against the packed ProjectDelivery.Core package: runs the README's and each
// getting-started guide's snippet (one file each, as a user would split them), which print exactly what the pages'
// Output blocks show; run.sh compares the output with expected.txt, ConsumerProgramTests expected.txt with the pages.
using System;
using System.Text;

internal static class Program
{
    private static int Main()
    {
        // The pages' outputs are UTF-8 ("P2×I4"); Mono would write the locale's charset, ASCII under run.sh's LC_ALL=C.
        Console.OutputEncoding = new UTF8Encoding(false);
        ReadmeGuide.Run();
        SchedulingGuide.Run();
        EarnedValueGuide.Run();
        RiskGuide.Run();
        RoutingGuide.Run();
        FulfilmentGuide.Run();
        return 0;
    }
}
