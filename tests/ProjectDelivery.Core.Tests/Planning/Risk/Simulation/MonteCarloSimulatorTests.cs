using System;
using System.Linq;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;
using Xunit;

namespace ProjectDelivery.Tests.Planning.Risk.Simulation;

/// <summary>
/// Analytic checks of the Monte Carlo engine. Tolerances come from the iteration count: a sample mean is
/// within z·σ/√n and a sample standard deviation within z·σ/√(2(n−1)) of the truth with z = 4.5
/// (two-sided failure chance below 1e-5 per check for fixed seeds, which are repeatable anyway).
/// </summary>
public sealed class MonteCarloSimulatorTests
{
    private const double Z = 4.5;

    private static ScheduleRiskResult Run(ScheduleRiskModel model, int iterations, long seed = 42, int threads = 2, bool sensitivity = true) =>
        MonteCarloSimulator.Run(model, new MonteCarloOptions { Iterations = iterations, Seed = seed, MaxDegreeOfParallelism = threads, ComputeSensitivity = sensitivity });

    private static void AssertMean(double expectedMean, double sigma, int n, double actual) =>
        Assert.InRange(actual, expectedMean - (Z * sigma / Math.Sqrt(n)), expectedMean + (Z * sigma / Math.Sqrt(n)));

    private static void AssertSd(double expectedSd, int n, double actual)
    {
        // Normal-theory standard error of s, inflated by 1.5 to cover non-normal kurtosis of maxima.
        double se = 1.5 * expectedSd / Math.Sqrt(2.0 * (n - 1));
        Assert.InRange(actual, expectedSd - (Z * se), expectedSd + (Z * se));
    }

    [Fact]
    public void Run_ChainOfNormalDurations_FinishIsNormalWithSummedMeanAndVariance()
    {
        const int n = 20000;
        var means = new[] { 10.0, 20.0, 5.0, 8.0, 12.0 };
        var sds = new[] { 2.0, 3.0, 1.0, 0.5, 2.5 };
        ProjectNetwork net = NetworkFactory.Chain(5);
        ScheduleRiskModel model = ScheduleRiskModel.Create(net,
            means.Select((m, i) => ActivityUncertainty.Create("A" + i, UncertainValue.Normal(m, sds[i]))), Array.Empty<RiskDriver>());

        ScheduleRiskResult result = Run(model, n);

        double mean = means.Sum();
        double sd = Math.Sqrt(sds.Sum(s => s * s));
        AssertMean(mean, sd, n, result.Finish.Mean);
        AssertSd(sd, n, result.Finish.StandardDeviation);
        // Normal quantiles: P10 and P90 at mean ∓ 1.2816 sd, each within the quantile's standard error bound.
        double quantileSe = Math.Sqrt(0.1 * 0.9 / n) / (Math.Exp(-0.5 * 1.2816 * 1.2816) / Math.Sqrt(2 * Math.PI) / sd);
        Assert.InRange(result.Finish.Percentile(0.9), mean + (1.2816 * sd) - (Z * quantileSe), mean + (1.2816 * sd) + (Z * quantileSe));
        Assert.InRange(result.Finish.Percentile(0.1), mean - (1.2816 * sd) - (Z * quantileSe), mean - (1.2816 * sd) + (Z * quantileSe));
    }

    [Fact]
    public void Run_TwoIidParallelPaths_FinishHasMomentsOfMaximum()
    {
        // max of two iid N(μ, σ²): mean μ + σ/√π, variance σ²(1 − 1/π).
        const int n = 20000;
        const double mu = 30.0, sigma = 4.0;
        ScheduleRiskModel model = ScheduleRiskModel.Create(NetworkFactory.Diamond(),
            new[] { ActivityUncertainty.Create("P", UncertainValue.Normal(mu, sigma)), ActivityUncertainty.Create("Q", UncertainValue.Normal(mu, sigma)) },
            Array.Empty<RiskDriver>());

        ScheduleRiskResult result = Run(model, n);

        double sd = sigma * Math.Sqrt(1.0 - (1.0 / Math.PI));
        AssertMean(mu + (sigma / Math.Sqrt(Math.PI)), sd, n, result.Finish.Mean);
        AssertSd(sd, n, result.Finish.StandardDeviation);
        // Each path is critical half of the time: binomial tolerance.
        double se = Math.Sqrt(0.25 / n);
        Assert.InRange(result.CriticalityIndex("P"), 0.5 - (Z * se), 0.5 + (Z * se));
        Assert.InRange(result.CriticalityIndex("Q"), 0.5 - (Z * se), 0.5 + (Z * se));
    }

    [Fact]
    public void Run_TwoUniformParallelPaths_FinishCdfIsProductOfCdfs()
    {
        // P ~ U(0, 10), Q ~ U(5, 10): P(max ≤ t) = F_P(t) F_Q(t).
        const int n = 20000;
        ScheduleRiskModel model = ScheduleRiskModel.Create(NetworkFactory.Diamond(),
            new[] { ActivityUncertainty.Create("P", UncertainValue.Uniform(0, 10)), ActivityUncertainty.Create("Q", UncertainValue.Uniform(5, 10)) },
            Array.Empty<RiskDriver>());
        ScheduleRiskResult result = Run(model, n);
        foreach (double t in new[] { 6.0, 7.5, 9.0 })
        {
            double expected = (t / 10.0) * ((t - 5.0) / 5.0);
            double se = Math.Sqrt(expected * (1 - expected) / n);
            Assert.InRange(result.ProbabilityOfFinishingBy(t), expected - (Z * se), expected + (Z * se));
        }
    }

    [Fact]
    public void Run_ActivityOnEveryPath_HasCriticalityOne()
    {
        ScheduleRiskModel model = ScheduleRiskModel.Create(NetworkFactory.Diamond(),
            new[] { ActivityUncertainty.Create("P", UncertainValue.Triangular(5, 8, 15)), ActivityUncertainty.Create("Q", UncertainValue.Pert(4, 9, 14)) },
            Array.Empty<RiskDriver>());
        ScheduleRiskResult result = Run(model, 3000);
        Assert.Equal(1.0, result.CriticalityIndex("S"));
        Assert.Equal(1.0, result.CriticalityIndex("E"));
        Assert.Equal(1.0, result.CriticalityIndex("P") + result.CriticalityIndex("Q"), 2);
    }

    [Fact]
    public void Run_NetworkWithLaterDeadline_CriticalityStillFollowsLongestPath()
    {
        ProjectNetwork net = NetworkFactory.Diamond(10, 4).WithDeadline(ScheduleMoment.FromUnits(30));
        ScheduleRiskModel model = ScheduleRiskModel.Create(net,
            new[] { ActivityUncertainty.Create("P", UncertainValue.Uniform(8, 12)) }, Array.Empty<RiskDriver>());
        ScheduleRiskResult result = Run(model, 1000);
        Assert.Equal(1.0, result.CriticalityIndex("P"));
        Assert.Equal(0.0, result.CriticalityIndex("Q"));
        Assert.Equal(1.0, result.CriticalityIndex("E"));
    }

    [Fact]
    public void Run_PertChain_MeanIsSumOfPertMeans()
    {
        const int n = 20000;
        var points = new[] { (2.0, 4.0, 9.0), (1.0, 1.5, 6.0), (10.0, 12.0, 13.0) };
        ScheduleRiskModel model = ScheduleRiskModel.Create(NetworkFactory.Chain(3),
            points.Select((p, i) => ActivityUncertainty.Create("A" + i, UncertainValue.Pert(p.Item1, p.Item2, p.Item3))), Array.Empty<RiskDriver>());
        ScheduleRiskResult result = Run(model, n);
        double mean = points.Sum(p => (p.Item1 + (4 * p.Item2) + p.Item3) / 6.0);
        double sd = Math.Sqrt(points.Sum(p => UncertainValue.Pert(p.Item1, p.Item2, p.Item3).Variance));
        AssertMean(mean, sd, n, result.Finish.Mean);
    }

    [Fact]
    public void Run_RiskWithProbabilityZero_ChangesNothing()
    {
        ProjectNetwork net = NetworkFactory.Chain(4, 5.0);
        var uncertain = new[] { ActivityUncertainty.Create("A1", UncertainValue.Triangular(3, 5, 10)) };
        ScheduleRiskModel plain = ScheduleRiskModel.Create(net, uncertain, Array.Empty<RiskDriver>());
        ScheduleRiskModel withRisk = ScheduleRiskModel.Create(net, uncertain,
            new[] { RiskDriver.Create("R", 0.0, UncertainValue.Triangular(1, 2, 5), UncertainValue.Fixed(1000), new[] { "A2" }) });

        ScheduleRiskResult a = Run(plain, 2500);
        ScheduleRiskResult b = Run(withRisk, 2500);

        Assert.Equal(a.Finish.SortedSample, b.Finish.SortedSample);
        Assert.Equal(a.Cost.SortedSample, b.Cost.SortedSample);
        Assert.Equal(0.0, b.Sensitivity["R"]);
    }

    [Fact]
    public void Run_RiskWithProbabilityOne_ShiftsFinishByItsImpact()
    {
        ProjectNetwork net = NetworkFactory.Chain(4, 5.0);
        ScheduleRiskModel fixedRisk = ScheduleRiskModel.Create(net, Array.Empty<ActivityUncertainty>(),
            new[] { RiskDriver.Create("R", 1.0, UncertainValue.Fixed(3.0), UncertainValue.Fixed(700.0), new[] { "A2" }) });
        ScheduleRiskResult fixedResult = Run(fixedRisk, 1500);
        Assert.All(fixedResult.Finish.SortedSample, f => Assert.Equal(23.0, f));
        Assert.All(fixedResult.Cost.SortedSample, c => Assert.Equal(700.0, c));

        // A random impact on a fixed chain: the finish is 20 + impact, so its mean is 20 + (1 + 2 + 6)/3.
        const int n = 20000;
        UncertainValue impact = UncertainValue.Triangular(1, 2, 6);
        ScheduleRiskModel randomRisk = ScheduleRiskModel.Create(net, Array.Empty<ActivityUncertainty>(),
            new[] { RiskDriver.Create("R", 1.0, impact, null, new[] { "A0", "A3" }) });
        ScheduleRiskResult result = Run(randomRisk, n);
        AssertMean(20.0 + (2 * impact.Mean), 2 * impact.StandardDeviation, n, result.Finish.Mean);
        // Both activities get the same sampled impact, so the finish lies in [20 + 2·1, 20 + 2·6].
        Assert.InRange(result.Finish.Minimum, 22.0, 22.5);
        Assert.InRange(result.Finish.Maximum, 31.0, 32.0);
    }

    [Fact]
    public void Run_RiskOccurrenceShare_MatchesProbability()
    {
        const int n = 20000;
        const double p = 0.3;
        ScheduleRiskModel model = ScheduleRiskModel.Create(NetworkFactory.Chain(2, 5.0), Array.Empty<ActivityUncertainty>(),
            new[] { RiskDriver.Create("R", p, UncertainValue.Fixed(4.0), null, new[] { "A1" }) });
        ScheduleRiskResult result = Run(model, n);
        double occurred = 1.0 - result.ProbabilityOfFinishingBy(10.0);
        double se = Math.Sqrt(p * (1 - p) / n);
        Assert.InRange(occurred, p - (Z * se), p + (Z * se));
        Assert.Equal(0.3 * 4.0, model.RiskDrivers[0].ExpectedScheduleImpact, 12);
    }

    [Fact]
    public void Run_Opportunity_SubtractsImpactAndNeverGoesNegative()
    {
        ScheduleRiskModel model = ScheduleRiskModel.Create(NetworkFactory.Chain(2, 5.0), Array.Empty<ActivityUncertainty>(),
            new[] { RiskDriver.Create("O", 1.0, UncertainValue.Fixed(8.0), null, new[] { "A1" }, RiskKind.Opportunity) });
        ScheduleRiskResult result = Run(model, 1000);
        Assert.All(result.Finish.SortedSample, f => Assert.Equal(5.0, f));
    }

    [Fact]
    public void Run_SameSeedDifferentThreadCounts_IdenticalResults()
    {
        ProjectNetwork net = NetworkFactory.Diamond();
        ScheduleRiskModel model = ScheduleRiskModel.Create(net,
            new[] { ActivityUncertainty.Create("P", UncertainValue.Pert(5, 9, 20), UncertainValue.Normal(100, 10), 2.0), ActivityUncertainty.Create("Q", UncertainValue.LogNormal(10, 3)) },
            new[] { RiskDriver.Create("R", 0.4, UncertainValue.Uniform(1, 4), UncertainValue.Triangular(10, 20, 50), new[] { "Q" }) },
            new[] { RankCorrelation.Create("P", "Q", 0.5) });

        ScheduleRiskResult one = Run(model, 5500, seed: 7, threads: 1);
        ScheduleRiskResult two = Run(model, 5500, seed: 7, threads: 2);
        ScheduleRiskResult four = Run(model, 5500, seed: 7, threads: 4);

        foreach (ScheduleRiskResult other in new[] { two, four })
        {
            Assert.Equal(one.Finish.SortedSample, other.Finish.SortedSample);
            Assert.Equal(one.Cost.SortedSample, other.Cost.SortedSample);
            Assert.Equal(one.Criticality, other.Criticality);
            Assert.Equal(one.Sensitivity, other.Sensitivity);
            Assert.Equal(one.JointConfidence(20, 150), other.JointConfidence(20, 150));
        }

        Assert.NotEqual(one.Finish.SortedSample, Run(model, 5500, seed: 8).Finish.SortedSample);
    }

    [Fact]
    public void Merge_TwoSeeds_AddsSamplesCountsAndSums()
    {
        ScheduleRiskModel model = ScheduleRiskModel.Create(NetworkFactory.Diamond(),
            new[] { ActivityUncertainty.Create("P", UncertainValue.Triangular(5, 9, 20)), ActivityUncertainty.Create("Q", UncertainValue.Normal(10, 3)) },
            new[] { RiskDriver.Create("R", 0.4, UncertainValue.Uniform(1, 4), null, new[] { "Q" }) });
        ScheduleRiskResult a = Run(model, 2300, seed: 1);
        ScheduleRiskResult b = Run(model, 1700, seed: 2);

        ScheduleRiskResult merged = a.Merge(b);

        Assert.Equal(4000, merged.Iterations);
        Assert.Equal(a.Finish.SortedSample.Concat(b.Finish.SortedSample).OrderBy(x => x), merged.Finish.SortedSample);
        Assert.Equal((a.CriticalityIndex("P") * 2300) + (b.CriticalityIndex("P") * 1700), merged.CriticalityIndex("P") * 4000, 6);
        Assert.Equal(((a.Finish.Mean * 2300) + (b.Finish.Mean * 1700)) / 4000, merged.Finish.Mean, 9);
        Assert.Equal(merged.Finish.SortedSample, b.Merge(a).Finish.SortedSample);
        Assert.Equal(merged.Sensitivity["P"], b.Merge(a).Sensitivity["P"], 12);
    }

    [Fact]
    public void Run_SingleUncertainCriticalActivity_HasRankCorrelationNearOne()
    {
        ProjectNetwork net = NetworkFactory.Of(
            new Activity("A", 10),
            new Activity("B", 1, NetworkFactory.After("A")),
            new Activity("C", 1, NetworkFactory.After("A")),
            new Activity("D", 0, NetworkFactory.After("B", "C")));
        ScheduleRiskModel model = ScheduleRiskModel.Create(net,
            new[] { ActivityUncertainty.Create("A", UncertainValue.Triangular(5, 10, 20)), ActivityUncertainty.Create("C", UncertainValue.Uniform(0.1, 0.5)) },
            Array.Empty<RiskDriver>());
        ScheduleRiskResult result = Run(model, 10000);
        // finish = A + 1 exactly, so its ranks are A's ranks: Spearman 1 up to the within-block rank discretisation (≤ 1/B).
        Assert.InRange(result.Sensitivity["A"], 0.998, 1.0);
        // C never drives the finish: Spearman 0 within a few standard errors 1/√n.
        Assert.InRange(result.Sensitivity["C"], -Z / 100.0, Z / 100.0);
        Assert.Equal("A", result.Tornado()[0].Id);
    }

    [Fact]
    public void Run_SumOfTwoUniforms_SensitivityMatchesNumericalSpearman()
    {
        // Oracle: ρs(X, X + Y) for X, Y iid U(0, 1) is 12·E[X·F_S(X + Y)] − 3, with F_S the triangular CDF of the sum,
        // integrated here on a 1000 × 1000 midpoint grid.
        static double Fs(double t) => t <= 1 ? t * t / 2 : 1 - ((2 - t) * (2 - t) / 2);
        const int grid = 1000;
        double integral = 0;
        for (int i = 0; i < grid; i++)
        {
            double x = (i + 0.5) / grid;
            for (int j = 0; j < grid; j++)
            {
                integral += x * Fs(x + ((j + 0.5) / grid));
            }
        }

        double expected = (12 * integral / (grid * grid)) - 3;
        const int n = 50000;
        ScheduleRiskModel model = ScheduleRiskModel.Create(NetworkFactory.Chain(2),
            new[] { ActivityUncertainty.Create("A0", UncertainValue.Uniform(0, 1)), ActivityUncertainty.Create("A1", UncertainValue.Uniform(0, 1)) },
            Array.Empty<RiskDriver>());
        ScheduleRiskResult result = Run(model, n);
        // Standard error of a rank correlation is below 1/√n; the within-block ranks add a bias below 1/1000.
        double tolerance = (Z / Math.Sqrt(n)) + 0.001;
        Assert.InRange(result.Sensitivity["A0"], expected - tolerance, expected + tolerance);
        Assert.InRange(result.Sensitivity["A1"], expected - tolerance, expected + tolerance);
    }

    [Fact]
    public void Run_CorrelatedNormalChain_VarianceShowsTargetCorrelation()
    {
        // Gaussian copula with normal marginals: Pearson ρ = 2 sin(π r / 6), so Var(X + Y) = σ²(2 + 2ρ).
        const int n = 20000;
        const double sigma = 3.0, r = 0.6;
        ScheduleRiskModel model = ScheduleRiskModel.Create(NetworkFactory.Chain(2),
            new[] { ActivityUncertainty.Create("A0", UncertainValue.Normal(20, sigma)), ActivityUncertainty.Create("A1", UncertainValue.Normal(20, sigma)) },
            Array.Empty<RiskDriver>(), new[] { RankCorrelation.Create("A0", "A1", r) });
        ScheduleRiskResult result = Run(model, n);
        double rho = 2 * Math.Sin(Math.PI * r / 6);
        AssertSd(sigma * Math.Sqrt(2 + (2 * rho)), n, result.Finish.StandardDeviation);
        AssertMean(40, sigma * 2, n, result.Finish.Mean);
    }

    [Theory]
    [InlineData(0.8)]
    [InlineData(-0.5)]
    public void Run_CorrelatedUniformChain_RankCorrelationEqualsTarget(double r)
    {
        // For U(0, 1) marginals the Pearson correlation equals the rank correlation, so Var(X + Y) = (2 + 2r)/12 exactly when the target is met.
        const int n = 20000;
        ScheduleRiskModel model = ScheduleRiskModel.Create(NetworkFactory.Chain(2),
            new[] { ActivityUncertainty.Create("A0", UncertainValue.Uniform(0, 1)), ActivityUncertainty.Create("A1", UncertainValue.Uniform(0, 1)) },
            Array.Empty<RiskDriver>(), new[] { RankCorrelation.Create("A1", "A0", r) });
        ScheduleRiskResult result = Run(model, n);
        AssertSd(Math.Sqrt((2 + (2 * r)) / 12.0), n, result.Finish.StandardDeviation);
    }

    [Fact]
    public void Create_InconsistentCorrelations_ThrowsNamingActivities()
    {
        ProjectNetwork net = NetworkFactory.Chain(3);
        var u = new[] { "A0", "A1", "A2" }.Select(id => ActivityUncertainty.Create(id, UncertainValue.Normal(5, 1)));
        var ex = Assert.Throws<ArgumentException>(() => ScheduleRiskModel.Create(net, u, Array.Empty<RiskDriver>(), new[]
        {
            RankCorrelation.Create("A0", "A1", 0.9), RankCorrelation.Create("A1", "A2", 0.9), RankCorrelation.Create("A0", "A2", -0.9),
        }));
        Assert.Contains("'A2'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnknownActivity_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => ScheduleRiskModel.Create(NetworkFactory.Chain(2), Array.Empty<ActivityUncertainty>(),
            new[] { RiskDriver.Create("R", 0.5, UncertainValue.Fixed(1), null, new[] { "Z9" }) }));
        Assert.Contains("'Z9'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'R'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CostModel_AddsFixedCostRateAndRiskCost()
    {
        ScheduleRiskModel model = ScheduleRiskModel.Create(NetworkFactory.Chain(2, 5.0),
            new[] { ActivityUncertainty.Create("A0", UncertainValue.Fixed(5.0), UncertainValue.Fixed(100.0), 10.0) },
            new[] { RiskDriver.Create("R", 1.0, null, UncertainValue.Fixed(40.0), Array.Empty<string>()) });
        ScheduleRiskResult result = Run(model, 1000);
        Assert.All(result.Cost.SortedSample, c => Assert.Equal(100.0 + 50.0 + 40.0, c));
        Assert.Equal(150.0, result.DeterministicCost);
        Assert.Equal(40.0, result.CostContingency(0.8));
        Assert.Equal(1.0, result.JointConfidence(10.0, 190.0));
        Assert.Equal(0.0, result.JointConfidence(10.0, 189.0));
    }

    [Fact]
    public void Options_Invalid_ReportsAllProblems()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MonteCarloOptions { Iterations = 0, MaxDegreeOfParallelism = 0 }.Validate());
        Assert.Contains("Iterations", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MaxDegreeOfParallelism", ex.Message, StringComparison.Ordinal);
    }
}
