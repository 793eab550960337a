using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Serialization;

public sealed class RoundTripTests
{
    private static readonly string WithUnknownActivity = Json(
        $$"""
        {{WriteLine("a", "before")}},
        { "id": "vendor", "type": "Acme.SendFax", "version": 3, "number": { "typeName": "String", "expression": { "type": "Literal", "value": "+86 21 5555" } },
          "customProperties": { "retry": { "times": 3 } }, "metadata": { "designer": { "position": { "x": 10, "y": 20 } } } },
        {{WriteLine("b", "after")}}
        """,
        $"{Connection("a", "vendor")}, {Connection("vendor", "b")}").Replace("\"name\": \"Test\",", "\"name\": \"Test\", \"x-extension\": { \"keep\": true },", StringComparison.Ordinal);

    [Fact]
    public void Unknown_activity_is_kept_and_listed_as_missing()
    {
        var definition = Read(WithUnknownActivity);

        Assert.Equal(["Acme.SendFax"], definition.MissingActivityTypes);
        var vendor = definition.Root.Activities[1];
        Assert.False(vendor.IsKnown);
        Assert.Equal(2, definition.Root.Connections.Count);
    }

    [Fact]
    public void Read_write_read_round_trip_keeps_everything()
    {
        var first = Read(WithUnknownActivity);
        var written = ElsaJsonWriter.Write(first);
        var second = Read(written);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(WithUnknownActivity), JsonNode.Parse(written)));
        Assert.Equal(first.MissingActivityTypes, second.MissingActivityTypes);
        Assert.Equal(first.Root.Connections, second.Root.Connections);
    }

    [Fact]
    public void Writer_applies_header_changes_made_through_the_model()
    {
        var definition = Read(WithUnknownActivity) with { Id = "test-v2", Version = 2, IsPublished = true, Description = "second" };
        var written = JsonNode.Parse(ElsaJsonWriter.Write(definition))!;

        Assert.Equal("test-v2", written["id"]!.GetValue<string>());
        Assert.Equal(2, written["version"]!.GetValue<int>());
        Assert.True(written["isPublished"]!.GetValue<bool>());
        Assert.Equal("second", written["description"]!.GetValue<string>());
        Assert.True(written["x-extension"]!["keep"]!.GetValue<bool>());
    }

    [Fact]
    public void Reaching_an_unknown_activity_faults_the_instance_naming_its_type()
    {
        var result = WorkflowHarness.Start(Read(WithUnknownActivity));

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        var incident = Assert.Single(result.State.Incidents);
        Assert.Equal("vendor", incident.ActivityId);
        Assert.Contains("Acme.SendFax", incident.Message, StringComparison.Ordinal);
    }
}
