namespace FlowChannel.Benchmarks;

/// <summary>
/// Runs an operation for a few seconds before BenchmarkDotNet's own warm-up. On 2 cores, tiered compilation with
/// dynamic PGO needs longer than the job's warm-up iterations to recompile every hot method (loops go through
/// on-stack replacement first), and the targets are for a server that has been up for a while.
/// </summary>
internal static class SteadyState
{
    internal static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(3);

    internal static void Reach(Action operation)
    {
        var warm = System.Diagnostics.Stopwatch.StartNew();
        while (warm.Elapsed < WarmUpTime)
        {
            operation();
        }
    }
}
