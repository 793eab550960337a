using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Runtime;

public sealed class ForkTests
{
    [Fact]
    public void Fork_runs_every_branch()
    {
        // The shape of Elsa's own fork.json test workflow: branches written as an Object expression.
        var definition = Read(
            $$"""
            { "id": "fork", "type": "Elsa.FlowFork",
              "branches": { "typeName": "String[]", "expression": { "type": "Object", "value": "[\u0022One\u0022,\u0022Two\u0022,\u0022Three\u0022]" } } },
            {{WriteLine("one", "One")}}, {{WriteLine("two", "Two")}}, {{WriteLine("three", "Three")}}
            """,
            $"{Connection("fork", "one", "One")}, {Connection("fork", "two", "Two")}, {Connection("fork", "three", "Three")}");

        var result = WorkflowHarness.Start(definition);

        Assert.Equal(["One", "Two", "Three"], WorkflowHarness.Lines(result.State));
        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
    }

    [Fact]
    public void Fork_branch_without_a_connection_is_simply_not_followed()
    {
        var definition = Read(
            $$"""{ "id": "fork", "type": "Elsa.FlowFork", "branches": ["Left", "Right"] }, {{WriteLine("left", "left")}}""",
            Connection("fork", "left", "Left"));

        Assert.Equal(["left"], WorkflowHarness.Lines(WorkflowHarness.Start(definition).State));
    }

    [Fact]
    public void Finish_on_one_branch_ends_the_instance_and_clears_the_other_branchs_bookmark()
    {
        var definition = Read(
            $$"""{ "id": "fork", "type": "Elsa.FlowFork", "branches": ["Wait", "Stop"] }, {{Activity("approve", "FlowChannel.Approval")}}, {{Activity("finish", "Elsa.Finish")}}""",
            $"{Connection("fork", "approve", "Wait")}, {Connection("fork", "finish", "Stop")}");

        var result = WorkflowHarness.Start(definition);

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Empty(result.State.Bookmarks);
        Assert.Empty(result.CreatedBookmarks);
    }

    [Fact]
    public void End_completes_the_flowchart_even_with_work_left()
    {
        var definition = Read(
            $$"""{ "id": "fork", "type": "Elsa.FlowFork", "branches": ["A", "B"] }, {{Activity("end", "Elsa.End")}}, {{WriteLine("late", "late")}}""",
            $"{Connection("fork", "end", "A")}, {Connection("fork", "late", "B")}");

        var result = WorkflowHarness.Start(definition);

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Empty(WorkflowHarness.Lines(result.State));
    }
}
