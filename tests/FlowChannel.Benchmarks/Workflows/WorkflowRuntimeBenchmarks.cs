using FlowChannel.Workflows.Runtime;

namespace FlowChannel.Benchmarks.Workflows;

/// <summary>
/// The workflow runtime alone, in memory: one partner-application instance per operation (start → approval bookmark →
/// resume Approved → finished). Target: ≥ 20,000 instances/s (design.md).
/// </summary>
[MemoryDiagnoser]
public class WorkflowRuntimeBenchmarks
{
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
}
