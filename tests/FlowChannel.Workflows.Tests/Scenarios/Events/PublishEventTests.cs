using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Events;

public sealed class PublishEventTests
{
    [Fact]
    public void PublishEvent_asks_for_an_event_with_its_name_correlation_and_payload_and_completes()
    {
        var definition = Read(
            $$"""
            {{Activity("publish", "Elsa.PublishEvent", $$"""
                {{Input("eventName", "Liquid", "order-{{ Input.orderId }}-approved")}},
                {{Input("correlationId", "JavaScript", "getInput('orderId')")}},
                "payload": { "typeName": "Object", "expression": { "type": "Object", "value": "{\"approved\": true, \"by\": \"li\"}" } }
                """)}},
            {{WriteLine("after", "published")}}
            """,
            Connection("publish", "after"));

        var result = WorkflowHarness.Start(definition, new JsonObject { ["orderId"] = "A-17" });

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Equal(["published"], WorkflowHarness.Lines(result.State));
        var effect = Assert.IsType<PublishEventEffect>(Assert.Single(result.Effects));
        Assert.Equal(("publish", "order-A-17-approved", "A-17"), (effect.ActivityId, effect.EventName, effect.CorrelationId));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["approved"] = true, ["by"] = "li" }, effect.Payload));
    }

    [Fact]
    public void PublishEvent_without_correlation_or_payload_leaves_them_null()
    {
        var definition = Read(Activity("publish", "Elsa.PublishEvent", Input("eventName", "Literal", "tick")), "");

        var effect = Assert.IsType<PublishEventEffect>(Assert.Single(WorkflowHarness.Start(definition).Effects));

        Assert.Equal(new PublishEventEffect("publish", "tick", null, null), effect);
    }

    [Fact]
    public void PublishEvent_without_a_name_faults()
    {
        var definition = Read(Activity("publish", "Elsa.PublishEvent", Input("eventName", "JavaScript", "''")), "");

        var result = WorkflowHarness.Start(definition);

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Contains("Elsa.PublishEvent", Assert.Single(result.State.Incidents).Message, StringComparison.Ordinal);
        Assert.Empty(result.Effects);
    }
}
