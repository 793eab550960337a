namespace FlowChannel.Workflows.Tests.Scenarios.Serialization;

public sealed class IoActivitiesRoundTripTests
{
    public static TheoryData<string, string, string, string[]> Files => new()
    {
        { "Http", "partner-sync.json", "post", ["url", "method", "content", "contentType", "requestHeaders", "expectedStatusCodes"] },
        { "Email", "welcome-email.json", "email", ["from", "to", "cc", "bcc", "subject", "body"] },
        { "SubWorkflows", "partner-onboarding.json", "creditCheck", ["workflowDefinitionId", "correlationId", "input"] },
        { "SubWorkflows", "partner-onboarding.json", "welcomePack", ["workflowDefinitionId", "input", "waitForCompletion"] },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Import_reads_every_input_and_export_writes_the_file_back_unchanged(string area, string file, string activityId, string[] inputs)
    {
        var json = ScenarioFiles.Text(area, file);
        var read = ElsaJsonReader.Read(json, Flowcharts.Registry);
        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Errors));
        Assert.Empty(read.Warnings);
        var first = read.Definition!;

        var written = ElsaJsonWriter.Write(first);
        var second = Flowcharts.Read(written);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)));
        Assert.Empty(second.MissingActivityTypes);
        var before = first.Root.Activities.Single(a => a.Id == activityId);
        var after = second.Root.Activities.Single(a => a.Id == activityId);
        Assert.True(after.IsKnown);
        Assert.Equal(inputs.Order(StringComparer.Ordinal), after.Inputs.Keys.Order(StringComparer.Ordinal));
        foreach (var name in inputs)
        {
            Assert.Equal(before.Inputs[name].TypeName, after.Inputs[name].TypeName);
            Assert.Equal(before.Inputs[name].Expression.Type, after.Inputs[name].Expression.Type);
            Assert.Equal(before.Inputs[name].Expression.Text, after.Inputs[name].Expression.Text);
            Assert.True(JsonNode.DeepEquals(before.Inputs[name].Expression.Value, after.Inputs[name].Expression.Value), name);
        }

        Assert.Equal(before.Outputs, after.Outputs);
    }

    [Fact]
    public void Outputs_bound_to_variables_are_read()
    {
        var post = ScenarioFiles.Read("Http", "partner-sync.json").Root.Activities.Single(a => a.Id == "post");

        Assert.Equal("Status", post.Outputs["statusCode"]);
        Assert.Equal("Body", post.Outputs["parsedContent"]);
    }
}
