using FlowChannel.Workflows.Runtime;

namespace FlowChannel.Benchmarks.Workflows;

/// <summary>
/// The workflow runtime alone, in memory: partner-application instances (start → approval bookmark → resume Approved →
/// finished). Target: ≥ 20,000 instances/s on the 2-core machine (design.md), i.e. the throughput of
/// <see cref="InstancesOnAllCores"/>; <see cref="InstanceInMemory"/> is the latency of one instance on one core.
/// </summary>
[MemoryDiagnoser]
public class WorkflowRuntimeBenchmarks
{
    /// <summary>Instances per operation of <see cref="InstancesOnAllCores"/>: enough that starting the workers is noise.</summary>
    public const int ParallelInstances = 512;

    private PartnerApplicationFlow _flow = null!;

    [GlobalSetup]
    public void Setup()
    {
        _flow = new PartnerApplicationFlow();
        _flow.EnsureApprovalPath();

        // Jint is a large interpreter: on 2 cores its hot methods need a few seconds of calls before tiered
        // compilation has recompiled them all, longer than the job's warm-up iterations. Measure it warm, as it
        // runs in a server that has been up for a while.
        SteadyState.Reach(() => _flow.RunToCompletion("warm-up"));
    }

    [Benchmark]
    public WorkflowRunResult InstanceInMemory() => _flow.RunToCompletion("instance-1");

    /// <summary>
    /// Instances side by side on every core through the one shared runner, as a server runs its requests; reported per
    /// instance, so instances per second is the runtime's throughput on this machine.
    /// </summary>
    [Benchmark(OperationsPerInvoke = ParallelInstances)]
    public void InstancesOnAllCores() =>
        Parallel.For(0, ParallelInstances, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => _flow.RunToCompletion("instance-" + i.ToString(CultureInfo.InvariantCulture)));
}
