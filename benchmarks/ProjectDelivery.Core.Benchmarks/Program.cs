using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ProjectDelivery.Benchmarks;

/// <summary>
/// Benchmark entry point. <c>--ci</c> runs every benchmark once in BenchmarkDotNet's dry job (so the
/// benchmarks cannot rot), in-process: no generated project is built, so a busy CI machine cannot run into
/// BenchmarkDotNet's build timeout; other arguments go to <see cref="BenchmarkSwitcher"/>. Quality runners
/// (long solution-quality runs on the shared instances) are selected by their own first word.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && QualityRunners.TryRun(args, out int exitCode))
        {
            return exitCode;
        }

        var switcher = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly);
        if (args.Contains("--ci"))
        {
            IConfig config = DefaultConfig.Instance
                .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("ci-dry"))
                .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.JoinSummary);
            var summaries = switcher.RunAll(config, new[] { "--filter", "*", "--anyCategories", "ci" }.Concat(args.Where(a => a != "--ci")).ToArray());
            bool failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
            return failed ? 1 : 0;
        }

        switcher.Run(args);
        return 0;
    }
}
