namespace FlowChannel.Workflows.Tests.Activities;

public sealed class ActivityRegistryTests
{
    [Theory]
    [InlineData("Elsa.SendEmail")]
    [InlineData("Elsa.FlowSendHttpRequest")]
    [InlineData("Elsa.ExecuteWorkflow")]
    [InlineData("Elsa.DispatchWorkflow")]
    public void Default_registry_knows_the_outbound_activities(string type) =>
        Assert.True(ActivityRegistry.CreateDefault().TryGet(type, out _));

    [Fact]
    public void Http_activity_lists_its_fixed_outcomes_for_tools()
    {
        Assert.True(ActivityRegistry.CreateDefault().TryGet("Elsa.FlowSendHttpRequest", out var http));

        Assert.Equal(["Unmatched status code", "Failed to connect", "Timeout"], http.Outcomes);
        Assert.Equal(["statusCode", "parsedContent"], http.Outputs);
    }

    [Fact]
    public void Replacing_a_type_that_is_not_registered_throws()
    {
        var registry = new ActivityRegistry();

        var error = Assert.Throws<ArgumentException>(() => registry.Replace(new FlowChannel.Workflows.Activities.Http.FlowSendHttpRequestActivity()));

        Assert.Contains("Elsa.FlowSendHttpRequest", error.Message, StringComparison.Ordinal);
    }
}
