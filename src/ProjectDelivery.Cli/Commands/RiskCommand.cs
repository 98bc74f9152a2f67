using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ProjectDelivery.Charts;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;
using NodaTime;
using NodaTime.Text;
using ProjectDelivery.Planning.Scheduling;
using ProjectDelivery.Serialization;

namespace ProjectDelivery.Cli.Commands;

/// <summary><c>risk FILE.json [--iterations N] [--seed S] [--json] [--svg FILE]</c>: register scoring and Monte Carlo schedule/cost risk.</summary>
internal sealed class RiskCommand : ICommand
{
    private static readonly double[] Deciles = { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 };
    private static readonly LocalDateTimePattern DatePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss");

    public string Name => "risk";

    public string Arguments => "FILE.json";

    public IReadOnlyList<CommandOption> Options { get; } = new[]
    {
        new CommandOption("iterations", "N", "Number of Monte Carlo iterations, 1 to 100,000,000; overrides the file's (default: the file's, else the library's default)."),
        new CommandOption("seed", "S", "Seed of the random numbers, a whole number; the same seed gives the same result (default: the file's)."),
        CommandOption.Json("the register scores and simulation result"),
        CommandOption.Svg("the histogram of project finish"),
    };

    public IReadOnlyList<string> Examples { get; } = new[] { "risk samples/risk.json", "risk samples/risk.json --iterations 2000 --seed 7 --svg finish.svg" };

    public string Summary => "Risk register scoring and Monte Carlo schedule and cost risk: P10–P90, criticality, sensitivity (docs/risk.md).";

    public int Execute(CommandArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        bool json = arguments.Has("json");
        string? svg = arguments.Value("svg");
        int? iterations = arguments.Value("iterations") is null ? null : (int)arguments.Integer("iterations", 0, 1, 100_000_000);
        long? seed = arguments.Value("seed") is null ? null : arguments.Integer("seed", 0, long.MinValue, long.MaxValue);
        string file = arguments.RequiredFile(Name);
        arguments.RejectUnknownOptions(Name);
        var input = new RiskInput(JsonInput.Read<ScheduleRiskRequest>(file), iterations, seed);

        ScheduleRiskResult result = MonteCarloSimulator.Run(input.Model, new MonteCarloOptions { Iterations = input.Iterations, Seed = input.Seed });
        if (json)
        {
            stdout.WriteLine(ToJson(input, result));
        }
        else
        {
            WriteText(input, result, stdout);
        }

        if (svg is not null)
        {
            SvgFile.Write(svg, HistogramChart.Render(result.Finish, new ChartOptions
            {
                Title = $"Project finish ({result.Iterations} iterations, seed {input.Seed})",
                XAxisTitle = input.Calendar is null ? "finish (time units from the start)" : "finish (working time units from the project start)",
            }));
        }

        return Program.Success;
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static double EmvSchedule(RiskInput input) => input.Model.RiskDrivers.Sum(d => d.ExpectedScheduleImpact);

    private static double EmvCost(RiskInput input) => input.Model.RiskDrivers.Sum(d => d.ExpectedCostImpact);

    private static void WriteText(RiskInput input, ScheduleRiskResult result, TextWriter output)
    {
        RiskRegister register = input.Register;
        if (register.Risks.Count > 0)
        {
            output.WriteLine("Risk register (inherent → residual)");
            var rows = new List<string[]> { new[] { "rank", "id", "kind", "P", "impact", "cost", "cell", "score", "zone", "residual", "EMV sched", "EMV cost" } };
            foreach (RiskListingRow row in register.Listing())
            {
                rows.Add(new[]
                {
                    row.Rank.ToString(CultureInfo.InvariantCulture), row.Id, row.Kind == RiskKind.Threat ? "threat" : "opportunity",
                    Number(row.InherentAssessment.Probability), Number(row.InherentAssessment.ScheduleImpact), Number(row.InherentAssessment.CostImpact),
                    $"P{row.InherentRating.ProbabilityLevel}/I{row.InherentRating.ImpactLevel}", Number(row.InherentRating.Score), row.InherentRating.Zone.ToString(),
                    $"{Number(row.ResidualRating.Score)} {row.ResidualRating.Zone}", Number(row.InherentExpectedDelay), Number(row.InherentEmv),
                });
            }

            Table.Write(output, rows);
            output.WriteLine();
            output.WriteLine("Heat map (risk counts, inherent | residual; rows probability high→low, columns impact low→high)");
            IReadOnlyList<HeatMapCell> inherent = register.HeatMap(AssessmentBasis.Inherent);
            IReadOnlyList<HeatMapCell> residual = register.HeatMap(AssessmentBasis.Residual);
            int n = register.Scoring.Matrix.Size;
            for (int r = 0; r < n; r++)
            {
                IEnumerable<string> Cells(IReadOnlyList<HeatMapCell> cells) => cells.Skip(r * n).Take(n).Select(c => $"{c.Zone.ToString()[0]}{c.Count}".PadRight(4));
                output.WriteLine($"  P{n - r}  {string.Join(" ", Cells(inherent))} |  {string.Join(" ", Cells(residual))}");
            }

            output.WriteLine($"EMV schedule: {Number(EmvSchedule(input))}   EMV cost: {Number(EmvCost(input))}   contingency (EMV): {Number(register.ContingencyReserve(AssessmentBasis.Inherent))}");
            output.WriteLine();
        }

        OutcomeDistribution f = result.Finish;
        output.WriteLine($"Monte Carlo: {result.Iterations} iterations, seed {input.Seed}");
        output.WriteLine($"Finish (in the file's duration units): deterministic {Number(result.DeterministicFinish)}, mean {Number(f.Mean)}, sd {Number(f.StandardDeviation)}, min {Number(f.Minimum)}, max {Number(f.Maximum)}");
        output.WriteLine("  " + string.Join("  ", Deciles.Select(q => $"P{(int)Math.Round(q * 100)} {Number(f.Percentile(q))}")));
        if (input.Calendar is not null)
        {
            output.WriteLine("  dates: " + string.Join("  ", Deciles.Select(q => $"P{(int)Math.Round(q * 100)} {DatePattern.Format(input.ToDate(f.Percentile(q)))}")));
        }

        output.WriteLine($"  P(finish ≤ deterministic {Number(result.DeterministicFinish)}) = {Percent(result.ProbabilityOfFinishingBy(result.DeterministicFinish))}");
        if (input.TargetFinish is { } target)
        {
            output.WriteLine($"  P(finish ≤ target {Number(target)}) = {Percent(result.ProbabilityOfFinishingBy(target))}");
        }

        output.WriteLine($"  schedule contingency at P{Number(input.Confidence * 100)}: {Number(result.ScheduleContingency(input.Confidence))}");
        if (input.HasCost)
        {
            OutcomeDistribution c = result.Cost;
            output.WriteLine($"Cost: deterministic {Number(result.DeterministicCost)}, mean {Number(c.Mean)}, sd {Number(c.StandardDeviation)}");
            output.WriteLine("  " + string.Join("  ", Deciles.Select(q => $"P{(int)Math.Round(q * 100)} {Number(c.Percentile(q))}")));
            output.WriteLine($"  cost contingency at P{Number(input.Confidence * 100)}: {Number(result.CostContingency(input.Confidence))}");
            if (input.Budget is { } budget)
            {
                output.WriteLine($"  P(cost ≤ budget {Number(budget)}) = {Percent(result.ProbabilityWithinBudget(budget))}");
                if (input.TargetFinish is { } t)
                {
                    output.WriteLine($"  joint confidence (finish ≤ {Number(t)} and cost ≤ {Number(budget)}) = {Percent(result.JointConfidence(t, budget))}");
                }
            }
        }

        output.WriteLine();
        var crit = new List<string[]> { new[] { "activity", "criticality", "sensitivity" } };
        IReadOnlyDictionary<string, double> sensitivity = result.Sensitivity;
        foreach (Activity a in input.Network.Activities)
        {
            crit.Add(new[] { a.Id, Percent(result.CriticalityIndex(a.Id)), sensitivity.TryGetValue(a.Id, out double s) ? Number(s) : "-" });
        }

        Table.Write(output, crit);
        IReadOnlyList<SensitivityRow> tornado = result.Tornado();
        if (tornado.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Tornado (rank correlation with finish)");
            foreach (SensitivityRow row in tornado.Take(10))
            {
                int bar = (int)Math.Round(Math.Abs(row.RankCorrelation) * 30);
                output.WriteLine($"  {(row.IsRisk ? "risk " + row.Id : row.Id),-17} {Number(row.RankCorrelation),7} {new string(row.RankCorrelation < 0 ? '-' : '#', bar)}");
            }
        }
    }

    private static string ToJson(RiskInput input, ScheduleRiskResult result) =>
        ProjectDeliveryJson.Serialize(ScheduleRiskReport.FromResult(input.Request, result, input.Seed), indented: true);
}
