using FlowChannel.Workflows.Activities.Platform;

namespace FlowChannel.Workflows.Tests.Scenarios.Records;

public sealed class RecordChangedTests
{
    private static WorkflowDefinition Definition(string condition = "getInput('record').data.tier === 'core'", string formId = "\"partner-profile\"") =>
        Flowcharts.Read(Flowcharts.Json(
            Flowcharts.Activity("changed", RecordChangedActivity.Type, $$"""
                "formId": { "typeName": "String", "expression": { "type": "Literal", "value": {{formId}} } },
                "fields": { "typeName": "String[]", "expression": { "type": "Literal", "value": "tier, status" } },
                {{Flowcharts.Input("condition", "JavaScript", condition, "Boolean")}},
                "customProperties": { "canStartWorkflow": true }
                """) + ", " + Flowcharts.WriteLine("say", "changed"),
            Flowcharts.Connection("changed", "say")));

    private static StartWorkflowRequest Request(string tier, params string[] changed) => new("i-1", new JsonObject
    {
        ["record"] = new JsonObject
        {
            ["id"] = "r-1",
            ["data"] = new JsonObject { ["tier"] = tier },
            ["changedFields"] = new JsonArray([.. changed.Select(c => (JsonNode)c)]),
        },
    }, WorkflowHarness.Now);

    [Fact]
    public void The_trigger_is_found_with_its_form()
    {
        Assert.Equal([new RecordChangeTrigger("changed", "partner-profile")], RecordChangeTriggers.Find(Definition()));
    }

    [Theory]
    [InlineData("core", new[] { "tier" }, true)]
    [InlineData("core", new[] { "city", "status" }, true)]
    [InlineData("core", new[] { "city" }, false)]
    [InlineData("ordinary", new[] { "tier" }, false)]
    public void It_accepts_only_a_change_to_a_watched_field_that_meets_the_condition(string tier, string[] changed, bool accepted)
    {
        Assert.Equal(accepted, WorkflowHarness.Runner.AcceptsStart(Definition(), "changed", Request(tier, changed)));
    }

    [Fact]
    public void Started_from_the_trigger_its_record_output_is_the_input_record()
    {
        var result = WorkflowHarness.Runner.Start(Definition(), Request("core", "tier") with { TriggerActivityId = "changed" });

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Equal(["changed", "say"], WorkflowHarness.Completed(result.State));
    }

    [Fact]
    public void A_condition_that_throws_is_accepted_so_the_instance_faults_naming_the_activity_and_input()
    {
        var definition = Definition("getInput('record').data.tier.nope.deeper");

        Assert.True(WorkflowHarness.Runner.AcceptsStart(definition, "changed", Request("core", "tier")));
        var result = WorkflowHarness.Runner.Start(definition, Request("core", "tier") with { TriggerActivityId = "changed" });

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        var incident = Assert.Single(result.State.Incidents);
        Assert.Equal("changed", incident.ActivityId);
        Assert.StartsWith("condition:", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_id_that_is_not_a_literal_is_an_import_error()
    {
        var json = Flowcharts.Json(Flowcharts.Activity("changed", RecordChangedActivity.Type,
            Flowcharts.Input("formId", "JavaScript", "'partner-profile'")), string.Empty);

        var error = Assert.Single(ElsaJsonReader.Read(json, Flowcharts.Registry).Errors);

        Assert.Equal("/root/activities/0/formId", error.Pointer);
    }
}
