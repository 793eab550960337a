namespace FlowChannel.Workflows.Tests.Scenarios.Notify;

public sealed class NotifyTests
{
    private static readonly WorkflowDefinition Definition = ScenarioFiles.Read("Notify", "partner-update-notice.json");

    private static JsonObject Input(JsonNode? owners) => new()
    {
        ["owners"] = owners,
        ["record"] = new JsonObject { ["id"] = "r-42", ["data"] = new JsonObject { ["companyName"] = "华东智联" } },
    };

    private static WorkflowRunResult Start(JsonObject input, string instanceId = "notice-1") =>
        WorkflowHarness.Runner.Start(Definition, new StartWorkflowRequest(instanceId, input, WorkflowHarness.Now));

    [Fact]
    public void Recipients_copies_channels_and_both_languages_are_rendered_into_one_effect()
    {
        var result = Start(Input(new JsonArray("wang.fang", "li@example.cn")));

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        var notify = Assert.IsType<NotifyEffect>(Assert.Single(result.Effects));
        Assert.Equal(["wang.fang", "li@example.cn"], notify.Recipients);
        Assert.Equal(["manager", "director"], notify.Cc);
        Assert.Equal(NotifyChannels.InApp | NotifyChannels.Email, notify.Channels);
        Assert.Equal("合作伙伴资料已更新：华东智联", notify.Message.Subject);
        Assert.Equal("华东智联 当前等级：金牌\n编号 r-42", notify.Message.Body);
        Assert.Equal(new NotifyMessage("Partner profile updated: 华东智联", "华东智联 is now 金牌."), notify.English);
        Assert.Matches("^[0-9a-f]{32}$", notify.IdempotencyKey);
    }

    [Fact]
    public void A_person_named_as_recipient_and_in_copy_is_only_a_recipient_and_duplicates_go()
    {
        var notify = Assert.IsType<NotifyEffect>(Assert.Single(Start(Input(new JsonArray("Manager", "wang.fang", "WANG.FANG"))).Effects));

        Assert.Equal(["Manager", "wang.fang"], notify.Recipients);
        Assert.Equal(["director"], notify.Cc);
    }

    [Fact]
    public void The_idempotency_key_survives_a_retried_step_and_differs_between_instances()
    {
        string Key(string instanceId) => Assert.IsType<NotifyEffect>(Assert.Single(Start(Input("wang.fang"), instanceId).Effects)).IdempotencyKey;

        Assert.Equal(Key("notice-1"), Key("notice-1"));
        Assert.NotEqual(Key("notice-1"), Key("notice-2"));
    }

    [Fact]
    public void The_old_single_recipient_still_works_in_app_only_with_texts_from_expressions_used_as_they_are()
    {
        var definition = Flowcharts.Read(Flowcharts.Activity("n", "FlowChannel.Notify", string.Join(", ",
            Flowcharts.Input("recipient", "JavaScript", "getInput('user')"),
            Flowcharts.Input("subject", "JavaScript", "'{{ 1 + 1 }} stays as written'"),
            Flowcharts.Input("body", "Liquid", "Hello {{ Input.user }}"))), string.Empty);

        var notify = Assert.IsType<NotifyEffect>(Assert.Single(WorkflowHarness.Start(definition, new JsonObject { ["user"] = "user-7" }).Effects));

        Assert.Equal(["user-7"], notify.Recipients);
        Assert.Empty(notify.Cc);
        Assert.Equal(NotifyChannels.InApp, notify.Channels);
        Assert.Equal("{{ 1 + 1 }} stays as written", notify.Message.Subject);
        Assert.Equal("Hello user-7", notify.Message.Body);
        Assert.Null(notify.English);
    }

    [Fact]
    public void Nobody_to_notify_skips_with_a_journal_note()
    {
        var result = Start(Input(null));

        // The copies alone are still somebody to tell.
        Assert.Equal(["manager", "director"], Assert.IsType<NotifyEffect>(Assert.Single(result.Effects)).Cc);
        var alone = Flowcharts.Read(Flowcharts.Activity("n", "FlowChannel.Notify", Flowcharts.Input("recipient", "JavaScript", "getInput('user')")), string.Empty);
        var skipped = WorkflowHarness.Start(alone);
        Assert.Empty(skipped.Effects);
        Assert.Equal(WorkflowSubStatus.Finished, skipped.State.SubStatus);
        Assert.Contains("skipped", Assert.Single(skipped.State.Journal).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_channel_computed_at_run_time_faults_naming_the_activity_and_input()
    {
        var definition = Flowcharts.Read(Flowcharts.Activity("n", "FlowChannel.Notify", string.Join(", ",
            Flowcharts.Input("recipient", "Literal", "user-7"),
            Flowcharts.Input("channels", "JavaScript", "['inApp', 'sms']", "String[]"))), string.Empty);

        var result = WorkflowHarness.Start(definition);

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Empty(result.Effects);
        var incident = Assert.Single(result.State.Incidents);
        Assert.Equal("n", incident.ActivityId);
        Assert.Contains("'channels'", incident.Message, StringComparison.Ordinal);
        Assert.Contains("'sms'", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_error_at_run_time_faults_naming_the_activity_and_input()
    {
        var definition = Flowcharts.Read(Flowcharts.Activity("n", "FlowChannel.Notify", string.Join(", ",
            Flowcharts.Input("recipient", "Literal", "user-7"),
            Flowcharts.Input("body", "Literal", "{{ for i in 1..100000 }}x{{ end }}"))), string.Empty);

        var result = WorkflowHarness.Start(definition);

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Empty(result.Effects);
        var incident = Assert.Single(result.State.Incidents);
        Assert.Contains("FlowChannel.Notify 'n'", incident.Message, StringComparison.Ordinal);
        Assert.Contains("input 'body'", incident.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("channels", "Literal", "inApp, fax", "/root/activities/0/channels", "'fax'")]
    [InlineData("subject", "Literal", "Hi {{ Record.data.name", "/root/activities/0/subject", "does not parse")]
    public void Bad_literal_inputs_are_import_errors_at_their_pointer(string input, string type, string value, string at, string message)
    {
        var json = Flowcharts.Json(Flowcharts.Activity("n", "FlowChannel.Notify", string.Join(", ",
            Flowcharts.Input("recipient", "Literal", "user-7"), Flowcharts.Input(input, type, value))), string.Empty);

        var read = ElsaJsonReader.Read(json, Flowcharts.Registry);

        var error = Assert.Single(read.Errors);
        Assert.Equal(at, error.Pointer);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
