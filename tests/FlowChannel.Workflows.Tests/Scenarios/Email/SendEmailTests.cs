namespace FlowChannel.Workflows.Tests.Scenarios.Email;

public sealed class SendEmailTests
{
    private static readonly WorkflowDefinition Definition = ScenarioFiles.Read("Email", "welcome-email.json");

    private static WorkflowRunResult Start(JsonNode? to, int times = 1, string instanceId = "welcome-1") =>
        WorkflowHarness.Runner.Start(Definition, new StartWorkflowRequest(
            instanceId, new JsonObject { ["to"] = to, ["company"] = "华东智联", ["times"] = times }, WorkflowHarness.Now));

    private static List<SendEmailEffect> Emails(WorkflowRunResult result) => [.. result.Effects.Cast<SendEmailEffect>()];

    [Fact]
    public void Email_effect_carries_every_part_with_recipient_text_split_on_commas_and_semicolons()
    {
        var result = Start("Wang Fang <wang.fang@example.cn>, li@example.cn;zhao@example.cn");

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        var email = Assert.Single(Emails(result));
        Assert.Equal("email", email.ActivityId);
        Assert.Equal("Channel Team <channel@example.cn>", email.From);
        Assert.Equal(["Wang Fang <wang.fang@example.cn>", "li@example.cn", "zhao@example.cn"], email.To);
        Assert.Equal(["sales@example.cn", "ops@example.cn"], email.Cc);
        Assert.Equal(["audit@example.cn"], email.Bcc);
        Assert.Equal("Welcome, 华东智联", email.Subject);
        Assert.Equal("Dear 华东智联,\nyour partner account is ready.", email.Body);
        Assert.Matches("^[0-9a-f]{32}$", email.IdempotencyKey);
    }

    [Fact]
    public void Recipients_may_be_an_array()
    {
        var email = Assert.Single(Emails(Start(new JsonArray("a@example.cn", "b@example.cn"))));

        Assert.Equal(["a@example.cn", "b@example.cn"], email.To);
    }

    [Theory]
    [InlineData("li@example.cn; not-an-address", "not-an-address")]
    [InlineData("li@@example.cn", "li@@example.cn")]
    [InlineData("wang@example.cn\r\nBcc: evil@example.com", "evil@example.com")]
    public void A_bad_address_faults_naming_it_and_the_activity(string to, string named)
    {
        var result = Start(to);

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Empty(result.Effects);
        var incident = Assert.Single(result.State.Incidents);
        Assert.Equal("email", incident.ActivityId);
        Assert.Contains("WelcomeEmail", incident.Message, StringComparison.Ordinal);
        Assert.Contains("'to'", incident.Message, StringComparison.Ordinal);
        Assert.Contains(named, incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retrying_the_step_gives_the_same_key_and_another_instance_another()
    {
        var first = Assert.Single(Emails(Start("li@example.cn"))).IdempotencyKey;

        Assert.Equal(first, Assert.Single(Emails(Start("li@example.cn"))).IdempotencyKey);
        Assert.NotEqual(first, Assert.Single(Emails(Start("li@example.cn", instanceId: "welcome-2"))).IdempotencyKey);
    }

    [Fact]
    public void Each_pass_round_the_loop_sends_with_its_own_key()
    {
        var emails = Emails(Start("li@example.cn", times: 3));

        Assert.Equal(3, emails.Count);
        Assert.Equal(3, emails.Select(e => e.IdempotencyKey).Distinct().Count());
    }

    [Fact]
    public void No_recipient_at_all_faults()
    {
        var definition = Flowcharts.Read(Flowcharts.Activity("mail", "Elsa.SendEmail", Flowcharts.Input("subject", "Literal", "hi")), string.Empty);

        var result = WorkflowHarness.Start(definition);

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Contains("no recipient", Assert.Single(result.State.Incidents).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_break_in_the_subject_cannot_start_a_header()
    {
        var definition = Flowcharts.Read(
            Flowcharts.Activity("mail", "Elsa.SendEmail", $"{Flowcharts.Input("to", "Literal", "li@example.cn")}, {Flowcharts.Input("subject", "Literal", "Hello\r\nBcc: evil@example.com")}"),
            string.Empty);

        var email = Assert.IsType<SendEmailEffect>(Assert.Single(WorkflowHarness.Start(definition).Effects));

        Assert.Equal("Hello Bcc: evil@example.com", email.Subject);
        Assert.Null(email.From);
    }
}
