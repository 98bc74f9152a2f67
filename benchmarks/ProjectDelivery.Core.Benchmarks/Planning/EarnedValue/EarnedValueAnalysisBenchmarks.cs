using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using ProjectDelivery.Planning.EarnedValue;

namespace ProjectDelivery.Benchmarks.Planning.EarnedValue;

/// <summary>
/// Roll-up of a project of <see cref="Accounts"/> control accounts × 60 monthly periods (status at period 40)
/// through a three-level WBS (10 top elements × 10 sub-elements), against a baseline that only sums the
/// accounts' per-period values into project totals.
/// </summary>
[MemoryDiagnoser]
public class EarnedValueAnalysisBenchmarks
{
    private const int Periods = 60;
    private const int Status = 40;
    private EarnedValueProject _project = null!;
    private EarnedValueReport _report = null!;

    /// <summary>Number of control accounts.</summary>
    [Params(1_000, 10_000)]
    public int Accounts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20270101);
        ReportingCalendar calendar = ReportingCalendar.Monthly(new LocalDate(2027, 1, 1), Periods);
        var elements = new List<WbsElement>();
        for (int top = 0; top < 10; top++)
        {
            elements.Add(new WbsElement($"{top + 1}", null, $"Area {top + 1}"));
            for (int sub = 0; sub < 10; sub++)
            {
                elements.Add(new WbsElement($"{top + 1}.{sub + 1}", $"{top + 1}"));
            }
        }

        var accounts = new ControlAccount[Accounts];
        for (int a = 0; a < Accounts; a++)
        {
            int start = random.Next(0, Periods - 6);
            int length = random.Next(3, Math.Min(24, Periods - start));
            var pv = new double[Periods];
            double budget = 1000 + (random.NextDouble() * 99_000);
            for (int k = start; k < start + length; k++)
            {
                pv[k] = budget / length;
            }

            double efficiency = 0.7 + (random.NextDouble() * 0.5);
            double[] ev = pv.Take(Status).Select(v => v * efficiency).ToArray();
            double[] ac = ev.Select(v => v / (0.8 + (random.NextDouble() * 0.4))).ToArray();
            string parent = $"{(a % 10) + 1}.{((a / 10) % 10) + 1}";
            accounts[a] = ControlAccount.Create($"CA-{a:D5}", pv.Sum(), pv, ev, ac, parent);
        }

        _project = EarnedValueProject.Create(calendar, accounts, Status, elements, Periods);
        _report = EarnedValueAnalysis.Analyse(_project);
    }

    /// <summary>Sum of per-period PV, EV and AC over all accounts into project totals: the least any roll-up must do.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ci")]
    public double NaiveTotals()
    {
        var pv = new double[Periods];
        var ev = new double[Status];
        var ac = new double[Status];
        foreach (ControlAccount account in _project.Accounts)
        {
            IReadOnlyList<double> p = account.PlannedValue;
            for (int k = 0; k < p.Count; k++)
            {
                pv[k] += p[k];
            }

            IReadOnlyList<double> e = account.EarnedValue;
            IReadOnlyList<double> c = account.ActualCost;
            for (int k = 0; k < e.Count; k++)
            {
                ev[k] += e[k];
                ac[k] += c[k];
            }
        }

        return pv.Sum() + ev.Sum() + ac.Sum();
    }

    /// <summary>Full roll-up through the WBS (every node, every period) with the status metrics of the total.</summary>
    [Benchmark]
    [BenchmarkCategory("ci")]
    public double Analyse()
    {
        EarnedValueReport report = EarnedValueAnalysis.Analyse(_project);
        return report.Total.Status.EstimateAtCompletion ?? 0;
    }

    /// <summary>Status metrics (including earned schedule and forecast finish) of every node of an analysed report.</summary>
    [Benchmark]
    public double StatusOfEveryNode()
    {
        double sum = 0;
        foreach (EarnedValueNode node in _report.Nodes)
        {
            sum += node.Status.EarnedSchedule ?? 0;
        }

        return sum;
    }

    /// <summary>Every flat report row (nodes × reported periods) of an analysed report.</summary>
    [Benchmark]
    public int AllRows()
    {
        int count = 0;
        foreach (EarnedValueRow row in _report.Rows())
        {
            if (row.Cpi is not null)
            {
                count++;
            }
        }

        return count;
    }
}
