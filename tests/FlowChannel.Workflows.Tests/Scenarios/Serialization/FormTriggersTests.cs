using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Serialization;

public sealed class FormTriggersTests
{
    private static string Trigger(string id, string formId, bool canStart) => Activity(
        id, "FlowChannel.FormSubmitted", $$"""{{Input("formId", "Literal", formId)}}, "customProperties": { "canStartWorkflow": {{(canStart ? "true" : "false")}} }""");

    [Fact]
    public void Only_triggers_that_can_start_the_workflow_are_found()
    {
        var definition = Read($"{Trigger("t1", "orders", true)}, {Trigger("t2", "returns", false)}", "");
        Assert.Equal([new FormTrigger("t1", "orders")], FormTriggers.Find(definition));
    }

    [Fact]
    public void Form_id_must_be_a_literal()
    {
        var json = Json(Activity("t", "FlowChannel.FormSubmitted", Input("formId", "JavaScript", "'orders'")), "");
        Assert.Equal("/root/activities/0/formId", Assert.Single(ElsaJsonReader.Read(json, Registry).Errors).Pointer);
    }

    [Fact]
    public void Trigger_outputs_the_submitted_record()
    {
        var definition = Read(
            $$"""{{Trigger("t", "orders", true)}}, {{Activity("w", "Elsa.WriteLine", Input("text", "JavaScript", "getInput('record').data.total"))}}""",
            Connection("t", "w"));
        var input = new JsonObject { ["record"] = new JsonObject { ["data"] = new JsonObject { ["total"] = 12 } } };

        var state = WorkflowHarness.Start(definition, input, trigger: "t").State;

        Assert.Equal(["12"], WorkflowHarness.Lines(state));
    }
}
