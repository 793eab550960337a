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
    }

    [Benchmark]
    public WorkflowRunResult InstanceInMemory() => _flow.RunToCompletion("instance-1");
}
