using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Approvals;

public sealed class ApprovalActivityTests
{
    private static readonly WorkflowDefinition TwoSteps = ScenarioFiles.Read("Approvals", "two-step-approval.json");

    private static WorkflowRunResult Start(long amount = 5000) =>
        WorkflowHarness.Start(TwoSteps, new JsonObject { ["recordId"] = "rec-1", ["amount"] = amount });

    private static JsonObject Decision(string outcome, string? returnTo = null) => new()
    {
        ["outcome"] = outcome,
        ["comment"] = "note",
        ["actorId"] = "u-1",
        ["actorName"] = "Li Wei",
        ["returnTo"] = returnTo,
        ["decisions"] = new JsonArray(new JsonObject { ["userId"] = "u-1", ["outcome"] = outcome }),
    };

    /// <summary>The outputs an activity left, read from the saved state as a host would.</summary>
    private static JsonObject Outputs(WorkflowInstanceState state, string activityId) =>
        JsonNode.Parse(state.ToJson())!["activityOutputs"]![activityId]!.AsObject();

    [Fact]
    public void The_bookmark_carries_the_evaluated_request()
    {
        var bookmark = Assert.Single(Start().CreatedBookmarks);
        var request = ApprovalRequest.FromPayload(bookmark.Payload);

        Assert.True(ApprovalRequest.IsApproval(bookmark.Payload));
        Assert.Equal("Incentive claim", request.Title);
        Assert.Equal("rec-1", request.RecordId);
        Assert.Equal([new ApproverSpec(ApproverSpec.DepartmentHead, null, 1), new ApproverSpec(ApproverSpec.Role, "channel-manager")], request.Approvers);
        Assert.Equal(ApprovalMode.InOrder, request.Mode);
        Assert.Equal(WorkflowHarness.Now.AddHours(2), request.DueAt);
        Assert.Equal(WorkflowHarness.Now.AddHours(1.5), request.RemindAt);
        Assert.Equal(OverdueAction.Escalate, request.OverdueAction);
        Assert.Equal(FieldAccess.Edit, request.AccessTo("amount"));
        Assert.Equal(FieldAccess.Hidden, request.AccessTo("bankAccount"));
        Assert.Equal(FieldAccess.Read, request.AccessTo("partnerName"));
        Assert.Equal(ApprovalAction.All, request.Actions);
        Assert.Empty(request.ReturnTargets);
    }

    [Fact]
    public void Approvers_may_come_from_a_script_and_later_steps_may_return_to_earlier_ones()
    {
        var first = Start(amount: 250_000);
        var second = WorkflowHarness.Resume(TwoSteps, first.State, first.CreatedBookmarks[0], Decision("Approved"));

        var request = ApprovalRequest.FromPayload(Assert.Single(second.CreatedBookmarks).Payload);
        Assert.Equal([new ApproverSpec(ApproverSpec.Role, "finance"), new ApproverSpec(ApproverSpec.Role, "channel-director")], request.Approvers);
        Assert.Equal(ApprovalMode.All, request.Mode);
        Assert.True(request.AutoSkip);
        Assert.Equal([new ReturnTarget("manager", "Manager")], request.ReturnTargets);
    }

    [Theory]
    [InlineData("Approved", "approved")]
    [InlineData("rejected", "rejected")]
    [InlineData("Escalated", "escalated")]
    [InlineData("Returned", "returned to the submitter")]
    public void Each_outcome_follows_its_port(string outcome, string line)
    {
        var started = Start();
        var result = WorkflowHarness.Resume(TwoSteps, started.State, started.CreatedBookmarks[0], Decision(outcome));
        if (outcome == "Approved")
        {
            result = WorkflowHarness.Resume(TwoSteps, result.State, result.CreatedBookmarks[0], Decision(outcome));
        }

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Equal([line], WorkflowHarness.Lines(result.State));
        Assert.Equal("Li Wei", Outputs(result.State, "manager")["approver"]!.GetValue<string>());
        Assert.Single(Outputs(result.State, "manager")["decisions"]!.AsArray());
    }

    [Fact]
    public void A_return_to_an_earlier_approval_runs_that_step_again()
    {
        var started = Start();
        var atFinance = WorkflowHarness.Resume(TwoSteps, started.State, started.CreatedBookmarks[0], Decision("Approved"));

        var back = WorkflowHarness.Resume(TwoSteps, atFinance.State, atFinance.CreatedBookmarks[0], Decision("Returned", "manager"));

        Assert.Equal(WorkflowSubStatus.Suspended, back.State.SubStatus);
        var bookmark = Assert.Single(back.State.Bookmarks);
        Assert.Equal("manager", bookmark.ActivityId);
        Assert.Equal(2, JsonNode.Parse(back.State.ToJson())!["executionCounts"]!["manager"]!.GetValue<int>());
        Assert.Equal("manager", Outputs(back.State, "finance")["returnedTo"]!.GetValue<string>());
        Assert.Empty(WorkflowHarness.Lines(back.State));
    }

    [Fact]
    public void A_return_to_the_submitter_without_a_returned_connection_waits_for_the_resubmission_then_asks_again()
    {
        var started = Start();
        var atFinance = WorkflowHarness.Resume(TwoSteps, started.State, started.CreatedBookmarks[0], Decision("Approved"));

        var returned = WorkflowHarness.Resume(TwoSteps, atFinance.State, atFinance.CreatedBookmarks[0], Decision("Returned"));

        var resubmit = Assert.Single(returned.CreatedBookmarks);
        Assert.True(ApprovalRequest.IsResubmit(resubmit.Payload));
        Assert.Equal("finance", resubmit.ActivityId);
        Assert.Equal("note", resubmit.Payload["comment"]!.GetValue<string>());

        var again = WorkflowHarness.Resume(TwoSteps, returned.State, resubmit, new JsonObject { ["outcome"] = "Resubmitted", ["actorId"] = "submitter" });

        var round = Assert.Single(again.CreatedBookmarks);
        Assert.True(ApprovalRequest.IsApproval(round.Payload));
        Assert.Equal("finance", round.ActivityId);
    }

    [Fact]
    public void Returns_go_only_to_approvals_on_the_way_here_and_drop_what_runs_again()
    {
        // start → fork → (legal, finance) → join → director; legal and finance run side by side.
        var definition = Read(
            $$"""
            {{Activity("start", "Elsa.Start")}}, { "id": "fork", "type": "Elsa.FlowFork", "branches": ["a", "b"] },
            {{Activity("legal", "FlowChannel.Approval")}}, {{Activity("finance", "FlowChannel.Approval")}},
            {{Activity("join", "Elsa.FlowJoin", Input("mode", "Literal", "WaitAll"))}}, {{Activity("director", "FlowChannel.Approval")}}
            """,
            $"{Connection("start", "fork")}, {Connection("fork", "legal", "a")}, {Connection("fork", "finance", "b")}, " +
            $"{Connection("legal", "join", "Approved")}, {Connection("finance", "join", "Approved")}, {Connection("join", "director")}");
        var started = WorkflowHarness.Start(definition);
        var legal = started.CreatedBookmarks.Single(b => b.ActivityId == "legal");
        var afterLegal = WorkflowHarness.Resume(definition, started.State, legal, Decision("Approved"));
        var finance = afterLegal.State.Bookmarks.Single(b => b.ActivityId == "finance");

        // Legal ran beside finance, not before it: finance cannot send the record there.
        Assert.Empty(ApprovalRequest.FromPayload(finance.Payload).ReturnTargets);

        var atDirector = WorkflowHarness.Resume(definition, afterLegal.State, finance, Decision("Approved"));
        var director = Assert.Single(atDirector.State.Bookmarks);
        Assert.Equal(["legal", "finance"], ApprovalRequest.FromPayload(director.Payload).ReturnTargets.Select(t => t.ActivityId));

        var back = WorkflowHarness.Resume(definition, atDirector.State, director, Decision("Returned", "fork"));
        Assert.Equal(WorkflowSubStatus.Suspended, back.State.SubStatus);
        Assert.Equal(["finance", "legal"], back.State.Bookmarks.Select(b => b.ActivityId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_return_that_reruns_a_branch_cancels_the_wait_still_open_on_it()
    {
        var started = Start();
        var atFinance = WorkflowHarness.Resume(TwoSteps, started.State, started.CreatedBookmarks[0], Decision("Approved"));
        var returned = WorkflowHarness.Resume(TwoSteps, atFinance.State, atFinance.CreatedBookmarks[0], Decision("Returned", "manager"));

        Assert.Single(returned.State.Bookmarks);
        Assert.Equal("manager", returned.State.Bookmarks[0].ActivityId);
    }

    [Fact]
    public void A_host_fault_faults_the_step()
    {
        var started = Start();

        var result = WorkflowHarness.Resume(TwoSteps, started.State, started.CreatedBookmarks[0], new JsonObject { ["fault"] = "No approver was found." });

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Empty(result.State.Bookmarks);
        Assert.Equal("No approver was found.", Assert.Single(result.State.Incidents).Message);
    }

    [Fact]
    public void A_return_to_a_step_that_no_longer_exists_faults_naming_it()
    {
        var started = Start();

        var result = WorkflowHarness.Resume(TwoSteps, started.State, started.CreatedBookmarks[0], Decision("Returned", "gone"));

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Contains("'gone'", Assert.Single(result.State.Incidents).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_outcome_faults()
    {
        var started = Start();

        var result = WorkflowHarness.Resume(TwoSteps, started.State, started.CreatedBookmarks[0], Decision("Maybe"));

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Contains("'Maybe'", Assert.Single(result.State.Incidents).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mode", "majority", "'majority' is not a mode")]
    [InlineData("percentage", "150", "from 1 to 100")]
    [InlineData("actions", "[\"approve\",\"veto\"]", "unknown action \"veto\"")]
    [InlineData("fieldPermissions", "{\"amount\":\"write\"}", "field 'amount'")]
    [InlineData("dueIn", "soon", "soon")]
    [InlineData("overdueAction", "panic", "'panic' is not an overdue action")]
    [InlineData("approvers", "[{\"type\":\"boss\"}]", "approvers[0]: unknown approver type 'boss'")]
    [InlineData("approvers", "[{\"type\":\"role\"}", "not valid")]
    public void Bad_literal_settings_are_reported_at_import_by_pointer(string input, string value, string message)
    {
        var json = Json(Activity("approve", "FlowChannel.Approval", Input(input, "Literal", value)), "");

        var error = Assert.Single(ElsaJsonReader.Read(json, Registry).Errors);

        Assert.Equal($"/root/activities/0/{input}", error.Pointer);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_computed_settings_fault_naming_the_input()
    {
        var definition = Read(Activity("approve", "FlowChannel.Approval", Input("percentage", "JavaScript", "0")), "");

        var result = WorkflowHarness.Start(definition);

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Contains("FlowChannel.Approval percentage", Assert.Single(result.State.Incidents).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Actions_always_include_approve_and_reject()
    {
        var definition = Read(Activity("approve", "FlowChannel.Approval", Input("actions", "Literal", "[\"comment\"]")), "");

        var request = ApprovalRequest.FromPayload(Assert.Single(WorkflowHarness.Start(definition).CreatedBookmarks).Payload);

        Assert.Equal(["comment", "approve", "reject"], request.Actions);
    }
}
