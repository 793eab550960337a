namespace FlowChannel.Workflows.Tests.Scenarios.PartnerApplication;

public sealed class PartnerApplicationFlowTests
{
    [Fact]
    public void Low_score_rejects_automatically_and_finishes()
    {
        var result = PartnerApplication.Start(PartnerApplication.Submission(2, 2, 2, 4, 2));

        Assert.Equal(WorkflowStatus.Finished, result.State.Status);
        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Equal(40, result.State.Variables["Score"]!.GetValue<long>());
        Assert.Empty(result.CreatedBookmarks);
        var update = Assert.IsType<UpdateRecordEffect>(result.Effects[0]);
        Assert.Equal(Guid.Parse(PartnerApplication.RecordId), update.RecordId);
        Assert.Equal("rejected", update.Status);
        Assert.Contains("40/100", update.Comment, StringComparison.Ordinal);
        var notify = Assert.IsType<NotifyEffect>(result.Effects[1]);
        Assert.Equal(["user-7"], notify.Recipients);
        Assert.Equal(NotifyChannels.InApp, notify.Channels);
        Assert.Contains("华东智联科技有限公司", notify.Message.Subject, StringComparison.Ordinal);
        Assert.Contains("40/100", notify.Message.Body, StringComparison.Ordinal);
        Assert.Equal(2, result.Effects.Count);
    }

    [Fact]
    public void Failing_credit_gate_scores_zero_whatever_the_other_ratings()
    {
        var result = PartnerApplication.Start(PartnerApplication.Submission(5, 5, 5, 2, 5));

        Assert.Equal(0, result.State.Variables["Score"]!.GetValue<long>());
        Assert.Equal("rejected", Assert.IsType<UpdateRecordEffect>(result.Effects[0]).Status);
    }

    [Fact]
    public void High_score_waits_for_one_channel_manager_approval()
    {
        var result = PartnerApplication.Start(PartnerApplication.Submission(5, 4, 4, 5, 4));

        Assert.Equal(WorkflowStatus.Running, result.State.Status);
        Assert.Equal(WorkflowSubStatus.Suspended, result.State.SubStatus);
        Assert.Equal(86, result.State.Variables["Score"]!.GetValue<long>());
        var bookmark = Assert.Single(result.CreatedBookmarks);
        Assert.Equal("FlowChannel.Approval", bookmark.ActivityType);
        var approver = Assert.Single(ApprovalRequest.FromPayload(bookmark.Payload).Approvers);
        Assert.Equal(new ApproverSpec(ApproverSpec.Role, "channel-manager"), approver);
        Assert.Equal(PartnerApplication.RecordId, bookmark.Payload["recordId"]!.GetValue<string>());
        Assert.Contains("Partner application: 华东智联科技有限公司", bookmark.Payload["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("inReview", Assert.IsType<UpdateRecordEffect>(Assert.Single(result.Effects)).Status);
    }

    [Fact]
    public void Approval_creates_the_partner_profile_and_finishes()
    {
        var suspended = PartnerApplication.Start(PartnerApplication.Submission(5, 4, 4, 5, 4));

        var result = WorkflowHarness.Resume(
            PartnerApplication.Definition, suspended.State, suspended.CreatedBookmarks[0], PartnerApplication.Decision("Approved", "资料齐全"));

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Empty(result.State.Bookmarks);
        var create = Assert.IsType<CreateRecordEffect>(result.Effects[0]);
        Assert.Equal("partner-profile", create.FormId);
        Assert.Equal("user-7", create.OwnerUserId);
        Assert.Equal("core", create.Data["tier"]!.GetValue<string>());
        Assert.Equal("active", create.Data["status"]!.GetValue<string>());
        Assert.Equal(86, create.Data["screeningScore"]!.GetValue<long>());
        // The approving channel manager owns the new partner, as a member value.
        Assert.Equal("manager-1", create.Data["owner"]!["id"]!.GetValue<string>());
        Assert.Equal("李强", create.Data["owner"]!["name"]!.GetValue<string>());
        Assert.Equal("资料齐全", create.Data["approvalComment"]!.GetValue<string>());
        Assert.Equal(PartnerApplication.RecordId, create.Data["applicationRecordId"]!.GetValue<string>());
        Assert.Equal("华东智联科技有限公司", create.Data["companyName"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(new JsonArray("it", "retail"), create.Data["industries"]));
        Assert.Equal(create.RecordId.ToString(), result.State.Variables["PartnerProfileId"]!.GetValue<string>());
        Assert.Equal("approved", Assert.IsType<UpdateRecordEffect>(result.Effects[1]).Status);
        Assert.Contains("李强", Assert.IsType<NotifyEffect>(result.Effects[2]).Message.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, 4, 3, 4, 3, 71, "strategic")]
    [InlineData(3, 3, 3, 3, 4, 65, "strategic")]
    [InlineData(3, 3, 3, 5, 3, 60, "ordinary")]
    [InlineData(4, 4, 4, 3, 4, 80, "core")]
    public void Tier_follows_the_score(int fit, int capability, int complement, int credit, int growth, int score, string tier)
    {
        var suspended = PartnerApplication.Start(PartnerApplication.Submission(fit, capability, complement, credit, growth));
        Assert.Equal(score, suspended.State.Variables["Score"]!.GetValue<long>());

        var result = WorkflowHarness.Resume(
            PartnerApplication.Definition, suspended.State, suspended.CreatedBookmarks[0], PartnerApplication.Decision("Approved"));

        Assert.Equal(tier, Assert.IsType<CreateRecordEffect>(result.Effects[0]).Data["tier"]!.GetValue<string>());
    }

    [Fact]
    public void Rejection_marks_the_record_rejected_with_the_approvers_comment()
    {
        var suspended = PartnerApplication.Start(PartnerApplication.Submission(4, 4, 4, 4, 4));

        var result = WorkflowHarness.Resume(
            PartnerApplication.Definition, suspended.State, suspended.CreatedBookmarks[0], PartnerApplication.Decision("Rejected", "区域已饱和"));

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.DoesNotContain(result.Effects, e => e is CreateRecordEffect);
        var update = Assert.IsType<UpdateRecordEffect>(result.Effects[0]);
        Assert.Equal("rejected", update.Status);
        Assert.Equal("区域已饱和", update.Comment);
        Assert.Equal("区域已饱和", result.State.Variables["ApproverComment"]!.GetValue<string>());
        Assert.Equal("李强", result.State.Variables["Approver"]!.GetValue<string>());
        Assert.Contains("区域已饱和", Assert.IsType<NotifyEffect>(result.Effects[1]).Message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Approval_without_comment_leaves_the_comment_out_of_the_notification()
    {
        var suspended = PartnerApplication.Start(PartnerApplication.Submission(5, 5, 5, 5, 5));

        var result = WorkflowHarness.Resume(
            PartnerApplication.Definition, suspended.State, suspended.CreatedBookmarks[0], PartnerApplication.Decision("Approved"));

        var notify = Assert.IsType<NotifyEffect>(result.Effects[2]);
        Assert.DoesNotContain("审批意见", notify.Message.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Comment:", notify.Message.Body, StringComparison.Ordinal);
    }
}
