namespace FlowChannel.Workflows.Tests.Scenarios.SubWorkflows;

public sealed class ChildWorkflowTests
{
    private static readonly WorkflowDefinition Definition = ScenarioFiles.Read("SubWorkflows", "partner-onboarding.json");

    private static WorkflowRunResult Start(bool waitForWelcomePack = false, string instanceId = "onboarding-1") =>
        WorkflowHarness.Runner.Start(Definition, new StartWorkflowRequest(
            instanceId, new JsonObject { ["creditCode"] = "91310000MA1FL2XQ3K", ["waitForWelcomePack"] = waitForWelcomePack }, WorkflowHarness.Now)
        {
            CorrelationId = "record-9",
        });

    private static WorkflowRunResult Resume(WorkflowRunResult suspended, JsonObject input) =>
        WorkflowHarness.Resume(Definition, suspended.State, Assert.Single(suspended.CreatedBookmarks), input);

    private static JsonObject Finished(JsonNode? output) => new() { ["status"] = "Finished", ["output"] = output };

    [Fact]
    public void ExecuteWorkflow_starts_the_child_and_waits_on_a_child_bookmark()
    {
        var result = Start();

        Assert.Equal(WorkflowSubStatus.Suspended, result.State.SubStatus);
        var child = Assert.IsType<StartChildWorkflowEffect>(Assert.Single(result.Effects));
        Assert.Equal("creditCheck", child.ActivityId);
        Assert.Equal("credit-check", child.DefinitionId);
        Assert.Equal("record-9", child.CorrelationId);
        Assert.Equal("91310000MA1FL2XQ3K", child.Input["creditCode"]!.GetValue<string>());
        Assert.True(child.WaitForCompletion);
        Assert.Matches("^[0-9a-f]{32}$", child.ChildInstanceId);
        var bookmark = Assert.Single(result.CreatedBookmarks);
        Assert.Equal("child", bookmark.Payload["kind"]!.GetValue<string>());
        Assert.Equal(child.ChildInstanceId, bookmark.Payload["childInstanceId"]!.GetValue<string>());
    }

    [Fact]
    public void Finished_child_output_becomes_the_result_and_dispatch_without_waiting_completes_at_once()
    {
        var result = Resume(Start(), Finished(new JsonObject { ["rating"] = "AA" }));

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Equal("AA", result.State.Variables["Credit"]!["rating"]!.GetValue<string>());
        Assert.Equal(["credit rating AA"], WorkflowHarness.Lines(result.State));
        var dispatch = Assert.IsType<StartChildWorkflowEffect>(Assert.Single(result.Effects));
        Assert.Equal("welcome-pack", dispatch.DefinitionId);
        Assert.False(dispatch.WaitForCompletion);
        Assert.Null(dispatch.CorrelationId);
        Assert.Equal("zh-Hans", dispatch.Input["language"]!.GetValue<string>());
        Assert.Empty(result.CreatedBookmarks);
    }

    [Fact]
    public void Dispatch_asked_to_wait_suspends_until_its_child_finishes()
    {
        var afterCredit = Resume(Start(waitForWelcomePack: true), Finished(new JsonObject { ["rating"] = "B" }));

        Assert.Equal(WorkflowSubStatus.Suspended, afterCredit.State.SubStatus);
        Assert.Empty(WorkflowHarness.Lines(afterCredit.State));
        var dispatch = Assert.IsType<StartChildWorkflowEffect>(Assert.Single(afterCredit.Effects));
        Assert.True(dispatch.WaitForCompletion);
        Assert.Equal(dispatch.ChildInstanceId, Assert.Single(afterCredit.CreatedBookmarks).Payload["childInstanceId"]!.GetValue<string>());

        var done = Resume(afterCredit, Finished(null));

        Assert.Equal(WorkflowSubStatus.Finished, done.State.SubStatus);
        Assert.Equal(["credit rating B"], WorkflowHarness.Lines(done.State));
    }

    [Theory]
    [InlineData("Faulted", "faulted: credit bureau down")]
    [InlineData("Cancelled", "was cancelled: credit bureau down")]
    [InlineData("Running", "'Running'")]
    public void A_child_that_did_not_finish_faults_the_parent(string status, string expected)
    {
        var started = Start();
        var childId = Assert.IsType<StartChildWorkflowEffect>(Assert.Single(started.Effects)).ChildInstanceId;

        var result = Resume(started, new JsonObject { ["status"] = status, ["message"] = "credit bureau down" });

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        var incident = Assert.Single(result.State.Incidents);
        Assert.Equal("creditCheck", incident.ActivityId);
        Assert.Contains(expected, incident.Message, StringComparison.Ordinal);
        Assert.Contains(childId, incident.Message, StringComparison.Ordinal);
        Assert.Contains("CreditCheck", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Child_ids_repeat_on_a_retried_step_and_differ_between_activities_and_instances()
    {
        static string ChildId(WorkflowRunResult result) => Assert.IsType<StartChildWorkflowEffect>(Assert.Single(result.Effects)).ChildInstanceId;
        var started = Start();

        var credit = ChildId(started);
        var welcome = ChildId(Resume(started, Finished(null)));

        Assert.Equal(credit, ChildId(Start()));
        Assert.Equal(welcome, ChildId(Resume(started, Finished(null))));
        Assert.NotEqual(credit, welcome);
        Assert.NotEqual(credit, ChildId(Start(instanceId: "onboarding-2")));
    }

    [Fact]
    public void A_missing_definition_id_faults()
    {
        var definition = Flowcharts.Read(Flowcharts.Activity("run", "Elsa.ExecuteWorkflow"), string.Empty);

        var result = WorkflowHarness.Start(definition);

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Contains("'workflowDefinitionId'", Assert.Single(result.State.Incidents).Message, StringComparison.Ordinal);
    }
}
