using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Runtime;

public sealed class StartActivityTests
{
    private static string CanStart(string id, string text) =>
        Activity(id, "Elsa.WriteLine", $$"""{{Input("text", "Literal", text)}}, "customProperties": { "canStartWorkflow": true }""");

    private static string FirstLine(WorkflowDefinition definition, string? trigger = null) =>
        WorkflowHarness.Lines(WorkflowHarness.Start(definition, trigger: trigger).State)[0]!;

    [Fact]
    public void Trigger_named_by_the_caller_is_the_start()
    {
        var definition = Read($"{CanStart("t1", "one")}, {CanStart("t2", "two")}", "");
        Assert.Equal(["two"], WorkflowHarness.Lines(WorkflowHarness.Start(definition, trigger: "t2").State));
    }

    [Fact]
    public void Explicit_Start_activity_comes_before_triggers()
    {
        var definition = Read($"{CanStart("t", "trigger")}, {Activity("s", "Elsa.Start")}, {WriteLine("w", "after start")}", Connection("s", "w"));
        Assert.Equal("after start", FirstLine(definition));
    }

    [Fact]
    public void First_activity_that_can_start_the_workflow_comes_next()
    {
        var definition = Read($"{WriteLine("a", "plain")}, {CanStart("t", "trigger")}", Connection("t", "a"));
        Assert.Equal("trigger", FirstLine(definition));
    }

    [Fact]
    public void Single_activity_without_inbound_connections_comes_next()
    {
        var definition = Read($"{WriteLine("a", "second")}, {WriteLine("b", "first")}", Connection("b", "a"));
        Assert.Equal("first", FirstLine(definition));
    }

    [Fact]
    public void First_activity_is_the_last_resort()
    {
        var definition = Read($"{WriteLine("a", "first")}, {WriteLine("b", "second")}", "");
        Assert.Equal(["first"], WorkflowHarness.Lines(WorkflowHarness.Start(definition).State));
    }

    [Fact]
    public void Unknown_trigger_is_a_caller_error()
    {
        var definition = Read(WriteLine("a", "x"), "");
        Assert.Throws<ArgumentException>(() => WorkflowHarness.Start(definition, trigger: "nope"));
    }

    [Fact]
    public void Warm_up_leaves_the_runner_ready()
    {
        var runner = new WorkflowRunner(Registry, ExpressionLimits.Default);
        runner.WarmUp();
        var result = runner.Start(Read(Decision("d", "1 + 1 === 2"), ""), new StartWorkflowRequest("i", [], WorkflowHarness.Now));
        Assert.Equal(["True"], result.State.Journal.Single().Outcomes);
    }

    [Fact]
    public void Empty_flowchart_finishes_at_once()
    {
        var result = WorkflowHarness.Start(Read("", ""));
        Assert.Equal(WorkflowStatus.Finished, result.State.Status);
        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
    }

    [Fact]
    public void Instance_records_identity_input_and_correlation()
    {
        var definition = Read(WriteLine("a", "x"), "");
        var input = new JsonObject { ["n"] = 1 };
        var state = WorkflowHarness.Runner.Start(definition, new StartWorkflowRequest("i-1", input, WorkflowHarness.Now) { CorrelationId = "c-1" }).State;

        Assert.Equal(("i-1", "test", "test-v1", 1, "c-1"), (state.InstanceId, state.DefinitionId, state.DefinitionVersionId, state.DefinitionVersion, state.CorrelationId));
        Assert.True(JsonNode.DeepEquals(input, state.Input));
        Assert.NotSame(input, state.Input);
    }
}
