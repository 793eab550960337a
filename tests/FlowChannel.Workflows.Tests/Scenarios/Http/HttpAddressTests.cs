namespace FlowChannel.Workflows.Tests.Scenarios.Http;

public sealed class HttpAddressTests
{
    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data", "169.254.169.254")]
    [InlineData("http://[::ffff:127.0.0.1]/", "127.0.0.1")]
    [InlineData("http://0x7f000001/", "127.0.0.1")]
    [InlineData("http://example.com@10.0.0.8/", "10.0.0.8")]
    [InlineData("http://localhost./admin", "localhost")]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("/etc/passwd", "file")] // .NET on Unix reads an absolute path as a file URL.
    public void Internal_destinations_fault_before_any_request_is_queued(string url, string named)
    {
        var result = PartnerSync.Start(url);

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Empty(result.Effects);
        Assert.Empty(result.State.Bookmarks);
        var incident = Assert.Single(result.State.Incidents);
        Assert.Equal("post", incident.ActivityId);
        Assert.Contains("PostPartner", incident.Message, StringComparison.Ordinal);
        Assert.Contains(named, incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_name_is_left_to_the_deliverer_to_resolve_and_check() =>
        Assert.Equal(WorkflowSubStatus.Suspended, PartnerSync.Start("http://intranet.example.com/").State.SubStatus);

    [Fact]
    public void A_registry_with_an_allow_list_lets_that_network_through()
    {
        var options = new FlowChannel.Workflows.Http.OutboundAddressOptions();
        options.Allow.Add("10.0.0.0/24");
        var registry = ActivityRegistry.CreateDefault();
        registry.Replace(new FlowChannel.Workflows.Activities.Http.FlowSendHttpRequestActivity(new FlowChannel.Workflows.Http.OutboundAddressPolicy(options)));
        var runner = new WorkflowRunner(registry, ExpressionLimits.Default);
        var definition = ElsaJsonReader.Read(ScenarioFiles.Text("Http", "partner-sync.json"), registry).Definition!;

        var allowed = runner.Start(definition, new StartWorkflowRequest("a", new JsonObject { ["url"] = "http://10.0.0.8/" }, WorkflowHarness.Now));
        var blocked = runner.Start(definition, new StartWorkflowRequest("b", new JsonObject { ["url"] = "http://10.0.1.8/" }, WorkflowHarness.Now));

        Assert.Equal(WorkflowSubStatus.Suspended, allowed.State.SubStatus);
        Assert.Equal(WorkflowSubStatus.Faulted, blocked.State.SubStatus);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("")]
    public void A_url_that_is_not_absolute_faults(string url)
    {
        var result = PartnerSync.Start(url);

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Contains("'url'", Assert.Single(result.State.Incidents).Message, StringComparison.Ordinal);
    }
}
