using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Runtime;

public sealed class JoinTests
{
    private static string Approval(string id) => Activity(id, "FlowChannel.Approval", Input("title", "Literal", id));

    private static string Join(string id, string mode) => Activity(id, "Elsa.FlowJoin", Input("mode", "Literal", mode, "FlowJoinMode"));

    private static string Fork(string id, params string[] branches) =>
        Activity(id, "Elsa.FlowFork", Input("branches", "Object", System.Text.Json.JsonSerializer.Serialize(branches), "String[]"));

    [Theory]
    [InlineData("true", "yes")]
    [InlineData("false", "no")]
    public void Implicit_join_after_a_decision_runs_once_when_the_other_branch_is_skipped(string condition, string branch)
    {
        var definition = Read(
            $"{Decision("d", condition)}, {WriteLine("yes", "yes")}, {WriteLine("no", "no")}, {WriteLine("merge", "merge")}",
            $"{Connection("d", "yes", "True")}, {Connection("d", "no", "False")}, {Connection("yes", "merge")}, {Connection("no", "merge")}");

        var result = WorkflowHarness.Start(definition);

        Assert.Equal([branch, "merge"], WorkflowHarness.Lines(result.State));
        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
    }

    [Fact]
    public void Implicit_join_whose_branches_were_all_skipped_does_not_run()
    {
        var definition = Read(
            $"{Decision("d", "true")}, {WriteLine("yes", "yes")}, {WriteLine("no1", "no1")}, {WriteLine("no2", "no2")}, {WriteLine("merge", "merge")}, {WriteLine("after", "after")}",
            $"{Connection("d", "yes", "True")}, {Connection("d", "no1", "False")}, {Connection("d", "no2", "False")}, {Connection("no1", "merge")}, {Connection("no2", "merge")}, {Connection("merge", "after")}");

        var result = WorkflowHarness.Start(definition);

        Assert.Equal(["yes"], WorkflowHarness.Lines(result.State));
        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
    }

    [Fact]
    public void Skip_travels_through_a_chain_to_the_join()
    {
        var definition = Read(
            $"{Decision("d", "true")}, {WriteLine("yes", "yes")}, {WriteLine("no1", "no1")}, {WriteLine("no2", "no2")}, {WriteLine("merge", "merge")}",
            $"{Connection("d", "yes", "True")}, {Connection("d", "no1", "False")}, {Connection("no1", "no2")}, {Connection("yes", "merge")}, {Connection("no2", "merge")}");

        Assert.Equal(["yes", "merge"], WorkflowHarness.Lines(WorkflowHarness.Start(definition).State));
    }

    [Fact]
    public void Implicit_join_waits_for_every_active_branch()
    {
        var definition = Read(
            $"{Fork("f", "A", "B")}, {WriteLine("a", "a")}, {Approval("approve")}, {WriteLine("merge", "merge")}",
            $"{Connection("f", "a", "A")}, {Connection("f", "approve", "B")}, {Connection("a", "merge")}, {Connection("approve", "merge", "Approved")}");

        var started = WorkflowHarness.Start(definition);
        Assert.Equal(["a"], WorkflowHarness.Lines(started.State));
        Assert.Equal(WorkflowSubStatus.Suspended, started.State.SubStatus);

        var resumed = WorkflowHarness.Resume(definition, WorkflowState(started), started.CreatedBookmarks[0], Approve("Approved"));
        Assert.Equal(["a", "merge"], WorkflowHarness.Lines(resumed.State));
        Assert.Equal(WorkflowSubStatus.Finished, resumed.State.SubStatus);
    }

    [Fact]
    public void WaitAny_continues_on_the_first_branch_and_cancels_the_others()
    {
        var definition = Read(
            $"{Fork("f", "A", "B")}, {WriteLine("a", "a")}, {Approval("approve")}, {Join("join", "WaitAny")}, {WriteLine("after", "after")}",
            $"{Connection("f", "a", "A")}, {Connection("f", "approve", "B")}, {Connection("a", "join")}, {Connection("approve", "join", "Approved")}, {Connection("join", "after")}");

        var result = WorkflowHarness.Start(definition);

        Assert.Equal(["a", "after"], WorkflowHarness.Lines(result.State));
        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Empty(result.State.Bookmarks);
        Assert.Empty(result.CreatedBookmarks);
        Assert.Contains(result.State.Journal, e => e.ActivityId == "approve" && e.Status == ActivityStatus.Canceled);
    }

    [Fact]
    public void WaitAny_cancels_the_bookmark_of_the_branch_that_lost()
    {
        var definition = Read(
            $"{Fork("f", "A", "B")}, {Approval("first")}, {Approval("second")}, {Join("join", "WaitAny")}, {WriteLine("after", "after")}",
            $"{Connection("f", "first", "A")}, {Connection("f", "second", "B")}, {Connection("first", "join", "Approved")}, {Connection("second", "join", "Approved")}, {Connection("join", "after")}");
        var started = WorkflowHarness.Start(definition);
        var first = started.CreatedBookmarks.Single(b => b.ActivityId == "first");

        var result = WorkflowHarness.Resume(definition, started.State, first, Approve("Approved"));

        Assert.Equal(["after"], WorkflowHarness.Lines(result.State));
        Assert.Empty(result.State.Bookmarks);
        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Contains(result.State.Journal, e => e.ActivityId == "second" && e.Status == ActivityStatus.Canceled);
    }

    [Fact]
    public void WaitAny_join_of_joins_runs_what_follows_once()
    {
        // The shape of Elsa's own join-any-1.json test workflow.
        var definition = Read(
            $"{Join("j1", "WaitAny")}, {Join("j2", "WaitAny")}, {Join("j3", "WaitAny")}, {WriteLine("start", "start")}, {WriteLine("end", "end")}",
            $"{Connection("start", "j1")}, {Connection("start", "j2")}, {Connection("j1", "j3")}, {Connection("j2", "j3")}, {Connection("j3", "end")}");

        Assert.Equal(["start", "end"], WorkflowHarness.Lines(WorkflowHarness.Start(definition).State));
    }

    [Fact]
    public void WaitAll_waits_for_both_approvals()
    {
        var definition = Read(
            $"{Fork("f", "A", "B")}, {Approval("first")}, {Approval("second")}, {Join("join", "WaitAll")}, {WriteLine("after", "after")}",
            $"{Connection("f", "first", "A")}, {Connection("f", "second", "B")}, {Connection("first", "join", "Approved")}, {Connection("second", "join", "Approved")}, {Connection("join", "after")}");

        var started = WorkflowHarness.Start(definition);
        Assert.Equal(2, started.CreatedBookmarks.Count);

        var once = WorkflowHarness.Resume(definition, started.State, started.CreatedBookmarks[0], Approve("Approved"));
        Assert.Equal(WorkflowSubStatus.Suspended, once.State.SubStatus);
        Assert.Empty(WorkflowHarness.Lines(once.State));

        var twice = WorkflowHarness.Resume(definition, once.State, once.State.Bookmarks.Single(), Approve("Approved"));
        Assert.Equal(["after"], WorkflowHarness.Lines(twice.State));
        Assert.Equal(WorkflowSubStatus.Finished, twice.State.SubStatus);
    }

    [Fact]
    public void WaitAll_does_not_run_when_a_branch_was_skipped()
    {
        var definition = Read(
            $"{Decision("d", "true")}, {WriteLine("yes", "yes")}, {WriteLine("no", "no")}, {Join("join", "WaitAll")}, {WriteLine("after", "after")}",
            $"{Connection("d", "yes", "True")}, {Connection("d", "no", "False")}, {Connection("yes", "join")}, {Connection("no", "join")}, {Connection("join", "after")}");

        Assert.Equal(["yes"], WorkflowHarness.Lines(WorkflowHarness.Start(definition).State));
    }

    private static WorkflowInstanceState WorkflowState(WorkflowRunResult result) => WorkflowInstanceState.FromJson(result.State.ToJson());

    private static JsonObject Approve(string outcome) => new() { ["outcome"] = outcome, ["actorId"] = "u", ["actorName"] = "U" };
}
