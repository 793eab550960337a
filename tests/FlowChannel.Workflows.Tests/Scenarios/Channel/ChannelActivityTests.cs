using FlowChannel.Workflows.Activities.Channel;
using FlowChannel.Workflows.Effects;

namespace FlowChannel.Workflows.Tests.Scenarios.Channel;

/// <summary>The channel activities inside the pack's own deal-registration flow: what they ask the host, what they do with the answer.</summary>
public sealed class ChannelActivityTests
{
    private static readonly WorkflowDefinition Deal = Flowcharts.Read(File.ReadAllText(RepositoryFiles.WorkflowDefinition("deal-registration.json")));

    private static readonly JsonObject Record = new()
    {
        ["record"] = new JsonObject { ["id"] = "0d7e9a52-5f1b-4a8e-9c43-7b6f0a2c1d11", ["data"] = new JsonObject { ["estimatedAmount"] = 300_000 } },
    };

    [Theory]
    [InlineData(CheckDealConflictActivity.Type, "Clear,Conflict")]
    [InlineData(AllocateLeadActivity.Type, "Assigned,Unassigned,Kept")]
    [InlineData(SettleRebatesActivity.Type, "Done")]
    [InlineData(ComputeScorecardsActivity.Type, "Done")]
    [InlineData(ComputeRiskWarningsActivity.Type, "Done")]
    public void Each_is_registered_with_its_category_description_and_outcomes(string type, string outcomes)
    {
        Assert.True(Flowcharts.Registry.TryGet(type, out var activity));

        Assert.Equal(ChannelActivity.CategoryName, activity.Category);
        Assert.False(string.IsNullOrWhiteSpace(activity.Description));
        Assert.Equal(outcomes.Split(','), activity.Outcomes);
        Assert.NotEmpty(activity.Inputs);
    }

    [Fact]
    public void The_check_waits_on_a_bookmark_holding_its_evaluated_inputs()
    {
        var result = WorkflowHarness.Start(Deal, Record, trigger: "submitted");

        var bookmark = Assert.Single(result.CreatedBookmarks);
        Assert.Equal(CheckDealConflictActivity.Type, bookmark.ActivityType);
        Assert.Equal(ChannelActivity.BookmarkKind, (string?)bookmark.Payload["kind"]);
        Assert.Equal("0d7e9a52-5f1b-4a8e-9c43-7b6f0a2c1d11", (string?)bookmark.Payload["inputs"]!["recordId"]);
        Assert.Equal("90", bookmark.Payload["inputs"]!["windowDays"]!.ToString());
    }

    [Fact]
    public void A_conflict_answer_writes_the_note_and_takes_the_conflict_port_to_the_manager()
    {
        var suspended = WorkflowHarness.Start(Deal, Record, trigger: "submitted");
        var answer = new ChannelAnswer(CheckDealConflictActivity.Conflict);
        answer.OutputValues["note"] = "DR-1 海南先报备";
        answer.Update(Guid.Parse("0d7e9a52-5f1b-4a8e-9c43-7b6f0a2c1d11"), new JsonObject { ["conflictNote"] = "DR-1 海南先报备" });

        var result = WorkflowHarness.Resume(Deal, suspended.State, suspended.CreatedBookmarks[0], answer.ToJson());

        var note = Assert.IsType<UpdateRecordEffect>(result.Effects[0]);
        Assert.Equal("DR-1 海南先报备", (string?)note.DataPatch!["conflictNote"]);
        Assert.Contains("markConflict", WorkflowHarness.Completed(result.State));
        Assert.Equal("managerConflict", Assert.Single(result.CreatedBookmarks).ActivityId);
    }

    [Fact]
    public void A_clear_answer_for_a_small_deal_approves_it_without_a_person()
    {
        var suspended = WorkflowHarness.Start(Deal, Record, trigger: "submitted");

        var result = WorkflowHarness.Resume(Deal, suspended.State, suspended.CreatedBookmarks[0], new ChannelAnswer(CheckDealConflictActivity.Clear).ToJson());

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Contains("approve", WorkflowHarness.Completed(result.State));
    }

    [Fact]
    public void An_error_answer_faults_the_instance_naming_the_activity()
    {
        var suspended = WorkflowHarness.Start(Deal, Record, trigger: "submitted");

        var result = WorkflowHarness.Resume(Deal, suspended.State, suspended.CreatedBookmarks[0], ChannelAnswer.Failed("input 'recordId' is required."));

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Contains("CheckConflict", Assert.Single(result.State.Incidents).Message, StringComparison.Ordinal);
    }
}
