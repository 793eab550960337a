namespace FlowChannel.Workflows.Tests.Scenarios.Serialization;

public sealed class TimersAndEventsRoundTripTests
{
    // Shaped like an Elsa Studio export: typed inputs, designer metadata, custom properties, an output binding.
    private const string Export = """
        {
          "$schema": "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json",
          "id": "timers-v1", "definitionId": "timers", "name": "Timers and events", "version": 1, "toolVersion": "3.6.0.0",
          "variables": [ { "id": "Reply-id", "name": "Reply", "typeName": "Object", "isArray": false } ],
          "root": {
            "id": "flow", "type": "Elsa.Flowchart", "version": 1,
            "activities": [
              { "id": "cron", "nodeId": "flow:cron", "name": "Cron1", "type": "Elsa.Cron", "version": 1,
                "cronExpression": { "typeName": "String", "expression": { "type": "Literal", "value": "0 0 9 * * MON" } },
                "customProperties": { "canStartWorkflow": true, "runAsynchronously": false },
                "metadata": { "designer": { "position": { "x": -400, "y": 0 }, "size": { "width": 140, "height": 50 } } } },
              { "id": "timer", "type": "Elsa.Timer", "version": 1,
                "interval": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": "00:30:00" } },
                "customProperties": { "canStartWorkflow": true } },
              { "id": "startAt", "type": "Elsa.StartAt", "version": 1,
                "dateTime": { "typeName": "DateTimeOffset", "expression": { "type": "Literal", "value": "2030-01-01T00:00:00Z" } },
                "customProperties": { "canStartWorkflow": true } },
              { "id": "delay", "type": "Elsa.Delay", "version": 1,
                "timeSpan": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": "PT5M" } } },
              { "id": "publish", "type": "Elsa.PublishEvent", "version": 1,
                "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "reminder" } },
                "correlationId": null,
                "payload": { "typeName": "Object", "expression": { "type": "Object", "value": "{\"n\":1}" } } },
              { "id": "task", "type": "Elsa.RunTask", "version": 1,
                "taskName": { "typeName": "String", "expression": { "type": "Literal", "value": "call-customer" } },
                "taskId": { "typeName": "String", "memoryReference": { "id": "task:taskId" } } },
              { "id": "event", "type": "Elsa.Event", "version": 1,
                "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "customer-replied" } },
                "result": { "typeName": "Object", "memoryReference": { "id": "Reply-id" } },
                "customProperties": { "canStartWorkflow": false } }
            ],
            "connections": [
              { "source": { "activity": "cron", "port": "Done" }, "target": { "activity": "delay", "port": "In" }, "vertices": [] },
              { "source": { "activity": "delay", "port": "Done" }, "target": { "activity": "publish", "port": "In" }, "vertices": [] },
              { "source": { "activity": "publish", "port": "Done" }, "target": { "activity": "task", "port": "In" }, "vertices": [] },
              { "source": { "activity": "task", "port": "Done" }, "target": { "activity": "event", "port": "In" }, "vertices": [] }
            ]
          }
        }
        """;

    [Fact]
    public void Timer_and_event_activities_are_known_types()
    {
        var definition = Flowcharts.Read(Export);

        Assert.Empty(definition.MissingActivityTypes);
        Assert.All(definition.Root.Activities, activity => Assert.True(activity.IsKnown, activity.Type));
        Assert.Equal("Reply", definition.Root.Activities.Single(a => a.Id == "event").Outputs["result"]);
    }

    [Fact]
    public void Read_write_read_keeps_every_activity_and_trigger()
    {
        var first = Flowcharts.Read(Export);
        var written = ElsaJsonWriter.Write(first);
        var second = Flowcharts.Read(written);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Export), JsonNode.Parse(written)));
        Assert.Equal(first.Root.Activities.Select(a => (a.Id, a.Type, a.IsKnown)), second.Root.Activities.Select(a => (a.Id, a.Type, a.IsKnown)));
        Assert.Equal(first.Root.Connections, second.Root.Connections);
        Assert.Equal(TimerTriggers.Find(first), TimerTriggers.Find(second));
        Assert.Equal(["cron", "timer", "startAt"], TimerTriggers.Find(second).Select(t => t.ActivityId));
    }

    [Fact]
    public void Cron_started_instance_runs_to_the_delay()
    {
        var result = WorkflowHarness.Start(Flowcharts.Read(Export), trigger: "cron");

        var bookmark = Assert.Single(result.CreatedBookmarks);
        Assert.Equal("delay", bookmark.ActivityId);
        Assert.Equal("2025-03-01T01:05:00.0000000Z", bookmark.Payload["dueAt"]!.GetValue<string>());
    }
}
