using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Events;

public sealed class EventTriggersTests
{
    private static string Trigger(string id, string eventName, bool canStart) => Activity(id, "Elsa.Event", $$"""
        {{Input("eventName", "Literal", eventName)}},
        "result": { "typeName": "Object", "memoryReference": { "id": "Order-id" } },
        "customProperties": { "canStartWorkflow": {{(canStart ? "true" : "false")}} }
        """);

    private static readonly WorkflowDefinition Definition = Read(
        $$"""
        {{Trigger("placed", "order-placed", true)}}, {{Trigger("later", "order-shipped", false)}},
        {{Activity("say", "Elsa.WriteLine", Input("text", "JavaScript", "'order ' + getOrder().id"))}}
        """,
        $"{Connection("placed", "say")}, {Connection("say", "later")}",
        $"[{Variable("Order", "Object")}]");

    [Fact]
    public void Only_events_that_can_start_the_workflow_are_triggers()
    {
        Assert.Equal([new EventTrigger("placed", "order-placed")], EventTriggers.Find(Definition));
    }

    [Fact]
    public void Instance_started_by_an_event_gets_the_payload_as_result_then_waits_for_the_next_event()
    {
        var result = WorkflowHarness.Start(Definition, new JsonObject { ["id"] = "A-17" }, trigger: "placed");

        Assert.Equal(["order A-17"], WorkflowHarness.Lines(result.State));
        Assert.Equal("A-17", result.State.Variables["Order"]!["id"]!.GetValue<string>());
        var bookmark = Assert.Single(result.CreatedBookmarks);
        Assert.Equal(("later", "order-shipped"), (bookmark.ActivityId, bookmark.Payload["eventName"]!.GetValue<string>()));
    }

    [Fact]
    public void Event_trigger_with_a_computed_name_is_refused_at_import()
    {
        var json = Json(Activity("t", "Elsa.Event", $$"""{{Input("eventName", "JavaScript", "'x'")}}, "customProperties": { "canStartWorkflow": true }"""), "");

        var error = Assert.Single(ElsaJsonReader.Read(json, Registry).Errors);

        Assert.Equal("/root/activities/0/eventName", error.Pointer);
        Assert.Contains("literal", error.Message, StringComparison.Ordinal);
    }
}
