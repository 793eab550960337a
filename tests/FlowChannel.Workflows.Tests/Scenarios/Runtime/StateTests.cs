using FlowChannel.Workflows.Tests.Scenarios.PartnerApplication;
using Partner = FlowChannel.Workflows.Tests.Scenarios.PartnerApplication.PartnerApplication;

namespace FlowChannel.Workflows.Tests.Scenarios.Runtime;

public sealed class StateTests
{
    private static WorkflowRunResult Suspended() => Partner.Start(Partner.Submission(5, 4, 4, 5, 4));

    [Fact]
    public void State_survives_a_json_round_trip_and_resumes()
    {
        var suspended = Suspended();
        var json = suspended.State.ToJson();
        var restored = WorkflowInstanceState.FromJson(json);

        Assert.Equal(json, restored.ToJson());
        var result = WorkflowHarness.Runner.Resume(Partner.Definition, restored, suspended.CreatedBookmarks[0].Id, Partner.Decision("Approved"), WorkflowHarness.Now);

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Equal("core", Assert.IsType<CreateRecordEffect>(result.Effects[0]).Data["tier"]!.GetValue<string>());
    }

    [Fact]
    public void Ids_made_in_a_step_are_distinct_version_7_guids_of_the_step_time()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => Guid.ParseExact(Suspended().CreatedBookmarks[0].Id, "N")).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id =>
        {
            Assert.Equal(7, id.Version);
            Assert.Equal(0b10, id.Variant >> 2);
            var bytes = id.ToByteArray(bigEndian: true);
            var milliseconds = ((long)bytes[0] << 40) | ((long)bytes[1] << 32) | ((long)bytes[2] << 24) | ((long)bytes[3] << 16) | ((long)bytes[4] << 8) | bytes[5];
            Assert.Equal(WorkflowHarness.Now.ToUnixTimeMilliseconds(), milliseconds);
        });
    }

    [Fact]
    public void State_json_uses_names_for_enums_and_camelCase()
    {
        var json = JsonNode.Parse(Suspended().State.ToJson())!;

        Assert.Equal("Running", json["status"]!.GetValue<string>());
        Assert.Equal("Suspended", json["subStatus"]!.GetValue<string>());
        Assert.Equal("FlowChannel.Approval", json["bookmarks"]![0]!["activityType"]!.GetValue<string>());
    }

    [Fact]
    public void Resume_leaves_the_given_state_unchanged()
    {
        var suspended = Suspended();
        var before = suspended.State.ToJson();

        var result = WorkflowHarness.Resume(Partner.Definition, suspended.State, suspended.CreatedBookmarks[0], Partner.Decision("Rejected", "no"));

        Assert.Equal(before, suspended.State.ToJson());
        Assert.NotSame(suspended.State, result.State);
        Assert.Single(suspended.State.Bookmarks);
    }

    [Fact]
    public void Resuming_a_consumed_bookmark_throws()
    {
        var suspended = Suspended();
        var bookmark = suspended.CreatedBookmarks[0];
        var resumed = WorkflowHarness.Resume(Partner.Definition, suspended.State, bookmark, Partner.Decision("Approved"));

        var error = Assert.Throws<BookmarkNotFoundException>(() => WorkflowHarness.Resume(Partner.Definition, resumed.State, bookmark, Partner.Decision("Approved")));
        Assert.Equal(bookmark.Id, error.BookmarkId);
    }

    [Fact]
    public void Resuming_an_unknown_bookmark_throws() =>
        Assert.Throws<BookmarkNotFoundException>(() =>
            WorkflowHarness.Runner.Resume(Partner.Definition, Suspended().State, "no-such-bookmark", [], WorkflowHarness.Now));

    [Fact]
    public void Approval_resumed_with_an_unknown_outcome_faults()
    {
        var suspended = Suspended();

        var result = WorkflowHarness.Resume(Partner.Definition, suspended.State, suspended.CreatedBookmarks[0], Partner.Decision("Maybe"));

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Contains("'Maybe'", Assert.Single(result.State.Incidents).Message, StringComparison.Ordinal);
        Assert.Empty(result.Effects);
    }

    [Fact]
    public void Journal_records_each_step_with_its_outcomes()
    {
        var suspended = Suspended();
        var result = WorkflowHarness.Resume(Partner.Definition, suspended.State, suspended.CreatedBookmarks[0], Partner.Decision("Approved"));

        var journal = result.State.Journal;
        Assert.Equal(
            ["formSubmitted", "computeScore", "scoreDecision", "markInReview", "approval", "approval", "createProfile", "markApproved", "notifyApproved", "endApproved"],
            journal.Select(e => e.ActivityId));
        Assert.Equal(ActivityStatus.Running, journal[4].Status);
        Assert.Equal(["Approved"], journal[5].Outcomes);
        Assert.Equal("Approved by 李强", journal[5].Message);
        Assert.Equal(["True"], journal[2].Outcomes);
    }

    [Fact]
    public void Bookmark_records_where_and_when_the_instance_waits()
    {
        var bookmark = Suspended().CreatedBookmarks[0];

        Assert.Equal(("approval", "ChannelManagerApproval", WorkflowHarness.Now), (bookmark.ActivityId, bookmark.ActivityName, bookmark.CreatedAt));
        Assert.Contains("86/100", bookmark.Payload["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(bookmark.Payload["assignee"]);
    }
}
