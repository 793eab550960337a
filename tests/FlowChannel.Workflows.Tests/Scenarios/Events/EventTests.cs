using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Events;

public sealed class EventTests
{
    private static readonly string PaymentVariable = Variable("Payment", "Object");

    private static readonly string WaitForPayment = Activity("wait", "Elsa.Event", $$"""
        {{Input("eventName", "Literal", "payment-received")}},
        "result": { "typeName": "Object", "memoryReference": { "id": "Payment-id" } }
        """);

    private static readonly WorkflowDefinition MidFlow = Read(
        $$"""{{WriteLine("before", "ordered")}}, {{WaitForPayment}}, {{Activity("say", "Elsa.WriteLine", Input("text", "JavaScript", "'paid ' + getPayment().amount"))}}""",
        $"{Connection("before", "wait")}, {Connection("wait", "say")}",
        $"[{PaymentVariable}]");

    [Fact]
    public void Event_suspends_on_an_event_bookmark_naming_the_event()
    {
        var result = WorkflowHarness.Start(MidFlow);

        Assert.Equal(WorkflowSubStatus.Suspended, result.State.SubStatus);
        var bookmark = Assert.Single(result.CreatedBookmarks);
        Assert.Equal(("wait", "Elsa.Event"), (bookmark.ActivityId, bookmark.ActivityType));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["kind"] = "event", ["eventName"] = "payment-received" }, bookmark.Payload));
        Assert.Equal(BookmarkPayloads.EventKind, BookmarkPayloads.KindOf(bookmark.Payload));
    }

    [Fact]
    public void Resumed_event_passes_its_payload_to_the_bound_variable()
    {
        var suspended = WorkflowHarness.Start(MidFlow);

        var payload = new JsonObject { ["amount"] = 42, ["currency"] = "CNY" };
        var result = WorkflowHarness.Resume(MidFlow, suspended.State, suspended.CreatedBookmarks[0], payload);

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.True(JsonNode.DeepEquals(payload, result.State.Variables["Payment"]));
        Assert.Equal(["ordered", "paid 42"], WorkflowHarness.Lines(result.State));
    }

    [Fact]
    public void Event_name_can_be_computed_when_not_a_trigger()
    {
        var definition = Read(Activity("wait", "Elsa.Event", Input("eventName", "Liquid", "order-{{ Input.orderId }}-shipped")), "");

        var bookmark = Assert.Single(WorkflowHarness.Start(definition, new JsonObject { ["orderId"] = 7 }).CreatedBookmarks);

        Assert.Equal("order-7-shipped", bookmark.Payload["eventName"]!.GetValue<string>());
    }

    [Fact]
    public void Event_without_a_name_is_reported_at_import()
    {
        var error = Assert.Single(ElsaJsonReader.Read(Json(Activity("wait", "Elsa.Event"), ""), Registry).Errors);

        Assert.Equal("/root/activities/0/eventName", error.Pointer);
        Assert.Contains("Elsa.Event", error.Message, StringComparison.Ordinal);
    }
}
