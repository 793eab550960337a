namespace FlowChannel.Workflows.Tests.Scenarios.Http;

public sealed class HttpIdempotencyTests
{
    private static string Key(WorkflowRunResult result) => Assert.IsType<SendHttpRequestEffect>(Assert.Single(result.Effects)).IdempotencyKey;

    [Fact]
    public void Retrying_the_start_step_gives_the_same_key()
    {
        Assert.Equal(Key(PartnerSync.Start()), Key(PartnerSync.Start()));
    }

    [Fact]
    public void Another_instance_gets_another_key()
    {
        Assert.NotEqual(Key(PartnerSync.Start(instanceId: "sync-1")), Key(PartnerSync.Start(instanceId: "sync-2")));
    }

    [Fact]
    public void The_next_pass_round_a_loop_gets_a_new_key_and_a_retried_resume_the_same_one()
    {
        var first = PartnerSync.Start();
        var unmatched = PartnerSync.Response(503);

        var retried = PartnerSync.Respond(first, unmatched);
        var retriedAgain = PartnerSync.Respond(first, unmatched);

        Assert.NotEqual(Key(first), Key(retried));
        Assert.Equal(Key(retried), Key(retriedAgain));
        Assert.Equal(Key(retried), Assert.Single(retried.CreatedBookmarks).Payload["idempotencyKey"]!.GetValue<string>());
    }

    [Fact]
    public void Execution_counts_survive_saving_the_state()
    {
        var first = PartnerSync.Start();
        var restored = WorkflowInstanceState.FromJson(first.State.ToJson());

        var inMemory = PartnerSync.Respond(first, PartnerSync.Response(503));
        var fromJson = WorkflowHarness.Runner.Resume(PartnerSync.Definition, restored, first.CreatedBookmarks[0].Id, PartnerSync.Response(503), WorkflowHarness.Now);

        Assert.Equal(Key(inMemory), Key(fromJson));
    }
}
