using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace FlowChannel.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/FlowChannel.Benchmarks -- [filter]</c>: runs the benchmarks whose
/// names match the filter (all by default), prints BenchmarkDotNet's table and then each figure against its target.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["--statements"])
        {
            // Not a benchmark: the product steps' statements and where their time goes (docs/benchmarks.md).
            Workflows.StepProfile.RunAsync(Console.Out).GetAwaiter().GetResult();
            return 0;
        }

        if (args is ["--inbox-statements"])
        {
            Inbox.InboxProfile.RunAsync(Console.Out).GetAwaiter().GetResult();
            return 0;
        }

        // The import/export targets are one long operation each: a command of their own, not a BenchmarkDotNet class.
        if (args is ["transfer", ..])
        {
            return Records.RecordTransferTargets.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000)
                .GetAwaiter().GetResult();
        }

        // A bare pattern is the filter; anything else goes to BenchmarkDotNet as is (--list flat, --filter, …).
        string[] arguments = args.Length == 0 ? ["--filter", "*"]
            : args[0].StartsWith('-') ? args
            : ["--filter", .. args];

        // A short job, in process: the whole suite takes a few minutes on 2 cores, and no generated project has to be
        // built (it would inherit tests/Directory.Build.props and become a test project).
        var job = Job.Default
            // An hour, not the default 5 minutes: the grid benchmark's first run generates its 1,000,000-record file in setup.
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true))
            .WithLaunchCount(1)
            .WithWarmupCount(8)
            .WithIterationCount(15)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithId("Short");
        // Reports (csv, html, markdown) go beside the executable, not into whatever folder the command ran in.
        var config = DefaultConfig.Instance
            .AddJob(job.AsDefault())
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(arguments, config).ToList();
        if (summaries.Count == 0)
        {
            return 0;
        }

        TargetReport.Print(summaries, Console.Out);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
