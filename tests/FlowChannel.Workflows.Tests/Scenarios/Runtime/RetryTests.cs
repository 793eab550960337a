using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Runtime;

public sealed class RetryTests
{
    // Fails on its first run only: the cause "is fixed" by the time of the retry.
    private static readonly WorkflowDefinition FlakyService = Read(
        $$"""
        {{WriteLine("before", "before")}},
        {{Activity("call", "Elsa.RunJavaScript", Input("script", "Literal", "if (getTries() < 1) { setTries(getTries() + 1); throw new Error('service down'); }"))}},
        {{WriteLine("after", "after")}}
        """,
        $"{Connection("before", "call")}, {Connection("call", "after")}",
        $"[{Variable("Tries", "Int32", "0")}]");

    [Fact]
    public void A_faulted_instance_retried_from_its_incident_runs_that_activity_again_and_goes_on()
    {
        var faulted = WorkflowHarness.Start(FlakyService);
        Assert.Equal(WorkflowSubStatus.Faulted, faulted.State.SubStatus);

        var retried = WorkflowHarness.Runner.Retry(FlakyService, faulted.State, null, WorkflowHarness.Now.AddMinutes(1));

        Assert.Equal(WorkflowSubStatus.Finished, retried.State.SubStatus);
        Assert.Equal(["before", "after"], WorkflowHarness.Lines(retried.State));
        Assert.Single(retried.State.Incidents);
        Assert.Equal(WorkflowSubStatus.Faulted, faulted.State.SubStatus);
    }

    [Fact]
    public void Only_a_faulted_instance_can_be_retried_and_only_from_an_activity_of_its_version()
    {
        var faulted = WorkflowHarness.Start(FlakyService);
        var finished = WorkflowHarness.Runner.Retry(FlakyService, faulted.State, "call", WorkflowHarness.Now).State;

        Assert.Contains("Finished", Assert.Throws<InvalidOperationException>(() => WorkflowHarness.Runner.Retry(FlakyService, finished, null, WorkflowHarness.Now)).Message, StringComparison.Ordinal);
        Assert.Contains("'nowhere'", Assert.Throws<InvalidOperationException>(() => WorkflowHarness.Runner.Retry(FlakyService, faulted.State, "nowhere", WorkflowHarness.Now)).Message, StringComparison.Ordinal);
    }
}
