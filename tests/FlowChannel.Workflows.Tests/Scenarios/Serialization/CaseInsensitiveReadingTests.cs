namespace FlowChannel.Workflows.Tests.Scenarios.Serialization;

public sealed class CaseInsensitiveReadingTests
{
    private const string PascalCase = """
        {
          "Id": "v1", "DefinitionId": "pascal", "Name": "Pascal", "Version": 2, "IsPublished": true,
          "Variables": [ { "Id": "v-count", "Name": "Count", "TypeName": "Int32", "Value": "1" } ],
          "Root": {
            "Id": "flow", "Type": "Elsa.Flowchart",
            "Activities": [
              { "Id": "set", "Type": "Elsa.SetVariable", "Variable": { "Id": "v-count", "Name": "Count" },
                "Value": { "TypeName": "Object", "Expression": { "Type": "JavaScript", "Value": "getCount() + 1" } },
                "CustomProperties": { "CanStartWorkflow": true } },
              { "Id": "say", "Type": "Elsa.WriteLine",
                "Text": { "TypeName": "String", "Expression": { "Type": "Liquid", "Value": "count={{ Variables.Count }}" } } }
            ],
            "Connections": [ { "Source": { "Activity": "set", "Port": "Done" }, "Target": { "Activity": "say", "Port": "In" } } ]
          }
        }
        """;

    [Fact]
    public void PascalCase_properties_are_read_like_camelCase()
    {
        var definition = Flowcharts.Read(PascalCase);

        Assert.Equal("pascal", definition.DefinitionId);
        Assert.Equal(2, definition.Version);
        Assert.True(definition.IsPublished);
        Assert.Equal("Count", Assert.Single(definition.Variables).Name);
        Assert.True(definition.Root.Activities[0].CanStartWorkflow);
        Assert.Single(definition.Root.Connections);
    }

    [Fact]
    public void PascalCase_definition_runs()
    {
        var result = WorkflowHarness.Start(Flowcharts.Read(PascalCase));

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Equal(["count=2"], WorkflowHarness.Lines(result.State));
    }

    [Fact]
    public void Writer_keeps_the_casing_of_the_source()
    {
        var definition = Flowcharts.Read(PascalCase) with { Version = 3 };
        var written = JsonNode.Parse(ElsaJsonWriter.Write(definition))!.AsObject();

        Assert.Equal(3, written["Version"]!.GetValue<int>());
        Assert.False(written.ContainsKey("version"));
    }
}
