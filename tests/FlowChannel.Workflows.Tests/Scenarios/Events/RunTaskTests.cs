using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Events;

public sealed class RunTaskTests
{
    private static readonly WorkflowDefinition Definition = Read(
        $$"""
        {{Activity("task", "Elsa.RunTask", """
            "taskName": { "typeName": "String", "expression": { "type": "Literal", "value": "credit-check" } },
            "payload": { "typeName": "Object", "expression": { "type": "JavaScript", "value": "({ company: getInput('company') })" } },
            "taskId": { "typeName": "String", "memoryReference": { "id": "TaskId-id" } },
            "result": { "typeName": "Object", "memoryReference": { "id": "Credit-id" } }
            """)}},
        {{Activity("say", "Elsa.WriteLine", Input("text", "JavaScript", "'rating ' + getCredit().rating + ' for ' + getTaskId()"))}}
        """,
        Connection("task", "say"),
        $"[{Variable("TaskId", "String")}, {Variable("Credit", "Object")}]");

    [Fact]
    public void RunTask_asks_for_the_task_and_waits_on_a_task_bookmark_with_the_same_id()
    {
        var result = WorkflowHarness.Start(Definition, new JsonObject { ["company"] = "Acme" });

        Assert.Equal(WorkflowSubStatus.Suspended, result.State.SubStatus);
        var effect = Assert.IsType<RunTaskEffect>(Assert.Single(result.Effects));
        Assert.Equal(("task", "credit-check"), (effect.ActivityId, effect.TaskName));
        Assert.NotEqual(Guid.Empty, effect.TaskId);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["company"] = "Acme" }, effect.Payload));
        var expected = new JsonObject { ["kind"] = "task", ["taskId"] = effect.TaskId.ToString(), ["taskName"] = "credit-check" };
        Assert.True(JsonNode.DeepEquals(expected, Assert.Single(result.CreatedBookmarks).Payload));
        Assert.Equal(effect.TaskId.ToString(), result.State.Variables["TaskId"]!.GetValue<string>());
    }

    [Fact]
    public void Resumed_task_offers_its_result_and_id_and_completes()
    {
        var suspended = WorkflowHarness.Start(Definition, new JsonObject { ["company"] = "Acme" });
        var taskId = Assert.IsType<RunTaskEffect>(suspended.Effects[0]).TaskId.ToString();

        var input = new JsonObject { ["result"] = new JsonObject { ["rating"] = "AA" } };
        var result = WorkflowHarness.Resume(Definition, suspended.State, suspended.CreatedBookmarks[0], input);

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Empty(result.Effects);
        Assert.Equal("AA", result.State.Variables["Credit"]!["rating"]!.GetValue<string>());
        Assert.Equal([$"rating AA for {taskId}"], WorkflowHarness.Lines(result.State));
        // The outputs of the resumed run, as getOutputFrom sees them, still carry the task id.
        var outputs = JsonNode.Parse(result.State.ToJson())!["activityOutputs"]!["task"]!;
        Assert.Equal(taskId, outputs["taskId"]!.GetValue<string>());
    }

    [Fact]
    public void Each_run_gets_its_own_task_id()
    {
        var first = Assert.IsType<RunTaskEffect>(WorkflowHarness.Start(Definition).Effects[0]);
        var second = Assert.IsType<RunTaskEffect>(WorkflowHarness.Start(Definition).Effects[0]);

        Assert.NotEqual(first.TaskId, second.TaskId);
    }
}
