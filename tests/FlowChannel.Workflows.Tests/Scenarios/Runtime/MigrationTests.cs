using FlowChannel.Workflows.Runtime.Migration;
using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Runtime;

/// <summary>Moving a waiting instance onto another version of its definition with <c>WorkflowRunner.Migrate</c>.</summary>
public sealed class MigrationTests
{
    private const string Activities = """{ "id": "f", "type": "Elsa.FlowFork", "branches": { "typeName": "String[]", "expression": { "type": "Object", "value": "[\"A\",\"B\"]" } } }""";

    private static string Approval(string id) => Activity(id, "FlowChannel.Approval", Input("title", "Literal", id));

    private static string Join(string id) => Activity(id, "Elsa.FlowJoin", Input("mode", "Literal", "WaitAll", "FlowJoinMode"));

    private static readonly JsonObject Approved = new() { ["outcome"] = "Approved" };

    private static WorkflowDefinition Version(int version, string activities, params string[] connections) =>
        Read(Json(activities, string.Join(", ", connections)).Replace("\"test-v1\"", $"\"test-v{version}\"", StringComparison.Ordinal)
            .Replace("\"version\": 1", $"\"version\": {version}", StringComparison.Ordinal));

    private static readonly WorkflowDefinition V1 = Version(1,
        $"{Activities}, {Approval("first")}, {Approval("second")}, {Join("join")}, {WriteLine("after", "v1")}",
        Connection("f", "first", "A"), Connection("f", "second", "B"), Connection("first", "join", "Approved"),
        Connection("second", "join", "Approved"), Connection("join", "after"));

    [Fact]
    public void A_half_done_join_keeps_its_count_on_a_version_whose_connections_are_in_another_order()
    {
        // v2 lists second→join where v1 had first→join: a join count kept by position would forget the first approval.
        var v2 = Version(2,
            $"{Activities}, {Approval("first")}, {Approval("second")}, {Join("join")}, {WriteLine("after", "v2")}",
            Connection("f", "first", "A"), Connection("f", "second", "B"), Connection("second", "join", "Approved"),
            Connection("first", "join", "Approved"), Connection("join", "after"));
        var started = WorkflowHarness.Start(V1);
        var once = WorkflowHarness.Resume(V1, started.State, started.State.Bookmarks.Single(b => b.ActivityId == "first"), Approved);

        var moved = WorkflowHarness.Runner.Migrate(V1, v2, once.State);

        Assert.True(moved.Succeeded, string.Join("; ", moved.Problems));
        Assert.Equal(("test-v2", 2), (moved.State!.DefinitionVersionId, moved.State.DefinitionVersion));
        Assert.Equal(1, once.State.DefinitionVersion);
        var done = WorkflowHarness.Resume(v2, moved.State, moved.State.Bookmarks.Single(), Approved);
        Assert.Equal(["v2"], WorkflowHarness.Lines(done.State));
        Assert.Equal(WorkflowSubStatus.Finished, done.State.SubStatus);
    }

    [Fact]
    public void Missing_and_retyped_activities_and_a_lost_join_connection_are_each_named_and_nothing_moves()
    {
        var v2 = Version(2,
            $"{Activities}, {WriteLine("first", "now a line")}, {Approval("other")}, {Join("join")}, {WriteLine("after", "v2")}",
            Connection("f", "first", "A"), Connection("f", "other", "B"), Connection("other", "join", "Approved"), Connection("join", "after"));
        var started = WorkflowHarness.Start(V1);
        var once = WorkflowHarness.Resume(V1, started.State, started.State.Bookmarks.Single(b => b.ActivityId == "first"), Approved);

        var refused = WorkflowHarness.Runner.Migrate(V1, v2, once.State);

        Assert.False(refused.Succeeded);
        Assert.Null(refused.State);
        Assert.Equal(
            [("join", WorkflowMigrationProblemKind.JoinConnectionMissing), ("second", WorkflowMigrationProblemKind.ActivityMissing)],
            refused.Problems.Select(p => (p.ActivityId, p.Kind)).Order());
        Assert.Equal(["second"], refused.MissingActivityIds);
        Assert.Contains("'first'", refused.Problems.Single(p => p.ActivityId == "join").Message, StringComparison.Ordinal);

        var retyped = WorkflowHarness.Runner.Migrate(V1, v2, started.State);
        Assert.Contains(retyped.Problems, p => p is { ActivityId: "first", Kind: WorkflowMigrationProblemKind.ActivityTypeChanged });
    }
}
