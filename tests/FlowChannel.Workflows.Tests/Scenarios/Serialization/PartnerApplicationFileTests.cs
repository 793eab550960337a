namespace FlowChannel.Workflows.Tests.Scenarios.Serialization;

public sealed class PartnerApplicationFileTests
{
    private static readonly string Json = File.ReadAllText(RepositoryFiles.WorkflowDefinition("partner-application.json"));

    [Fact]
    public void Reads_without_errors_or_warnings()
    {
        var result = ElsaJsonReader.Read(Json, Flowcharts.Registry);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        var definition = result.Definition!;
        Assert.Equal("partner-application", definition.DefinitionId);
        Assert.Equal(1, definition.Version);
        Assert.True(definition.IsPublished);
        Assert.Empty(definition.MissingActivityTypes);
    }

    [Fact]
    public void Is_an_Elsa_export()
    {
        var json = JsonNode.Parse(Json)!;
        Assert.Equal("https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json", json["$schema"]!.GetValue<string>());
        Assert.Equal("3.6.0.0", json["toolVersion"]!.GetValue<string>());
        Assert.All(json["root"]!["activities"]!.AsArray(), a => Assert.NotNull(a!["metadata"]!["designer"]!["position"]));
        Assert.All(json["variables"]!.AsArray(), v => Assert.False(string.IsNullOrEmpty(v!["id"]!.GetValue<string>())));
    }

    [Fact]
    public void Is_triggered_by_the_partner_application_form()
    {
        var trigger = Assert.Single(FormTriggers.Find(Flowcharts.Read(Json)));
        Assert.Equal("partner-application", trigger.FormId);
    }

    [Fact]
    public void Round_trips_unchanged()
    {
        var definition = Flowcharts.Read(Json);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Json), JsonNode.Parse(ElsaJsonWriter.Write(definition))));
    }
}
